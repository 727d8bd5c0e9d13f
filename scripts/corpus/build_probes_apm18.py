#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_apm18.jsonl: problem and alert notifications of APM and
uptime products other than Prometheus, Datadog, CloudWatch and New Relic, as their documentation
words them, delivered the way a webhook or mail bridge hands them to the daemon: IBM Instana's
built-in events, its incident KPIs, issue and change examples and its Smart Alert blueprints, and
Site24x7's mail notifications (`<monitor> DOWN - [Site24x7]`, `IN Trouble`, the "attribute
changed" line).

What the family tests: vendor titles that are whole sentences rather than rule names ("Memory
usage is close to the limit.", "The performance of the service is slow.", "Killed by out of memory
killer", "IN Trouble"), and their look-alikes that must stay null: a dead-letter queue growing,
a sudden drop or a rise of load, a change event (a pod's IP changed), a log-count smart alert, a
CPU smart alert, a content change of a web page, a CPU threshold in a Site24x7 mail, a recovery
mail ("back to a perfect state") and an issue closed by Instana.

Labels, decided from each event's documented meaning under POLICY.md before the classifier ran on
the file: a broker's memory close to its memory limit and a Site24x7 memory-utilisation threshold
are `out_of_memory` (rule 2), as is a process "Killed by out of memory killer" (rule 8, one
termination with an OOM hint); a broker's store close to its store limit is `disk_full` (rule 2);
"The error rate is higher than normal", an erroneous-calls smart alert and an SLO smart alert on
error budget consumed are `high_error_rate` (rule 4); "The performance of the service is slow",
a slow-calls smart alert and a Site24x7 trouble alert for response time over its limit are
`high_latency` (rule 4); an SSL certificate synthetic test ("certificate is about to expire") is
`certificate_expiry`; a Site24x7 DOWN alert (the monitor identified as down, confirmed from other
locations) is `node_down` (rules 4 and 7). Null (rules 2, 5, 8, 9, 12, 14): the dead-letter queue
(rule 12), drops and rises of load (no request fails or slows), a detected change (rule 9), a
log-count alert quoting no error (rule 8), CPU (rule 2), a page's content length modified, a
recovery mail and an issue closed by Instana (rule 14).

Left out as ambiguous (rule 6): Instana's "Garbage collection activity is high" (GC time: neither
memory nor latency is settled); a Smart Alert on a WebSphere data source's averageWaitTime (time
waiting for a pooled connection, with no limit stated: rule 7 leaves counts without a limit out);
an Instana synthetic test failing N times per location (rule 7: a failing check counts only when
it says the target is down); Instana's offline change events (planned or not is unsaid); a Site24x7
trouble alert for a keyword ("Exception", "Page Not Found") found on a page; an AppDynamics
"New Critical Health Rule Violation" whose health rule's measurement the payload does not say.

Vendors dropped after `heldout_check.py` (the vendor's or product's own name is held out, so its
wording may be in the held-out sets): Dynatrace, PRTG, Checkmk, Sensu, Sentry, Graylog, Honeycomb,
StatusCake, Zenduty, Grafana OnCall, Elastic, Icinga, Pingdom ("solarwinds pingdom"), Splunk
Observability and help.splunk.com (AppDynamics' documentation), SCOM ("system center operations
manager"), Alibaba Cloud ARMS (alibabacloud.com).

Sources (facts only; hosts, services, values and the frames are ours):
- https://www.ibm.com/docs/en/instana-observability?topic=references-built-in-events-reference
  (Instana built-in events: ActiveMQ's memory, store and dead-letter events);
- https://www.ibm.com/docs/en/SSE1JP5_current/src/pages/events_alerts/event-types.html (the
  incident KPIs and "Typical problems that are detected");
- sgod1/instana-notes README.md (issue, change and incident examples, Smart Alert blueprints);
- https://support.site24x7.com/portal/en/community/topic/more-about-site24%ef%bf%bd7%e2%80%99s-trouble-notifications-1489611497252
  (DOWN and IN Trouble subjects, "Trouble because");
- https://ext1.site24x7.com/help/admin/user-management/alert-mails.html (the alert mail's
  attribute-changed line, its recovery mail);
