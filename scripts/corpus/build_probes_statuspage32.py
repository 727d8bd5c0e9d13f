#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_statuspage32.jsonl: status-page incident updates and incident
notifications as they reach an alert pipeline, where the incident's title is generic (or absent) and the
symptom or cause is said only in the update's body, and their look-alikes.

Positives: Zendesk's service-incident updates quoting "Certificate Expired or Invalid" errors, Slack's
status updates (latency reported, "less than 1% of API calls are failing"), JobNimbus's updates on queued
work still draining, Alloy's first "increase in errors" update, a host unresponsive "due to a memory
overload" (becker-software), queue-depth lines of an incident timeline (storecode.pro), a connection-pool
scenario's log, dashboard and timeline lines (devsecopsbites, devseatit), an endpoint monitor's "is down"
incident (postmortem.so), incident-log lines (p99 over threshold, connections at 97% of the limit, a
query timeout, a database unreachable), incident replays (a root partition at 100%, nslookup timing out
under CoreDNS), status-page guides' example updates (atstatus, convot), a full disk quoted by a mail
server's "452 4.3.1 Insufficient system storage" (Kanjideck), incident-channel lines (coderslingo), a
metric-ingest backlog still being worked through (CloudWisdom).

Look-alikes (null): recoveries, fixes deployed and monitoring updates (also under titles that name a
symptom or a cause), postmortems and issue summaries written after the fact (Slack, Mezmo, Apideck,
PagerDuty, myQ, postmortem.so, Dead Man's Snitch, CloudWisdom, Adobe's AEM DNS disruption, Internic's
"parked" answers), updates that name no symptom ("performance issues", "identified and a fix is being
implemented", "database connectivity issues", "a database connection problem"), planned work (a
scheduled maintenance window, a Grid Migration taking longer, a deployment changing a schedule), a
resolved status entry, the normal-baseline line, an engineer's suggestion to raise max_connections.

Every text is quoted verbatim from the page cited; the alert frames (Statuspage and instatus webhooks,
Slack's status API, status.io, Cachet, incident timelines of PagerDuty, Squadcast, Zenduty, ilert and
Grafana IRM, Loki and journald log alerts, Grafana and CloudWatch alarms) are this builder's. Labels were
decided under POLICY.md before the classifier ran on the file; see the SOURCES.md section
"probes_statuspage32".
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from c3common import CE, D, DNS, E, L, M, N, Q, RP, T  # noqa: E402
from probes_common import ProbeFamily  # noqa: E402

family = ProbeFamily("probes_statuspage32.jsonl")
page = family.add_host_page


def ann(summary, body):
    """A title in `summary` and the update in `description`; no summary where the bridge sends none."""
    out = {}
    if summary is not None:
        out["summary"] = summary
    out["description"] = body
    return out


# --- frames ---------------------------------------------------------------------------------------

def statuspage(url, expected, why, page_name, component, status, impact, title, body):
    """Atlassian Statuspage's incident webhook bridged to Alertmanager."""
    page(url, expected, why,
         {"alertname": "StatuspageIncidentUpdate", "page_name": page_name, "component": component,
          "incident_status": status, "incident_impact": impact, "source": "statuspage-webhook"},
         ann(title, body))


def instatus(url, expected, why, page_name, status, impact, title, body):
    """An instatus.com webhook (its upper-case statuses and impacts)."""
    page(url, expected, why,
         {"alertname": "InstatusIncident", "page": page_name, "status": status, "impact": impact,
          "source": "instatus-webhook"},
         ann(title, body))


def slack_status(url, expected, why, kind, status, services, title, body):
    """Slack's status API (api/v2.0.0/current) polled by a bridge: type, status, services, notes."""
    page(url, expected, why,
         {"alertname": "SlackStatusIncident", "type": kind, "status": status, "services": services,
          "source": "slack-status-api"},
         ann(title, body))


