#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_statuspage31.jsonl: incidents as status pages, incident-management
tools, cloud health dashboards and incident timelines word them when they reach an alerting pipeline,
and their look-alikes.

Positives: incident-tool timeline entries and alert titles quoted by published incident write-ups
(PagerDuty/Opsgenie-style "Database connection pool at 95% capacity", "Database Connection Pool
Exhausted", "API Gateway error rate > 5%"), AI incident-analysis records ("Memory Exhaustion in
payments-worker"), a status page's first update on slow responses (StatusCast), event-processing queues
still delaying work (Optimove), a growing background queue (Air), hosts down after a fire and a brownout
(The Planet, Pulsed Media), certificate-expiry timelines (Phacility, devseatit), a certbot renewal
refused by a rate limit, replication-lag incident lines, a full Postgres volume ("No space left on
device"), an AWS Health "Increased API Error Rates" event.

Look-alikes (null): recoveries and resolved notices, postmortems and RCAs written after the fact (Azure
status history, Google Cloud incident summaries, Onfido, Stitch, Metricly, the EBS 2011 summary),
"investigating" updates that name no symptom (Google Cloud, Syncro, Connectbase, Files.com), planned
work (maintenance notices for database upgrades, a graceful shutdown of nodes, a pool size raised, a
deploy, a restart decided by the responder), a third-party outage named as a cause with no symptom,
"instability" on a node, a rate-limit workaround by a client that impacts performance (Crossref), a
Redis CLUSTERDOWN line (cluster health, rule 5).

Every text is quoted verbatim from the page cited; the alert frames (Statuspage webhook bridge, PagerDuty,
Opsgenie, incident.io, FireHydrant, Rootly, AWS Health, Azure Service Health, Google Cloud Service
Health, Better Stack) are this builder's. Labels were decided under POLICY.md before the classifier ran
on the file; see the SOURCES.md section "probes_statuspage31".
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from c3common import CE, D, E, L, M, N, Q, R, RL, RP  # noqa: E402
from probes_common import ProbeFamily  # noqa: E402

family = ProbeFamily("probes_statuspage31.jsonl")
page = family.add_host_page


# --- frames ---------------------------------------------------------------------------------------

def pagerduty(url, expected, why, service, title, urgency="high", details=None):
    ann = {"summary": title}
    if details:
        ann["description"] = details
    page(url, expected, why,
         {"alertname": "PagerDutyIncidentTriggered", "source": "pagerduty-webhook-v3", "service": service,
          "urgency": urgency, "event_type": "incident.triggered"}, ann)


def opsgenie(url, expected, why, message, description, priority="P1", team="platform-sre"):
    page(url, expected, why,
         {"alertname": "OpsgenieAlert", "priority": priority, "team": team, "source": "opsgenie"},
         {"message": message, "description": description})


def incident_io(url, expected, why, name, update, status="Investigating", severity="Major"):
    page(url, expected, why,
         {"alertname": "IncidentUpdate", "tool": "incident.io", "incident_status": status, "severity": severity},
         {"summary": name, "description": update})


def firehydrant(url, expected, why, incident, note, milestone="started", sev="SEV2"):
    page(url, expected, why,
         {"alertname": "FireHydrantTimelineEvent", "milestone": milestone, "severity": sev,
          "source": "firehydrant-webhook"},
         {"summary": incident, "description": note})


def rootly(url, expected, why, title, event, severity="sev1", kind="incident_event"):
    page(url, expected, why,
         {"alertname": "RootlyIncidentEvent", "severity": severity, "kind": kind, "source": "rootly"},
         {"title": title, "description": event})


def statuspage(url, expected, why, vendor, component, status, impact, title, body, src="statuspage-webhook"):
    page(url, expected, why,
         {"alertname": "VendorStatusIncident", "page": vendor, "component": component, "incident_status": status,
          "impact": impact, "source": src},
         {"summary": title, "description": body})


# --- PagerDuty / Opsgenie alert titles from published incident timelines ---------------------------

MRD = "https://michaelrdavid.com/articles/incident-postmortem"
pagerduty(MRD, E, "PagerDuty alert 'API Gateway error rate > 5%' (rule 4)", "API Gateway",
          "API Gateway error rate > 5%")
pagerduty(MRD, RP, "second alert 'Database connection pool at 95% capacity' (utilisation against the pool's "
          "limit, rule 2)", "User Service", "Database connection pool at 95% capacity")
incident_io(MRD, E, "impact line '12% error rate across all API endpoints' (rule 4)",
            "INC-2024-0918 API Gateway, User Service, Payments Service degraded",
            "12% error rate across all API endpoints (baseline: 0.1%)", status="Identified", severity="Critical")
incident_io(MRD, L, "impact line 'P99 latency increased from 200ms to 8,500ms' (rule 4)",
            "INC-2024-0918 API Gateway, User Service, Payments Service degraded",
            "P99 latency increased from 200ms to 8,500ms", status="Identified", severity="Critical")
incident_io(MRD, None, "status page set to 'Degraded Performance' (a status, no signature)",
            "INC-2024-0918 API Gateway, User Service, Payments Service degraded",
            "Status page updated to \"Degraded Performance\" for 52 minutes", status="Monitoring")
firehydrant(MRD, None, "a responder's first hypothesis, 'DDoS attack' (a guess, rule 17)",
            "API Gateway degradation", "Initial hypothesis: DDoS attack.", milestone="investigating")

WAYMAY = ("https://git.waymay.us/zhongwei/gh-anton-abyzov-specweave-plugins-specweave-infrastructure/"
          "src/branch/master/agents/sre/templates/post-mortem.md")
opsgenie(WAYMAY, RP, "monitoring alert 'Database Connection Pool Exhausted' (rule 7: pool full)",
         "Database Connection Pool Exhausted", "Source: Monitoring. payment-service -> postgres-primary")
rootly(WAYMAY, RP, "responder confirmed 'database connections at max (100/100)' (against the limit, rule 7)",
       "Application unavailable", "Confirmed database connections at max (100/100)")
rootly(WAYMAY, None, "'Database connections dropped to 20/100' (a recovery, rule 14)",
       "Application unavailable", "Database connections dropped to 20/100", severity="sev2")
rootly(WAYMAY, None, "'Decision: Restart payment service to free connections' (an operator's action, rule 9)",
       "Application unavailable", "Decision: Restart payment service to free connections")

SKILLS = ("https://skills.lc/lichunboa/Ob-Al-brooks-PA/lichunboa-ob-al-brooks-pa-ab-console-obsidian-trash-"
          "trading-console-plugin-maintainer-postmortem-writer-skill-md")
page(SKILLS, E, "first CloudWatch alarm 'HighErrorRate' forwarded to PagerDuty (rule 4)",
     {"alertname": "HighErrorRate", "source": "cloudwatch-via-pagerduty", "service": "api", "state": "ALARM"},
     {"summary": "First CloudWatch alarm: HighErrorRate"})
firehydrant(SKILLS, RP, "'Identified: Database connection pool at 100%' (pool full, rule 7)",
            "API Outage", "Identified: Database connection pool at 100%", milestone="identified", sev="SEV1")
firehydrant(SKILLS, None, "'v2.3.4 deployed to production' (a deploy, rule 9)",
            "API Outage", "v2.3.4 deployed to production", milestone="started", sev="SEV1")

ATLAS = "https://atlas.devarno.cloud/agents/incident/postmortem-analyst"
incident_io(ATLAS, RP, "'Connection pool hits 100% utilization' (pool full, rules 2 and 7)",
            "INC-20240115-0042 SO1 Control Plane API errors", "Connection pool hits 100% utilization",
            status="Investigating", severity="Major")
incident_io(ATLAS, None, "'Pool size increased 20→50' (a setting changed, rule 9)",
            "INC-20240115-0042 SO1 Control Plane API errors", "Pool size increased 20→50", status="Fixing")
page(ATLAS, None, "a published postmortem naming pool exhaustion, in the past tense (statuspage23 decision 2: a "
     "postmortem is a recovery, rule 14)",
     {"alertname": "PostmortemPublished", "tool": "incident.io", "severity": "SEV2", "incident_status": "Closed"},
     {"summary": "Postmortem: API Gateway Connection Pool Exhaustion",
      "description": "On January 15, 2024, the SO1 Control Plane API experienced elevated error rates (12% 5xx) for "
                     "25 minutes due to database connection pool exhaustion."})

# --- certificate expiry timelines -----------------------------------------------------------------

DEVSEAT = "https://devseatit.com/incidents/ssl-certificate-expiry-outage"
rootly(DEVSEAT, CE, "'Root cause identified: SSL certificate expired' (rule 1)",
       "SSL Certificate Expiry Causes Complete Outage", "Root cause identified: SSL certificate expired")
rootly(DEVSEAT, CE, "'Checked certificate expiry: Expired at 08:00 UTC' (rule 1)",
       "SSL Certificate Expiry Causes Complete Outage", "Checked certificate expiry: Expired at 08:00 UTC")
rootly(DEVSEAT, R, "certbot renewal refused: 'rate limit exceeded' (a throttled request, rule 7)",
       "SSL Certificate Expiry Causes Complete Outage",
       "Attempted automatic renewal with certbot: Failed - rate limit exceeded")
rootly(DEVSEAT, None, "'Reloaded nginx on all load balancers' (an operator's reload, rules 9 and 15)",
       "SSL Certificate Expiry Causes Complete Outage", "Reloaded nginx on all load balancers", severity="sev2")

PHAB = "https://secure.phabricator.com/T13017"
statuspage(PHAB, CE, "Phacility: first reports of an expired certificate (rule 1)", "Phacility", "Web (HTTPS)",
           "investigating", "major", "Expired TLS certificate for *.phacility.com",
           "1156PST: Support receives first reports of expired certificate.")
statuspage(PHAB, None, "Phacility: certificate corrected and deployed (a recovery, rule 14)", "Phacility",
           "Web (HTTPS)", "resolved", "major", "Expired TLS certificate for *.phacility.com",
           "1213PST: Configuration error corrected and un-expired certificate deployed to production.")

# --- AI incident-analysis records (incident titles and affected-service lines) ----------------------

IIQ1 = "https://incidentiq.nexusagent.in/incidents/INC-5F26033F"
IIQ2 = "https://incidentiq.nexusagent.in/incidents/INC-07E389CE"
page(IIQ1, M, "incident title 'Memory Exhaustion in payments-worker' with its earliest signal (rule 12)",
     {"alertname": "IncidentOpened", "severity": "P1", "source": "datadog", "service": "payments-worker"},
     {"summary": "Memory Exhaustion in payments-worker",
      "description": "payments-worker process terminated due to memory exhaustion."})
page(IIQ1, M, "affected-service line 'Service terminated due to memory exhaustion.' (rule 12)",
     {"alertname": "IncidentAffectedService", "severity": "P1", "service": "payments-worker", "tier": "worker"},
     {"summary": "payments-worker: Service down", "description": "Service terminated due to memory exhaustion."})
page(IIQ1, RP, "affected-service line naming a Postgres pool exhausted (cause over the circuit breaker, rule 1)",
     {"alertname": "IncidentAffectedService", "severity": "P1", "service": "fashion-aura-api", "tier": "api"},
     {"summary": "fashion-aura-api: Degraded performance",
      "description": "Circuit breaker opened for payments-worker, Postgres pool exhausted."})
page(IIQ1, E, "affected-service line 'Increased 5xx error rate' (rule 4)",
     {"alertname": "IncidentAffectedService", "severity": "P1", "service": "api-gateway", "tier": "gateway"},
     {"summary": "api-gateway: Increased error rate", "description": "Increased 5xx error rate for fashion-aura-api."})
page(IIQ1, None, "Redis CLUSTERDOWN and slot movement warnings (a cluster's health, rule 5)",
     {"alertname": "IncidentAffectedService", "severity": "P1", "service": "redis-cache", "tier": "cache"},
     {"summary": "redis-cache: Degraded performance",
      "description": "Redis CLUSTERDOWN error and slot movement warnings."})
page(IIQ2, M, "patient zero 'killed due to out-of-memory conditions' (rule 8)",
     {"alertname": "IncidentOpened", "severity": "P1", "source": "webhook", "service": "payments-worker"},
     {"summary": "Memory exhaustion in payments-worker",
      "description": "payments-worker was killed due to out-of-memory conditions."})
page(IIQ2, M, "affected-service line 'Failed to process payments due to memory exhaustion.' (rule 12)",
     {"alertname": "IncidentAffectedService", "severity": "P1", "service": "payments-worker", "tier": "worker"},
     {"summary": "payments-worker: Service crashed due to memory exhaustion.",
      "description": "Failed to process payments due to memory exhaustion."})
page(IIQ2, E, "affected-service line 'high 5xx error rates for upstream' (rule 4)",
     {"alertname": "IncidentAffectedService", "severity": "P1", "service": "api-gateway", "tier": "gateway"},
     {"summary": "api-gateway", "description": "Reported high 5xx error rates for upstream fashion-aura-api."})
page(IIQ2, E, "affected-service line 'increased error rates and circuit breaker activations' (rule 4)",
     {"alertname": "IncidentAffectedService", "severity": "P1", "service": "fashion-aura-api", "tier": "api"},
     {"summary": "fashion-aura-api",
      "description": "Experienced increased error rates and circuit breaker activations."})

# --- status pages -----------------------------------------------------------------------------------

SCAST = "https://status.statuscast.com/incidents?componentId=34849"
statuspage(SCAST, L, "StatusCast: first update, significant delays in response time (rule 4)", "StatusCast",
           "Status pages", "investigating", "major", "Status pages",
           "StatusCast's engineers have been alerted that some users while attempting to access their status page "
           "and/or administrative portal experienced significant delays in response time and in some cases the "
           "application would not load at all. We are working to diagnose and resolve this issue ASAP and will "
           "provide updates as available.", src="statuscast-rss")
statuspage(SCAST, None, "StatusCast: scaled out, 'all services should be operating as expected' (rule 14)",
           "StatusCast", "Status pages", "monitoring", "major", "Status pages",
           "Engineers have confirmed that this morning StatusCast experienced an unexpected significant spike in "
           "traffic that effected response time for many users. In some cases, occasional timeouts were reported "
           "when loading status pages as well. We have scaled our servers temporarily while we investigate the root "
           "cause of the spike and will be mitigating for long term scalability.\n\n\nAt this time all services "
           "should be operating as expected and we will follow-up with a detailed RCA once our investigation is "
           "concluded", src="statuscast-rss")

OPTI = "https://status.optimove.net"
statuspage(OPTI, Q, "Optimove: processing queues still delaying trigger campaigns (statuspage23 decision 2: "
           "still-elevated delay is firing)", "Optimove", "Real-time Server-side Events", "update", "minor",
           "Delays in server-side event processing",
           "Events processing queues continue to reduce.\nHowever, some delays are still present in real-time "
           "trigger campaigns using server-side events and in web event attribute updates.\nWe are actively "
           "monitoring the system to ensure processing returns to normal and will provide another update once delays "
           "are fully resolved")
statuspage(OPTI, Q, "Optimove: fix in place, queues reducing, delays still observed (still firing)", "Optimove",
           "Real-time Server-side Events", "update", "minor", "Delays in server-side event processing",
           "The fix remains in place, and server-side processing queues continue to reduce.\nHowever, delays are "
           "still being observed in real-time trigger campaigns using server-side events and in web event attribute "
           "updates.")

AIR = "https://status.air.inc/incidents/htq6kk5gh942"
firehydrant(AIR, Q, "Air: 'we observed a growing background queue' (rule 12)", "Delayed media asset processing",
            "2:03 PM: Issue reported; we observed a growing background queue", milestone="detected")

SYNCRO = "https://www.syncrostatus.com/issues/65d4b66bf02f46379873e609"
statuspage(SYNCRO, None, "Syncro: investigating an issue 'impacting background processing' (no symptom named)",
           "Syncro", "Background Workers", "investigating", "minor",
           "Background Workers: Scripting, Scheduled Reports, and Notifications",
           "We have identified an issue impacting background processing including: scripting, scheduled reports, "
           "and notifications.", src="instatus-webhook")

PLANET = "http://nortiaresearch.blogspot.com/2008/06/planet-outage.html"
statuspage(PLANET, N, "The Planet: 'All servers are down.' after a transformer fire (rule 4)", "The Planet",
           "H1 data center (Houston)", "investigating", "critical", "H1 data center outage",
           "Today at approximately 5:45 p.m., a transformer in our H1 data center in Houston caught fire, thus "
           "requiring us to take down all generators as instructed by the fire department. All servers are down.",
           src="forum-announcement-rss")
statuspage(PLANET, N, "The Planet: servers 'down because power is out' (rule 4)", "The Planet",
           "H1 data center (Houston)", "update", "critical", "H1 data center outage",
           "We have determined that no servers in the data center have been damaged. Nonetheless, they are down "
           "because power is out. Teams across the board are working to take appropriate action.",
           src="forum-announcement-rss")

PULSED = "https://pulsedmedia.com/clients/announcements.php?id=497&language=english"
page(PULSED, N, "Pulsed Media: 'A small number of servers have gone down' (rule 4)",
     {"alertname": "BetterStackIncident", "monitor_group": "seedbox-servers", "cause": "Status 0", "source": "betterstack"},
     {"summary": "Servers down in one power section",
      "description": "A small number of servers have gone down, it does look like an electrical issue / brownout on "
                     "that section."})
page(PULSED, N, "Pulsed Media: 25 servers down, not rebooting (rule 4)",
     {"alertname": "BetterStackIncident", "monitor_group": "seedbox-servers", "cause": "Status 0", "source": "betterstack"},
     {"summary": "Servers down in one power section",
      "description": "Total servers down was 25, most of these are not rebooting via regular remote reboot."})
page(PULSED, N, "Pulsed Media: on-site intervention for 'the remaining down servers' (rule 4)",
     {"alertname": "BetterStackIncident", "monitor_group": "seedbox-servers", "cause": "Status 0", "source": "betterstack"},
     {"summary": "Servers down in one power section",
      "description": "We are right now scheduling physical on-site intervention on the remaining down servers."})
page(PULSED, None, "Pulsed Media: 'All servers back online' (rule 14)",
     {"alertname": "BetterStackIncident", "monitor_group": "seedbox-servers", "status": "resolved", "source": "betterstack"},
     {"summary": "Servers down in one power section",
      "description": "UPDATE 2: All servers back online and that failed PDU has been replaced."})

BWH = "http://bwhstatus.com/incident/76"
statuspage(BWH, None, "BWH: nodes gracefully shut down to avoid heat damage (planned work, rule 9)", "BandwagonHost",
           "DC3 Nodes: v74XX", "update", "major", "Extreme heat affecting operations in Los Angeles (DC3 Nodes: v74XX)",
           "20:09 PST We have gracefully shut down the affected nodes to avoid equipment damage. HVAC team is on site "
           "investigating.", src="cstate-feed")
statuspage(BWH, None, "BWH: 'instability on node v7418', customers migrated (instability is not settled)",
           "BandwagonHost", "DC3 Nodes: v74XX", "update", "major",
           "Extreme heat affecting operations in Los Angeles (DC3 Nodes: v74XX)",
           "22:15 PST We have noticed instability on node v7418. We are migrating all customers from this node.",
           src="cstate-feed")

# --- replication lag in an incident channel -------------------------------------------------------

CODERS = "https://coderslingo.com/exercises/database-sql/database-incident-communication/"
incident_io(CODERS, RL, "'45-second replication lag on the read replica' (rule 7)", "Read replica lag",
            "We are seeing 45-second replication lag on the read replica.", status="Investigating")
incident_io(CODERS, RL, "'Lag has been stable at 45 seconds for 10 minutes' (rule 7; the causes listed are guesses)",
            "Read replica lag",
            "Lag has been stable at 45 seconds for 10 minutes — investigating whether this is WAL volume, network "
            "throughput, or replica I/O saturation.", status="Investigating")
incident_io(CODERS, RL, "reads routed to the primary 'until lag is resolved' (lag still there, rule 7)",
            "Read replica lag",
            "We are routing all read traffic back to the primary to avoid stale reads until lag is resolved.",
            status="Fixing")
incident_io(CODERS, RL, "'The replica is currently 45 seconds behind' (rule 7)", "Read replica lag",
            "The replica is currently 45 seconds behind — services that require read-after-write consistency should "
            "not query it.", status="Fixing")

# --- a full volume ------------------------------------------------------------------------------------

HARNESS = "https://harness-course.pages.dev/demos/12-incident-report.html"
pagerduty(HARNESS, D, "Postgres PANIC 'No space left on device' on pg_wal (rule 1)", "db-prod-01",
          "db-prod-01: PostgreSQL PANIC",
          details="PANIC: could not write to file \"pg_wal/…\": No space left on device")
incident_io(HARNESS, D, "'hit 100% usage on its data volume' (rule 2)", "Writes failing on the main app",
            "The primary Postgres instance (db-prod-01) hit 100% usage on its data volume.",
            status="Identified", severity="Critical")

# --- cloud providers' health dashboards ---------------------------------------------------------------

EAT = "https://eathealthy365.com/what-aws-service-status-messages-really-mean"
page(EAT, E, "AWS Health: S3 'Increased API Error Rates' in us-east-1 (rule 4)",
     {"alertname": "AWSHealthEvent", "source": "aws.health", "service": "S3", "region": "us-east-1",
      "eventTypeCategory": "issue", "eventTypeCode": "AWS_S3_OPERATIONAL_ISSUE", "statusCode": "open"},
     {"summary": "AWS S3 operational issue in us-east-1", "description": "Increased API Error Rates"})

EBS = "https://aws.amazon.com/message/65648/"
page(EBS, None, "AWS's EBS event summary, written after restoring service (a postmortem, rule 14; it also names two "
     "symptoms)",
     {"alertname": "AWSHealthEvent", "source": "aws.health", "service": "EBS", "region": "us-east-1",
      "eventTypeCategory": "issue", "statusCode": "closed"},
     {"summary": "Summary of the Amazon EC2 and Amazon RDS Service Disruption in the US East Region",
      "description": "For two periods during the first day of the issue, the degraded EBS cluster affected the EBS "
                     "APIs and caused high error rates and latencies for EBS calls to these APIs across the entire US "
                     "East Region."})

AZ_US = "https://status.azure.com/en-us/status/history/"
AZ_CA = "https://status.azure.com/en-ca/status/history/"
AZ_ROOT = "https://status.azure.com/status/history/"


def azure(url, why, title, text, tracking):
    page(url, None, f"Azure status history: {why}",
         {"alertname": "ServiceHealthIncident", "source": "azure-activity-log", "incidentType": "Incident",
          "trackingId": tracking, "stage": "Resolved"},
         {"summary": title, "description": text})


azure(AZ_US, "preliminary root cause 'insufficient capacity to handle requests', mitigated (rule 14; capacity is "
      "no signature)", "Microsoft Azure Portal - Issues while trying to create an application - Mitigated",
      "Preliminary Root Cause: We determined that this issue was caused due to insufficient capacity to handle "
      "requests.", "4M8X-VTZ")
azure(AZ_ROOT, "Azure AD RCA, 'high latency and timeouts due to high thread contention' (an RCA, rule 14)",
      "RCA - Azure Active Directory - Authentication errors",
      "Request processing for one of the back end scale units experienced high latency and timeouts due to high "
      "thread contention.", "PS0T-790")
azure(AZ_CA, "WAN PIR, network latency and timeouts (past, and link latency, rule 18)",
      "Preliminary Post Incident Review (PIR) – Azure Networking – Global WAN issues",
      "Between 07:05 UTC and 12:43 UTC on 25 January 2023, customers experienced issues with networking connectivity, "
      "manifesting as long network latency and/or timeouts when attempting to connect to resources hosted in Azure "
      "regions, as well as other Microsoft services including Microsoft 365 and Power Platform.", "VSG1-B90")

GCP_20013 = "http://status.cloud.google.com/incident/zall/20013"
GCP_GUMO = "https://status.cloud.google.com/incidents/gumoYCjdcDXv8xxmLBaW"


def gcp(url, expected, why, product, state, text):
    page(url, expected, f"Google Cloud Service Health: {why}",
         {"alertname": "GoogleCloudServiceHealthIncident", "source": "personalized-service-health",
          "product": product, "state": state},
         {"summary": f"Incident affecting {product}", "description": text})


gcp(GCP_20013, None, "'services are experiencing issues' with no symptom", "Google Cloud Infrastructure Components",
    "ACTIVE", "Google Cloud services are experiencing issues and we have an other update at 5:30 PDT")
gcp(GCP_GUMO, None, "'an issue with multiple GCP products' with no symptom", "Google Cloud Infrastructure Components",
    "ACTIVE", "We are experiencing an issue with multiple GCP products.")

# --- other look-alikes ------------------------------------------------------------------------------

METRICLY = "http://status.metricly.com/incidents/0xyd1273670v"
statuspage(METRICLY, None, "CloudWisdom: 'a database connectivity issue' (names no down/refused/timeout: no "
           "signature)", "CloudWisdom", "Data Ingestion", "investigating", "major", "Database Connectivity Issue",
           "We're currently investigating a database connectivity issue affecting cloud ingest, data processing, and "
           "data access including the UI.")

CROSSREF = "https://status.crossref.org"
statuspage(CROSSREF, None, "Crossref: a user evading Crossref's own rate limits hurts performance (nothing refused, "
           "rules 7 and 9)", "Crossref", "REST API", "identified", "minor", "Performance issues on the REST API",
           "We are receiving a very large number of requests from a user that is applying various strategies to get "
           "around our rate limits on our public REST API pool. This is impacting performance, including on the "
           "public and polite REST API pools, Crossmark, content negotiation, Crossref Metadata Search and reference "
           "matching. We are investigating solutions.")

MINIMAL = "https://minimaldoc.com/status-page/maintenance.html"
statuspage(MINIMAL, None, "scheduled database upgrade warning of read-only mode and slower responses (rule 9)",
           "MinimalDoc example", "database, api", "scheduled", "maintenance", "Database Upgrade",
           "Upgrading PostgreSQL from 15 to 16\nWe will be upgrading our database cluster to PostgreSQL 16.\n"
           "- Database will be in read-only mode for approximately 30 minutes\n- API responses may be slower during "
           "migration\n- Brief service interruption expected (< 5 minutes)", src="status-page-markdown")
SP1 = "https://statuspageone.com/docs/incidents-maintenance/maintenance"
statuspage(SP1, None, "maintenance window announcing the website and API unavailable (rule 9)",
           "StatusPageOne example", "Website, API", "scheduled", "maintenance", "Database Performance Upgrade",
           "We'll be upgrading our database servers to improve performance.\nDuring this time, the website and API "
           "will be unavailable.")

CONNECT = "https://status.connectbase.com/incidents/lrc6fjnwh0kc"
statuspage(CONNECT, None, "Connectbase: investigating an issue preventing log-ins (no signature named)",
           "Connectbase", "The Connected World", "investigating", "major", "Can't Log In / Can't Access",
           "We’re aware of an issue preventing users from logging in or accessing the platform. Our team is actively "
           "working to resolve the issue. We’ll provide updates as soon as we have more information. We appreciate "
           "your patience.")

ONFIDO = "https://status.onfido.com/incidents/p8j29m055xz0"
statuspage(ONFIDO, None, "Onfido: postmortem of webhook latency, in the past tense (rule 14)", "Onfido", "Webhooks",
           "postmortem", "minor", "Webhook delivery delays in EU",
           "Webhooks latency increased to up to 49 minutes in the EU region between 12:39 and 13:39 UTC on the "
           "October 9, 2025.")

STITCH = "https://status.stitch.money/incidents/t78plz7rj9tp"
statuspage(STITCH, None, "Stitch: a third-party (Azure) outage named as the source, no symptom (rule 14, past)",
           "Stitch", "Webhooks", "postmortem", "minor", "Delayed Webhook Delivery",
           "The Microsoft Azure outage that was reported earlier in the day was the source of the corrupted webhook "
           "dispatchers.")

FILES = "https://status.files.com/incidents/0rns3yy48hbp"
statuspage(FILES, None, "Files.com: users unable to log in (no signature named)", "Files.com", "Web App",
           "investigating", "minor", "Small subset of users unable to log into application.",
           "A small subset of users were unable to initially log into the application.")

CLOUDGOV = "https://cloudgov.statuspage.io/incidents/ffjfg1ggw9g0"
statuspage(CLOUDGOV, E, "cloud.gov: customers reporting HTTP 5xx errors, investigating (rule 4)", "cloud.gov",
           "customer applications (Applications)", "investigating", "major", "Intermittent HTTP 5xx Errors",
           "Some customers are reporting HTTP 5xx errors. We are currently investigating the issue.")
statuspage(CLOUDGOV, None, "cloud.gov: fix implemented, monitoring; a workaround for remaining 5xx (rule 14)",
           "cloud.gov", "customer applications (Applications)", "monitoring", "major", "Intermittent HTTP 5xx Errors",
           "A fix has been implemented and we are monitoring the results. If you are continuing to see HTTP 5xx "
           "errors in your applications, please run `cf restage ` on any affected applications, if possible.")

GATECH = "https://support.cc.gatech.edu/alerts/dns-resolution-failure"
rootly(GATECH, "dns_failure", "DLV validation failing makes all outside queries fail (a validation failure, rule 13)",
       "DNS Resolution Failure",
       "Subsequent investigation revealed that Domain Lookaside Validation (DLV) to dlv.isc.org was failing, causing "
       "all queries to domains outside those controlled by the college to fail.", severity="sev1")

CODEFRESH = "https://status.codefresh.io/incidents/sd1j6s84whhh"
statuspage(CODEFRESH, None, "Codefresh: postmortem naming a crashloop in API pods, in the past tense (rule 14)",
           "Codefresh", "GitOps Platform API", "postmortem", "major", "GitOps Platform API unresponsive",
           "Root Cause:\nSome customer requests to our API triggered an error, which then caused a crashloop in some "
           "API pods.")

family.write()
