"""Grafana-managed alert rules provisioned as YAML in public repositories, as Grafana's webhook
contact point delivers them (alertname = rule title, grafana_folder, annotations rendered)."""
from blind4_common import item


def gf(repo, path, commit, project, title, folder, labels, annotations, expected, value=None):
    lab = {"alertname": title, "grafana_folder": folder, "source": "grafana"}
    lab.update(labels)
    ann = dict(annotations)
    if value is not None:
        ann["valueString"] = value
    return item(lab, ann, expected, f"{repo} {path} [{title}]", project, repo, path, commit)


PLG = ("MikeNoppo/plg-stack", "grafana/provisioning/alerting/rules.yaml", "0072999409b30baed2a3e1cd4f0ba281489e6d28", "plg-stack")
PIB = ("matijazezelj/pib", "grafana/provisioning/alerting/rules.yaml", "a762fac881d686d88770e7c044292696e4b81f74", "pib")
COOL = ("deivondionisio/coolify-observability", "grafana/provisioning/alerting/alerts.yaml", "13691e3ee143f3edcafc7187333583ecd020259d", "coolify-observability")

GRAFANA = [
    gf(*PLG, "Disk hampir penuh", "Alerts", {"severity": "warning", "host": "vps-sg-01", "env": "prod", "mountpoint": "/"},
       {"summary": "Disk / di vps-sg-01 terpakai 88%"}, "disk_full", "[ var='A' labels={host=vps-sg-01, mountpoint=/} value=88.4 ]"),
    gf(*PLG, "Disk kritis", "Alerts", {"severity": "critical", "host": "vps-sg-02", "env": "prod", "mountpoint": "/var/lib/docker"},
       {"summary": "Disk /var/lib/docker di vps-sg-02 terpakai 97%"}, "disk_full"),
    gf(*PLG, "Disk diprediksi penuh dalam 24 jam", "Alerts", {"severity": "warning", "host": "vps-jkt-01", "env": "staging", "mountpoint": "/data"},
       {"summary": "Disk /data di vps-jkt-01 diprediksi penuh dalam 24 jam"}, "disk_full"),
    gf(*PLG, "RAM hampir habis", "Alerts", {"severity": "warning", "host": "vps-sg-01", "env": "prod"},
       {"summary": "RAM vps-sg-01 terpakai 93%"}, "out_of_memory"),
    gf(*PLG, "CPU tinggi", "Alerts", {"severity": "warning", "host": "vps-jkt-02", "env": "prod"},
       {"summary": "CPU vps-jkt-02 96% selama 15 menit"}, None),
    gf(*PLG, "Container sering restart", "Alerts", {"severity": "warning", "host": "vps-sg-02", "env": "prod", "service": "api-gateway"},
       {"summary": "Service api-gateway di vps-sg-02 restart rata-rata 4.0x per replika dalam 15 menit"}, "crash_loop"),
    gf(*PLG, "Database tidak bisa diakses", "Alerts", {"severity": "critical", "host": "vps-sg-01", "env": "prod", "job": "postgres"},
       {"summary": "Database postgres di vps-sg-01 tidak bisa diakses agent",
        "description": "Database mati, atau kredensial monitoring di agent salah."}, "node_down"),
    gf(*PIB, "Certificate expired", "PIB", {"severity": "critical", "host": "intranet.corp.example", "cn": "intranet.corp.example", "issuer": "PIB Issuing CA"},
       {"summary": "intranet.corp.example is serving an EXPIRED certificate",
        "description": "CN intranet.corp.example (issuer PIB Issuing CA) has passed its notAfter date. Clients are failing TLS verification right now."},
       "certificate_expiry"),
    gf(*PIB, "Certificate expiring imminently", "PIB", {"severity": "critical", "host": "grafana.corp.example", "cn": "grafana.corp.example"},
       {"summary": "grafana.corp.example certificate is in CRITICAL expiry window",
        "description": "CN grafana.corp.example is past the critical threshold. If this is an ACME cert, renewal has probably stopped working."},
       "certificate_expiry"),
    gf(*PIB, "CA root or intermediate expiring", "PIB", {"severity": "critical", "host": "PIB Intermediate CA 2023"},
       {"summary": "PIB PIB Intermediate CA 2023 is approaching expiry",
        "description": "Replacing the root or intermediate means re-anchoring trust on every machine that trusts this CA. Start planning now — this is not a same-week job."},
       "certificate_expiry"),
    gf(*PIB, "Endpoint unreachable", "PIB", {"severity": "warning", "host": "nas.corp.example:5001"},
       {"summary": "nas.corp.example:5001 could not be checked",
        "description": "Its expiry countdown is stale, not healthy — the last value keeps being served until the endpoint responds again."},
       "node_down"),
    gf(*PIB, "Monitor has stopped scanning", "PIB", {"severity": "critical"},
       {"summary": "No completed scan in over 2x the scan interval",
        "description": "Every other alert here is now blind: panels keep serving the last known values, so certificates look healthy whether they are or not."},
       None),
    gf(*COOL, "Host CPU acima de 85%", "Observabilidade", {"severity": "critical", "instance": "10.0.0.4:9100"}, {}, None,
       "[ var='A' labels={instance=10.0.0.4:9100} value=91.27 ]"),
    gf(*COOL, "Containers reiniciando", "Observabilidade", {"severity": "info", "container": "coolify-proxy"}, {}, None,
       "[ var='A' labels={container=coolify-proxy} value=1 ]"),
]
