"""Sumo Logic monitor packages from SumoLogic/terraform-sumologic-sumo-logic-monitor
(monitor_packages/<app>/<app>.json), only apps not already taken from sumologic-solution-templates."""
import json
import subprocess

from blind4_common import item

REPO = "SumoLogic/terraform-sumologic-sumo-logic-monitor"
COMMIT = "d53f69f888751e666c64a26d8c69ff92f835de97"
GIT = "/work/.mirror/SumoLogic+terraform-sumologic-sumo-logic-monitor/repo"

# path -> [(monitor name, expected, group labels)]
CHOSEN = {
    "monitor_packages/ActiveMQ/activemq.json": ("activemq", [
        ("ActiveMQ - High Storage  Used", "disk_full"), ("ActiveMQ - Too Many Unacknowledged Messages", "queue_backlog"),
        ("ActiveMQ - Maximum Connection", "connection_pool_exhaustion"), ("ActiveMQ - High Host Disk Usage", "disk_full"),
        ("ActiveMQ - Node Down", "node_down"), ("ActiveMQ - High Number of File Descriptors in use", "fd_exhaustion"),
        ("ActiveMQ - High Memory Usage", "out_of_memory"), ("ActiveMQ - High Temp  Usage", "disk_full"),
        ("ActiveMQ - No Consumers on Queues", None), ("ActiveMQ - Too Many Expired Messages on Topics", None)],
        {"messaging_cluster": "amq-orders", "host": "amq-broker-2"}),
    "monitor_packages/ApacheTomcat/ApacheTomcat.json": ("tomcat", [
        ("Apache Tomcat - High Memory Usage", "out_of_memory"), ("Apache Tomcat - High Server (HTTP 5xx) Error Rate", "high_error_rate"),
        ("Apache Tomcat - High Client (HTTP 4xx) Error Rate", "high_error_rate")],
        {"webserver_farm": "tomcat-portal", "host": "tc-portal-03"}),
    "monitor_packages/IIS/IIS.json": ("iis", [
        ("IIS - Slow Response Time", "high_latency"), ("IIS - High Server (HTTP 5xx) Error Rate", "high_error_rate")],
        {"webserver_farm": "iis-intranet", "host": "WEB-IIS-02"}),
    "monitor_packages/Kafka/Kafka_Alerts.json": ("kafka", [
        ("Kafka - High Broker Disk Utilization", "disk_full"), ("Kafka - High Broker Memory Utilization", "out_of_memory"),
        ("Kafka - High Leader election rate", None), ("Kafka - Offline Partitions", None)],
        {"messaging_cluster": "kafka-events", "host": "kafka-broker-4"}),
    "monitor_packages/RabbitMQ/rabbitmq.json": ("rabbitmq", [
        ("RabbitMQ - Node Down", "node_down"), ("RabbitMQ - High Memory Usage", "out_of_memory"),
        ("RabbitMQ - High Disk Usage", "disk_full"), ("RabbitMQ - Too Many Un-acknowledged Messages", "queue_backlog"),
        ("RabbitMQ - High Number of File Descriptors in use", "fd_exhaustion"), ("RabbitMQ - Un-routable Messages", None)],
        {"messaging_cluster": "rmq-billing", "host": "rabbit@rmq-billing-1"}),
    "monitor_packages/SquidProxy/squidproxy.json": ("squid", [
        ("Squid Proxy - High Latency", "high_latency"), ("Squid Proxy - High Server (HTTP 5xx) Error Rate", "high_error_rate")],
        {"proxy_cluster": "squid-egress", "host": "squid-egress-1"}),
    "monitor_packages/Varnish/varnish.json": ("varnish", [
        ("Varnish - High 5XX Error Rate", "high_error_rate"), ("Varnish - Unhealthy Backend", "node_down"),
        ("Varnish - High 4XX Error Rate", "high_error_rate")],
        {"cache_cluster": "varnish-www", "host": "varnish-www-2"}),
    "monitor_packages/apache/apache.json": ("apache", [
        ("Apache - High Server (HTTP 5xx) Error Rate", "high_error_rate"), ("Apache - Server Restarted", None)],
        {"webserver_farm": "apache-blog", "host": "apache-blog-01"}),
    "monitor_packages/haproxy/haproxy.json": ("haproxy", [
        ("HAProxy - High Active Backend Server Sessions", "connection_pool_exhaustion"), ("HAProxy - Slow Response Time", "high_latency"),
        ("HAProxy - High Server (HTTP 5xx) Error Rate", "high_error_rate"), ("HAProxy - Server Healthcheck Failure", "node_down"),
        ("HAProxy - Pending Requests", "queue_backlog"), ("HAProxy - Has No Alive Backends", "node_down"),
        ("HAProxy - Backend Server Down", "node_down"), ("HAProxy - Frontend Security Blocked Requests", None)],
        {"proxy_cluster": "haproxy-edge", "host": "haproxy-edge-1"}),
    "monitor_packages/host_process_metrics/host_process_metrics.json": ("hostmetrics", [
        ("Host Metrics - Host swap is filling up", "out_of_memory"), ("Process Metrics - High Memory Usage", "out_of_memory"),
        ("Host Metrics - Host Out Of Inodes", "disk_full"), ("Host Metrics - Host Out Of Memory", "out_of_memory"),
        ("Host Metrics - Host Out Of Disk Space", "disk_full"), ("Host Metrics -  High Network Errors", None)],
        {"host.name": "ip-172-31-22-14"}),
    "monitor_packages/http_response/http_response.json": ("http_response", [
        ("http_response - High Page Response Time", "high_latency")],
        {"server": "https://shop.example.com/checkout"}),
    "monitor_packages/kubernetes/kubernetes.json": ("kubernetes", [
        ("Kubernetes - Kube Node Not Ready", "node_down"), ("Kubernetes - Pod Crash Looping", "crash_loop"),
        ("Kubernetes - Multiple Terminated Pods (OOM Killed)", "out_of_memory"),
        ("Kubernetes - Multiple Containers OOM Killed", "out_of_memory"),
        ("Kubernetes - DaemonSet Misscheduled", None), ("Kubernetes - HPA Maxed Out", None)],
        {"cluster": "prod-aks-weu", "namespace": "payments"}),
    "monitor_packages/nginx/nginx.json": ("nginx", [
        ("Nginx - High Server (HTTP 5xx) Error Rate", "high_error_rate"), ("Nginx - Access from Highly Malicious Sources", None)],
        {"webserver_farm": "nginx-api", "host": "nginx-api-3"}),
    "monitor_packages/nginx-ingress/nginxingress.json": ("nginx-ingress", [
        ("Nginx Ingress - High Client (HTTP 4xx) Error Rate", "high_error_rate")],
        {"cluster": "prod-eks-use1", "namespace": "ingress-nginx"}),
}


