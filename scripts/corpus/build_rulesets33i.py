"""rulesets33i.jsonl: whole alerting-rule files of public projects no corpus used before (session 33,
helper i; infrastructure repositories of hosting providers, ISPs, community networks, universities'
and research labs' IT, hackerspaces, open-source foundations' sysadmin teams and distro build farms:
their own hand-written rules).

Every alerting rule of each file is read and rendered by `rule_templates.RuleFiles` (its
docstring says how); the labels are decided by hand under tests/fixtures/corpus/POLICY.md, before
any classifier ran, in the tables below, and a rule mapped to OUT is left out with its reason
(listed in SOURCES.md).
"""
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(__file__))
from rule_templates import OUT, RuleFiles, helm_file, show  # noqa: E402


FILES = RuleFiles()
take = FILES.take


def jinja_lines_dropped(repo, commit, path):
    """An Ansible Jinja template whose rules sit inside `{% raw %}` blocks: the lines holding only
    a Jinja statement (`{% if %}`, `{% raw %}`, ...) and Jinja comments are dropped, so every
    optional group is kept; the rest is the file as committed."""
    text = show(repo, commit, path)
    kept = [line for line in text.splitlines()
            if not re.fullmatch(r"\s*\{%.*%\}\s*", line) and not line.startswith("# jinja2:")]
    return "\n".join(kept) + "\n"


def nix_value(text, start):
    """The Nix value written at `text[start:]`, for the literal subset rule files are written in
    (attribute sets with dotted names, lists, "strings" and ''indented strings'' without
    interpolation, numbers, true/false/null, comments): (value, end)."""
    pos = start
    blank = re.compile(r"\s+|#[^\n]*|/\*.*?\*/", re.S)
    name = re.compile(r"[A-Za-z_][A-Za-z0-9_'-]*(\.[A-Za-z_][A-Za-z0-9_'-]*)*")
    escape = {"n": "\n", "t": "\t", "r": "\r"}

    def skip():
        nonlocal pos
        while True:
            m = blank.match(text, pos)
            if not m or m.end() == pos:
                return
            pos = m.end()

    def expect(c):
        nonlocal pos
        skip()
        assert text[pos] == c, text[pos:pos + 40]
        pos += 1

    def attrs():
        nonlocal pos
        out = {}
        while True:
            skip()
            if text[pos] == "}":
                pos += 1
                return out
            m = name.match(text, pos)
            assert m, text[pos:pos + 40]
            path = m.group(0).split(".")
            pos = m.end()
            expect("=")
            v = value()
            expect(";")
            d = out
            for k in path[:-1]:
                d = d.setdefault(k, {})
            d[path[-1]] = v

    def string():
        nonlocal pos
        out = []
        while text[pos] != '"':
            assert not text.startswith("${", pos), "interpolation"
            if text[pos] == "\\":
                out.append(escape.get(text[pos + 1], text[pos + 1]))
                pos += 2
            else:
                out.append(text[pos])
                pos += 1
        pos += 1
        return "".join(out)

    def indented():
        nonlocal pos
        out = []
        while True:
            assert not text.startswith("${", pos), "interpolation"
            if text.startswith("'''", pos):
                out.append("''")
                pos += 3
            elif text.startswith("''$", pos):
                out.append("$")
                pos += 3
            elif text.startswith("''\\", pos):
                out.append(escape.get(text[pos + 3], text[pos + 3]))
                pos += 4
            elif text.startswith("''", pos):
                pos += 2
                break
            else:
                out.append(text[pos])
                pos += 1
        lines = "".join(out).split("\n")
        if not lines[0].strip():
            lines = lines[1:]
        cut = min([len(x) - len(x.lstrip(" ")) for x in lines if x.strip()] or [0])
        return "\n".join(x[cut:] if x.strip() else "" for x in lines)

    def value():
        nonlocal pos
        skip()
        if text[pos] == "{":
            pos += 1
            return attrs()
        if text[pos] == "[":
            pos += 1
            out = []
            while True:
                skip()
                if text[pos] == "]":
                    pos += 1
                    return out
                out.append(value())
        if text[pos] == '"':
            pos += 1
            return string()
        if text.startswith("''", pos):
            pos += 2
            return indented()
        m = re.compile(r"-?\d+(\.\d+)?|true|false|null").match(text, pos)
        assert m, text[pos:pos + 40]
        pos = m.end()
        return {"true": True, "false": False, "null": None}.get(m.group(0), m.group(0))

    return value(), pos