def statusio(url, expected, why, page_name, state, status, title, body):
    """A status.io incident notification (state = incident stage, status = component status)."""
    page(url, expected, why,
         {"alertname": "StatusIoIncident", "statuspage": page_name, "state": state, "status": status,
          "source": "statusio-webhook"},
         ann(title, body))


def cachet(url, expected, why, component, status_code, title, body):
    """A Cachet incident (status 1 Investigating, 2 Identified, 3 Watching, 4 Fixed)."""
    page(url, expected, why,
         {"alertname": "CachetIncident", "component": component, "status": status_code, "source": "cachet-api"},
         {"summary": title, "message": body})


def rss(url, expected, why, feed, stage, title, body):
    """A status feed (RSS/Atom) item forwarded by a feed-to-alert bridge."""
    page(url, expected, why,
         {"alertname": "StatusFeedItem", "feed": feed, "stage": stage, "source": "rss-bridge"},
         ann(title, body))


def timeline(url, expected, why, tool, incident, note, severity="SEV1", kind="note"):
    """A line of an incident tool's timeline (PagerDuty notes, Squadcast, Zenduty, ilert, Grafana IRM)."""
    page(url, expected, why,
         {"alertname": "IncidentTimelineEntry", "tool": tool, "severity": severity, "entry_type": kind},
         {"summary": incident, "description": note})


def log_alert(url, expected, why, labels, line, summary):
    page(url, expected, why, dict({"alertname": "LogLineMatched", "source": "loki-ruler"}, **labels),
         {"summary": summary, "description": line})


# --- Zendesk: a service incident quoting the certificate error (status.zendesk.com style) ----------

ZD = ("https://support.zendesk.com/hc/en-us/articles/9742773411354-Service-Incident-September-22-2025-"
      "Pods-13-15-and-27-Workforce-Management-Messaging-unable-to-establish-session-with-remote-server")
ZD_TITLE = "Service Incident: Pods 13, 15 and 27"
rss(ZD, CE, "first update: customers encountering \"Certificate Expired or invalid\" errors (rule 1)",
    "status.zendesk.com", "investigating", ZD_TITLE,
    "We have identified that some customers have been experiencing email processing issues via Support. "
    "Customers are encountering \"Certificate Expired or invalid\" error messages.\n"
    "Our engineers are actively investigating this issue. Updates will be provided as soon as it becomes available.")
rss(ZD, CE, "second update: \"Certificate Expired or Invalid\" error in Outlook, root cause identified (rule 1)",
    "status.zendesk.com", "identified", ZD_TITLE,
    "We are currently aware that some customers are encountering a \"Certificate Expired or Invalid\" error when "
    "accessing their Outlook application. Our engineering team has identified the root cause and is actively "
    "working on a resolution. We apologize for the inconvenience and appreciate your patience as we address this "
    "issue. We will provide updates as they become available.")
rss(ZD, None, "new certificates deployed, customers asked to confirm (a fix, rule 14)",
    "status.zendesk.com", "monitoring", ZD_TITLE,
    "Our engineering team has addressed the \"Certificate Expired or Invalid\" error by deploying new certificates "
    "across all affected profiles. We kindly ask you to confirm if the issue has been resolved on your side.")
rss(ZD, None, "the certificate error 'has been resolved' (rule 14)",
    "status.zendesk.com", "resolved", ZD_TITLE,
    "We are pleased to inform you that the issue causing the \"Certificate Expired or Invalid\" error when "
    "accessing Outlook has been resolved. We sincerely appreciate your patience as our team worked diligently to "
    "address and resolve this matter.")

# --- Slack's status site --------------------------------------------------------------------------

SL_0923 = "https://slack-status.com/2023-09/94046787b0ca9008"
SL_TITLE = "A small number of users experience latency with Slack"
slack_status(SL_0923, L, "first note: users reporting latency, delays in sending messages (rule 4)",
             "incident", "active", "Messaging", SL_TITLE,
             "A small number of users are reporting latency with Slack, including delays in sending or editing "
             "messages.\n\nWe're investigating the issue and will share an update once we have more information.")