def monitors(obj, out):
    if isinstance(obj, dict):
        if "monitorType" in obj and "name" in obj:
            out[obj["name"]] = obj
        for v in obj.values():
            monitors(v, out)
    elif isinstance(obj, list):
        for v in obj:
            monitors(v, out)


def build():
    res = []
    for path, (app, chosen, groups) in CHOSEN.items():
        found = {}
        monitors(json.loads(subprocess.check_output(["git", "-C", GIT, "show", f"{COMMIT}:{path}"])), found)
        for name, expected in chosen:
            m = found[name]
            q = ""
            if m.get("queries"):
                q = " ".join(m["queries"][0].get("query", "").split())
                q = q.replace("$$hostmetrics_data_source", "_sourceCategory=prod/hostmetrics")
                q = q if len(q) <= 400 else q[:400] + " ..."
            crit = [t for t in m.get("triggers", []) if t.get("triggerType") == "Critical"]
            trigger = "Critical"
            if crit and "threshold" in crit[0]:
                t = crit[0]
                trigger = f"Critical: {t.get('thresholdType')} {t.get('threshold')} within {t.get('timeRange')}"
            labels = {"alertname": " ".join(name.split()), "source": "sumologic", "monitor_type": m.get("monitorType"),
                      "trigger_type": "Critical"}
            labels.update({k.replace(".", "_"): v for k, v in groups.items()})
            ann = {"description": " ".join((m.get("description") or "").split()), "query": q, "trigger_condition": trigger}
            res.append(item(labels, ann, expected, f"{REPO} {path} [{name}]", f"sumologic-monitor/{app}", REPO, path, COMMIT))
    return res


ITEMS = build()