- https://support.site24x7.com/portal/kb/articles/can-i-escalate-my-downtime-alerts (the
  "Content Length Modified" trouble message).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily, num, pick  # noqa: E402

family = ProbeFamily("probes_apm18.jsonl")

M, D, E, L, C, N = ("out_of_memory", "disk_full", "high_error_rate", "high_latency",
                    "certificate_expiry", "node_down")

IBM_REF = ("www.ibm.com", "https://www.ibm.com/docs/en/instana-observability?topic=references-"
           "built-in-events-reference")
IBM_TYPES = ("www.ibm.com", "https://www.ibm.com/docs/en/SSE1JP5_current/src/pages/events_alerts/"
             "event-types.html")
NOTES = ("sgod1/instana-notes", "README.md", "163d0c268b6d55727d98a2b4cc455212986b398c")
S24_TROUBLE = ("support.site24x7.com", "https://support.site24x7.com/portal/en/community/topic/"
               "more-about-site24%ef%bf%bd7%e2%80%99s-trouble-notifications-1489611497252")
S24_MAILS = ("ext1.site24x7.com",
             "https://ext1.site24x7.com/help/admin/user-management/alert-mails.html")
S24_KB = ("support.site24x7.com",
          "https://support.site24x7.com/portal/kb/articles/can-i-escalate-my-downtime-alerts")

BROKERS = ["amq-broker-0", "amq-broker-2", "activemq-orders-1", "mq-billing-01"]
SERVICES = ["checkout-api", "catalog-search", "payments-gateway", "shipping", "account-service",
            "inventory-rpc", "quote-engine"]
HOSTS = ["web-eu-03", "app-prod-17", "k8s-node-09", "db-report-2", "edge-proxy-5", "batch-04"]
ZONES = ["eu-central", "us-east", "ap-south"]
SITES = ["shop.example.com", "status.acme-corp.io", "portal.northwind.test", "api.contoso.test",
         "www.fabrikam.test"]


def add_page(src, expected, source, labels, annotations):
    project, url = src
    family.add_page(url, expected, source, labels, annotations, project)


# ---- Instana: built-in events, delivered by its webhook alert channel -------------------------

def instana_frames(seed, title, detail, entity_kind, entity):
    """Four renderings of one Instana event: the webhook channel mapped to labels and annotations,
    a relay that keeps only the title, an Alertmanager-style copy, and a Slack-style text."""
    sev = pick(seed + "sev", ["warning", "critical"])
    yield ({"alertname": title, "sender": "instana", "severity": sev, "entity_type": entity_kind,
            "entity": entity, "event_type": "issue"},
           {"summary": f"{title} on {entity}", "description": detail})
    yield ({"alertname": title.rstrip("."), "source": "instana", entity_kind: entity}, {})
    yield ({"alertname": "InstanaIssue", "severity": sev, "instance": entity,
            "namespace": pick(seed + "ns", ["messaging", "prod", "platform", "shop"])},
           {"summary": title, "description": f"Triggering entity: {entity}. {detail}"})
    yield ({"alertname": "InstanaEvent", "channel": "#ops-alerts"},
           {"message": f"[Instana] Issue opened: {title} ({entity_kind} {entity}) — {detail}"})


BUILTIN = [
    # (source, title, detail, entity kind, label, why)
    (IBM_REF, "Memory usage is close to the limit.",
     "Memory usage is close to 100% of the memory limit. memoryPercentage={v}%", "activemq", M,
     "a broker's memory close to its memory limit (rule 2)"),
    (IBM_REF, "Store usage is close to the limit.",
     "Store usage is close to 100% of the store limit. storePercentage={v}%", "activemq", D,
     "a broker's persistent store close to its limit (rule 2)"),
    (IBM_REF, "Dead-letter queue size is growing.",
     "Dead-letter queue size is increasing. Messages sent are not routed to their correct "
     "destination. ActiveMQ.DLQ size={n}", "activemq", None,
     "dead-lettered messages are not work waiting (rule 12)"),
]

