#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_statuspage23.jsonl: incidents as public status pages and their
feeds announce them, received as alerts. Many teams route a vendor's status-page RSS/Atom feed or
webhook into Alertmanager or Slack; the bridge turns one incident update into one alert:
`alertname="StatuspageIncident"`, labels `page` (the vendor), `component`, `impact`, `status`
(investigating | identified | update | monitoring | resolved | postmortem), annotations `summary` =
the incident title and `description` = the text of the update that was posted.

Each item quotes one update of one real incident: its title and the update's words as the page has
them; the component and impact labels are the page's own where it shows them, otherwise a plausible
value. Provenance is the incident page (`page_provenance(url)`, project = the page's domain) or, for
a status log kept in a repository, the file at its commit.

Labels are hand decisions under tests/fixtures/corpus/POLICY.md (rules 1-17), made from what the
update says before the classifier ran on the file: elevated error rates are `high_error_rate`,
slowness and latency `high_latency`, a cause the update names decides (rule 1); vague "degraded
performance" or "investigating an issue" lines, identified/monitoring lines that name nothing,
resolved notices and postmortems (rule 14: nothing is wrong any more) are `null`.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily, page_provenance, probe_item  # noqa: E402

family = ProbeFamily("probes_statuspage23.jsonl")


def labels(page, component, impact, status, bridge="statuspage-feed"):
    return {"alertname": "StatuspageIncident", "page": page, "component": component,
            "impact": impact, "status": status, "source": bridge}


def page(url, expected, why, lab, summary, description=None):
    """One update of an incident shown on a public status page; its project is the page's domain."""
    domain = url.split("/")[2]
    ann = {"summary": summary}
    if description:
        ann["description"] = description
    family.append(probe_item(lab, ann, expected, f"{domain}: {why}", domain, page_provenance(url)))


def repo_item(src, expected, why, lab, summary, description=None):
    ann = {"summary": summary}
    if description:
        ann["description"] = description
    family.add(src, expected, why, lab, ann)


# ====================================================================== Rollbar: processing delays
ROLLBAR = "http://status.rollbar.com/incidents/wcsfzbcww0vx"
page(ROLLBAR, "queue_backlog", "Processing delays, Identified: processing delayed about 2 minutes (rule 7: consumer processing delay)",
     labels("Rollbar", "Processing pipeline", "minor", "identified"),
     "Processing delays",
     "Processing is currently delayed about 2 minutes. The delay is clearing and we expect to clear in about 2 more minutes.")
page(ROLLBAR, "queue_backlog", "Processing delays, Monitoring: delay still 47 seconds and clearing",
     labels("Rollbar", "Processing pipeline", "minor", "monitoring"),
     "Processing delays",
     "Processing delay is at 47 seconds; taking a bit longer than expected to return to normal levels but still continuing to clear. We're watching the system closely to understand the bottleneck.")
page(ROLLBAR, None, "Processing delays, Resolved: delay back to normal (rule 14)",
     labels("Rollbar", "Processing pipeline", "minor", "resolved"),
     "Processing delays",
     "Processing delay has returned to normal levels (approx 1 second).")
page(ROLLBAR, None, "Processing delays, Postmortem: past delay, database load named as the likely cause (rule 14)",
     labels("Rollbar", "Processing pipeline", "minor", "postmortem"),
     "Processing delays",
     "Quick incident summary for this morning's processing delay: Delay began at approximately 8:00:00am PDT. The delay peaked at 141 seconds at approx 8:06:50am PDT. The delay then slowly dropped and cleared at approx 8:20:40am PDT. The immediate cause appears to be high load on the database during this time.")

# ====================================================================== Vero: increased API error rates
page("https://status.getvero.com/incidents/2thknpfl5bb3", "high_error_rate", "incident title 'Increased API error rates' as the feed's first entry",
     labels("Vero", "API", "minor", "investigating"),
     "Increased API error rates")
page("https://status.getvero.com/incidents/2thknpfl5bb3", None, "Increased API error rates, Postmortem: requests dropped for 3 minutes, backlog worked through, no data lost (rule 14)",
     labels("Vero", "API", "minor", "postmortem"),
     "Increased API error rates",
     "At 17:18 UTC 18 May 2020, one of the databases backing our API began experiencing issues. Between 17:18 and 17:21 a small number of API requests were dropped (approximately 800 total). We responded to the issue and between 17:21 and 17:40 we were able to rectify the core problem. By 17:47 we were processing at normal capacity. It took approximately one hour to work through the backlog of API requests that had accumulated.")

# ====================================================================== Relevance AI: API latency spike
RELEVANCE = "https://status.relevanceai.com/incident/734681"
page(RELEVANCE, "high_latency", "API latency spike, Created: increased latency and degraded performance for some users",
     labels("Relevance AI", "US API", "degraded", "investigating"),
     "API latency spike",
     "We're investigating an issue with our API that is causing increased latency and degraded performance for some users. We're working to fix the problem as quickly as we can. We'll share another update shortly.")
page(RELEVANCE, None, "API latency spike, Updated: 'We're back!' (rule 14)",
     labels("Relevance AI", "US API", "degraded", "resolved"),
     "API latency spike",
     "We're back! API performance should now be stable. Thanks for bearing with us during the disruption.")

# ====================================================================== Server Density: API slowdown
SD = "http://stspg.io/4JXY"
page(SD, "high_latency", "API slowdown, Investigating: a slowdown with one of the API endpoints",
     labels("Server Density", "API", "minor", "investigating"),
     "API slowdow",
     "We're currently investigating a slowdown with one of our API endpoints.")
page(SD, "high_latency", "API slowdown, Update: /alerts endpoint slow, dashboard notification center loads slowly",
     labels("Server Density", "API", "minor", "update"),
     "API slowdow",
     "We have identified /alerts as the affected API endpoint. This causes a slowdown loading parts of the dashboard, namely the notification center. We're proceeding to identify the cause and have added more capacity to that endpoint to mitigate the issue.")
page(SD, None, "API slowdown, Monitoring: response time back to normal after added capacity (rule 14)",
     labels("Server Density", "API", "minor", "monitoring"),
     "API slowdow",
     "The added capacity to this endpoint has caused the endpoint response time to return to normal. We will be monitoring the situation and confirming the root cause next.")

# ====================================================================== JobNimbus: database pressure, queues draining
JN = "https://status.jobnimbus.com/"
page(JN, "queue_backlog", "Update: root cause addressed, delays in backend queue processing still being mitigated (work waiting in queues)",
     labels("JobNimbus", "Web Application", "major", "update"),
     "Application disruptions",
     "Update: We have addressed the root cause and see performance on the application returning to normal. We are mitigating the delays in backend queue processing and will provide another update in 15 minutes.")
page(JN, None, "Identified: root cause identified, nothing named",
     labels("JobNimbus", "Web Application", "major", "identified"),
     "Application disruptions",
     "Update: We have identified the root cause. We are remediating and mitigating impact.")
page(JN, None, "Resolved: normal operations restored (rule 14)",
     labels("JobNimbus", "Web Application", "major", "resolved"),
     "Application disruptions",
     "Update: Normal operations restored. We will post details from our Root Cause Analysis before End of Day today.")

# ====================================================================== bentasker.co.uk service-status log (repository)
BT = "bentasker/service-status"
BTC = "5425ae1c94b488f0826179d1bae0954bf11797ad"
repo_item((BT, "incidents/2021/20210622.txt.md", BTC), "dns_failure",
          "Interruption of DNS resolution: the CDN's DNS incident interrupted resolution of names it serves",
          labels("bentasker.co.uk", "DNS", "major", "investigating", "service-status-rss"),
          "Interruption of DNS resolution",
          "An incident at my CDN provider affecting their DNS resolution services interrupted resolution of names served by that CDN. The result is that, for some users, some of my services are unreachable.")
repo_item((BT, "incidents/2021/20210622.txt.md", BTC), "dns_failure",
          "Interruption of DNS resolution, 11:28 UTC update: nameservers periodically fail to resolve names",
          labels("bentasker.co.uk", "DNS", "major", "update", "service-status-rss"),
          "Interruption of DNS resolution",
          "Despite assurances by the provider issues continue to be experienced, with service intermittently available (uptimerobot also reports the service as down). Comments by other users suggests that the issue is still widespread - Bunny's nameservers periodically fail to resolve names.")
repo_item((BT, "incidents/2021/20210622.txt.md", BTC), None,
          "Interruption of DNS resolution, 12:22 UTC: provider reports service restored (rule 14)",
          labels("bentasker.co.uk", "DNS", "major", "resolved", "service-status-rss"),
          "Interruption of DNS resolution",
          "Provider reports service has been restored.")
repo_item((BT, "incidents/2021/20210728.txt.md", BTC), None,
          "50x errors: record of a 5-minute interruption that has ended (rule 14)",
          labels("bentasker.co.uk", "www", "minor", "resolved", "service-status-rss"),
          "50x errors",
          "For a short period of time, bentasker.co.uk and some other services were returning 500 and 502 errors. Investigation suggests that these errors were generated within the CDN - BunnyCDN - fronting the services. Dyration of interruption was 5 minutes 1s, ending at 18:03 UTC today")
repo_item((BT, "incidents/2021/20210607.txt.md", BTC), None,
          "Intermittent 504s and slow responses: record of an issue that resolved itself (rule 14)",
          labels("bentasker.co.uk", "www", "minor", "resolved", "service-status-rss"),
          "Intermittent 504s and slow responses",
          "Requests were taking a long time to be satisfied, sometimes timing out with a 504 generated by my CDN provider. The issue appears to have been communication issues within the 3rd party CDN provider - disabling their \"Origin Shield\" functionality resolved the issue. The issue resolved itself before it could be better investigated and the provider was unable to establish root cause.")
repo_item((BT, "incidents/2021/20210517.txt.md", BTC), None,
          "403s on www.bentasker.co.uk: a mistaken edge policy denied access, resolved (rule 14)",
          labels("bentasker.co.uk", "www", "major", "resolved", "service-status-rss"),
          "403s on www.bentasker.co.uk",
          "During A/B testing of a new CDN Provider access to www.bentasker.co.uk was accidentally denied (almost) globally. The underlying cause was an incorrectly specified edge-policy, intended to limit access to administrator portals to specific IPs - however, the path was accidentally omitted from the match, so applied to all requests.")

if __name__ == "__main__":
    family.write()