slack_status(SL_0923, E, "body only: 'less than 1% of API calls are failing' (a failed-request ratio, rule 4)",
             "incident", "active", "Messaging, Apps/Integrations/APIs", None,
             "We have determined that less than 1% of API calls are failing.\n\nAs this may impact certain actions "
             "like sending or editing messages, we recommend that users reattempt the action if it has failed. We "
             "hope to resolve this shortly and will be back with an update once new information becomes available.")
slack_status(SL_0923, None, "'signs of improvement ... still monitoring' under a latency title (names no "
             "symptom itself, statuspage23 decision 1)", "incident", "active", "Messaging", SL_TITLE,
             "Some users may be seeing signs of improvement, but we’re still monitoring the situation. We’ll be "
             "back once we have another update to share. Thank you for your patience as we sort this out.")
slack_status(SL_0923, None, "'We resolved the latency issues' (rule 14)", "incident", "resolved", "Messaging",
             SL_TITLE,
             "We resolved the latency issues with Slack. Impacted actions like sending or editing messages have been "
             "restored. We appreciate you bearing with us as we worked to get things back to normal.")

SL_0422 = "https://status.slack.com/2022-04/d7579c2d23cc1408"
slack_status(SL_0422, None, "'performance issues within Slack', investigating (no symptom named)",
             "incident", "active", "Link Previews", "Some users may be experiencing performance issues within Slack",
             "Some users may be experiencing performance issues within Slack. We're currently investigating and will "
             "be back with an update once we have more information to share.")

SL_0724 = "https://slack-status.com/2024-07-11"
slack_status(SL_0724, None, "issue summary: monitoring 'alerted us of the unexpected spike in error rates' "
             "(written after the fact, rule 14)", "incident", "resolved", "Messaging, Notifications",
             "Intermittent performance issues using Slack",
             "Our internal monitoring systems alerted us of the unexpected spike in error rates which prompted our "
             "incident response processes to begin. Through our investigation, we determined that a recent data "
             "migration caused an unexpected influx of client reloads, which temporarily overwhelmed the database "
             "responsible for servicing the affected API calls.")

OUTAGEDECK = ("https://outagedeck.com/api/v1/incidents/"
              "slack-scheduled-grid-migrations-are-experiencing-extended-downtime-2026-05-08")
slack_status(OUTAGEDECK, None, "scheduled Grid Migrations taking longer; Job Queues only 'may be the cause' "
             "(planned work, rule 9; a guess, rule 17)", "incident", "active", "Messaging",
             "Scheduled Grid Migrations are experiencing extended downtime",
             "Users who are undergoing scheduled Grid Migrations are experiencing extended downtime. Downtime is "
             "expected during a Grid Migration however it's taking longer than usual. During the downtime users are "
             "unable to access Slack until the migration completes. We've identified an issue with Job Queues, which "
             "may be the cause and are investigating this further. The next update will be provided once additional "
             "information becomes available.")

# --- JobNimbus (body only: the page's incident title is not in the stored copy) ----------------------

JN = "https://status.jobnimbus.com/"
statuspage(JN, Q, "'queued work continues to drain', ~35 minutes to clear (still firing, statuspage31 decision 3)",
           "JobNimbus", "Web Application", "update", "major", None,
           "Update: We have deployed backend changes and are seeing the expected improvements. We are monitoring as "
           "the system recovers and queued work continues to drain.\nEstimated time for delayed processing to fully "
           "clear: ~35 minutes. We will provide further updates as needed.")
statuspage(JN, Q, "'mitigating the delays in backend queue processing' (still firing, rule 12)",
           "JobNimbus", "Web Application", "update", "major", None,
           "Update: We have addressed the root cause and see performance on the application returning to normal. We "
           "are mitigating the delays in backend queue processing and will provide another update in 15 minutes.")
statuspage(JN, None, "'identified the root cause' without naming it (no symptom)", "JobNimbus", "Web Application",
           "identified", "major", None,
           "Update: We have identified the root cause. We are remediating and mitigating impact.")