def nix_to_json(repo, commit, path, marker="builtins.toJSON"):
    """A NixOS module that writes its rules as `builtins.toJSON { groups = [ ... ]; }`: the
    attribute set after `marker`, as the JSON text Nix would write."""
    text = show(repo, commit, path)
    rules, _ = nix_value(text, text.index(marker) + len(marker))
    return json.dumps(rules)


# ---------------------------------------------------------------------------------------------
# fedora-infra/ansible: roles/openshift/project/templates/prometheusRules.yml.j2 (the Fedora
# Project's infrastructure team: the PrometheusRule every OpenShift project of Fedora's apps
# cluster gets, its groups chosen per project by `project_alert_rules`; all groups are taken)
FEDORA = ("fedora-infra/ansible", "72789a919f4a964401e17c8e3863de8affcd36b0",
          "roles/openshift/project/templates/prometheusRules.yml.j2")
FEDORA_POD = {"namespace": "bodhi", "instance": "10.128.2.14:8443", "job": "kube-state-metrics"}
FEDORA_SERIES = {
    "CronjobFailed": {"cronjob": "bodhi-push-check"},
    "BuildFailed": {"buildconfig": "bodhi-base", "build": "bodhi-base-42"},
    "PodRestarted": {"pod": "bodhi-web-7-x9k2p", "container": "bodhi-web"},
    "PodCrashLoop": {"pod": "bodhi-web-7-x9k2p", "container": "bodhi-web"},
    "PodOOMKilled": {"pod": "bodhi-celery-3-m4q8z", "container": "celery", "reason": "OOMKilled"},
}
take(FEDORA[0], FEDORA[2], FEDORA[1], {
    "CronjobFailed": (None, 1),
    "BuildFailed": (None, 1),
    "PodPending": (OUT, "shares its name with a blind set's rule"),
    "PodRestarted": (None, 1),
    "PodCrashLoop": ("crash_loop", "4.00"),
    "PodOOMKilled": ("out_of_memory", 1),
}, lambda name: dict(FEDORA_POD, **FEDORA_SERIES.get(name, {})),
    text=jinja_lines_dropped(*FEDORA))


# ---------------------------------------------------------------------------------------------
# Freifunk-Rhein-Neckar/nixos-config: modules/prometheus/rules.nix (the Freifunk Rhein-Neckar
# community network's NixOS monitoring host: blackbox probes of its gateways and DNS, the Kea DHCP
# pools and fastd VPN of its mesh, its hosts, its Garage S3 cluster; a few node rules are adapted
# from awesome-prometheus-alerts, the rest are its own). The module writes the rules as
# `builtins.toJSON { ... }` in Nix; `nix_to_json` reads that attribute set as Nix would write it.
# The synapse group holds recording rules only.
FFRN = ("Freifunk-Rhein-Neckar/nixos-config", "987282c2b19010c2f6755136f43b7d039f9fd5ad", "modules/prometheus/rules.nix")
FFRN_HOST = {"instance": "weschnitz.ffrn.de:9100", "job": "node"}


def ffrn_series(name):
    if name == "MachineDown":
        return {"instance": "gw03.ffrn.de"}
    if name.startswith(("Icmp4", "Icmp6", "DNS", "Blackbox", "httpStatus")):
        job = {"Icmp4Timeout": "icmp4", "Icmp6Timeout": "icmp6", "DNSSOAError": "dns_soa",
               "DNSResolverUDPError": "dns_udp", "DNSResolverTCPError": "dns_tcp"}.get(name, "http_2xx")
        target = "https://map.ffrn.de/" if job == "http_2xx" else "gw03.ffrn.de"
        return {"instance": target, "job": job}
    if name.startswith("DHCPPool"):
        return {"instance": "dhcp1.ffrn.de:9547", "subnet": "10.142.32.0/19"}
    if name.startswith("FastdPeer"):
        return {"instance": "gw03.ffrn.de:9281", "job": "fastd", "interface": "dom0p4", "fastd_instance": "dom0"}
    if name.startswith("ExportedMetricsDown"):
        return {"instance": "sw-core1.ffrn.de" if name.endswith("SNMP") else "gw03.ffrn.de:9100",
                "job": "snmp_switch" if name.endswith("SNMP") else "node"}
    if name.startswith("Garage"):
        return {"instance": "s3-2.ffrn.de:3903", "job": "garage"}
    return FFRN_HOST


