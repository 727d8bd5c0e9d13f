#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_dns19.jsonl: failing name resolution as resolver servers,
resolver tooling and client runtimes word it where the tuning corpora had not yet quoted them,
next to the DNS look-alikes that must stay null (or belong to another signature).

What the family tests:
- resolver servers' own lines: Unbound's `log-servfail` reasons ("all the configured stub or
  forward servers failed", "exceeded the maximum nameserver nxdomains"), its failed trust-anchor
  priming, `unbound-host` ("Host ... not found: 2(SERVFAIL).") and unbound_exporter's rcode and
  bogus-answer counters; PowerDNS Recursor's "Sending SERVFAIL during resolve" with its reasons
  ("Too much time waiting for ...", "queries sent or throttled while resolving"), dnsdist's
  frontend SERVFAIL / NXDOMAIN and downstream-timeout counters; dnsmasq's failed DNSSEC
  validation (English and German); systemd-resolved's D-Bus answers as `resolvectl query` prints
  them; Knot DNS's expired secondary zone;
- client runtimes: Go's "cannot unmarshal DNS message", Node's `queryA ETIMEOUT` /
  `querySrv ECONNREFUSED` / `queryTxt ESERVFAIL` / `EREFUSED`, Ruby Resolv's "DNS result has no
  information for" and `ResolvTimeout`, hickory-dns's "no connections available", "request timed
  out" and "error response: Server Failure", Erlang httpc's `{failed_connect,...,nxdomain}`, PHP's
  dns_get_record() warnings, Netty's DnsNameResolverTimeoutException, .NET on Windows with the
  Winsock texts of 11001/11002/11004, BusyBox's "bad address '...'" (nc, wget in init
  containers);
- translated words: Firefox's DNS-not-found page title ("Server nicht gefunden", "Adresse
  introuvable", "サーバーが見つかりませんでした", ...) as a synthetic browser check reports it.

Look-alikes (null unless said): Knot's DNSSEC key-rollover notices and a failed zone refresh
while the zone still serves ("expires in ..."), PowerDNS's failed SOA check and "is fresh" line,
cache-hit ratios (PowerDNS Recursor, Unbound, dnsdist), NXDOMAIN forced by policy (RPZ
`policy-result-nxdomain`, dnsdist `rule-nxdomain`), a query-rate spike, dnsmasq's configuration
and statistics lines in several languages ("using nameserver", "ignoring nameserver - local
interface", per-server counters, "queries forwarded", "system time considered valid"),
systemd-resolved switching servers, domain-registration expiry and the exporter that cannot parse
it, dnsdist marking a backend up again (a recovery, rule 14). Labelled with another signature:
a DNS server's own liveness (dnsdist marking a backend down, unbound_up == 0, the Windows DNS
Server service stopped) is `node_down` (rules 7 and 11); resolver latency is `high_latency`
(rule 4); Unbound dropping a client's queries over its `ip-ratelimit` is `rate_limited`
(throttled requests, rule 7); Erlang httpc's `econnrefused` is `node_down` (rule 11).

Labels, decided by hand under POLICY.md before the classifier ran on the file:
- A lookup that failed, timed out or found no server to ask is `dns_failure` (rules 7, 13),
  also when an error-ratio, latency or crash-loop alert quotes it (rules 1, 13). DNSSEC bogus
  answers and failed trust-anchor priming are `dns_failure` (rule 13: the client gets SERVFAIL).
- Node's `querySrv ECONNREFUSED` is Node's code for "Could not contact DNS servers": the lookup
  found no server to ask (rule 13), so `dns_failure`, not rule 11's `node_down` of the peer: the
  peer the application wanted was never looked up. (Decision recorded in SOURCES.md.)
- hickory-dns's "no connections available" means no name server connection to ask:
  `dns_failure`, not a connection pool (the pool items of probes_errors7 quote mysql's pool).
- Firefox's DNS-not-found page seen by a synthetic browser check from all locations:
  `dns_failure` (the resolution failed; rule 7's synthetic-check rule names the target's
  liveness, which this page does not speak about).

Left out as ambiguous (rule 6): dnsmasq's "nameserver %s refused to do a recursive query" (logged
once for a NOERROR answer without RA: a misconfigured upstream, not a failed lookup by itself),
dnsmasq's "Maximum number of concurrent DNS queries reached" and Unbound's request-list drops (a
capacity limit whose signature the policy does not settle), Unbound's zone `ratelimit exceeded`
(its own outgoing queries), PowerDNS Recursor's outgoing-timeouts counter (timeouts that
retries may absorb), Unbound's expired-answer counter (serve-expired), Node's ENODATA for TXT
lookups, a captive-portal page, Windows dynamic-update registration failures, and
dnspython's NoAnswer (its project is held out).