for i, (src, title, detail, kind, label, why) in enumerate(BUILTIN):
    broker = pick(f"apm18-b{i}", BROKERS)
    for j, (labels, ann) in enumerate(instana_frames(f"b{i}", title, detail, kind, broker)):
        text = {k: v.replace("{v}", str(num(f"apm18-b{i}{j}", 96, 99.8)))
                .replace("{n}", str(num(f"apm18-n{i}{j}", 2400, 90000, 0))) for k, v in ann.items()}
        add_page(src, label, f"Instana built-in event {title!r}: {why}", labels, text)

# An issue resent when Instana closes it: the condition is over (rule 14).
for j in range(3):
    broker = pick(f"apm18-closed-{j}", BROKERS)
    add_page(IBM_REF, None,
             "Instana built-in event 'Store usage is close to the limit.' closed by Instana: a "
             "notice that the condition is over (rule 14)",
             {"alertname": "Store usage is close to the limit.", "sender": "instana",
              "state": "closed", "entity": broker},
             {"summary": f"Closed: Store usage is close to the limit. on {broker}",
              "description": f"State: closed by Instana. Duration: {3 + 7 * j} minutes."})

# ---- Instana: incidents on an edge service's KPIs --------------------------------------------

KPIS = [
    ("The error rate is higher than normal.", "Errors (error rate): {v}% of calls erroneous, "
     "baseline 0.4%", E, "an error ratio of calls (rule 4)"),
    ("The performance of the service is slow.", "Latency (response time in milliseconds): mean "
     "{ms} ms, baseline 140 ms", L, "response time (rule 4)"),
    ("There is a sudden drop of load.", "Load (calls/second): {cps} calls/s, baseline 410 calls/s",
     None, "a drop of load: nothing fails or slows"),
]
for i, (title, detail, label, why) in enumerate(KPIS):
    for j in range(5):
        svc = pick(f"apm18-k{i}-{j}", SERVICES)
        body = (detail.replace("{v}", str(num(f"apm18-kv{i}{j}", 6, 38)))
                .replace("{ms}", str(num(f"apm18-km{i}{j}", 900, 4200, 0)))
                .replace("{cps}", str(num(f"apm18-kc{i}{j}", 3, 60, 0))))
        if j == 0:
            labels = {"alertname": title, "sender": "instana", "event_type": "incident",
                      "service": svc, "severity": "critical"}
            ann = {"summary": f"Incident on {svc}: {title}", "description": body}
        elif j == 1:
            labels = {"alertname": f"Incident on {svc}", "source": "instana"}
            ann = {"description": title}
        elif j == 2:
            labels = {"alertname": "InstanaIncident", "service": svc, "severity": "critical",
                      "namespace": "prod"}
            ann = {"summary": title, "description": f"Edge service {svc} is unhealthy. {body}"}
        elif j == 3:
            labels = {"alertname": title.rstrip("."), "service": svc}
            ann = {}
        else:
            labels = {"alertname": "InstanaEvent", "channel": "#sre-pager"}
            ann = {"message": f"Instana incident opened for {svc}: {title} {body}"}
        add_page(IBM_TYPES, label, f"Instana incident {title!r}: {why}", labels, ann)

# ---- Instana: issue and change examples ------------------------------------------------------