take(FFRN[0], FFRN[2], FFRN[1], {
    "MachineDown": ("node_down", 0),
    "Icmp4Timeout": ("node_down", 0),
    "Icmp6Timeout": ("node_down", 0),
    "DNSSOAError": ("dns_failure", 0),
    "DNSResolverUDPError": ("dns_failure", 0),
    "DNSResolverTCPError": ("dns_failure", 0),
    "BlackboxSslCertificateWillExpireSoon": ("certificate_expiry", "3"),
    "BlackboxSslCertificateWillExpireVerySoon": ("certificate_expiry", "1"),
    "BlackboxSslCertificateExpired": ("certificate_expiry", -4127),
    "httpStatusCode200": (OUT, "a blackbox HTTP probe's status code other than 200 (a probe result naming no down target; rule 7 leaves a single 5xx or failed probe result out)"),
    "DHCPPoolExtremeUsage": (OUT, "a DHCP pool's address-lease utilisation: an address pool, not a connection pool, storage or memory; not settled"),
    "DHCPPoolHighUsage": (OUT, "a DHCP pool's address-lease utilisation: an address pool, not a connection pool, storage or memory; not settled"),
    "FastdPeerNumber": (OUT, "a count of connected fastd VPN peers above a fixed threshold without a stated limit (rule 7)"),
    "FastdPeerInterfaceNotUp": (None, 1),
    "ExportedMetricsDown": ("node_down", 0),
    "ExportedMetricsDownSNMP": ("node_down", 0),
    "InstanceHighCpu": (None, "94.37"),
    "InstanceHighCpuLong": (None, "92.81"),
    "InstanceHighCpuExtremeLong": (None, "96.02"),
    "InstanceLowMem": ("out_of_memory", "731.46"),
    "HostOutOfInodes": ("disk_full", "6.84"),
    "InstanceLowDiskPrediction4Hours": ("disk_full", -2.143e9, {"device": "/dev/sda1", "mountpoint": "/"}),
    "InstanceLowDiskPrediction12Hours": ("disk_full", -6.87e8, {"device": "/dev/vdb1", "mountpoint": "/var/lib/garage"}),
    "InstanceLowDiskAbs": ("disk_full", "804.12", {"device": "/dev/sda1", "mountpoint": "/"}),
    "InstanceLowDiskPercentage": ("disk_full", "3.71", {"device": "/dev/sda1", "mountpoint": "/"}),
    "RaidResync": (None, "41.27", {"device": "md1"}),
    "BondMissingSlave": (None, 1, {"master": "bond0"}),
    "SystemdService": (None, 1, {"name": "yanic.service", "state": "failed"}),
    "FastdKeySyncService": (None, 1, {"name": "fastd-peergroup-nodes.service", "state": "failed"}),
    "BackupService": (None, 1, {"name": "borgmatic.service", "state": "failed"}),
    "ServiceFlapping": ("crash_loop", 7, {"name": "kea-dhcp4-server.service", "state": "failed"}),
    "AptUpdateRequired": (None, 4, {"origin": "Debian"}),
    "AptUpdateRequiredZammad": (None, 1, {"origin": "dl.packager.io"}),
    "MachineRebootRequired": (None, 1),
    "NodeExporterTextfileStale": (None, 93211, {"file": "apt.prom"}),
    "HostPhysicalComponentTooHot": (None, 79, {"chip": "platform_coretemp_0", "sensor": "temp1"}),
    "HostPhysicalComponentTooHotRyzen": (None, 82.5, {"instance": "itter.ffrn.de:9100", "chip": "pci0000:00_0000:00:18_3", "sensor": "temp1"}),
    "HostRaidArrayGotInactive": (None, 1, {"device": "md1", "state": "inactive"}),
    "HostRaidDiskFailure": (None, 1, {"device": "md1", "md_device": "md1", "state": "failed"}),
    "HostConntrackLimit": (None, "74.18"),
    "HostNoGigabitConnection": (None, 100, {"instance": "elsenz.ffrn.de:9100", "device": "eth0"}),
    "GarageNotAllNodesConnected": ("node_down", 2, {"known_nodes": "3"}),
    "GarageNotAllStorageNodesConnected": ("node_down", 2, {"known_storage_nodes": "3"}),
    "GarageClusterNotAvailable": (OUT, "a Garage cluster not available (no quorum for some partitions): a cluster's state, neither a member down nor settled as cluster health; not settled"),
    "GarageClusterHealthy": (None, 0),
}, ffrn_series, {"device": "/dev/sda1", "mountpoint": "/", "known_nodes": "3", "known_storage_nodes": "3"},
    text=nix_to_json(*FFRN))