Every source project passed /work/briefs/heldout_check.py (see SOURCES.md). Hosts, zones,
addresses and numbers are made up; the quoted error strings are the projects' own.
"""
import os
import subprocess
import sys

sys.path.insert(0, os.path.dirname(__file__))
from c3common import L, git_dir  # noqa: E402
from probes_common import (  # noqa: E402
    DNS, N, NULL, ProbeFamily, page_provenance, pick, po_messages, probe_item)

RL = "rate_limited"
family = ProbeFamily("probes_dns19.jsonl")

UNB = "7fb79b0677a03d6922c29880854e8fdeb271679e"
UNBOUND_ITER = ("NLnetLabs/unbound", "iterator/iterator.c", UNB)
UNBOUND_MESH = ("NLnetLabs/unbound", "services/mesh.c", UNB)
UNBOUND_VAL = ("NLnetLabs/unbound", "validator/validator.c", UNB)
UNBOUND_HOST = ("NLnetLabs/unbound", "smallapp/unbound-host.c", UNB)
UNBOUND_RL = ("NLnetLabs/unbound", "services/cache/infra.c", UNB)
UNB_EXP = ("letsencrypt/unbound_exporter", "exporter/unbound_exporter.go",
           "01314cb6b51ed429f3e583d26b41d37754483084")
PD = "20096dc7c96883e6f92ed91ce8fa6e911f50bca0"
PDNS_SYNC = ("PowerDNS/pdns", "pdns/recursordist/syncres.cc", PD)
PDNS_REC = ("PowerDNS/pdns", "pdns/recursordist/pdns_recursor.cc", PD)
PDNS_METRICS = ("PowerDNS/pdns", "pdns/recursordist/metrics_table.py", PD)
PDNS_AUTH = ("PowerDNS/pdns", "pdns/auth-secondarycommunicator.cc", PD)
DNSDIST_STATS = ("PowerDNS/pdns", "pdns/dnsdistdist/docs/statistics.rst", PD)
DNSDIST_BACKEND = ("PowerDNS/pdns", "pdns/dnsdistdist/dnsdist-backend.cc", PD)
DM = "cb321709e9f20cd0949aa375dad2b97050394659"
DNSMASQ_FWD = ("imp/dnsmasq", "src/forward.c", DM)
DNSMASQ_NET = ("imp/dnsmasq", "src/network.c", DM)
DNSMASQ_DNSSEC = ("imp/dnsmasq", "src/dnssec.c", DM)
RESOLVED_BUS = ("systemd/systemd", "src/resolve/resolved-bus.c",
                "01945fc3a779b0bff59d514a0f171e3ff290a7e9")
RESOLVED_SRV = ("systemd/systemd", "src/resolve/resolved-dns-server.c",
                "011842775f750711833526d5bba1b818713947f5")
KN = "242eeaa135f1f4477169c663aa8bd4578009f122"
KNOT_ZONE = ("CZ-NIC/knot", "src/knot/zone/zone.c", KN)
KNOT_REFRESH = ("CZ-NIC/knot", "src/knot/events/handlers/refresh.c", KN)
KNOT_KEYS = ("CZ-NIC/knot", "src/knot/dnssec/key-events.c", KN)
GO_DNS = ("golang/go", "src/net/dnsclient_unix.go", "44a0f15bd58d096559bddf370b84e9e979c32747")
NODE_DNS = ("nodejs/node", "doc/api/dns.md", "0ce615c4af2fbd19f99b5c65c044ce33cd4e1eba")
RESOLV_RB = ("ruby/ruby", "lib/resolv.rb", "9682db065158da5fa4ec8a3bc267da45b429b92c")
HICKORY = ("hickory-dns/hickory-dns", "crates/net/src/error.rs",
           "557e87d6de7de985cda7134c7718502475dd280d")
HTTPC = ("erlang/otp", "lib/inets/src/http_client/httpc_handler.erl",
         "d9d40dd446d7e7783ceaff62f0bc5f74e556d119")
PHP_DNS = ("php/php-src", "ext/standard/dns.c", "a4d6863ee564e405b4454bcb2776a689b2a875d6")
NETTY = ("netty/netty", "resolver-dns/src/main/java/io/netty/resolver/dns/DnsQueryContext.java",
         "05ee598f5e2ae66ee6e07239f656570bac257acd")
BUSYBOX = ("mirror/busybox", "libbb/xconnect.c", "9b2fbda53853ae651349f97bcf86c891cc137f92")
DOMAIN_EXP = ("shift/domain_exporter", "mixin/alerts/alerts.libsonnet",
              "ebc0c49f6acee6ee359209a113f422f19da2132f")
WIN_EXP = ("prometheus-community/windows_exporter", "docs/collector.service.md",
           "5931604b5851ea659526303fb5d3a6ce44170538")
WINSOCK_URL = "https://learn.microsoft.com/en-us/windows/win32/winsock/windows-sockets-error-codes-2"
FIREFOX = {
    "de": ("toolkit/toolkit/neterror/netError.ftl", "027307a1cc544b12305393eb5dbcb15c3a60bf02",
           "Server nicht gefunden"),
    "fr": ("toolkit/toolkit/neterror/netError.ftl", "01ae7fa327ba13d6616a49b6b69e5739c2575fb7",
           "Adresse introuvable"),
    "ja": ("toolkit/toolkit/neterror/netError.ftl", "06b8f91edded70e4939a6a6259cb69b065646b8f",
           "サーバーが見つかりませんでした"),
    "pl": ("toolkit/toolkit/neterror/netError.ftl", "02aea1145f8175f59e0909e1575cdbc649091d6c",
           "Nie odnaleziono serwera"),
    "pt-BR": ("toolkit/toolkit/neterror/netError.ftl", "02aea1145f8175f59e0909e1575cdbc649091d6c",
              "Servidor não encontrado"),
    "es-ES": ("toolkit/toolkit/neterror/netError.ftl", "02aea1145f8175f59e0909e1575cdbc649091d6c",
              "Servidor no encontrado"),
    "ru": ("toolkit/toolkit/neterror/netError.ftl", "02aea1145f8175f59e0909e1575cdbc649091d6c",
           "Сервер не найден"),
}

# ------------------------------------------------------------------------------ frames (ours)


def log_alert(service, line, n=0):
    """A log-pattern alert quoting one line, in one of three shapes."""
    shape = n % 3
    if shape == 0:
        return ({"alertname": "LogPatternMatched", "service": service, "severity": "warning"},
                {"summary": f"Error pattern in {service} logs",
                 "description": f"Last matching line:\n{line}"})
    if shape == 1:
        return ({"alertname": f"{service}-log-errors", "source": "loki", "severity": "critical"},
                {"message": f"{service}: 14 matching lines in the last 10m. Sample: {line}"})
    return ({"alertname": "LogMonitorTriggered", "monitor": f"[{service}] error logs",
             "priority": "P2"},
            {"title": f"[Triggered] {service} error logs",
             "message": f"23 logs matched on service:{service} over the last 15m.\n{line}"})


def error_ratio(service, error, pct="6.8"):
    return ({"alertname": "ServiceErrorRatioHigh", "service": service, "severity": "critical",
             "namespace": "prod"},
            {"summary": f"{service}: {pct}% of requests failing",
             "description": f"5xx ratio above 5% for 10 minutes. Most frequent error: {error}"})


def latency(service, error):
    return ({"alertname": "ServiceLatencyP99High", "service": service, "severity": "warning"},
            {"summary": f"{service} p99 latency is 5.2s",
             "description": f"p99 above 2s for 15m. Error seen on the slow requests: {error}"})


def synthetic(check, location, result):
    return ({"alertname": "SyntheticCheckFailed", "check": check, "location": location,
             "severity": "critical"},
            {"summary": f"Synthetic check {check} failing from all locations for 10m",
             "description": f"Last result from {location}: {result}"})


def job_failed(job, output):
    return ({"alertname": "JobFailed", "job_name": job, "namespace": "batch",
             "severity": "warning"},
            {"summary": f"Job {job} failed",
             "description": f"Exit code 1. Last lines of output:\n{output}"})


def crash_loop(pod, container, line):
    return ({"alertname": "KubePodCrashLooping", "namespace": "prod", "pod": pod,
             "container": container, "severity": "warning"},
            {"summary": "Pod is crash looping.",
             "description": f"Pod prod/{pod} ({container}) restarted 6 times in 15 minutes. "
                            f"Last log line: {line}"})


def metric(alertname, instance, summary, expr, severity="warning", extra=None):
    labels = {"alertname": alertname, "instance": instance, "severity": severity}
    labels.update(extra or {})
    return (labels, {"summary": summary, "description": expr})


def add(src, expected, why, frame, project=None):
    labels, annotations = frame
    family.add(src, expected, why, labels, annotations, project=project)


def add_page(url, project, expected, why, frame):
    labels, annotations = frame
    family.append(probe_item(labels, annotations, expected, why, project, page_provenance(url)))


# ------------------------------------------------------------------------------ resolver servers


def unbound():
    add(UNBOUND_ITER, DNS, "Unbound log-servfail: all configured forwarders failed",
        log_alert("unbound", "[1733302911] unbound[812:0] error: SERVFAIL <ledger.payments.example."
                  " A IN>: all the configured stub or forward servers failed, at zone . from "
                  "10.20.0.53 upstream server timeout", 0))
    add(UNBOUND_ITER, DNS, "Unbound log-servfail: too many nameserver NXDOMAINs",
        log_alert("resolver-edge", "Dec 04 08:41:07 rslv-2 unbound[1190]: [1190:3] error: SERVFAIL "
                  "<cdn.partner-media.example. AAAA IN>: exceeded the maximum nameserver nxdomains",
                  1))
    add(UNBOUND_VAL, DNS, "Unbound could not prime the root trust anchor (all validation bogus)",
        log_alert("unbound", "[1733303302] unbound[812:0] notice: failed to prime trust anchor -- "
                  "could not fetch DNSKEY rrset . DNSKEY IN", 2))
    add(UNBOUND_HOST, DNS, "unbound-host in a synthetic check: SERVFAIL",
        synthetic("dns-billing-corp", "probe-fra-1",
                  "Host billing.corp.example not found: 2(SERVFAIL)."))
    add(UNBOUND_HOST, DNS, "unbound-host in a job: NXDOMAIN for a partner host",
        job_failed("sftp-partner-export", "+ unbound-host -t A sftp.partner-logistics.example\n"
                   "Host sftp.partner-logistics.example not found: 3(NXDOMAIN)."))
    add(UNB_EXP, DNS, "unbound_exporter: SERVFAIL share of answers",
        metric("UnboundServfailRatioHigh", "rslv-1.dc2:9167",
               "rslv-1.dc2 answers 8.4% of queries with SERVFAIL",
               'sum(rate(unbound_answer_rcodes_total{rcode="SERVFAIL"}[5m])) / '
               'sum(rate(unbound_answer_rcodes_total[5m])) > 0.05', "critical"))
    add(UNB_EXP, DNS, "unbound_exporter: NXDOMAIN share of answers",
        metric("UnboundNxdomainRatioHigh", "rslv-2.dc2:9167",
               "34% of answers from rslv-2.dc2 are NXDOMAIN",
               'sum(rate(unbound_answer_rcodes_total{rcode="NXDOMAIN"}[10m])) / '
               'sum(rate(unbound_answer_rcodes_total[10m])) > 0.25'))
    add(UNB_EXP, DNS, "unbound_exporter: bogus answers (clients get SERVFAIL, rule 13)",
        metric("UnboundBogusAnswers", "rslv-1.dc1:9167", "Unbound returns bogus answers",
               "rate(unbound_answers_bogus[10m]) = 3.1/s (Total number of answers that were "
               "bogus.)"))
    # Look-alikes and other signatures.
    add(UNB_EXP, NULL, "unbound_exporter: cache hit ratio (look-alike, rule 13)",
        metric("UnboundCacheHitRatioLow", "rslv-3.dc1:9167", "Unbound cache hit ratio is 38%",
               "sum(rate(unbound_cache_hits_total[15m])) / sum(rate(unbound_queries_total[15m]))"
               " < 0.5"))
    add(UNB_EXP, N, "unbound_exporter cannot scrape Unbound: the resolver's liveness (rule 8)",
        metric("UnboundDown", "rslv-2.dc1:9167", "Unbound on rslv-2.dc1 is down",
               "unbound_up == 0 for 5m (Whether scraping Unbound's metrics was successful.)",
               "critical"))
    add(UNB_EXP, L, "unbound_exporter: recursion time (DNS latency, rule 4)",
        metric("UnboundRecursionSlow", "rslv-1.dc2:9167",
               "Unbound needs 1.4s on average to answer recursive queries",
               "unbound_recursion_time_seconds_avg > 0.8 for 10m"))
    add(UNBOUND_RL, RL, "Unbound drops a client's queries over ip-ratelimit (throttled, rule 7)",
        log_alert("unbound", "[1733304011] unbound[812:2] notice: ip_ratelimit exceeded "
                  "10.44.7.19 200 (no query name)", 1))


def powerdns():
    add(PDNS_SYNC, DNS, "PowerDNS Recursor sends SERVFAIL after too much time waiting",
        log_alert("pdns-recursor", 'msg="Sending SERVFAIL during resolve" error="Too much time '
                  'waiting for orders-db.corp.example|A, timeouts: 5, throttles: 0, queries: 6, '
                  '7012 ms" subsystem="syncres" level="0" prio="Notice" tid="4" '
                  'ts="1733303511.402"', 0))
    add(PDNS_SYNC, DNS, "PowerDNS Recursor gave up after max-qperq queries",
        log_alert("rec-dc1", 'Dec 04 08:58:40 rec-3 pdns-recursor[771]: msg="Sending SERVFAIL '
                  'during resolve" error="More than 50 (outgoing.max_qperq) queries sent or '
                  'throttled while resolving mx.mail-partner.example" subsystem="syncres"', 2))
    add(DNSDIST_STATS, DNS, "dnsdist frontend SERVFAIL share",
        metric("DnsdistServfailRatio", "dnslb-1:8083", "dnslb-1 answers 6.1% of queries with "
               "SERVFAIL", "rate(dnsdist_frontend_servfail[5m]) / rate(dnsdist_queries[5m]) "
               "> 0.05", "critical"))
    add(DNSDIST_STATS, DNS, "dnsdist downstream timeouts (queries not answered, rule 13)",
        metric("DnsdistDownstreamTimeouts", "dnslb-2:8083",
               "dnslb-2: 412 queries/min not answered by backends",
               "rate(dnsdist_downstream_timeouts[5m]) * 60 > 100 (Number of queries not answered "
               "before the configured timeout, or at all.)"))
    add(DNSDIST_STATS, DNS, "dnsdist frontend NXDOMAIN share (rule 7)",
        metric("DnsdistNxdomainRatio", "dnslb-1:8083", "NXDOMAIN answers at 41% on dnslb-1",
               "rate(dnsdist_frontend_nxdomain[10m]) / rate(dnsdist_responses[10m]) > 0.3"))
    add(DNSDIST_BACKEND, N, "dnsdist marks a resolver backend down (DNS server liveness, rule 11)",
        log_alert("dnsdist", "Dec 04 09:02:17 dnslb-1 dnsdist[655]: Marking downstream rec-2 "
                  "(10.0.0.12:53) as 'down'", 0))
    add(DNSDIST_BACKEND, NULL, "dnsdist marks the backend up again (a recovery, rule 14)",
        log_alert("dnsdist", "Dec 04 09:09:52 dnslb-1 dnsdist[655]: Marking downstream rec-2 "
                  "(10.0.0.12:53) as 'up'", 1))
    add(DNSDIST_STATS, L, "dnsdist average latency (DNS latency, rule 4)",
        metric("DnsdistLatencyHigh", "dnslb-2:8083", "dnslb-2 average answer latency is 180ms",
               "dnsdist_latency_avg1000 > 100000 (Average response latency in microseconds of the "
               "last 1000 packets received over UDP.)"))
    add(DNSDIST_STATS, NULL, "dnsdist NXDOMAIN by rule (policy block, look-alike)",
        metric("DnsdistRuleNxdomainSpike", "dnslb-1:8083",
               "dnslb-1 blocks 220 queries/s with rule-generated NXDOMAIN",
               "rate(dnsdist_rule_nxdomain[5m]) > 100 (Number of NXDomain answers returned "
               "because of a rule.)"))
    add(DNSDIST_STATS, NULL, "dnsdist packet-cache hit ratio (look-alike)",
        metric("DnsdistCacheHitRatioLow", "dnslb-2:8083", "dnsdist packet cache hit ratio 22%",
               "rate(dnsdist_cache_hits[15m]) / (rate(dnsdist_cache_hits[15m]) + "
               "rate(dnsdist_cache_misses[15m])) < 0.3"))
    add(DNSDIST_STATS, NULL, "dnsdist query-rate spike (look-alike, rule 13)",
        metric("DnsdistQueryRateAnomaly", "dnslb-1:8083",
               "dnslb-1 receives 4.2x its usual queries per second",
               "rate(dnsdist_queries[5m]) = 31200 against a 7-day baseline of 7400"))
    add(PDNS_METRICS, NULL, "RPZ policy-mandated NXDOMAIN results (a blocklist, look-alike)",
        metric("PdnsRecursorPolicyNxdomain", "rec-1.dc1:8082",
               "rec-1.dc1: 95 RPZ NXDOMAIN results per second",
               "rate(pdns_recursor_policy_result_nxdomain[5m]) > 50 (Number of policy-mandated "
               "NXdomain results)"))
    add(PDNS_METRICS, NULL, "PowerDNS Recursor cache hit ratio (look-alike)",
        metric("PdnsRecursorCacheHitRatio", "rec-2.dc1:8082", "Record cache hit ratio on "
               "rec-2.dc1 fell to 41%", "rate(pdns_recursor_cache_hits[10m]) / "
               "(rate(pdns_recursor_cache_hits[10m]) + rate(pdns_recursor_cache_misses[10m])) "
               "< 0.6"))
    add(PDNS_AUTH, NULL, "PowerDNS secondary cannot get the primary's SOA (refresh, zone served)",
        log_alert("pdns-auth", "Dec 04 07:12:40 ns2 pdns_server[901]: Unable to retrieve SOA for "
                  "corp.example from 10.0.0.11, this was the first time. NOTE: For every "
                  "subsequent failed SOA check the domain will be suspended from freshness checks "
                  "for 'num-errors x 60 seconds', with a maximum of 3600 seconds. Skipping SOA "
                  "checks until 2026-12-04T07:13:40", 0))
    add(PDNS_AUTH, NULL, "PowerDNS secondary: repeated failed SOA checks (refresh, zone served)",
        log_alert("ns2-pdns", "Dec 04 08:02:10 ns2 pdns_server[901]: Unable to retrieve SOA for "
                  "lab.example from 10.20.0.2, this was the 4th time. Skipping SOA checks until "
                  "2026-12-04T08:06:10", 2))
    add(PDNS_AUTH, NULL, "PowerDNS secondary: zone fresh (status line)",
        log_alert("pdns-auth", "Dec 04 07:20:02 ns2 pdns_server[901]: Domain 'corp.example' is "
                  "fresh (no DNSSEC), serial is 2026120401 (checked primary 10.0.0.11)", 1))


def dnsmasq():
    text = {}
    for lang in ["de", "sv", "ka", "pl", "ro", "fr"]:
        raw = subprocess.check_output(["git", "--git-dir", git_dir("imp/dnsmasq"), "show",
                                       f"{DM}:po/{lang}.po"])
        try:
            text[lang] = po_messages(raw.decode("utf-8"))
        except UnicodeDecodeError:
            text[lang] = po_messages(raw.decode("latin-1"))
    val = "validation of %s failed: resource limit exceeded."
    add(DNSMASQ_FWD, DNS, "dnsmasq DNSSEC validation failed (en)",
        log_alert("dnsmasq", "Dec 04 08:14:55 edge-gw-3 dnsmasq[2231]: "
                  + val % "api.bank-partner.example", 0))
    add(("imp/dnsmasq", "po/de.po", DM), DNS, "dnsmasq DNSSEC validation failed (de)",
        log_alert("dnsmasq", "Dez 04 08:14:55 filiale-gw-7 dnsmasq[2231]: "
                  + text["de"][val] % "kasse.zentrale.example", 1))
    using = "using nameserver %s#%d for %s %s%s %s"
    add(DNSMASQ_NET, NULL, "dnsmasq names the server it forwards a domain to (config, en)",
        log_alert("dnsmasq", "Dec 04 06:00:01 edge-gw-3 dnsmasq[2231]: "
                  + (using % ("10.0.0.2", 53, "domain", "corp.example", "", "")).rstrip(), 2))
    for n, lang in enumerate(["de", "sv", "ka"]):
        add(("imp/dnsmasq", f"po/{lang}.po", DM), NULL,
            f"dnsmasq names the server it forwards a domain to (config, {lang})",
            log_alert("dnsmasq", "Dec 04 06:00:01 gw-%d dnsmasq[1402]: " % (n + 4)
                      + (text[lang][using] % ("192.168.40.1", 53, "domain", "filiale.example",
                                              "", "")).rstrip(), n))
    ign = "ignoring nameserver %s - local interface"
    for n, lang in enumerate(["ro", "fr"]):
        add(("imp/dnsmasq", f"po/{lang}.po", DM), NULL,
            f"dnsmasq ignores its own address as upstream (config, {lang})",
            log_alert("dnsmasq", "Dec 04 06:00:01 router-%d dnsmasq[988]: " % (n + 1)
                      + text[lang][ign] % "127.0.0.1", n + 1))
    stats = "server %s#%d: queries sent %u, retried %u, failed %u, nxdomain replies %u, avg. latency %ums"
    add(("imp/dnsmasq", "po/sv.po", DM), NULL, "dnsmasq per-server statistics dump (sv)",
        log_alert("dnsmasq", "Dec 04 09:00:00 kontor-gw dnsmasq[1402]: "
                  + text["sv"][stats] % ("10.1.0.53", 53, 18234, 41, 3, 512, 6), 2))
    add(("imp/dnsmasq", "po/de.po", DM), NULL, "dnsmasq per-server statistics dump (de)",
        log_alert("dnsmasq", "Dez 04 09:00:00 filiale-gw-7 dnsmasq[2231]: "
                  + text["de"][stats] % ("10.1.0.53", 53, 9120, 12, 1, 233, 9), 0))
    fwd = "queries forwarded %u, queries answered locally %u"
    add(("imp/dnsmasq", "po/pl.po", DM), NULL, "dnsmasq query counters (pl)",
        log_alert("dnsmasq", "gru 04 09:00:00 biuro-gw dnsmasq[777]: "
                  + text["pl"][fwd] % (18234, 91022), 1))
    valid = "system time considered valid, now checking DNSSEC signature timestamps."
    add(("imp/dnsmasq", "po/de.po", DM), NULL, "dnsmasq query counters (de)",
        log_alert("dnsmasq", "Dez 04 09:00:00 filiale-gw-7 dnsmasq[2231]: "
                  + text["de"][fwd] % (9120, 40210), 0))
    add(DNSMASQ_DNSSEC, NULL, "dnsmasq starts checking DNSSEC timestamps (en)",
        log_alert("dnsmasq", "Dec 04 06:00:14 edge-gw-3 dnsmasq[2231]: " + valid, 1))
    add(("imp/dnsmasq", "po/sv.po", DM), NULL, "dnsmasq starts checking DNSSEC timestamps (sv)",
        log_alert("dnsmasq", "Dec 04 06:00:14 kontor-gw dnsmasq[1402]: " + text["sv"][valid], 2))


def resolved():
    add(RESOLVED_BUS, DNS, "resolvectl: all attempts to contact name servers failed",
        synthetic("resolve-partner-api", "branch-fra-02",
                  "resolvectl query api.partner-pay.example: api.partner-pay.example: resolve "
                  "call failed: All attempts to contact name servers or networks failed"))
    add(RESOLVED_BUS, DNS, "resolvectl: no appropriate name servers",
        job_failed("nightly-mirror-sync", "resolve call failed: No appropriate name servers or "
                   "networks for name found"))
    add(RESOLVED_BUS, DNS, "resolvectl: server returned SERVFAIL",
        log_alert("image-prefetch", "resolvectl query registry.corp.example: resolve call "
                  "failed: Could not resolve 'registry.corp.example', server or network returned "
                  "error SERVFAIL", 1))
    add(RESOLVED_BUS, DNS, "systemd-resolved: configured DNS server loops back (lookups fail)",
        log_alert("edge-node", "resolve call failed: Configured DNS server loops back to us", 2))
    add(RESOLVED_SRV, NULL, "systemd-resolved switches servers (config/info, look-alike)",
        log_alert("systemd-resolved", "Dec 04 08:30:12 app-7 systemd-resolved[612]: Switching "
                  "to system DNS server 10.0.0.53.", 0))


def knot():
    add(KNOT_ZONE, DNS, "Knot DNS secondary zone expired (rule 13)",
        log_alert("knotd", "2026-12-04T08:40:00+0000 info: [corp.example.] zone expired", 0))
    add(KNOT_REFRESH, NULL, "Knot refresh failed while the zone is still served (rule 13)",
        log_alert("knotd", "2026-12-04T08:10:00+0000 error: [lab.example.] refresh, failed "
                  "(connection timeout), next retry at 2026-12-04T08:20:00+0000, expires in "
                  "598112 seconds", 1))
    add(KNOT_REFRESH, NULL, "Knot refresh failed, zone served (rule 13), second zone",
        log_alert("ns2-knot", "2026-12-04T08:12:31+0000 error: [branch.example.] refresh, failed "
                  "(connection timeout), next retry at 2026-12-04T08:42:31+0000, expires in "
                  "1206000 seconds", 2))
    add(KNOT_KEYS, NULL, "Knot DNSSEC: KSK rollover started (key rollover notice)",
        log_alert("knotd", "2026-12-04T06:00:00+0000 info: [shop.example.] DNSSEC, KSK rollover "
                  "started", 0))
    add(KNOT_KEYS, NULL, "Knot DNSSEC: waiting for DS submission (key rollover notice)",
        log_alert("knotd", "2026-12-04T06:00:01+0000 notice: [shop.example.] DNSSEC, KSK "
                  "submission, waiting for confirmation", 1))
    add(KNOT_KEYS, NULL, "Knot DNSSEC: DS submission confirmed (key rollover notice)",
        log_alert("knotd", "2026-12-06T11:20:44+0000 notice: [shop.example.] DNSSEC, KSK "
                  "submission, confirmed", 2))
    add(KNOT_KEYS, NULL, "Knot DNSSEC: next key action scheduled (key rollover notice)",
        log_alert("knotd", "2026-12-04T06:00:02+0000 info: [shop.example.] DNSSEC, next key "
                  "action, KSK tag 40117, submit at 2026-12-11T06:00:00+0000", 0))


# ------------------------------------------------------------------------------ client runtimes


def clients():
    add(GO_DNS, DNS, "Go resolver cannot parse the DNS reply",
        error_ratio("vault-agent-injector", 'Get "https://vault.corp.example:8200/v1/sys/health":'
                    " dial tcp: lookup vault.corp.example on 10.96.0.10:53: cannot unmarshal DNS "
                    "message"))
    add(NODE_DNS, DNS, "Node dns.resolve timed out (ETIMEOUT)",
        error_ratio("checkout-bff", "Error: queryA ETIMEOUT payments.partner-pay.example", "9.3"))
    add(NODE_DNS, DNS, "Node SRV lookup could not contact DNS servers (ECONNREFUSED; rule 13)",
        crash_loop("profile-api-6d9f7b8c4-k2x7p", "profile-api",
                   "MongoServerSelectionError: querySrv ECONNREFUSED "
                   "_mongodb._tcp.cluster0.q7hzk.mongo.example"))
    add(NODE_DNS, DNS, "Node TXT lookup answered SERVFAIL",
        log_alert("dmarc-reporter", "Error: queryTxt ESERVFAIL _dmarc.customer-a.example\n    at "
                  "QueryReqWrap.onresolve [as oncomplete] (node:internal/dns/promises:291:17)", 0))
    add(NODE_DNS, DNS, "Node SRV lookup refused by the DNS server (EREFUSED)",
        log_alert("sip-router", "Error: querySrv EREFUSED _sip._udp.voice.telco-partner.example",
                  1))
    add(RESOLV_RB, DNS, "Ruby Resolv: no information for a name",
        error_ratio("storefront-rails", "Resolv::ResolvError: DNS result has no information for "
                    "smtp-relay.mail.internal", "5.6"))
    add(RESOLV_RB, DNS, "Ruby Resolv timed out",
        latency("mailer-sidekiq", "Resolv::ResolvTimeout (Resolv::ResolvTimeout) while looking up "
                "mx records of customer-b.example"))
    add(HICKORY, DNS, "hickory-dns: no name server connection available (not a pool)",
        log_alert("edge-rs", "2026-12-04T08:51:07.114Z ERROR edge_rs::upstream: resolving "
                  "\"catalog.internal.example\" failed: no connections available", 2))
    add(HICKORY, DNS, "hickory-dns: the query timed out (rule 13, not upstream_timeout)",
        error_ratio("ingest-rs", "resolving \"kafka-2.kafka-headless.data.svc.cluster.local\" "
                    "failed: request timed out", "7.1"))
    add(HICKORY, DNS, "hickory-dns: SERVFAIL response",
        log_alert("mesh-agent", "WARN mesh_agent::discovery: resolving \"control.mesh.internal\" "
                  "failed: DNS error: error response: Server Failure", 0))
    add(HTTPC, DNS, "Erlang httpc: nxdomain",
        log_alert("webhooks-erl", "2026-12-04 08:44:02.117 [error] <0.812.0> webhook delivery "
                  "failed: {error,{failed_connect,[{to_address,{\"hooks.crm-vendor.example\",443}},"
                  "{inet,[inet],nxdomain}]}}", 1))
    add(HTTPC, N, "Erlang httpc: econnrefused (the peer is not there, rule 11)",
        log_alert("webhooks-erl", "2026-12-04 08:47:30.502 [error] <0.812.0> webhook delivery "
                  "failed: {error,{failed_connect,[{to_address,{\"hooks.crm-vendor.example\",443}},"
                  "{inet,[inet],econnrefused}]}}", 2))
    add(PHP_DNS, DNS, "PHP dns_get_record(): temporary server error (TRY_AGAIN)",
        log_alert("newsletter-php", "PHP Warning:  dns_get_record(): A temporary server error "
                  "occurred. in /var/www/app/src/Mail/MxValidator.php on line 41", 0))
    add(PHP_DNS, DNS, "PHP dns_get_record(): DNS query failed",
        error_ratio("signup-php", "dns_get_record(): DNS Query failed", "5.2"))
    add(PHP_DNS, DNS, "PHP dns_get_record(): unexpected server failure (NO_RECOVERY)",
        job_failed("spf-audit", "PHP Warning:  dns_get_record(): An unexpected server failure "
                   "occurred. in /opt/audit/check_spf.php on line 18"))
    add(NETTY, DNS, "Netty DNS query timed out, quoted by a latency alert (rule 13)",
        latency("gateway-java", "io.netty.resolver.dns.DnsNameResolverTimeoutException: [48713: "
                "/10.96.0.10:53] DefaultDnsQuestion(ledger.payments.svc.cluster.local. IN A) "
                "query '48713' via UDP timed out after 5000 milliseconds (no stack trace "
                "available)"))
    add(BUSYBOX, DNS, "BusyBox nc in an init container: bad address (failed lookup; crash loop "
        "quoting it, rule 13)",
        crash_loop("orders-api-7c9d8f6b5-wq4zt", "wait-for-db",
                   "nc: bad address 'postgres-primary.db.svc.cluster.local'"))
    add(BUSYBOX, DNS, "BusyBox wget: bad address",
        job_failed("artifact-fetch", "Connecting to artifacts.corp.example\n"
                   "wget: bad address 'artifacts.corp.example'"))


def windows():
    add_page(WINSOCK_URL, "learn.microsoft.com", DNS, ".NET on Windows: WSAHOST_NOT_FOUND (11001)",
             error_ratio("claims-portal", "System.Net.Http.HttpRequestException: No such host is "
                         "known. (ledger-api.corp.example:443)\n ---> System.Net.Sockets."
                         "SocketException (11001): No such host is known.", "8.0"))
    add_page(WINSOCK_URL, "learn.microsoft.com", DNS, ".NET on Windows: WSATRY_AGAIN (11002)",
             log_alert("ClaimsWorker", "System.Net.Sockets.SocketException (11002): This is "
                       "usually a temporary error during hostname resolution and means that the "
                       "local server did not receive a response from an authoritative server.", 0))
    add_page(WINSOCK_URL, "learn.microsoft.com", DNS, ".NET on Windows: WSANO_DATA (11004)",
             job_failed("ReportExport", "Unhandled exception. System.Net.Sockets.SocketException "
                        "(11004): The requested name is valid, but no data of the requested type "
                        "was found."))
    add(WIN_EXP, N, "Windows DNS Server service stopped (a stopped service, rule 7)",
        metric("WindowsServiceStopped", "DC02.corp.example:9182",
               "Service dns on DC02 is stopped",
               'windows_service_state{name="dns",state="stopped"} == 1 for 5m', "critical"))


def firefox():
    for n, (lang, (path, commit, title)) in enumerate(FIREFOX.items()):
        loc = pick(f"ff-{lang}", ["runner-fra-1", "runner-waw-2", "runner-gru-1", "runner-nrt-1",
                                  "runner-mad-3"])
        add(("mozilla-l10n/firefox-l10n", f"{lang}/{path}", commit), DNS,
            f"Firefox DNS-not-found page title ({lang}) in a synthetic browser check",
            ({"alertname": "BrowserCheckFailed", "check": f"shop-home-{lang.lower()}",
              "location": loc, "severity": "critical"},
             {"summary": f"Browser check shop-home-{lang.lower()} failing from all locations",
              "description": f"Step 1 (goto https://shop.{lang.lower()}.example/): page title "
                             f"was \"{title}\", expected \"Shop\". Screenshot attached."}))


def domains():
    add(DOMAIN_EXP, NULL, "domain registration expiring (rule 5)",
        ({"alertname": "DomainExpiringWarning", "domain": "acme-payments.example",
          "severity": "warning"},
         {"summary": "Domain name expiration in less than 30 days.",
          "description": 'The domain "acme-payments.example" has only 21 days left before '
                         "expiration."}))
    add(DOMAIN_EXP, NULL, "domain registration expiring, critical (rule 5)",
        ({"alertname": "DomainExpiringCritical", "domain": "acme-status.example",
          "severity": "critical"},
         {"summary": "Domain name expiration in less than 7 days.",
          "description": 'The domain "acme-status.example" has only 4 days left before '
                         "expiration."}))
    add(DOMAIN_EXP, NULL, "domain exporter parsed a negative expiry (a monitor's own failure)",
        ({"alertname": "DomainExperationNegative", "domain": "acme-mail.example",
          "severity": "warning"},
         {"summary": "Domain Exporter issue",
          "description": 'Negative value parsed for "acme-mail.example", The WHOIS response '
                         "probably changed or doesn't parse correctly. Please create an issue "
                         "with the response and we'll add the format."}))
    add(DOMAIN_EXP, NULL, "domain exporter cannot parse expiry (a monitor's own failure, rule 16)",
        ({"alertname": "DomainUnfindable", "domain": "acme-labs.example", "severity": "critical"},
         {"summary": "Domain Exporter issue",
          "description": 'Unable to find or parse expiration for "acme-labs.example"'}))


def main():
    unbound()
    powerdns()
    dnsmasq()
    resolved()
    knot()
    clients()
    windows()
    firefox()
    domains()
    family.write()


if __name__ == "__main__":
    main()