for j in range(5):
    proc = pick(f"apm18-oom-{j}", ["nginx: master process nginx -g daemon off;",
                                   "java -jar /opt/app/orders.jar", "node /srv/bff/server.js",
                                   "postgres: checkpointer", "python3 -m worker"])
    mb = num(f"apm18-oommb-{j}", 180, 3900, 0)
    pages = mb * 256
    detail = (f"This process received an 'out-of-memory-kill' event; at the time it had allocated "
              f"{mb} MB of memory over {pages} pages of 4 KB each.")
    host = pick(f"apm18-oomh-{j}", HOSTS)
    frames = [
        ({"alertname": "Killed by out of memory killer", "sender": "instana", "severity": "critical",
          "host": host}, {"summary": f"Killed by out of memory killer: {proc}", "description": detail}),
        ({"alertname": "Killed by out of memory killer", "source": "instana", "host": host}, {}),
        ({"alertname": "InstanaIssue", "instance": host, "severity": "critical"},
         {"summary": "Killed by out of memory killer", "description": f"Triggering entity: {proc}. "
          + detail}),
        ({"alertname": "InstanaEvent", "channel": "#ops-alerts"},
         {"message": f"[Instana] Issue: Killed by out of memory killer on {host} — {detail}"}),
        ({"alertname": "ProcessIssue", "host": host, "process": proc.split()[0].rstrip(":")},
         {"description": detail}),
    ]
    labels, ann = frames[j]
    family.add(NOTES, M, "Instana issue 'Killed by out of memory killer': one termination by the "
               "OOM killer (rule 8)", labels, ann)

for j in range(4):
    pod = pick(f"apm18-chg-{j}", ["openshift-marketplace/certified-operators-7xk2p",
                                  "shop/checkout-api-6d9f8b7c4-q2lmn", "data/etl-runner-0",
                                  "ingress/router-default-5c7d9-wx8rt"])
    ip = f"10.{128 + j}.{num('apm18-ip' + str(j), 1, 250, 0)}.{num('apm18-ip2' + str(j), 2, 250, 0)}"
    detail = (f'The value podIp has changed from "" to "{ip}". The value phase has changed from '
              f'"Pending" to "Running".')
    frames = [
        ({"alertname": "Change detected", "sender": "instana", "event_type": "change",
          "entity": pod}, {"summary": f"Change detected on {pod}", "description": detail}),
        ({"alertname": "Change detected", "source": "instana", "pod": pod.split("/")[1]}, {}),
        ({"alertname": "InstanaChange", "namespace": pod.split("/")[0], "pod": pod.split("/")[1]},
         {"description": detail}),
        ({"alertname": "InstanaEvent", "channel": "#changes"},
         {"message": f"[Instana] Change detected — Triggering Entity: {pod}. {detail}"}),
    ]
    labels, ann = frames[j]
    family.add(NOTES, None, "Instana change event 'Change detected' (pod IP and phase changed): a "
               "change, not a fault (rule 9)", labels, ann)

# ---- Instana: Smart Alert blueprints ---------------------------------------------------------

SMART = [
    ("Slow calls", "Calls to {svc} are slower than usual: mean latency {ms} ms over 10 minutes is "
     "above the adaptive threshold (+3 std deviations)", L, "slow calls (latency, rule 4)"),
    ("Erroneous calls", "The rate of erroneous calls for {svc} is higher than normal: {v}% over 10 "
     "minutes (static threshold 2%)", E, "erroneous calls (error rate, rule 4)"),
    ("Low number of calls", "The number of calls to {svc} is significantly lower than expected "
     "compared to the available past data: {cps} calls/min", None,
     "low number of calls: a drop of load, nothing fails or slows"),
    ("High number of calls", "The number of calls to {svc} is significantly higher than expected "
     "compared to the available past data: {hi} calls/min", None,
     "high number of calls: load, nothing refused or slowed"),
    ("Service level error budget", "Error budget consumed for SLO '{svc} availability' is {b}% "
     "(threshold 10%)", E, "an SLO's error budget burn (rule 4)"),
]
for i, (name, detail, label, why) in enumerate(SMART):
    for j in range(4):
        svc = pick(f"apm18-s{i}-{j}", SERVICES)
        body = (detail.replace("{svc}", svc).replace("{ms}", str(num(f"apm18-sm{i}{j}", 700, 5200, 0)))
                .replace("{v}", str(num(f"apm18-sv{i}{j}", 4, 31)))
                .replace("{cps}", str(num(f"apm18-sc{i}{j}", 2, 40, 0)))
                .replace("{hi}", str(num(f"apm18-sh{i}{j}", 9000, 60000, 0)))
                .replace("{b}", str(num(f"apm18-sb{i}{j}", 11, 64))))
        frames = [
            ({"alertname": f"Smart Alert: {name}", "sender": "instana", "application": svc,
              "severity": "warning"}, {"summary": f"{name} on {svc}", "description": body}),
            ({"alertname": f"{name} ({svc})", "source": "instana"}, {"description": body}),
            ({"alertname": "InstanaSmartAlert", "blueprint": name.lower().replace(" ", "_"),
              "service": svc}, {"summary": body}),
            ({"alertname": "InstanaEvent", "channel": "#app-alerts"},
             {"message": f"Instana Smart Alert '{name}' triggered for {svc}: {body}"}),
        ]
        labels, ann = frames[j]
        family.add(NOTES, label, f"Instana Smart Alert blueprint {name!r}: {why}", labels, ann)