statuspage(JN, None, "'Normal operations restored' (rule 14)", "JobNimbus", "Web Application", "resolved", "major",
           None, "Update: Normal operations restored. We will post details from our Root Cause Analysis before End "
           "of Day today.")

# --- Alloy -------------------------------------------------------------------------------------------

ALLOY = "https://status.alloy.co/incidents/m2pp5ywm0v9p"
instatus(ALLOY, E, "first update: API integration tests see 'an increase in errors' under 'Production API Error "
         "Elevation' (requests failing, rule 4)", "Alloy", "INVESTIGATING", "MAJOROUTAGE",
         "Production API Error Elevation",
         "Our API integration tests have encountered an increase in errors. We are currently investigating. Stay "
         "tuned for updates.")
instatus(ALLOY, None, "load moved off read replicas, 'seems to have mitigated the issues' (rule 14)", "Alloy",
         "MONITORING", "MAJOROUTAGE", "Production API Error Elevation",
         "We've moved some of our load off of read replicas, which seems to have mitigated the issues we were seeing "
         "so far. We are still monitoring and discussing the root cause. We will continue to monitor this to make "
         "sure it is stable before closing this incident.")

# --- status pages written after the fact ----------------------------------------------------------------

DMS = "https://status.deadmanssnitch.com/incidents/srsq49sc5m63"
statusio(DMS, None, "memory leak 'until the OOM killer took action', posted hours after the blackout ended "
         "(an after-the-fact account, statuspage31 decision 2)", "Dead Man's Snitch", "Resolved", "Operational",
         "Snitch Collection Blackout",
         "Between 9:55AM UTC and 10:15AM UTC our remaining collection instance stopped receiving check-ins. We have "
         "isolated the issue to a slow but constant memory leak that caused the system to become unresponsive until "
         "the OOM killer took action. We will be adding more metrics and alerts around memory usage and rotating our "
         "services more often.")

BUZZ = "https://status.control.buzz/incident/29/"
cachet(BUZZ, None, "'an abnormal level of database connectivity issues' (names no failure mode, statuspage31 "
       "decision 4)", "LiveControl", "1", "Major outage",
       "12:35PM - We're investigating an abnormal level of database connectivity issues.")
cachet(BUZZ, None, "RAM exhaustion named in an update after 'All services have been restored' (past, rule 14)",
       "LiveControl", "4", "Major outage",
       "17:41PM - Performance of our relational database system deteriorated, exhibiting symptoms of memory (RAM) "
       "exhaustion, before breaking down entirely.")

PD = "https://status.pagerduty.com/incidents/510k1bnvwv6g"
statuspage(PD, None, "postmortem: the OOM killer killing a restarted service in a cycle (after the fact, rule 14)",
           "PagerDuty", "Incident and Alert details", "postmortem", "minor", "Incident Log Entries Issue",
           "Because this service is run using Linux cgroups with limited memory, the Linux OOM Killer was "
           "automatically invoked to kill the service. The service was automatically restarted, only to be killed "
           "immediately by the OOM killer, and this cycle repeated.")

MYQ = "https://status.myq.cloud/notices/jexldrozjxbdb7ph-eu-datacenter-roger-api-memory-exhaustion"
statuspage(MYQ, None, "resolved notice titled 'Memory Exhaustion' with its postmortem (rule 14)", "MyQ",
           "EU Datacenter", "resolved", "major", "EU Datacenter Roger API Memory Exhaustion",
           "Due to a memory leak in Roger API, memory usage in the pods reached the limit, causing health check "
           "endpoints to report an unhealthy state.")

MEZMO = "https://status.mezmo.com/incidents/dk2z79dlsz5f"
statuspage(MEZMO, None, "postmortem: 'A single pod within our indexing service ran out of disk space' (rule 14)",
           "Mezmo", "Log Analysis", "postmortem", "major", "Log lines not indexed",
           "A single pod within our indexing service ran out of disk space. This was due to a sudden increase in the "
           "volume of log lines sent to Mezmo by accounts that happened to be assigned to this pod.")