# ---------------------------------------------------------------------------------------------
# chaos-jetzt/chaos-jetzt-nixfiles: services/monitoring/server/config/rules.yaml (chaos.jetzt, a
# Chaos-Computer-Club-affiliated community's NixOS hosts: their own rules for hosts, Prometheus'
# alerting path, blackbox probes and nginx; the file's `serverity` label is its own spelling.
# AlertmanagerMissing is written twice: the first, no Alertmanager discovered, is taken)
JETZT = ("chaos-jetzt/chaos-jetzt-nixfiles", "b9a0c279c611778811f9016f077d3dc049e6330c",
         "services/monitoring/server/config/rules.yaml")
JETZT_HOST = {"instance": "shirley.chaos.jetzt:9100", "job": "node"}
take(JETZT[0], JETZT[2], JETZT[1], {
    "InstanceDown": ("node_down", 0),
    "InstanceDownAny": ("node_down", 0, {"instance": "lotti.chaos.jetzt:9113", "job": "nginx"}),
    "SystemdServiceFailed": (None, 1, {"name": "matrix-synapse.service", "state": "failed"}),
    "OomKill": ("out_of_memory", 1),
    "VeryLowAvailableMemory": ("out_of_memory", 2.37),
    "LowAvailableMemory": ("out_of_memory", 8.12),
    "ReducedAvailableMemory": ("out_of_memory", 17.6),
    "HighMemoryPressure": ("out_of_memory", 7.42),
    "VeryHighLoad": (None, 1.34),
    "HighLoad": (None, 0.93),
    "ElevatedLoad": (None, 0.78),
    "LowFreeDiskSpace": ("disk_full", 12.4, {"device": "/dev/sda1", "mountpoint": "/", "fstype": "ext4"}),
    "VeryLowFreeDiskSpace": ("disk_full", 3.9, {"device": "/dev/sdb1", "mountpoint": "/var/lib/matrix-synapse", "fstype": "ext4"}),
    "AlertmanagerMissing": (OUT, "no Alertmanager discovered by Prometheus (discovery or configuration, not a target said to be down): not settled"),
    "FailingAlertmanagerNotifications": (OUT, "failed notification deliveries through an integration (sends to a receiver, not requests served): not settled"),
    "FailingRuleEvaluation": (None, 2, {"instance": "localhost:9090", "job": "prometheus"}),
    "BlackboxProbeFaile": ("node_down", 0, {"instance": "https://chaos.jetzt", "job": "blackbox_http"}),
    "BlackboxSslCertificateWillExpireSoon": ("certificate_expiry", 1.73e6, {"instance": "https://md.chaos.jetzt", "job": "blackbox_http"}),
    "BlackboxSslCertificateExpired": ("certificate_expiry", -5400, {"instance": "https://md.chaos.jetzt", "job": "blackbox_http"}),
    "NGINXManyServerErrors": ("high_error_rate", 0.41, {"instance": "lotti.chaos.jetzt:9113"}),
}, JETZT_HOST, {"vhost": "matrix.chaos.jetzt", "integration": "telegram", "name": "matrix-synapse.service",
                "mountpoint": "/", "device": "/dev/sda1"})


# ---------------------------------------------------------------------------------------------
# openSUSE/heroes-salt: salt/files/prometheus/alerts/*.yml (the openSUSE Heroes, the openSUSE
# project's volunteer sysadmin team: node health, certificate hooks, Postfix queues, member mail
# aliases, RAID, SMART and zypper updates). haproxy.yml, mysql.yml and prometheus.yml of the same
# directory adapt awesome-prometheus-alerts' rules and are not taken.
HEROES = ("openSUSE/heroes-salt", "73cc6d9638f1d6eb55070db2e67b5e80abc7e3f2")
HEROES_DIR = "salt/files/prometheus/alerts/"
HEROES_HOST = {"instance": "pagure01.infra.opensuse.org", "job": "nodes", "nodename": "pagure01"}
HEROES_DEFERRED = ("Postfix's deferred queue: messages held for a later retry after a failed delivery attempt "
                   "(rule 12 puts retried and delayed work in null, waiting messages in queue_backlog): not settled")
