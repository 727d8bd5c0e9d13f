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
# (the title alone is already in probes_vendor; only the postmortem entry is used)
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

# ====================================================================== Courier (update timeline mirrored by Pingoru)
COURIER = "https://pingoru.io/providers/courier/incidents/2225297"
page(COURIER, "queue_backlog", "Courier, Send Pipeline and Event Status Slowdowns, Identified: queued messages and delayed webhook events behind a send-pipeline bottleneck",
     labels("Courier", "API", "minor", "identified"),
     "Send Pipeline and Event Status Slowdowns",
     "The Courier team has identified an issue with the send pipeline and event status updates causing queued messages and delayed webhook events. The Courier team will monitor the bottleneck and adjust message batching necessary to flow messages normally.")
page(COURIER, None, "Courier, Send Pipeline and Event Status Slowdowns, Resolved: bottleneck cleared (rule 14)",
     labels("Courier", "API", "minor", "resolved"),
     "Send Pipeline and Event Status Slowdowns",
     "Bottleneck has cleared for messages and event statuses.")

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

# ====================================================================== GitHub status history (Atom feed archive)
# Each row: expected, incident title, components, impact, update status, the update's text, incident URL,
# why. Quoted from mrshu/github-statuses parsed/incidents.jsonl (the archived githubstatus.com history.atom).
GH = ("mrshu/github-statuses", "parsed/incidents.jsonl", "becbfc2162034688ae89c818c7316ebca00f3a56")
GITHUB_UPDATES = [
    ('high_error_rate', 'Incident with Pull Requests', 'Pull Requests', 'minor', 'update',
     'We are investigating elevated error rates on Pull Requests. We will continue to keep users updated on progress towards mitigation.',
     'https://www.githubstatus.com/incidents/0csnqhwzxp1m', 'elevated error rates on Pull Requests'),
    ('high_error_rate', 'Incident with Codespaces', 'Codespaces', 'major', 'update',
     'We are experiencing elevated error rates in multiple regions and are currently investigating.',
     'https://www.githubstatus.com/incidents/7ck5966p1073', 'elevated error rates in multiple regions'),
    ('high_error_rate', 'Incident with API Requests', 'API Requests', 'minor', 'update',
     "Secret Scanning and potentially other APIs are returning 500 error responses. We're working on a mitigation.",
     'https://www.githubstatus.com/incidents/464b7g25n77j', 'APIs returning 500 error responses'),
    ('high_error_rate', 'Incident with Codespaces', 'Codespaces', 'minor', 'update',
     'We are investigating increased error rates for customers attempting to start Codespaces across all regions, around 15% of attempts are affected. Any affected customers may attempt to retry starting their Codespace. We are continuing to investigate.',
     'https://www.githubstatus.com/incidents/tn6bvw0pttjr', 'increased error rates starting Codespaces, about 15% of attempts'),
    ('high_error_rate', 'Disruption with some GitHub services', 'Copilot', 'major', 'update',
     'Copilot chat is experiencing elevated error rates and we are currently investigating the issue.',
     'https://www.githubstatus.com/incidents/p55k2jdgsrgc', 'Copilot chat elevated error rates'),
    ('high_error_rate', 'Incident with Copilot', 'Copilot', 'minor', 'update',
     'The observed Copilot API error rate is around 5% of the requests. As a result, some of the Copilot code suggestions are skipped or not delivered on time.',
     'https://www.githubstatus.com/incidents/sbjdwn6mvht7', 'Copilot API error rate around 5% of requests'),
    ('high_error_rate', 'Disruption with GitHub services', 'API Requests', 'minor', 'update',
     'An issue with faulty data in an in-memory storage causes around one third of code search requests to fail. The team has identified the issue and is working on rolling out a fix.',
     'https://www.githubstatus.com/incidents/5dvz23w3gl38', 'a third of code search requests fail; the faulty in-memory storage is data, not memory capacity'),
    ('high_error_rate', 'Incident with Copilot', 'Copilot', 'major', 'update',
     'Copilot is experiencing an increase in error rates. Customers may see slower completions or errors until this is resolved.',
     'https://www.githubstatus.com/incidents/y9cw6kf9pn72', 'increase in error rates (slower completions named as a consequence)'),
    ('high_latency', 'Incident with API Requests, Git Operations, Issues and Pull Requests', 'Git Operations, API Requests, Issues, Pull Requests', 'minor', 'update',
     'We are investigating reports of high latency in issues, pull requests, and git operations.',
     'https://www.githubstatus.com/incidents/z5ykrdm7ykwg', 'high latency in issues, pull requests and git operations'),
    ('high_latency', 'Incident with Git Operations', 'Git Operations', 'minor', 'update',
     'We are seeing slower than usual times to run git clone over HTTPS. SSH is not impacted. We continue to investigate.',
     'https://www.githubstatus.com/incidents/wj1qbq7r9tcl', 'slower than usual git clone over HTTPS'),
    ('high_latency', 'Incident with Git Operations and Pull Requests', 'Git Operations, Pull Requests', 'minor', 'update',
     'We have identified possible causes slowing down git operations including push and pull for a small number of customers, as well as some slow merge operations and are working on mitigating now.',
     'https://www.githubstatus.com/incidents/01g5rt6z89q2', 'slow git push/pull and slow merge operations'),
    ('high_latency', 'Incident with Git Operations and Pull Requests', 'Git Operations, Pull Requests', 'minor', 'update',
     'Some customers may be experiencing slow git operations. We have identified the cause of the issue and are working on a mitigation.',
     'https://www.githubstatus.com/incidents/shbq71s0g00z', 'slow git operations, cause identified but not named'),
    ('queue_backlog', 'Incident with Webhooks', 'Webhooks', 'minor', 'update',
     'We are processing our backlog of webhook deliveries and estimate that it will take 3 hours to clear. Webhook deliveries will be delayed during this time.',
     'https://www.githubstatus.com/incidents/ljhhhw2tplqp', 'backlog of webhook deliveries, 3 hours to clear'),
    ('queue_backlog', 'Disruption with projects service', 'GitHub', 'minor', 'update',
     'We are deploying a fix to relieve the queue of delayed data. Some users may still experience delays with GitHub Projects where changes are not reflected immediately as remaining backlogs are processed.',
     'https://www.githubstatus.com/incidents/b4235qyfzx2z', 'queue of delayed Projects data, backlogs being processed'),
    ('queue_backlog', 'Incident with Actions, Pull Requests and Webhooks', 'Webhooks, Pull Requests, Actions', 'major', 'update',
     'We have mitigated the problem and are waiting for our repository push workers to catch up with enqueued jobs.',
     'https://www.githubstatus.com/incidents/1g1gkh0qpyvs', 'push workers catching up with enqueued jobs'),
    ('queue_backlog', 'Incident with Git Operations, Issues, Pull Requests, Actions, API Requests, Codespaces, Packages, Pages and Webhooks', 'Git Operations, Webhooks, API Requests, Issues, Pull Requests, Actions, Packages, Pages, Codespaces', 'major', 'update',
     'Delayed Slack notifications are processing and the queue is expected to clear in just over an hour.',
     'https://www.githubstatus.com/incidents/xb30mby9fs5x', 'delayed Slack notifications queue to clear in over an hour'),
    ('queue_backlog', 'Disruption with some GitHub services', 'GitHub', 'minor', 'update',
     'Customers may see delays of up to two days in Dependabot version updates. Dependabot Security updates are not delayed. The team is investigating mitigations for the backlog. Next update in 1 hour.',
     'https://www.githubstatus.com/incidents/tf25qs8wdw5h', 'Dependabot version updates delayed up to two days, backlog'),
    ('queue_backlog', 'Incident with Actions and Codespaces', 'Actions, Codespaces', 'major', 'update',
     "The Actions Larger Runner beta is experiencing issues with VM scale up which will lead to longer queue times for runs using Larger Runners. Hosted and self-hosted runners are not impacted. We're continuing to investigate and work on mitigations.",
     'https://www.githubstatus.com/incidents/d6f6kjk81v33', 'longer queue times for runs using Larger Runners (time waiting in a queue)'),
    ('queue_backlog', 'We are investigating reports of degraded performance.', 'Actions', 'minor', 'update',
     'We are investigating long queue times for Actions Larger Runners',
     'https://www.githubstatus.com/incidents/bfkxf0w61z1n', 'long queue times for Actions Larger Runners'),
    ('queue_backlog', 'Incident with Actions', 'Actions', 'critical', 'update',
     'We are investigating elevated queue times on Actions Jobs running on Standard Hosted Runners in East US affecting 10% of runs',
     'https://www.githubstatus.com/incidents/1j40g94rn22j', 'elevated queue times on Actions jobs, 10% of runs'),
    ('replication_lag', 'Partial Actions Cache degradation', 'GitHub', 'minor', 'update',
     'We are actively investigating and working on a mitigation for database instability leading to replication lag in the Actions Cache service. We will continue to post updates on progress towards mitigation.',
     'https://www.githubstatus.com/incidents/9qcwpy3ckdrf', 'database instability leading to replication lag in the Actions Cache service (rule 1 cause)'),
    ('certificate_expiry', 'Incident with Pages', 'Pages', 'minor', 'update',
     'We are aware of TLS problems related to an expired certificate in our CDN configuration. We are working to resolve this issue.',
     'https://www.githubstatus.com/incidents/x7njwb481j9b', 'TLS problems from an expired certificate in the CDN configuration'),
    ('certificate_expiry', 'Incident with Pages', 'Pages', 'minor', 'update',
     'We are investigating issues with private pages due to an expired certificate',
     'https://www.githubstatus.com/incidents/mxksyxp6t1b1', 'private pages failing due to an expired certificate'),
    ('rate_limited', 'Increase in 429s for Git Operations', 'Git Operations, Actions', 'minor', 'update',
     'We are seeing an increase in 429s when retrieving git artifacts from GitHub.com. This is manifesting in many ways, for example, in failed GitHub Actions workflow runs. We have our engineers working on mitigation and we will provide more information as we have it. Thank you for your patience.',
     'https://www.githubstatus.com/incidents/spbr5ff8hyt2', 'increase in 429s retrieving git artifacts (rule 3)'),
    (None, 'Incident with Codespaces', 'Codespaces', 'minor', 'investigating',
     'We are investigating reports of degraded performance for Codespaces.',
     'https://www.githubstatus.com/incidents/5jfkz8q1mlql', 'investigating reports of degraded performance: names nothing'),
    (None, 'Incident with Git Operations, API Requests, Actions, Pages, Issues and Copilot', 'Git Operations, API Requests, Issues, Actions, Pages, Copilot', 'major', 'investigating',
     'We are investigating reports of degraded performance for Git Operations, API Requests, Actions and Pages',
     'https://www.githubstatus.com/incidents/9zq8p50p7tkh', 'investigating reports of degraded performance for several services: names nothing'),
    (None, 'Incident with Pull Requests', 'Pull Requests', 'minor', 'resolved',
     'This incident has been resolved.',
     'https://www.githubstatus.com/incidents/0csnqhwzxp1m', 'resolved notice (rule 14)'),
    (None, 'We are investigating reports of degraded performance.', 'Pull Requests', 'minor', 'update',
     'Error rates and performance have returned to normal.',
     'https://www.githubstatus.com/incidents/mnv0g944fncw', 'error rates and performance returned to normal (rule 14)'),
    (None, 'Incident with Actions, Packages and Pages', 'Actions, Packages, Pages', 'major', 'update',
     'Packages is continuing to recover well. Error rates are back to normal and request latency continues to drop. Next update in 10 minutes.',
     'https://www.githubstatus.com/incidents/ybnn77s3lyf8', 'error rates back to normal, latency dropping (recovery, rule 14)'),
    (None, 'Increased latency with webhooks', 'Webhooks', 'minor', 'update',
     'Webhooks delivery latency has returned to normal levels. The backlog that built up during the incident has been cleared at approximately 4:29 UTC. We consider this incident resolved.',
     'https://www.githubstatus.com/incidents/67w72l5v25x3', 'webhook latency back to normal, backlog cleared (rule 14)'),
    (None, 'Disruption with some GitHub services', 'GitHub', 'minor', 'update',
     'Job lag has recovered to within normal operating thresholds. We are declaring this incident closed and will follow up with a summary soon.',
     'https://www.githubstatus.com/incidents/tf25qs8wdw5h', 'job lag recovered, incident closed (rule 14)'),
    (None, 'Increase in 429s for Git Operations', 'Git Operations, Actions', 'minor', 'update',
     'We identified and removed unhealthy hosts from our system. This has led to a reduction of 429s and a return to normal operating conditions. We are continuing to monitor recovery and will resolve the incident once we are confident the impact has been mitigated.',
     'https://www.githubstatus.com/incidents/spbr5ff8hyt2', 'unhealthy hosts removed, 429s reduced, normal operating conditions (rule 14)'),
    (None, 'Incident with Git Operations and Pull Requests', 'Git Operations, Pull Requests', 'minor', 'update',
     'We have mitigated the issue causing slow git operations for some customers and operations should now be performing normally.',
     'https://www.githubstatus.com/incidents/shbq71s0g00z', 'slow git operations mitigated, performing normally (rule 14)'),
    (None, 'Disruption with Git SSH', 'GitHub', 'minor', 'update',
     'We are no longer seeing dropped Git SSH connections and believe we have mitigated the incident. We are continuing to monitor and investigate to prevent reoccurrence.',
     'https://www.githubstatus.com/incidents/r3x7x31k7nn1', 'no longer seeing dropped SSH connections (rule 14)'),
    (None, 'Incident with API Requests', 'API Requests', 'minor', 'update',
     'We are investigating elevated timeouts that affected GitHub API requests. The incident began at 14:37 UTC. Some users experienced slower response times and request failures. System metrics have returned to normal levels, and we are now investigating the root cause to prevent recurrence.',
     'https://www.githubstatus.com/incidents/zy1gjfc6x2z9', 'elevated timeouts that affected API requests, metrics returned to normal (past, rule 14)'),
    (None, 'Incident with Pull Requests', 'Pull Requests', 'minor', 'update',
     'We have identified a regression in merge queue behavior present when squash merging or rebasing. We have identified the root-cause and are in the process of reverting the change.',
     'https://www.githubstatus.com/incidents/zsg1lk7w13cf', 'regression in merge queue behaviour: a product feature, not work waiting'),
    (None, 'Degraded experience with Copilot Code Review', 'Copilot', 'minor', 'update',
     'Copilot Code Review queue processing has returned to normal levels.',
     'https://www.githubstatus.com/incidents/78s4l7y4tn2v', 'queue processing returned to normal (rule 14)'),
    (None, 'Investigating reports of degraded performance.', 'GitHub', 'none', 'update',
     'We found an issue that impacts a small subset of customers <1% have encountered audit logs sent via splunk at a slower than usual rate. We have identified the source and have resolved the issue.',
     'https://www.githubstatus.com/incidents/98fs1552d2nw', 'audit logs slower than usual, already resolved (rule 14)'),
    (None, 'Incident with Pages', 'Pages', 'minor', 'update',
     "Due to an issue with Let's Encrypt, obtaining a new HTTPS certificate for Pages sites is delayed.",
     'https://www.githubstatus.com/incidents/h3vqt1fvp9tc', "obtaining new HTTPS certificates delayed by Let's Encrypt: nothing expired"),
    (None, 'Disruption with some GitHub services', 'Git Operations', 'minor', 'update',
     'We are actively setting up additional rate limiting to address increased requests from scraping and investigating the need to add additional hosts.',
     'https://www.githubstatus.com/incidents/s6d4x8c6cvv5', 'setting up additional rate limiting against scraping: planned mitigation (rule 9)'),
    (None, 'Disruption with some GitHub services', 'Issues, Actions', 'minor', 'update',
     'We were able to mitigate the slowness by throttling some search indexing and will work on the issues created by the increased search indexing so they do not have latency impact.',
     'https://www.githubstatus.com/incidents/lgnmptjvcl5g', 'slowness mitigated by throttling search indexing on purpose (rules 9, 14)'),
    (None, 'GitHub Enterprise Importer Maintenance', 'GitHub', 'maintenance', 'update',
     "Migrations to GitHub using the GitHub Enterprise Importer are currently paused. Migrations will still queue, but won't run until the pause is removed. The pause is expected to be lifted by 20:30 UTC.",
     'https://www.githubstatus.com/incidents/33gh4sqgw547', 'scheduled maintenance: migrations paused, will queue (rule 9)'),
    (None, 'Team Synchronization for GitHub is Paused', 'GitHub', 'maintenance', 'scheduled',
     'Team synchronization for GHEC organizations will proactively be paused on Monday, March 28th from 12:00 to 16:30 UTC to reduce mySQL1 load. Some teams may see delayed synchronization of teams linked to security group memberships on GitHub Enterprise Cloud and invited users may see delays in access to organizational resources. There will be no impact to enterprise managed users and groups.',
     'https://www.githubstatus.com/incidents/qdh0m7tdrh80', 'scheduled maintenance: team sync paused to reduce MySQL load, delays announced (rule 9)'),
    (None, 'Auth issue resulting in API impacts, including some Slack and Teams channel subscriptions', 'GitHub', 'minor', 'update',
     'During 14:49 UTC to 16:45 UTC, customers may have experienced authorization failures for legitimate requests. This was caused by a recently enabled feature flag, which has now been turned off as a mitigation. Customers should now see normal authorization behavior. This is also the cause of the chat integration issue, and we are exploring options to restore it. In the meantime, customers can manually re-subscribe their repo.',
     'https://www.githubstatus.com/incidents/2nmfnbknhlnv', 'authorization failures in a past window, feature flag turned off (rule 14)'),
    (None, 'Incident with Git Operations, API Requests, Actions, Pages, Issues and Copilot', 'Git Operations, API Requests, Issues, Actions, Pages, Copilot', 'major', 'update',
     'On April 10, 2024, between 2024-04-10 18:33 UTC and 2024-04-10 19:03 UTC, several services were degraded due to the release of a compute-intensive database query that prevented a key database cluster from serving other queries. GitHub Actions saw delays and failures across the entire run life cycle and had a significant increase in the number of timeouts in API requests. All Pages deployments failed for the duration of the incident. Git Systems saw approximately 12% of raw file download requests and 16% of repository archive download requests return HTTP 50X error codes for the duration of the incident. Issues experienced increased latency for issue creation and updates. Codespaces saw roughly 500 requests to create and resume a Codespace timeout during the incident. We mitigated the incident by rolling back the offending query. We are working to introduce measures to automatically detect compute-intensive queries in test runs during CI to prevent an issue like this one from recurring.',
     'https://www.githubstatus.com/incidents/9zq8p50p7tkh', 'post-incident summary of a compute-intensive query (rule 14)'),
    ('high_latency', 'Incident with Git Operations and Actions', 'Git Operations, Actions', 'minor', 'update',
     'Operations that download Git archives and raw files are seeing highly elevated response times (up to 4+ seconds) for users. Other Git operations are not impacted. We are working on mitigation.',
     'https://www.githubstatus.com/incidents/frdfpnnt85s8', 'archive and raw file downloads at highly elevated response times (4+ s)'),
    ('high_latency', 'Incident with Git Operations, API Requests and Issues', 'Git Operations, API Requests, Issues, Pull Requests', 'minor', 'update',
     'Issues API is currently seeing elevated latency. We are investigating the issue and will provide further updates as soon as we have them.',
     'https://www.githubstatus.com/incidents/7lbnm9mg6549', 'Issues API elevated latency'),
    ('high_latency', 'Disruption with some GitHub services', 'GitHub', 'minor', 'update',
     'We are investigating reports of increased latency with code search. We will continue to keep users updated on progress towards mitigation.',
     'https://www.githubstatus.com/incidents/zwlfnp5z0r4s', 'increased latency with code search'),
    ('high_latency', 'Incident with API Requests', 'API Requests', 'minor', 'update',
     "We're investigating increased latency for GraphQL traffic.",
     'https://www.githubstatus.com/incidents/frlwqbqgz113', 'increased latency for GraphQL traffic'),
    ('high_latency', 'Disruption with some GitHub services', 'Git Operations', 'minor', 'update',
     'We are experiencing increased latency when performing git operations, especially large pushes and pulls from customers on the west coast of the US. We are not seeing an increase in failures. We are continuing to investigate.',
     'https://www.githubstatus.com/incidents/49xnkj77r7vl', 'increased latency of git operations, no increase in failures'),
    ('high_error_rate', 'Incident with Packages', 'Packages', 'minor', 'update',
     'We are continuing to see high error rates for package downloads. Our team is working on ways to mitigate this urgently Next update in 20 minutes',
     'https://www.githubstatus.com/incidents/y8hlsmxtgf0w', 'high error rates for package downloads'),
    ('high_error_rate', 'Disruption with some GitHub services', 'GitHub', 'minor', 'update',
     "We're investigating elevated error rates for a small amount of customers when accessing raw file content.",
     'https://www.githubstatus.com/incidents/cg3wwz9dw5dg', 'elevated error rates accessing raw file content'),
    ('high_error_rate', 'Incident with Copilot', 'Copilot', 'minor', 'update',
     'We are investigating elevated 500s across Copilot services.',
     'https://www.githubstatus.com/incidents/zr4jt8bj1mg2', 'elevated 500s across Copilot services'),
    ('high_error_rate', 'Incident with GitHub.com', 'Git Operations, Webhooks, API Requests, Issues, Pull Requests, Actions, Pages, Copilot', 'critical', 'update',
     'We are seeing an approximate 20% error rate across numerous experiences including Pull Requests, Issues, and others. Investigations are currently under way and we will be posting updates as they become available',
     'https://www.githubstatus.com/incidents/zkxwbgr0cnmx', 'about 20% error rate across numerous experiences'),
    ('high_error_rate', 'Codespaces creation failling', 'Codespaces', 'major', 'update',
     'We are seeing increased error rates with Codespaces generally. This is due to a third party provider experiencing problems. This impacts both creation of new Codespaces and resumption of existing ones. We continue to monitor and will report with more details as we have them.',
     'https://www.githubstatus.com/incidents/krd9y2m82fbn', 'increased error rates with Codespaces, a third-party provider named (no signature cause)'),
    ('high_error_rate', 'Intermittent errors with app installation token authentication', 'GitHub', 'minor', 'update',
     'We are continuing to investigate an elevated error rate of authentication failures for app installation tokens. Next update in one hour.',
     'https://www.githubstatus.com/incidents/k5z4d1v1tqmt', 'elevated error rate of authentication failures for installation tokens (4xx answers, rule 4)'),
    ('high_error_rate', 'Incident with Copilot AI Model Providers', 'Copilot AI Model Providers', 'minor', 'update',
     'We are seeing increased error rates with requests to specific model providers.',
     'https://www.githubstatus.com/incidents/dsrfymph7my0', 'increased error rates on requests to model providers'),
    (None, 'EU Network Maintenance', 'GitHub', 'minor', 'update',
     'We are conducting routine maintenance on our network infrastructure in the EU. This will not impact production traffic, but may result in slightly increased latency for the remainder of our work. We expect this to last until 17:00 UTC.',
     'https://www.githubstatus.com/incidents/4843jm0lsls6', 'routine network maintenance that may add slight latency (rule 9)'),
    (None, 'Disruption with some GitHub services', 'GitHub', 'minor', 'update',
     "We're down to healthy level of queued migrations and the system is processing migrations at normal system concurrency levels.",
     'https://www.githubstatus.com/incidents/txt7rjw95rhx', 'queued migrations back to a healthy level, normal concurrency (rule 14)'),
]
for expected, title, component, impact, status, text, url, why in GITHUB_UPDATES:
    family.add(GH, expected, f"githubstatus.com incident {url.rsplit('/', 1)[1]} ({status}): {why}",
               labels("GitHub", component, impact, status, "statuspage-atom"),
               {"summary": title, "description": text})

if __name__ == "__main__":
    family.write()