for j in range(4):
    pattern = pick(f"apm18-log-{j}", ["order accepted", "cache warmup done", "session created",
                                      "retry scheduled"])
    n = num(f"apm18-logn-{j}", 120, 2600, 0)
    zone = pick(f"apm18-logz-{j}", ZONES)
    frames = [
        ({"alertname": "Smart Alert: Log count", "sender": "instana", "zone": zone},
         {"summary": f"Log count above threshold in {zone}",
          "description": f'{n} logs matching logs.message=~"{pattern}" in the last 30 mins (threshold 100)'}),
        ({"alertname": "InstanaLogsSmartAlert", "zone": zone},
         {"summary": f'{n} log lines matching "{pattern}"'}),
        ({"alertname": "Log count", "source": "instana", "zone": zone}, {}),
        ({"alertname": "InstanaEvent", "channel": "#logs"},
         {"message": f'Instana Smart Alert: log count {n} > 100 for message "{pattern}" ({zone})'}),
    ]
    labels, ann = frames[j]
    family.add(NOTES, None, "Instana Logs Smart Alert on a log count quoting no error (rule 8)",
               labels, ann)

for j in range(4):
    zone = pick(f"apm18-cpu-{j}", ZONES)
    v = num(f"apm18-cpuv-{j}", 1.1, 1.9)
    frames = [
        ({"alertname": "Smart Alert: CPU system usage", "sender": "instana", "zone": zone},
         {"summary": f"Mean h.cpu_system_usage over 10 mins is {v}% in {zone}",
          "description": "Threshold: < 2% for 30 mins or more on hosts with more than 4 CPUs"}),
        ({"alertname": "InstanaInfraSmartAlert", "metric": "cpu_system_usage", "zone": zone}, {}),
        ({"alertname": "InstanaEvent", "channel": "#infra"},
         {"message": f"Instana Smart Alert: cpu_system_usage {v}% (< 2%) for 30 mins, group {zone}"}),
        ({"alertname": "CPU system usage", "source": "instana", "zone": zone, "severity": "warning"},
         {"summary": f"CPU system usage {v}% for 30 mins"}),
    ]
    labels, ann = frames[j]
    family.add(NOTES, None, "Instana Infrastructure Smart Alert on CPU system usage: CPU (rule 2)",
               labels, ann)