APIDECK = "https://status.apideck.com/incidents/0d1bnm5p6n7h"
statuspage(APIDECK, None, "postmortem: 'A backlog of messages accumulated in our processing queue' (rule 14)",
           "Apideck", "Unify (Webhooks)", "postmortem", "minor",
           "Delays in webhook event processing with connectors that utilize Virtual Webhooks",
           "Last week, we identified an issue in our system that led to delays in webhook event processing and manual "
           "sync triggers. A backlog of messages accumulated in our processing queue, causing high resource "
           "utilization and degraded performance.")

AEM = "https://www.aemstatus.net/incidents/pkq3983rfszz"
statuspage(AEM, None, "postmortem: raised DNS resolution times (past, and DNS latency is latency, rules 4 and 14)",
           "Adobe Experience Manager", "hlx.page, hlx.live", "postmortem", "major",
           "Ongoing DNS Disruption for hlx.page and hlx.live",
           "In our monitoring we could observe raised DNS resolution times of about 600 milliseconds that while well "
           "below Tuesday’s peak of 2500 ms, were still significantly above the prior baseline of 200 ms.")

INTERNIC = "https://status.internic.ca/incidents/5k39z20rwhk4"
statuspage(INTERNIC, None, "postmortem: domains 'resolved to incorrect \"parked\" pages' (past; a wrong answer, "
           "not a failed lookup, rule 13)", "Internic", "DNS", "postmortem", "major",
           "Investigating DNS Resolution & Routing Issues",
           "Earlier today, some active domains intermittently resolved to incorrect \"parked\" pages or IP addresses.")

GRIDX = "https://status.gridx.de/incidents/nv5bvys1f7sh"
statuspage(GRIDX, None, "'The issue has been identified and a fix is being implemented.' (names nothing)",
           "gridX", "Measurement processing", "identified", "major", "Measurement processing",
           "The issue has been identified and a fix is being implemented.")

METRICLY = "https://status.metricly.com/incidents/hpyldglx8tj1"
statuspage(METRICLY, Q, "'continuing to work through the processing and alerting backlog' (still firing, "
           "statuspage31 decision 3)", "CloudWisdom", "Data Ingestion, Alerting", "update", "major",
           "Degraded Ingest and Alerting",
           "We're continuing to work through the processing and alerting backlog.")
statuspage(METRICLY, None, "postmortem: a messaging node's Out of Memory error (after the fact, rule 14)",
           "CloudWisdom", "Data Ingestion, Alerting", "postmortem", "major", "Degraded Ingest and Alerting",
           "Yesterday, we had a failure scenario where an ingest pipeline issue cascaded into two alerting issues. A "
           "single node in our messaging infrastructure had an Out of Memory error that caused the service to go "
           "down on that host.")

COMMUNITY = "https://support.communityds.com.au/knowledge-base/system-maintenance"
statuspage(COMMUNITY, None, "scheduled maintenance: 'your database could be unavailable' (planned work, rule 9)",
           "Community Data Solutions", "Databases", "scheduled", "maintenance", "System maintenance",
           "We typically perform maintenance to all databases on a Monday evening (and less often on a Wednesday) "
           "from 8pm AEST.\nThis means that your database could be unavailable for a period of time (typically "
           "between 30 minutes and 1 hour).")

CODERS_STATUS = "https://coderslingo.com/exercises/numbers-data/service-status/"
statuspage(CODERS_STATUS, None, "a resolved entry 'experienced elevated HTTP 500 error rates' (rule 14)",
           "Payments", "Payments API (eu-west-1)", "resolved", "minor",
           "Increased API Error Rates — Payments Service (eu-west-1)",
           "Summary: Customers in the EU (Ireland) region experienced elevated HTTP 500 error rates when calling the "
           "Payments API. Approximately 12% of requests were affected.")

# --- status-page guides' example updates ----------------------------------------------------------------

