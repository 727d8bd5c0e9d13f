"""Render a Prometheus alerting rule's annotations the way Alertmanager would deliver them:
`{{ $labels.x }}`, `{{ $value }}` and `{{ $externalLabels.x }}` are filled with made-up values,
template pipes (humanize, stripPort, reReplaceAll...) are applied roughly."""
import re

from c3common import pick, num

LABEL_VALUES = {
    "instance": ["db1187.eqiad.wmnet:9104", "cp3066:9331", "an-worker1142:9100", "10.64.32.17:9100",
                 "kafka-jumbo1012:7800", "ms-be2071:9100", "mw2291:9117", "logstash1035:9198"],
    "job": ["node", "mysql-core", "varnish-frontend", "jmx_kafka", "probes/service", "envoy"],
    "namespace": ["mw-api-ext", "cirrus-streaming-updater", "airflow-main", "kube-system", "superset-prod"],
    "kubernetes_namespace": ["mw-api-ext", "airflow-main", "eventgate-main", "rdf-streaming-updater"],
    "pod": ["mw-api-ext.eqiad.main-6d5c9b7f6-2xq8v", "calico-node-4kq2m", "opensearch-ipoid-0"],
    "container": ["mediawiki-main-app", "calico-node", "php-fpm", "envoy"],
    "deployment": ["mw-api-ext", "superset", "turnilo", "datahub-gms"],
    "service": ["eventgate-analytics", "sessionstore", "citoid", "api-gateway"],
    "site": ["eqiad", "codfw", "esams", "ulsfo"], "cluster": ["analytics", "cache_text", "wmcs", "ml-serve"],
    "kafka_cluster": ["jumbo-eqiad", "main-codfw", "logging-eqiad"], "hadoop_cluster": ["analytics-hadoop"],
    "mountpoint": ["/srv", "/", "/var/lib/docker"], "device": ["xe-0/0/1", "eno1", "ens3f0np0"],
    "name": ["prometheus-varnishkafka-exporter.service", "confd.service", "PS Status", "wmf-auto-restart.service"],
    "persistentvolumeclaim": ["data-mediawiki-dumps-0", "pg-analytics-1"],
    "proxy": ["gerrit_ssh", "mysql", "wikireplicas-s1"], "server": ["clouddb1013", "cloudcontrol1005"],
    "state": ["DOWN", "MAINT"], "method": ["POST"], "status_code": ["503", "500"], "code": ["503", "429"],
    "job_name": ["mw-page-content-change-enrich", "cirrus_streaming_updater_consumer_search_eqiad"],
    "group": ["logstash7-eqiad", "benthos-mw-accesslog"], "exported_cluster": ["logging-eqiad", "jumbo-eqiad"],
    "topic": ["eqiad.cirrussearch.update_pipeline.update.v1"], "search_cluster": ["eqiad"],
    "prometheus": ["ops", "k8s", "analytics"], "verb": ["LIST"], "resource": ["pods"],
    "backend": ["wdqs1022.eqiad.wmnet"], "label_cronjob": ["purge-expired-userrights"], "color": ["red"],
    "hostname": ["cp3066", "cloudnet1006"], "address": ["2620:0:861:1::1"], "peer_descr": ["AS6939 Hurricane"],
    "cnpg_io_cluster": ["pg-airflow"], "operation_type": ["container_status"], "zookeeper_cluster": ["main-eqiad"],
    "module": ["http_api_ext_wikimedia_org_ip4", "dns_recursive"], "event_service_name": ["eventgate-analytics-external"],
    "subject": ["Wikimedia_Internal_Root_CA", "puppetmaster1001.eqiad.wmnet"], "layer": ["backend"],
    "path": ["/var/lib/mailman3/queue/bounces"], "destination_canonical_service": ["revscoring-editquality"],
    "datasource": ["webrequest_sampled_live"], "type": ["tcp.timed_out"], "user": ["tools"],
    "clustername": ["ganeti01.svc.eqiad.wmnet"], "reason": ["ThrottlingException"],
    "alias": ["compute-0.osh.local", "ctrl-1.osh.local", "storage-2.osh.local"], "envoy_cluster_name": ["mw-api-int-async", "restbase"],
    "sensor": ["temp1"], "chip": ["platform_coretemp_0"], "master": ["bond0"], "statefulset": ["mariadb-server", "rabbitmq-rabbitmq"],
    "daemonset": ["calico-node", "fluentbit"], "exported_job": ["keystone-db-sync", "nova-bootstrap"], "ceph_daemon": ["osd.17", "osd.4"],
    "url": ["http://glance-api.openstack.svc.cluster.local:9292", "http://nova-api.openstack.svc.cluster.local:8774"],
    "fqdn": ["postgresql-0.osh-infra"], "datname": ["grafana", "keystone"], "kubernetes_pod_name": ["cirrus-streaming-updater-consumer-5d7f9-lz2qk"],
    "grpc_method": ["Range"], "interface_name": ["et-0/0/2", "ae1"], "node": ["kubernetes1031.eqiad.wmnet", "dse-k8s-worker1004"],
    "host": ["logstash1035", "elastic1089"], "mount": ["/srv"], "target_site": ["ulsfo"], "ip_version": ["IPv6"], "proto": ["tcp"],
}
SITES = ["eqiad", "codfw"]


def label_value(name, seed):
    if name in LABEL_VALUES:
        return pick(seed + name, LABEL_VALUES[name])
    return pick(seed + name, [name.replace("_", "-") + "-1", name.replace("_", "-") + "-main"])


def render(text, seed, labels, value=None):
    """Fill one annotation; `labels` collects the label values used (they become alert labels)."""
    if not isinstance(text, str):
        return text
    if value is None:
        value = num(seed, 82, 99)

    def repl(m):
        expr = m.group(1).strip()
        mm = re.match(r"\$labels\.([A-Za-z_][A-Za-z0-9_]*)(.*)", expr)
        if mm:
            name, rest = mm.group(1), mm.group(2)
            v = labels.setdefault(name, label_value(name, seed))
            if "stripPort" in rest or "reReplaceAll" in rest:
                v = v.split(":")[0]
            return v
        mm = re.match(r"\$externalLabels\.([A-Za-z_]+)", expr)
        if mm:
            return pick(seed + "site", SITES) if mm.group(1) == "site" else label_value(mm.group(1), seed)
        if "$value" in expr or "humanize" in expr:
            if "Percentage" in expr:
                return f"{value:.1f}%"
            if "Duration" in expr:
                return f"{int(value)}m {int(value * 7) % 60}s"
            return f"{value}"
        return ""

    text = re.sub(r"\{\{-?(.*?)-?\}\}", repl, text)
    text = text.replace("#page", "").replace("#warning", "")
    return re.sub(r"[ \t]+", " ", text).strip()


def render_rule(rule, seed, extra_labels=None):
    """(labels, annotations) of one fired instance of the rule."""
    used = {}
    anns = {}
    for k, v in (rule.get("annotations") or {}).items():
        if k in ("runbook", "runbook_url", "dashboard", "logs", "grafana_dashboard", "link"):
            continue
        anns[k] = render(str(v), seed, used)
    labels = {"alertname": rule["alert"]}
    for k, v in (rule.get("labels") or {}).items():
        labels[k] = render(str(v), seed, used) if "{{" in str(v) else str(v)
    for k, v in used.items():
        labels.setdefault(k, v)
    if extra_labels:
        for k, v in extra_labels.items():
            labels.setdefault(k, v)
    return labels, anns