for j in range(5):
    site = pick(f"apm18-ssl-{j}", SITES)
    days = num(f"apm18-ssld-{j}", 3, 13, 0)
    loc = pick(f"apm18-ssll-{j}", ["east-1", "frankfurt", "tokyo-pop"])
    frames = [
        ({"alertname": "Smart Alert: SSL Certificate test", "sender": "instana",
          "synthetic_test": f"ssl-{site}", "location": loc},
         {"summary": f"SSL certificate of {site} is about to expire",
          "description": f"The SSL Certificate test ssl-{site} reports the certificate expires in "
                         f"{days} days (threshold 14 days)."}),
        ({"alertname": "InstanaSyntheticSSL", "target": site, "location": loc},
         {"summary": f"Certificate for {site} expires in {days} days"}),
        ({"alertname": "SSL Certificate test", "source": "instana", "target": site}, {}),
        ({"alertname": "InstanaEvent", "channel": "#synthetics"},
         {"message": f"Instana synthetic SSL Certificate test on {site} ({loc}): certificate is "
                     f"about to expire ({days} days left)"}),
        ({"alertname": "SyntheticCertificateCheck", "instance": site, "severity": "warning"},
         {"description": f"SSL certificate test: certificate of {site} is about to expire "
                         f"(valid for {days} more days)"}),
    ]
    labels, ann = frames[j]
    family.add(NOTES, C, "Instana synthetic SSL Certificate test: a certificate about to expire",
               labels, ann)

# ---- Site24x7: mail notifications through a mail-to-webhook bridge ---------------------------

for j in range(6):
    site = pick(f"apm18-down-{j}", SITES)
    reason = ["Connection refused", "Host unavailable", "Unable to connect", "Connection refused",
              "Host unavailable", "Unable to connect"][j]
    frames = [
        ({"alertname": f"{site} DOWN - [Site24x7]", "sender": "site24x7", "monitor": site},
         {"summary": f"{site} DOWN - [Site24x7]",
          "description": f"Monitor status: Down. Reason: {reason}. Confirmed from 3 locations."}),
        ({"alertname": "Site24x7Down", "monitor": site, "severity": "critical"},
         {"summary": f"{site} is Down", "description": f"Reason: {reason}"}),
        ({"alertname": f"{site} DOWN - [Site24x7]", "source": "email-bridge"}, {}),
        ({"alertname": "WebsiteMonitor", "monitor": site, "status": "DOWN", "sender": "site24x7"},
         {"message": f"Site24x7: {site} went DOWN at 02:14 UTC ({reason})"}),
        ({"alertname": "Site24x7Alert", "monitor_type": "URL", "monitor": site},
         {"subject": f"{site} DOWN - [Site24x7]", "description": f"Down since 03:{10 + j} UTC"}),
        ({"alertname": "UptimeMonitorDown", "instance": site, "vendor": "site24x7"},
         {"summary": f"Site24x7 reports {site} DOWN from all monitoring locations"}),
    ]
    labels, ann = frames[j]
    add_page(S24_TROUBLE, N, "Site24x7 DOWN alert (monitor identified as down): node_down "
             "(rules 4 and 7)", labels, ann)

for j in range(5):
    site = pick(f"apm18-tr-{j}", SITES)
    ms = num(f"apm18-trms-{j}", 3100, 9800, 0)
    frames = [
        ({"alertname": f"{site} IN Trouble - [Site24x7]", "sender": "site24x7", "monitor": site},
         {"summary": f"{site} IN Trouble - [Site24x7]",
          "description": f"Trouble because: Response time {ms} ms crossed the threshold of 3000 ms"}),
        ({"alertname": "Site24x7Trouble", "monitor": site, "severity": "warning"},
         {"summary": f"{site} is in Trouble",
          "description": f"Trouble because response time is {ms} ms (limit 3000 ms)"}),
        ({"alertname": "WebsiteMonitor", "monitor": site, "status": "TROUBLE"},
         {"message": f"Site24x7: {site} IN Trouble — response time {ms} ms > 3000 ms"}),
        ({"alertname": "Site24x7Alert", "monitor": site},
         {"subject": f"{site} IN Trouble - [Site24x7]",
          "description": f"Attribute changed: Response Time exceeds 3000 ms ({ms} ms)"}),
        ({"alertname": "SyntheticResponseTime", "instance": site, "vendor": "site24x7"},
         {"summary": f"Trouble: response time of {site} crossed its limit ({ms} ms)"}),
    ]
    labels, ann = frames[j]
    add_page(S24_TROUBLE, L, "Site24x7 trouble alert for response time over its limit: latency "
             "(rule 4)", labels, ann)