ATSTATUS = "https://wiki.atstatus.eu/docs/incidents/updates"
cachet(ATSTATUS, L, "example Investigating update: 'increased latency affecting the API' (rule 4)", "API", "1",
       "API performance",
       "We are investigating reports of increased latency affecting the API. Our team is actively looking into this "
       "issue.")
cachet(ATSTATUS, None, "example Identified update: 'a database connection problem' (names no failure mode)", "API",
       "2", "API performance",
       "The issue has been identified as a database connection problem. We are working on scaling up our database "
       "cluster. ETA: 30 minutes.")

CONVOT = "https://help.convot.io/en/article/posting-an-incident"
instatus(CONVOT, L, "example first update: 'reports of slow API responses' (rule 4)", "Convot", "INVESTIGATING",
         "DEGRADEDPERFORMANCE", "API responding slowly",
         "Investigating: we are looking into reports of slow API responses.")
instatus(CONVOT, RP, "example update: 'traced to a database connection pool exhaustion' (rules 1 and 7)", "Convot",
         "IDENTIFIED", "DEGRADEDPERFORMANCE", "API responding slowly",
         "Identified: the issue was traced to a database connection pool exhaustion. We are rolling out a fix now.")

# --- incident timelines -------------------------------------------------------------------------------

BECKER = "http://www.becker-software.de/en/blog/incident-report/post-27"
timeline(BECKER, M, "'The host becomes unresponsive due to a memory overload.' (the cause, rules 1 and 2)",
         "pagerduty", "Brief outage within our infrastructure",
         "11:12 PM – The host becomes unresponsive due to a memory overload.")

STORECODE = "https://www.storecode.pro/logs/incident-report-queue-backlog-from-just-in-time-jobs"
timeline(STORECODE, Q, "'Queue depth for the primary worker queue starts to climb' (rule 4)", "squadcast",
         "Degraded background processing", "09:20 — Queue depth for the primary worker queue starts to climb above "
         "its normal morning baseline.", severity="SEV2")
timeline(STORECODE, Q, "dashboard alert 'queue depth > 5x baseline' fires (rule 4)", "squadcast",
         "Degraded background processing",
         "09:32 — An internal dashboard alert for \"queue depth > 5x baseline\" fires.", severity="SEV2", kind="alert")
timeline(STORECODE, None, "a deployment changing a batch schedule (planned work, rule 9)", "squadcast",
         "Degraded background processing", "09:05 — A deployment changes the schedule of a set of batch jobs from "
         "\"spread across the hour\" to \"run closer to when data is expected to arrive\".", severity="SEV2",
         kind="change")

DEVSEC = "https://devsecopsbites.com/scenario/4"
timeline(DEVSEC, RP, "503s with logs 'too many connections' and 'connection pool timeout' (cause over symptom, "
         "rule 1)", "zenduty", "API traffic failing",
         "At 09:15 UTC, the API starts returning 503s. Logs show: \"too many connections\" and \"connection pool "
         "timeout after 30s\".")
timeline(DEVSEC, E, "'API starts returning 503s.' (rule 4)", "zenduty", "API traffic failing",
         "09:15 UTC: API starts returning 503s.", kind="alert")
page(DEVSEC, RP, "dashboard panel 'DB connections 100/100 (maxed)' (against its limit, rule 7)",
     {"alertname": "GrafanaAlert", "grafana_folder": "database", "rulename": "DB connections", "state": "alerting"},
     {"summary": "DB connections", "description": "DB connections 100/100 (maxed)"})
page(DEVSEC, E, "dashboard panel 'API error rate 67% (503s)' (rule 4)",
     {"alertname": "GrafanaAlert", "grafana_folder": "api", "rulename": "API error rate", "state": "alerting"},
     {"summary": "API error rate", "description": "API error rate 67% (503s)"})

DEVSEAT = "https://devseatit.com/tags/connection-pool"
DEVSEAT_INC = "SEV-1 API incident 2025-10-14"
timeline(DEVSEAT, N, "'PagerDuty alert fired: API health check failures' (a health check of its target, rule 18)",
         "pagerduty", DEVSEAT_INC, "03:15:00 - PagerDuty alert fired: API health check failures", kind="alert")