HEROES_FLUSH = ("Postfix's flush queue (the fast-flush per-destination lists of deferred mail): neither ready "
                "messages waiting nor a settled look-alike; not settled")


def heroes(name, labels, base, extra=None):
    take(HEROES[0], HEROES_DIR + name, HEROES[1], labels, base, extra)


heroes("base.yml", {
    "Node away": ("node_down", 0),
    "Node down": ("node_down", 0),
    "Low disk space (small)": ("disk_full", 7.412, {"mountpoint": "/", "device": "/dev/vda3", "fstype": "ext4"}),
    "Low disk space (big)": ("disk_full", 0.731, {"mountpoint": "/srv", "device": "/dev/vdb", "fstype": "xfs"}),
    "Low disk space predicted": ("disk_full", 8.93, {"mountpoint": "/var/lib/pgsql", "device": "/dev/vdc", "fstype": "xfs"}),
    "Low memory": ("out_of_memory", 7.86),
    "High CPU load": (None, 0.874),
    "OOMKill": ("out_of_memory", 1, {"virtual": "kvm"}),
}, HEROES_HOST)
heroes("dehydrated.yml", {
    "DehydratedHookFailure": (None, 1),
    "DehydratedHookFailureDeadManSwitch": (None, 0, {"certificate": "example1.opensuse.org"}),
    "DehydratedHookLastRun": (None, 64.21),
}, {"instance": "acme.infra.opensuse.org", "job": "dehydrated", "certificate": "download.opensuse.org"})
heroes("mail.yml", {
    "Postfix queue": ("queue_backlog", 3, {"queue": "maildrop"}),
    "Postfix active queue": ("queue_backlog", 4, {"queue": "active"}),
    "Large Postfix active queue (MX)": ("queue_backlog", 112, {"instance": "mx2.infra.opensuse.org", "queue": "active"}),
    "Large Postfix active queue (Mailman)": ("queue_backlog", 47, {"instance": "mailman3.infra.opensuse.org", "queue": "active"}),
    "Postfix deferred queue": (OUT, HEROES_DEFERRED),
    "Large Postfix deferred queue": (OUT, HEROES_DEFERRED),
    "Postfix deferred queue (Status)": (OUT, HEROES_DEFERRED),
    "Postfix flush queue": (OUT, HEROES_FLUSH),
    "Postfix flush queue (MX)": (OUT, HEROES_FLUSH),
    "Postfix incoming queue": ("queue_backlog", 2, {"queue": "incoming"}),
    "Large Postfix incoming queue (MX)": ("queue_backlog", 9, {"instance": "mx1.infra.opensuse.org", "queue": "incoming"}),
}, {"instance": "progress.infra.opensuse.org", "job": "postfix"})
heroes("misc.yml", {
    "Member aliases update failed": (None, 1),
    "Member aliases update failed due to too many removals": (None, 1243),
}, {"instance": "mx1.infra.opensuse.org", "job": "nodes"})
heroes("raid.yml", {
    "RAID Array Inactive": (None, 1, {"device": "md1", "state": "inactive"}),
    "RAID Array Degraded": (None, 1, {"device": "md0"}),
    "RAID Disk Failure": (None, 1, {"device": "md0", "state": "failed"}),
}, dict(HEROES_HOST, instance="falkor22.infra.opensuse.org", nodename="falkor22"))
heroes("smart.yml", {
    "SMART Exporter Failure": (None, 1),
    "SMART Failures": (None, 0),
    "SMART High Device Temperature": (None, 53),
    "SMART Very High Device Temperature": (None, 72),
    "SMART NVMe Critical Warnings": (None, 4, {"device": "nvme0"}),
    "SMART NVMe Media Errors": (None, 17, {"device": "nvme0"}),
    "SMART NVMe Wearout": (None, 8, {"device": "nvme1"}),
}, {"instance": "falkor22.infra.opensuse.org", "job": "smartctl", "device": "sda"})
heroes("zypper.yml", {
    "Pending updates (not reboot safe)": (None, 37),
    "Pending updates (reboot safe)": (None, 9),
    "Pending updates": (None, 62),
    "Needs rebooting (not reboot safe)": (None, 1),
    "Needs rebooting (reboot safe)": (None, 1),
    "Needs rebooting": (None, 1),
}, {"instance": "mirrordb1.infra.opensuse.org", "job": "nodes"})


