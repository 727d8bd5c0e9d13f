"""Synthetic-monitor notifications: Uptime Kuma (louislam/uptime-kuma) and Gatus (TwiN/gatus)."""
from blind4_common import item

UK_REPO = "louislam/uptime-kuma"
UK_COMMIT = "6398a9581d1c3c427a7536559f47ccf45dac08b4"


def uk(path, name, mtype, url, status, msg, expected, cert=None):
    labels = {"alertname": name, "source": "uptime-kuma", "monitor_type": mtype, "status": status}
    annotations = {}
    if cert:
        annotations["msg"] = cert
    else:
        text = "🔴 Down" if status == "down" else "✅ Up"
        annotations["msg"] = f"[{name}] [{text}] {msg}"
        annotations["heartbeat_msg"] = msg
    if url:
        annotations["monitor_url"] = url
    return item(labels, annotations, expected, f"{UK_REPO} {path}", "uptime-kuma", UK_REPO, path, UK_COMMIT)


M = "server/model/monitor.js"
UPTIME_KUMA = [
    uk(M, "Vaultwarden", "http", "https://vault.home.example.org", "up", None, "certificate_expiry",
       cert="[Vaultwarden][https://vault.home.example.org] server certificate vault.home.example.org will expire in 7 days"),
    uk(M, "Company Website", "keyword", "https://www.example-shop.de", "up", None, "certificate_expiry",
       cert="[Company Website][https://www.example-shop.de] intermediate certificate R11 will expire in 14 days"),
    uk(M, "Gitea", "http", "https://git.example.org/api/healthz", "up", "200 - OK", None),
    uk(M, "Public API", "http", "https://api.example.io/v1/status", "down", "429 - Too Many Requests", "rate_limited"),
    uk("server/monitor-types/mysql.js", "Nextcloud DB", "mysql", None, "down",
       "Database connection/query failed: connect ECONNREFUSED 10.0.3.12:3306", "node_down"),
    uk("server/monitor-types/tcp.js", "Home Assistant", "port", "homeassistant.lan:8123", "down",
       "Connection failed", "node_down"),
    uk("server/monitor-types/group.js", "Core services", "group", None, "down",
       "Child monitors down: Postgres, Redis", "node_down"),
    uk("server/monitor-types/ntp.js", "NTP pool stratum-1", "ntp", None, "down",
       "NTP server is unsynchronized (stratum 16)", None),
    uk("server/monitor-types/ntp.js", "ntp.office.lan", "ntp", None, "down",
       "Time offset 412.905ms exceeds threshold 100ms", None),
]

GT_REPO = "TwiN/gatus"
GT_COMMIT = "08c463542f56872a267e5b2e1e1cf421f0ea8a6a"


def gt(path, endpoint, group, description, results, expected, resolved=False, failures=3):
    disp = f"{group}/{endpoint}" if group else endpoint
    if resolved:
        text = f"An alert for *{disp}* has been resolved after passing successfully 5 time(s) in a row:\n> {description}"
    else:
        text = f"An alert for *{disp}* has been triggered due to having failed {failures} time(s) in a row:\n> {description}"
    lines = "\n".join((":white_check_mark:" if ok else ":x:") + f" - `{c}`" for c, ok in results)
    labels = {"alertname": disp, "source": "gatus", "endpoint": endpoint}
    if group:
        labels["group"] = group
    annotations = {"title": ":helmet_with_white_cross: Gatus", "text": text, "condition_results": lines}
    return item(labels, annotations, expected, f"{GT_REPO} {path}", "gatus", GT_REPO, path, GT_COMMIT)


R = "README.md"
SL = "alerting/provider/slack/slack.go"
GATUS = [
    gt(R, "website", "core", "healthcheck failed",
       [("[STATUS] == 200", True), ("[BODY].status == UP", True), ("[RESPONSE_TIME] < 300", False)], "high_latency"),
    gt(R, "back-end", "core", "healthcheck failed",
       [("[STATUS] == 200", True), ("[CERTIFICATE_EXPIRATION] > 48h", False)], "certificate_expiry"),
    gt(R, "redis", "internal", "healthcheck failed", [("[CONNECTED] == true", False)], "node_down"),
    gt(R, "ping-example", None, "healthcheck failed", [("[CONNECTED] == true", False)], "node_down", failures=5),
    gt(R, "example-dns-query", "dns", "healthcheck failed",
       [("[BODY] == 93.184.215.14", False), ("[DNS_RCODE] == NOERROR", False)], "dns_failure"),
    gt(R, "check-domain-and-certificate-expiration", None, "healthcheck failed",
       [("[DOMAIN_EXPIRATION] > 720h", False), ("[CERTIFICATE_EXPIRATION] > 240h", True)], None),
    gt(SL, "api", "payments", "healthcheck failed",
       [("[CONNECTED] == true", False), ("[STATUS] == 200", False)], "node_down"),
    gt(SL, "api", "payments", "healthcheck failed",
       [("[CONNECTED] == true", True), ("[STATUS] == 200", True)], None, resolved=True),
    gt(R, "example", None, "Everything's burning AAAAAHHHHHHHHHHHHHHH",
       [("[STATUS] == 200", True), ("[BODY].status == UP", True), ("[RESPONSE_TIME] < 75", False)], "high_latency"),
]