timeline(DEVSEAT, RP, "'100/100 connections in use' (pool at its limit, rule 7)", "pagerduty", DEVSEAT_INC,
         "03:22:00 - Checked connection pool metrics: 100/100 connections in use")
timeline(DEVSEAT, None, "'Decision made to restart API pods to release connections' (an operator's action, rule 9)",
         "pagerduty", DEVSEAT_INC, "03:25:00 - Decision made to restart API pods to release connections")

POSTMORTEM_SO = "https://www.postmortem.so/status/demo"
page(POSTMORTEM_SO, N, "active incident 'POST /v1/payments/charge is down', 'fetch failed' (a check says its "
     "target is down, rule 7)",
     {"alertname": "StatusPageActiveIncident", "monitor": "POST /v1/payments/charge", "state": "investigating",
      "source": "postmortem.so"},
     {"summary": "POST /v1/payments/charge is down", "description": "fetch failed"})
page(POSTMORTEM_SO, None, "post-mortem of the 'Payments API Outage' naming pool exhaustion (after the fact, rule 14)",
     {"alertname": "StatusPagePostMortem", "monitor": "POST /v1/payments/charge", "state": "resolved",
      "source": "postmortem.so"},
     {"summary": "Payments API Outage",
      "description": "A 47-minute outage of /v1/payments/charge affected all checkout flows on 14 February 2026 between "
                     "14:03 and 14:50 UTC. Approximately 3,200 payment requests returned HTTP 503. The root cause was "
                     "connection pool exhaustion on the primary PostgreSQL replica, triggered by a 3× traffic spike "
                     "during a flash sale."})

PORTFOLIO = "https://portfolio-style-guides.vercel.app/templates/incident-report"
statuspage(PORTFOLIO, None, "monitoring update 'All metrics returning to normal levels' under a title naming pool "
           "exhaustion (rule 14)", "Example", "API Service", "monitoring", "critical",
           "Database Connection Pool Exhaustion Causing API Timeouts",
           "All metrics returning to normal levels. Error rate now below 1%, average response time at 145ms "
           "(baseline: 120ms). Connection pool stable at 150/500. Continuing to monitor for any anomalies.")

# --- log lines and incident-channel lines -------------------------------------------------------------

LOGS = "https://coderslingo.com/exercises/log-reading/incident-log-analysis/"
log_alert(LOGS, L, "'response time p99=2.1s (threshold: 1.0s)' (rule 4)",
          {"service": "order-service", "level": "warn"},
          "[03:41] WARN order-service: response time p99=2.1s (threshold: 1.0s)", "order-service warnings")
log_alert(LOGS, RP, "'connections=485/500 (97% utilised)' (utilisation against the limit, rule 2)",
          {"service": "db-primary", "level": "warn"},
          "[03:43] WARN db-primary: connections=485/500 (97% utilised)", "db-primary warnings")
log_alert(LOGS, T, "order-service's 'query timeout after 30s' (the caller gave up, rule 13)",
          {"service": "order-service", "level": "error"},
          "[03:44] ERROR order-service: query timeout after 30s on SELECT * FROM orders WHERE status='pending'",
          "order-service errors")
log_alert(LOGS, N, "'health check failed — database unreachable' (its peer unreachable, rule 11)",
          {"service": "order-service", "level": "error"},
          "[03:47] ERROR order-service: health check failed — database unreachable", "order-service errors")
log_alert(LOGS, None, "'processed 1,240 orders/min (normal baseline)' (nothing wrong)",
          {"service": "order-service", "level": "info"},
          "[03:30] INFO order-service: processed 1,240 orders/min (normal baseline)", "order-service log volume")

