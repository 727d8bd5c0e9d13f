"""rulesets29d.jsonl: whole alerting-rule files of public projects no corpus used before (session 29,
fourth helper: infrastructure and hardware monitoring -- mail and DNS servers, SNMP/network devices,
hardware sensors, UPS, virtualisation tooling, home-lab hardware).

Every alerting rule of each file is read and rendered by `rule_templates.RuleFiles` (its
docstring says how); the labels are decided by hand under tests/fixtures/corpus/POLICY.md, before
any classifier ran, in the tables below, and a rule mapped to OUT is left out with its reason
(listed in SOURCES.md).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from rule_templates import RuleFiles, show  # noqa: E402


OUT = "OUT"
FILES = RuleFiles()
take = FILES.take


# ---------------------------------------------------------------------------------------------
# mjl-/mox: prometheus.rules (the mail server's own example alerting rules)
MOX = ("mjl-/mox", "prometheus.rules", "1c9587665b321199312e11b6a47a0480a9e2750f")
MOX_ERRORS = "a count of unspecified errors of a server's operation: neither requests failing nor a named cause"
take(*MOX, {
    "mox-panic": (None, 1),
    "mox-acme-request-cert-errors": (OUT, "errors requesting a TLS certificate from ACME: the certificate is not said to expire, the failure's cause not said"),
    "mox-ip-on-dns-blocklist": (None, 0),
    "mox-queue-failing-delivery": (None, 2),
    "mox-smtpserver-errors": (OUT, MOX_ERRORS),
    "mox-webserver-errors": ("high_error_rate", 7),
    "mox-queue-hold": (None, 3),
    "mox-submission-errors": ("high_error_rate", 4),
    "mox-delivery-errors": ("high_error_rate", 12),
    "mox-webmail-errors": (OUT, MOX_ERRORS),
    "mox-webmailsubmission-errors": ("high_error_rate", 2),
    "mox-sherpa-server-errors": ("high_error_rate", 5),
    "mox-incoming-delivery-starttls-errors": (OUT, "STARTTLS handshake failures of incoming connections: neither requests failing nor a certificate said to expire"),
    "mox-no-deliveries": (None, 0),
    "mox-tlsrpt-errors": (None, 3),
    "mox-dmarc-rejects": (None, 6),
    "mox-auth-ratelimited": ("rate_limited", 14),
}, {"instance": "mail.example.org:8010", "job": "mox"})


# ---------------------------------------------------------------------------------------------
# mjl-/dnsclay: prometheus.rules (a DNS server/proxy's own example alerting rules)
DNSCLAY = ("mjl-/dnsclay", "prometheus.rules", "3fd1c58c711d5c5766e226bddf64182cff08f251")
take(*DNSCLAY, {
    "dnsclay-panic": (None, 1),
    "dnsclay-soa-get-errors": ("dns_failure", 0.0417),
    "dnsclay-provider-errors": ("high_error_rate", 0.186),
    "dnsclay-dns-errors": ("dns_failure", 0.137),
    "dnsclay-sync-errors": (OUT, "errors processing updated records during a sync: a job's own errors, cause not said"),
    "dnsclay-propagate-errors": (OUT, "errors ensuring DNS changes propagated at a provider: cause not said (a lookup failing, a provider API failing or a time limit)"),
}, {"instance": "dnsclay.example.org:8053", "job": "dnsclay"},
    {"provider": "cloudflare", "op": "GetRecords", "kind": "udp"})


# ---------------------------------------------------------------------------------------------
# ruby-no-kai/rubykaigi-net: gen/k8s/prom/rules.yml (the conference network's own rules, generated
# from k8s/prom/rules/*.libsonnet: SNMP switches/routers, Unbound resolvers, Envoy, AWS)
RUBYKAIGI = ("ruby-no-kai/rubykaigi-net", "gen/k8s/prom/rules.yml", "d3f7d569fb491ede43aeb98c35308c022075157b")
_RK_EC2 = {"instance_id": "i-0a7c3e91b25d4f086", "job": "cloudwatch-ec2", "instance": "cloudwatch-ec2:9106"}
_RK_SNMP = {"instance": "er-hall-01.venue.rubykaigi.net", "job": "prom/snmp-er"}
_RK_BASE = {
    "AwsEbsBurstCredits40": {"volume_id": "vol-0c4e2f9a1b7d36e52", "job": "cloudwatch-ebs", "instance": "cloudwatch-ebs:9106"},
    "AwsAlbTarget5xx": {"load_balancer": "app/rk-ops-lb/4f2a9c1e7b3d5a60", "target_group": "targetgroup/rk-grafana/9a1b2c3d4e5f6a7b"},
    "AwsAlb5xx": {"load_balancer": "app/rk-ops-lb/4f2a9c1e7b3d5a60"},
    "AwsNatPortAllocErrorsWarn": {"nat_gateway_id": "nat-0b3f6a2d9e18c4571", "job": "cloudwatch-nat"},
    "AwsNatPortAllocErrors": {"nat_gateway_id": "nat-0b3f6a2d9e18c4571", "job": "cloudwatch-nat"},
    "AwsRdsFreeableMemory200M": {"dbinstance_identifier": "rk-netbox", "job": "cloudwatch-rds"},
    "HighPacketLossRate": {"instance": "cloudprober-venue", "job": "prom/cloudprober", "probe": "ping4", "dst": "8.8.8.8"},
    "CloudwatchDown": {"instance": "10.33.136.17:9106", "job": "cloudwatch-ec2"},
    "CloudwatchScrapeError": {"instance": "10.33.136.17:9106", "job": "cloudwatch-ec2"},
    "DNSCacheTooManyServFail": {"instance": "unbound-0.rubykaigi.net:9167"},
    "DNSCacheTooMany50x": {"instance": "dns-cache-0.rubykaigi.net:9901", "envoy_http_conn_manager_prefix": "ingress_http_doh"},
    "LinkStateChanged": dict(_RK_SNMP, ifName="ge-0/0/12", ifAlias="to-sw-hall-b"),
    "LinkIsSlow": dict(_RK_SNMP, ifName="ge-0/0/12", ifAlias="to-sw-hall-b"),
    "BGPPeerDown": dict(_RK_SNMP, bgpPeerRemoteAddr="192.50.220.161"),
    "BGPPeerDownJnx": dict(_RK_SNMP, jnxBgpM2PeerRemoteAddr="192.50.220.165"),
    "WifiApTooManyUsers": {"instance": "wlc-01.venue.rubykaigi.net", "job": "prom/snmp-wlc", "bsnAPName": "ap-hall-a-03", "bsnAPIfSlotId": "1"},
}
take(*RUBYKAIGI, {
    "AwsEc2CpuCredits50": (None, 41.3),
    "AwsEc2CpuSurplusCharged": (None, 12.5),
    "AwsEc2ImpairedSystem": (OUT, "the name says a failed system status check, the expression fires while the failed-check metric is below 1 (rule 8: name and expression disagree)"),
    "AwsEc2ImpairedInstance": (OUT, "the name says a failed instance status check, the expression fires while the failed-check metric is below 1 (rule 8)"),
    "AwsEbsBurstCredits40": (None, 36.2),
    "AwsAlbTarget5xx": ("high_error_rate", 14),
    "AwsAlb5xx": ("high_error_rate", 6),
    "AwsNatPortAllocErrorsWarn": (OUT, "a NAT gateway failing to allocate a source port: port exhaustion towards one destination, neither a connection pool nor a named cause settled by POLICY"),
    "AwsNatPortAllocErrors": (OUT, "a NAT gateway failing to allocate a source port for 15m (as AwsNatPortAllocErrorsWarn)"),
    "AwsRdsFreeableMemory200M": (OUT, "a fixed threshold on freeable memory bytes, no stated limit (rule 8)"),
    "HighPacketLossRate": (None, 0.42),
    "CloudwatchDown": ("node_down", 0),
    "CloudwatchScrapeError": (None, 1),
    "DNSCacheTooManyServFail": ("dns_failure", 0.164),
    "DNSCacheTooMany50x": ("high_error_rate", 0.127),
    "SnmpTargetDown": ("node_down", 0),
    "SnmpRebootDetected": (None, 1),
    "IXSystemUtilization": (None, 76),
    "LinkStateChanged": (None, 2),
    "LinkIsSlow": (None, 100000000),
    "BGPPeerDown": (None, 0),
    "BGPPeerDownJnx": (None, 0),
    "NAPTCacheOverflow": (None, 0.35),
    "WifiApTooManyUsers": (OUT, "a fixed threshold on associated Wi-Fi clients, no stated limit (rule 7)"),
}, lambda name: _RK_BASE.get(name, _RK_EC2 if name.startswith("AwsEc2") else _RK_SNMP))


# ---------------------------------------------------------------------------------------------
# CharlieSu/unifand: contrib/prometheus/alerts.yaml (a home-lab fan-controller daemon's own rules:
# a USB fan hub driven from GPU/CPU temperatures)
UNIFAND = ("CharlieSu/unifand", "contrib/prometheus/alerts.yaml", "dc77f4f37c8ddd2f9188148bf4b6c7d84e7fc6cc")
take(*UNIFAND, {
    "UnifandAbsent": (None, 1),
    "UnifandStuck": (OUT, "a control loop whose heartbeat stopped advancing while the process serves metrics: a hung loop, neither a target down nor a detected deadlock (the description's \"a deadlock, or similar\" is a guess, rule 17)"),
    "UnifandHubMissing": (OUT, "a USB device not found by a running daemon: hardware absent, no settled family"),
    "UnifandDegraded": (None, 1),
    "UnifandFallbackActive": (None, 1),
    "UnifandHidWriteErrors": (None, 0.2),
    "UnifandFanStalled": (None, 0),
    "UnifandThermalThrottle": (None, 1),
    "UnifandSignalErrors": (None, 0.1),
}, {"instance": "gpu-node-2:9184", "job": "unifand", "namespace": "unifand", "pod": "unifand-7k2qx"},
    {"channel": "2", "reason": "hw_thermal", "signal": "throttle"})


# ---------------------------------------------------------------------------------------------
# ssahani/hypersdk: monitoring/prometheus/alerts.yaml (a VM export/migration service's own rules;
# its second file monitoring/prometheus/alerts.yml, an older set with mostly the same names, not read)
HYPERSDK = ("ssahani/hypersdk", "monitoring/prometheus/alerts.yaml", "bb0bf13aee72a6960b140e71e3827d4b996a1bc5")
take(*HYPERSDK, {
    "HyperSDKDown": ("node_down", 0),
    "HighJobFailureRate": (None, "18.33%"),
    "JobStuckInRunning": (None, 4127),
    "QueueBacklog": ("queue_backlog", 143),
    "HighHTTPLatency": ("high_latency", 7.82),
    "HighHTTPErrorRate": ("high_error_rate", "8.417%"),
    "HighRateLimitRejections": ("rate_limited", 23.4),
    "HighMemoryUsage": (OUT, "a fixed threshold on resident memory (2GB), no stated limit (rule 8)"),
    "HighCPUUsage": (None, 93.1),
    "TooManyGoroutines": (None, 12408),
    "ProviderAPIErrors": ("high_error_rate", 2.35),
    "SlowVMDKTransfer": (None, "6.291M"),
    "DatabaseConnectionPoolExhausted": ("connection_pool_exhaustion", "94.59%"),
    "HighAuthFailureRate": (OUT, "authentication failures per second: rejected credentials (an attack or a misconfigured client), not settled as a request error rate"),
    "SecretsManagerUnreachable": (OUT, "a health gauge at 0 (an application's unhealthy status, rule 9); \"unreachable\" is the summary's word, not measured"),
    "AuditLogWriteFailures": (OUT, "audit log writes failing: cause not said (a full disk, a permission, a backend down)"),
}, {"instance": "hypersdk-0.virt.internal:8080", "job": "hypersdk"},
    {"job_id": "exp-7f3a9c21", "method": "POST", "path": "/api/v1/jobs", "user": "ci-migrator",
     "provider": "vsphere", "vm_name": "win2019-sql-02", "backend": "vault"})


# ---------------------------------------------------------------------------------------------
# sentrysoftware/metricshub: metricshub-agent/src/main/dist/config/metricshub-alertmanager-rules-example.yaml
# (the hardware monitoring agent's own example rules; no annotations: the alert is its name, severity
# and series labels)
METRICSHUB = ("sentrysoftware/metricshub", "metricshub-agent/src/main/dist/config/metricshub-alertmanager-rules-example.yaml",
              "e6df05be3b63707be61a7f9460e74f95ef4e5c40")
_MH_HOST = {"host_name": "srv-esx-07.dc1.example.com", "job": "metricshub", "instance": "metricshub-agent:24375"}


def _mh(hw_type, name, **kw):
    return dict(_MH_HOST, hw_type=hw_type, id=f"{hw_type}_{name.replace(' ', '_')}", name=name, **kw)


_MH_BASE = {
    "Battery": _mh("battery", "Battery 1"),
    "Connector": dict(_MH_HOST, connector_id="DellOpenManage", state="failed"),
    "Device-Errors": _mh("physical_disk", "Disk 0:1:3"),
    "Device-Status": _mh("power_supply", "PS2 Status", state="failed"),
    "Fan": _mh("fan", "System Board Fan3"),
    "LUN": _mh("lun", "LUN naa.600508b1001c"),
    "NetworkCard": _mh("network", "NIC.Integrated.1-2", direction="receive"),
    "OtherDevice": _mh("other_device", "Tape Drive 1"),
    "PhysicalDisk": _mh("physical_disk", "SSD 0:1:0"),
    "PowerSupply": _mh("power_supply", "PS1"),
    "Temperature": _mh("temperature", "CPU1 Temp"),
    "Voltage": _mh("voltage", "PS1 Voltage"),
    "Protocol": dict(_MH_HOST, protocol="http"),
}
take(*METRICSHUB, {
    "Battery-Charge-critical": (None, 0.21),
    "Battery-Charge-warn": (None, 0.46),
    "Connector-Status-warn": (None, 1),
    "Connector-Status-critical": (None, 1),
    "Device-Errors-warn": (None, 2),
    "Device-Errors-critical": (None, 5),
    "Device-Status-warn": (None, 1),
    "Device-Status-critical": (None, 1),
    "Fan-Speed-warn": (None, 1200),
    "Fan-Speed-critical": (None, 480),
    "Fan-Speed-Ratio-warn": (None, 0.12),
    "Fan-Speed-Ratio-critical": (None, 0.04),
    "LUN-AvailablePaths-warn": (None, 1),
    "NetworkCard-ErrorRatio-warn": (None, 0.021),
    "NetworkCard-ErrorRatio-critical": (None, 0.083),
    "OtherDevice-UsageCount-warn": (None, 94),
    "OtherDevice-UsageCount-critical": (None, 101),
    "OtherDevice-Value-warn": (OUT, "the value of an unspecified device above its limit: what it measures is not said"),
    "OtherDevice-Value-critical": (OUT, "the value of an unspecified device above its limit (as OtherDevice-Value-warn)"),
    "PhysicalDisk-EnduranceRemaining-critical": (None, 0.01),
    "PhysicalDisk-EnduranceRemaining-warn": (None, 0.04),
    "PowerSupply-UsedCapacity-warn": (None, 0.93),
    "PowerSupply-UsedCapacity-critical": (None, 0.995),
    "Temperature-High-warn": (None, 83),
    "Temperature-High-critical": (None, 97),
    "Voltage-Low-critical": (None, 10.8),
    "Voltage-High-critical": (None, 13.4),
    "Voltage-Low-warn": (None, 11.2),
    "Voltage-High-warn": (None, 12.9),
    "Protocol-Status-critical": ("node_down", 0),
}, lambda name: _MH_BASE[name.split("-")[0] if not name.startswith("Device-") else "-".join(name.split("-")[:2])])


# ---------------------------------------------------------------------------------------------
# flyspark015/ndefender-observability: alerts/prometheus/ndefender.rules.yml (an edge drone-detection
# box's own rules: a Raspberry Pi, its UPS HAT and its sensor subsystems)
NDEFENDER = ("flyspark015/ndefender-observability", "alerts/prometheus/ndefender.rules.yml",
             "8857135ee852110ab66da8a180fec2b8051307ce")
take(*NDEFENDER, {
    "NdefenderSubsystemDown": ("node_down", 0),
    "NdefenderSubsystemStale": (OUT, "a subsystem's last update older than 30s: stale data from a running subsystem, not its liveness signal (rule 8)"),
    "NdefenderJsonlLagHigh": (OUT, "the age of the newest line read from a JSON-lines log: a reader falling behind (queue_backlog) or a writer that stopped (its sibling rule calls the same metric \"log stalled\") not said"),
    "NdefenderDiskLow": ("disk_full", 812453888),
    "NdefenderCpuThrottling": (None, 1),
    "NdefenderPiCpuHot": (None, 82.4),
    "NdefenderUpsCriticalLow": (None, 8),
    "NdefenderUpsLow": (None, 17),
    "NdefenderUpsTimeToEmptyLow": (None, 640),
    "NdefenderPollErrorsHigh": (None, 14),
    "NdefenderPollLatencyHigh": ("high_latency", 1.62),
    "NdefenderJsonlLogStalled": (OUT, "the age of the newest line read from a JSON-lines log above 120s (as NdefenderJsonlLagHigh)"),
}, {"instance": "ndefender-pi:9109", "job": "ndefender-observability"},
    {"subsystem": "antsdr", "flag": "under_voltage", "mount": "/", "endpoint": "/status"})


# ---------------------------------------------------------------------------------------------
# Pyxxilated-Studios/empath: docs/observability/prometheus-alerts.yml (a mail transfer agent's own
# production rules)
EMPATH = ("Pyxxilated-Studios/empath", "docs/observability/prometheus-alerts.yml", "db08ef4ccdfcdb429bfdb7d6404efa591c0d4fdd")
take(*EMPATH, {
    "DeliverySuccessRateLow": ("high_error_rate", "91.37%"),
    "QueueBacklogCritical": ("queue_backlog", 14213),
    "SMTPListenerDown": (None, 0),
    "CircuitBreakerStormDetected": (OUT, "circuit breakers tripped for several destination domains: why deliveries fail (remote servers down, refusing, timing out) not said"),
    "SpoolDiskSpaceLow": ("disk_full", "7.84%"),
    "DeliveryLatencyHigh": ("queue_backlog", "14m 32s"),
    "OldestMessageAgeHigh": ("queue_backlog", "2h 7m 13s"),
    "DnsCacheHitRateLow": (None, "52.1%"),
    "RateLimitingExcessive": ("rate_limited", 137.5),
    "DeliveryErrorRateElevated": ("high_error_rate", "6.82%"),
    "QueueSizeGrowing": ("queue_backlog", 23.6),
    "CircuitBreakerOpen": (OUT, "a circuit breaker open for one destination domain: the failures that opened it not said"),
}, {"instance": "mx1.example.net:9090", "job": "empath"},
    {"domain": "gmail.com", "mountpoint": "/var/spool/empath"})


# ---------------------------------------------------------------------------------------------
# adinhodovic/tailscale-exporter: tailscale-mixin/prometheus_alerts.yaml (the VPN exporter's own mixin
# rules, generated: tailnet, Headscale and tailscaled machine alerts). One description prints a
# Go template constant, `{{ 50 }}`, filled here as Prometheus prints it.
TAILSCALE = ("adinhodovic/tailscale-exporter", "tailscale-mixin/prometheus_alerts.yaml", "a569a08bbf98e1d9b7d9d5ca15a965c4ec54fcb0")
take(*TAILSCALE, {
    "TailscaleCollectorFailed": (None, 0),
    "TailscaleDeviceUnauthorized": (None, 0),
    "TailscaleUserUnapproved": (None, 1),
    "TailscaleUserRecentlyCreated": (None, 142),
    "TailscaleDeviceUnapprovedRoutes": (None, 50),
    "HeadscaleDatabaseDown": (OUT, "a database-connectivity health gauge at 0: the database down, unreachable or refusing not said (as an application's health gauge, rule 9)"),
    "HeadscaleCollectorFailed": (None, 0),
    "HeadscaleNodeUnapprovedRoutes": (None, 33.33),
    "TailscaledMachineHighOutboundDroppedPackets": (None, 63.2),
}, {"cluster": "homelab", "namespace": "tailscale", "job": "tailscale-exporter", "instance": "10.42.0.31:9250"},
    {"tailnet": "example.org.github", "collector": "devices", "name": "nas-01", "id": "nT4kQ9xCNTRL",
     "login_name": "alice@example.org", "user": "alice", "tailscale_machine": "nas-01"},
    text=show(TAILSCALE[0], TAILSCALE[2], TAILSCALE[1]).replace("{{ 50 }}", "50"))


FILES.write("rulesets29d.jsonl")
