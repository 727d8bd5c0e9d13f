"""fired.jsonl: alerts as they really fired, quoted in public GitHub issue threads (status-page
bots that open an issue per outage, monitoring logs and notifications pasted by users).
Provenance path is issues/N (pull/N for a pull-request thread), commit null. Labels, hosts and
values are the quoted ones; nothing is made up except where the thread elided it."""
from c3common import item

N, L, M = "node_down", "high_latency", "out_of_memory"

UPPTIME = [  # repo, issue, title, site, url, http code, response time ms, label
    ("fujexo/upptime", 21, "🛑 upptime is down", "upptime", "https://up.c0d3.ch", 404, 140, N),
    ("xtexChooser/upptime", 13, "🛑 Upptime is down", "Upptime", "https://status.xtexx.ml/", 502, 245, N),
    ("XtTechGroup/Uptime", 46, "🛑 Code is down", "Code", "$URL_CODE", 0, 0, N),
    ("tjsky/upptime", 268, "🛑 SITE_MS is down", "SITE_MS", "$SITE_MS", 0, 0, N),
    ("davidkast/upptime", 2, "🛑 Uptime is down", "Uptime", "$UPTIME", 0, 0, N),
    ("zqcthegreat/upptime", 55, "🛑 API is down", "API", "https://api.lolxiu.vip", 503, 1102, N),
]
DEGRADED = [("Pho3niX90/uptime", 397, "⚠️ Website has degraded performance", "Website", "https://io.serverarmour.com", 200, 2966, L)]


def items():
    out = []
    for repo, n, title, site, url, code, ms, label in UPPTIME:
        labels = {"alertname": title, "site": site, "status": "down", "source": "upptime"}
        anns = {"summary": title, "description": f"{site} ({url}) was **down**:\n- HTTP code: {code}\n- Response time: {ms} ms"}
        out.append(item(labels, anns, label, f"{repo} issue #{n} (opened by the Upptime workflow when the check failed)",
                        "upptime/" + repo.split("/")[0].lower(), repo, f"issues/{n}", None))
    for repo, n, title, site, url, code, ms, label in DEGRADED:
        labels = {"alertname": title, "site": site, "status": "degraded", "source": "upptime"}
        anns = {"summary": title, "description": f"{site} ({url}) experienced **degraded performance**:\n- HTTP code: {code}\n- Response time: {ms} ms"}
        out.append(item(labels, anns, label, f"{repo} issue #{n} (opened by the Upptime workflow)",
                        "upptime/" + repo.split("/")[0].lower(), repo, f"issues/{n}", None))
    # Nagios log line pasted in NagiosEnterprises/nagioscore#576 (a temperature check, German service name)
    out.append(item({"alertname": "Temp zwischen S24 und S25", "host": "mes-sw23-kh.env", "state": "CRITICAL", "state_type": "HARD", "source": "nagios"},
                    {"summary": "SERVICE ALERT: mes-sw23-kh.env;Temp zwischen S24 und S25;CRITICAL;HARD;5;CRITICAL: 360",
                     "output": "CRITICAL: 360"}, None,
                    "NagiosEnterprises/nagioscore issue #576 (SERVICE ALERT log lines pasted by the reporter)",
                    "nagioscore-issues", "NagiosEnterprises/nagioscore", "issues/576", None))
    # awesome-prometheus-alerts style container memory alert as it fired on spack's GitLab (comment on PR #359)
    out.append(item({"alertname": "ContainerHighMemoryUsage", "instance": "192.168.206.195:10250",
                     "name": "k8s_webservice_gitlab-webservice-default-7ddb64b679-6c6qk_gitlab_7533cd2b-58d9-4eb9-8f44-959a0178ac69_0", "severity": "warning"},
                    {"summary": "Container High Memory usage (instance 192.168.206.195:10250)",
                     "description": "Container  memory usage is above 80% (80.66781198653703). LABELS = map[instance:192.168.206.195:10250 name:k8s_webservice_gitlab-webservice-default-7ddb64b679-6c6qk_gitlab_7533cd2b-58d9-4eb9-8f44-959a0178ac69_0]"},
                    M, "spack/spack-infrastructure pull request #359 (alert text quoted in a comment)",
                    "spack-infrastructure", "spack/spack-infrastructure", "pull/359", None))
    # CloudWatch alarm notification pasted in aws/aws-sdk-java#1723 (CPU alarm: a look-alike)
    out.append(item({"alertname": "CPUUtilization OK for asdp0101", "InstanceId": "asdp0101", "namespace": "sdp-cluster", "source": "cloudwatch"},
                    {"summary": "ALARM: \"CPUUtilization OK for asdp0101\" in US East (N. Virginia)",
                     "description": "CPUUtilization <= 70",
                     "reason": "Threshold Crossed: 1 out of the last 1 datapoints [6.046241709654764 (15/08/18 21:15:00)] was less than or equal to the threshold (70.0) (minimum 1 datapoint for OK -> ALARM transition)."},
                    None, "aws/aws-sdk-java issue #1723 (SNS notification body pasted by the reporter)",
                    "aws-sdk-java-issues", "aws/aws-sdk-java", "issues/1723", None))
    return out