for j in range(4):
    site = pick(f"apm18-cl-{j}", SITES)
    frames = [
        ({"alertname": f"{site} IN Trouble - [Site24x7]", "sender": "site24x7", "monitor": site},
         {"summary": f"{site} IN Trouble - [Site24x7]",
          "description": "Trouble because: Content Length Modified"}),
        ({"alertname": "Site24x7Trouble", "monitor": site},
         {"summary": "Content Length Modified",
          "description": f"The content length of {site} changed compared to the previous check"}),
        ({"alertname": "WebsiteMonitor", "monitor": site, "status": "TROUBLE"},
         {"message": f"Site24x7: {site} IN Trouble — Content Length Modified"}),
        ({"alertname": "Site24x7Alert", "monitor": site},
         {"subject": f"{site} IN Trouble - [Site24x7]", "description": "Content Length Modified"}),
    ]
    labels, ann = frames[j]
    add_page(S24_KB, None, "Site24x7 trouble message 'Content Length Modified': a page changed, "
             "nothing fails", labels, ann)

ATTR = [
    ("CPU Utilization", "CPU utilization exceeds {t}%", None, "CPU (rule 2)"),
    ("Memory Utilization", "Memory utilization exceeds {t}%", M,
     "memory utilisation over a threshold (rule 2)"),
]
for i, (attr, line, label, why) in enumerate(ATTR):
    for j in range(5):
        host = pick(f"apm18-at{i}-{j}", HOSTS)
        t = pick(f"apm18-att{i}-{j}", [85, 90, 95])
        changed = line.replace("{t}", str(t))
        v = num(f"apm18-atv{i}{j}", t + 0.5, 99.5)
        frames = [
            ({"alertname": f"{host} - {attr} - [Site24x7]", "sender": "site24x7",
              "monitor_type": "SERVER", "monitor": host},
             {"summary": f"{host} is Critical - {attr}",
              "description": f"Attribute changed: {changed} (current value {v}%)"}),
            ({"alertname": "Site24x7ServerAlert", "monitor": host, "severity": "critical"},
             {"summary": changed, "description": f"Server monitor {host}: {attr} {v}%"}),
            ({"alertname": "ServerMonitor", "host": host, "status": "CRITICAL",
              "sender": "site24x7"},
             {"message": f"Site24x7: {host} {changed} — {v}%"}),
            ({"alertname": f"{attr} exceeds threshold", "host": host, "vendor": "site24x7"}, {}),
            ({"alertname": "Site24x7Alert", "monitor": host},
             {"subject": f"{host} is Critical - [Site24x7]",
              "description": f"Attribute changed: {changed}. Existing attribute issues "
                             f"(unresolved): none"}),
        ]
        labels, ann = frames[j]
        add_page(S24_MAILS, label, f"Site24x7 server alert mail, attribute {attr!r}: {why}",
                 labels, ann)

for j in range(4):
    site = pick(f"apm18-up-{j}", SITES)
    frames = [
        ({"alertname": f"{site} UP - [Site24x7]", "sender": "site24x7", "monitor": site},
         {"summary": f"{site} UP - [Site24x7]",
          "description": "Site24x7 confirms that the identified errors have been rectified and "
                         "the monitor has come back to a perfect state. Downtime: 14 mins"}),
        ({"alertname": "Site24x7Up", "monitor": site},
         {"summary": f"{site} is Up again", "description": "Monitor status: Up"}),
        ({"alertname": "WebsiteMonitor", "monitor": site, "status": "UP"},
         {"message": f"Site24x7: {site} is back UP after 6 minutes of downtime"}),
        ({"alertname": "Site24x7Alert", "monitor": site},
         {"subject": f"{site} UP - [Site24x7]", "description": "Monitor status: Up. Errors rectified."}),
    ]
    labels, ann = frames[j]
    add_page(S24_MAILS, None, "Site24x7 recovery mail (monitor back to a perfect state): the "
             "condition is over (rule 14)", labels, ann)


if __name__ == "__main__":
    family.write()