# ---------------------------------------------------------------------------------------------
# SoftwareHeritage/swh-charts: cluster-components/templates/alerting/swh-alerting.yaml (Software
# Heritage, the source-code archive run by Inria with UNESCO: its own rules for the archive's
# Kubernetes clusters, rendered with the chart's values.yaml defaults and the production cluster's
# `environment: production` (cluster-components/values/archive-production-rke2.yaml); the
# organisation's puppet-swh-site repository is another project, already cited. The scheduler's
# RabbitMQ template builds one rule per configured instance and is not taken.)
SWH = ("SoftwareHeritage/swh-charts", "4febfa86371aa78fa8f919759c2143c6247b2af1",
       "cluster-components/templates/alerting/swh-alerting.yaml")
SWH_SUBS = {
    '{{"{{"}}': "{{", '{{"}}"}}': "}}",
    "{{ .environment | title }}": "Production", "{{ .environment }}": "production",
    '{{ trimSuffix "m" .period.microDelay }}': "2", '{{ trimSuffix "m" .period.tinyDelay }}': "5",
    '{{ trimSuffix "m" .period.smallDelay }}': "15",
    "{{ .period.microDelay }}": "2m", "{{ .period.tinyDelay }}": "5m", "{{ .period.smallDelay }}": "15m",
    "{{ div .cassandra.unrepairedSize 1073741824 }}": "200", "{{ .cassandra.unrepairedSize }}": "214748364800",
    "{{ .saveCodeNow.aggregatedPeriod }}": "1h", "{{ .saveCodeNow.threshold }}": "10",
    "{{ .runbookUrl }}": "https://runbooks.prometheus-operator.dev/runbooks",
    "{{ .ingress.errorRate }}": "10", "{{ .ingress.slowDownRate }}": "90",
    "{{ div .ingress.slowDownPeriod 1000 }}": "10", "{{ .ingress.slowDownPeriod }}": "10000",
}
take(SWH[0], SWH[2], SWH[1], {
    "Cassandra_Degraded_Service_In_Production": ("node_down", 0),
    "Cassandra_Unrepaired_Table_In_Production": (OUT, "bytes of a Cassandra table not yet anti-entropy repaired between replicas (a repair to run, neither measured replication lag nor broken replication): not settled"),
    "Concurrent_Cronjob_Is_Allowed_In_Production": (None, 1),
    "Cronjob_Is_Suspended_In_Production": (None, 1),
    "SaveCodeNow_Is_Stale_In_Production": ("queue_backlog", 14.5),
    "HPA_Maxed_Out_In_Production": (None, 8),
    "KEDA_Scaled_Object_Errors_In_Production": (None, "3"),
    "Ingress_Errors_In_Production": ("high_error_rate", "12.47"),
    "Ingress_Slow_Down_In_Production": (OUT, "named for requests of 10 s or more, but the expression filters deltas of request counts above 10000: name and expression disagree (rule 8)"),
}, lambda name: {
    "Cassandra_Degraded_Service_In_Production": {"instance": "cassandra04.internal.softwareheritage.org:7070",
                                                 "job": "cassandra-servers-svc", "service": "cassandra-servers-svc"},
    "Cassandra_Unrepaired_Table_In_Production": {"keyspace": "swh", "table": "directory_entry"},
    "Concurrent_Cronjob_Is_Allowed_In_Production": {"cronjob": "swh-scheduler-update-metrics", "namespace": "swh",
                                                    "concurrency_policy": "Allow", "cluster_name": "archive-production-rke2",
                                                    "job": "kube-state-metrics"},
    "Cronjob_Is_Suspended_In_Production": {"cronjob": "swh-storage-replayer-backfill", "namespace": "swh",
                                           "cluster_name": "archive-production-rke2", "job": "kube-state-metrics"},
    "SaveCodeNow_Is_Stale_In_Production": {"environment": "production", "status": "pending",
                                           "cluster_name": "archive-production-rke2", "job": "swh-web"},
    "HPA_Maxed_Out_In_Production": {"namespace": "swh", "horizontalpodautoscaler": "loader-git",
                                    "job": "kube-state-metrics"},
}.get(name, {}), {"ingress": "archive-webapp-ingress", "exported_namespace": "swh", "scaledObject": "loader-git-operators"},
    text=helm_file(SWH[0], SWH[1], SWH[2], SWH_SUBS))


FILES.write("rulesets33i.jsonl")