COMMS = "https://coderslingo.com/exercises/incident-response/incident-communication/"
page(COMMS, E, "incident declared: 'returning 500 errors for 30% of users' (rule 4)",
     {"alertname": "IncidentDeclared", "tool": "incident.io", "severity": "P1", "channel": "#inc-payments"},
     {"summary": "Payment service incident",
      "description": "Production payment service is returning 500 errors for 30% of users since 14:32 UTC."})
page(COMMS, RP, "status update 'Root cause identified: DB connection pool exhausted' (rules 1 and 7)",
     {"alertname": "IncidentUpdate", "tool": "incident.io", "severity": "P1", "incident_status": "Fixing"},
     {"summary": "Payment service incident",
      "description": "14:47 UTC — Root cause identified: DB connection pool exhausted after config change deployed "
                     "at 14:28."})

DASH = "https://coderslingo.com/exercises/numbers-data/monitoring-dashboards/"
page(DASH, L, "CloudWatch alarm 'HighP99Latency' triggered (rule 4)",
     {"alertname": "HighP99Latency", "source": "cloudwatch", "state": "ALARM", "namespace": "AWS/ApplicationELB"},
     {"summary": "⚠ Alarm: \"HighP99Latency\" — TRIGGERED at 14:03 UTC"})
page(DASH, L, "team message 'We have a latency spike on the p99 — investigating now.' (rule 4)",
     {"alertname": "IncidentChannelMessage", "tool": "slack", "channel": "#ops"},
     {"description": "We have a latency spike on the p99 — investigating now."})

KANJI = "https://gokawiil.com/article/275465"
page(KANJI, D, "mail server's reply '452 \"4.3.1 Insufficient system storage\"' (storage refusing writes, rule 2)",
     {"alertname": "JournalErrorLine", "unit": "kanjideck-fulfillment.service", "host": "mogbit",
      "source": "journald"},
     {"summary": "kanjideck-fulfillment: user error",
      "description": "user error (Unexpected reply to: MAIL \"<...> at kanjideck.com\", Expected reply code: 250, Got "
                     "this instead: 452 \"4.3.1 Insufficient system storage\\r\\n\")"})
page(KANJI, D, "'40GB/40GB disk space used up ... 100% usage of /dev/sda' (rule 2)",
     {"alertname": "IncidentNote", "tool": "ilert", "host": "mogbit", "severity": "critical"},
     {"summary": "File downloads failing",
      "description": "Grafana shows 40GB/40GB disk space used up, so does df -h have 100% usage of /dev/sda ."})

DISK = ("https://grokdatum.github.io/grokdevops-wiki/library/case-studies/datacenter_ops/"
        "disk-full-root-services-down/replay")
timeline(DISK, D, "503s with 'df -h shows / at 100%' (the cause, rule 1)", "grafana-irm", "Multiple services "
         "failing health checks",
         "Monitoring dashboard shows 4 services on host app-prod-03 returning 503 errors. SSH connection is sluggish. "
         "df -h shows / at 100%.", kind="alert")
timeline(DISK, E, "'Customer-facing API is returning errors.' (requests failing, rule 4)", "grafana-irm",
         "Multiple services failing health checks",
         "Customer-facing API is returning errors. Support tickets are flooding in.")

COREDNS = ("https://grokdatum.github.io/grokdevops-wiki/library/case-studies/kubernetes_ops/"
           "coredns-timeout-pod-dns/replay")
timeline(COREDNS, DNS, "nslookup 'sometimes times out' with CoreDNS Running (a lookup that times out, rule 13)",
         "grafana-irm", "Sev-1: intermittent failures cluster-wide",
         "kubectl exec into a pod and nslookup kubernetes.default sometimes works, sometimes times out. CoreDNS pods "
         "show Ready 1/1 and Running. No obvious crashes.")
timeline(COREDNS, DNS, "'DNS is intermittent cluster-wide' under the replay's title (resolution failing, rule 7)",
         "grafana-irm", "CoreDNS Timeout — Pod DNS Resolution Failing",
         "DNS is intermittent cluster-wide. Applications are failing SLA. This is a Sev-1.")

family.write()
