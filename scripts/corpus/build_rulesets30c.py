"""rulesets30c.jsonl: whole alerting-rule files of projects no corpus used before (session 30,
third helper; services and infrastructure teams that run their own applications: OpenStreetMap's
operations, Cardano's node operations, NixOS's and Rust's project infrastructure).

Every alerting rule of each file is read and rendered by `rule_templates.RuleFiles` (its
docstring says how); the labels are decided by hand under tests/fixtures/corpus/POLICY.md, before
any classifier ran, in the tables below, and a rule mapped to OUT is left out with its reason
(listed in SOURCES.md). Files written in Nix (NixOS modules) are first read into the same rule
dictionaries by `nix_rules` below (a reader for the attribute-set subset those files use).
"""
import os
import re
import sys

import yaml

sys.path.insert(0, os.path.dirname(__file__))
from rule_templates import OUT, RuleFiles, helm_text, show  # noqa: E402


FILES = RuleFiles()
take = FILES.take


# ---------------------------------------------------------------------------------------------
# A reader for the subset of Nix the rule modules below are written in: attribute sets of
# strings ("..." and ''...'' with `${name}` interpolations from `subs`), `+` concatenation of
# strings and dotted attribute paths (`labels.severity = "page";`).
def _nix_string(src, i, subs):
    out = []
    if src.startswith("''", i):
        i += 2
        while True:
            if src.startswith("'''", i):
                out.append("''")
                i += 3
            elif src.startswith("''$", i):
                out.append("$")
                i += 3
            elif src.startswith("''\\", i):
                out.append(src[i + 3])
                i += 4
            elif src.startswith("''", i):
                i += 2
                break
            elif src.startswith("${", i):
                j = src.index("}", i)
                out.append(subs[src[i + 2:j].strip()])
                i = j + 1
            else:
                out.append(src[i])
                i += 1
        text = "".join(out)
        if "\n" not in text:
            return text, i
        lines = text.split("\n")
        if lines[0].strip() == "":
            lines = lines[1:]
        indent = min((len(x) - len(x.lstrip()) for x in lines if x.strip()), default=0)
        return "\n".join(x[indent:] for x in lines).strip("\n"), i
    i += 1
    while src[i] != '"':
        if src[i] == "\\":
            out.append({"n": "\n", "t": "\t"}.get(src[i + 1], src[i + 1]))
            i += 2
        elif src.startswith("${", i):
            j = src.index("}", i)
            out.append(subs[src[i + 2:j].strip()])
            i = j + 1
        else:
            out.append(src[i])
            i += 1
    return "".join(out), i + 1


def _nix_space(src, i):
    while True:
        while i < len(src) and src[i].isspace():
            i += 1
        if src.startswith("#", i):
            i = src.index("\n", i)
            continue
        return i


def _nix_value(src, i, subs):
    i = _nix_space(src, i)
    if src[i] == '"' or src.startswith("''", i):
        value, i = _nix_string(src, i, subs)
    elif src[i] == "{":
        return _nix_attrs(src, i, subs)
    else:
        m = re.compile(r"[A-Za-z0-9_.\-]+").match(src, i)
        value, i = subs.get(m.group(0), m.group(0)), m.end()
    j = _nix_space(src, i)
    if src[j] == "+":
        rest, i = _nix_value(src, j + 1, subs)
        value = value + rest
    return value, i


def _nix_attrs(src, i, subs):
    assert src[i] == "{"
    i += 1
    d = {}
    while True:
        i = _nix_space(src, i)
        if src[i] == "}":
            return d, i + 1
        m = re.compile(r"[A-Za-z0-9_.\-\"]+").match(src, i)
        path = m.group(0).replace('"', "").split(".")
        i = _nix_space(src, m.end())
        assert src[i] == "=", src[i:i + 60]
        value, i = _nix_value(src, i + 1, subs)
        i = _nix_space(src, i)
        assert src[i] == ";", src[i:i + 60]
        i += 1
        t = d
        for p in path[:-1]:
            t = t.setdefault(p, {})
        t[path[-1]] = value


def nix_rules(repo, path, commit, subs=None):
    """Every `{ alert = ...; ... }` attribute set of a Nix file, in file order, as a YAML rule file."""
    src = show(repo, commit, path)
    rules = [_nix_attrs(src, m.start(), subs or {})[0] for m in re.finditer(r"\{\s*alert\s*=", src)]
    return yaml.safe_dump({"groups": [{"name": path, "rules": rules}]}, sort_keys=False, allow_unicode=True)


# ---------------------------------------------------------------------------------------------
# openstreetmap/chef: cookbooks/prometheus/templates/default/alert_rules.yml.erb (the OSMF
# operations team's own rules for its sites, network, hardware and services; the template has no
# ERB tags at this commit). 119 alertnames: the first 60 are taken. Annotations are the values
# only (no summary); the alertname is the wording. `{{ with printf "METRIC{...}" ... | query }}
# {{ . | first | value | humanize }}UNIT{{end}}` prints a made-up number for METRIC here.
OSM = ("openstreetmap/chef", "cookbooks/prometheus/templates/default/alert_rules.yml.erb",
       "869a95e80595c2ec6d25a08dd6680484d214fda3")
OSM_QUERIED = {
    "rlPhdUnitEnvParamFan1Speed": "2.4k", "rlPhdUnitEnvParamTempSensorValue": "71",
    "node_filesystem_avail_bytes": "19.2Gi", "node_filesystem_size_bytes": "456.3Gi",
    "node_filesystem_files_free": "2711552", "node_filesystem_files": "30531584",
    "node_hwmon_fan_rpm": "0", "node_hwmon_fan_min_rpm": "600", "node_hwmon_temp_celsius": "91",
    "node_hwmon_temp_max_celsius": "85", "node_hwmon_temp_crit_celsius": "100",
    "node_hwmon_in_volts": "1.412", "node_hwmon_in_min_volts": "1.14", "node_hwmon_in_max_volts": "1.26",
    "ipmi_fan_speed_rpm": "840", "ipmi_temperature_celsius": "83", "ipmi_voltage_volts": "11.12",
    "node_md_disks_required": "2", "node_md_disks": "1",
}


def osm_text():
    text = show(OSM[0], OSM[2], OSM[1])

    def queried(m):
        metric = re.match(r'\{\{ with printf \\?"([A-Za-z0-9_]+)', m.group(0)).group(1)
        return OSM_QUERIED[metric] + m.group(1)
    return re.sub(r'\{\{ with printf .*?\{\{ \. \| first \| value(?: \| humanize[0-9]*)? \}\}([^{"]*)\{\{end\}\}',
                  queried, text)


OSM_CHASSIS = "a router's chassis alarm count (any chassis fault: hardware, a module offline, a port): cause not said"
OSM_ACTIVE = "a fixed threshold on active queries of one database user, no limit stated (rule 7)"
take(*OSM, {
    "he uplink": (None, 0),
    "equinix uplink": (None, 0),
    "pdu current draw": (None, "29.4"),
    "site power": (None, "3.712"),
    "site temperature": (None, "33.5"),
    "site humidity": (None, "81.3%"),
    "apache down": ("node_down", 0),
    "apache workers busy": (OUT, "busy workers over the scoreboard's slots: a worker pool's utilisation, neither connections against a limit nor settled"),
    "apache connection limit": ("connection_pool_exhaustion", "84.17%"),
    "chef client not running": (None, "13h 4m 12s"),
    "cisco fan alarm": (None, 1),
    "cisco temperature alarm": (None, 1),
    "cisco main power alarm": (None, 1),
    "cisco redundant power alarm": (None, 1),
    "cpu pressure": (None, "81.2%"),
    "active rails queries": (OUT, OSM_ACTIVE),
    "active cgimap queries": (OUT, OSM_ACTIVE),
    "discourse job failure rate": (None, "0.03333"),
    "fastly error rate": ("high_error_rate", "0.7421%"),
    "fastly frontend healthcheck warning": ("node_down", 3),
    "fastly frontend healthcheck critical": ("node_down", 4),
    "fastly backend healthcheck warning": ("node_down", 11),
    "fastly backend healthcheck critical": ("node_down", 12),
    "readonly filesystem": (OUT, "a file system remounted read-only: by errors, by an operator or when full, not settled"),
    "filesystem low on space": ("disk_full", "4.213%"),
    "filesystem low on inodes": ("disk_full", "8.881%"),
    "hwmon fan alarm": (None, 1),
    "hwmon temperature alarm": (None, 1),
    "hwmon voltage alarm": (None, 1),
    "io pressure": (None, "67.4%"),
    "ipmi fan alarm": (None, 1),
    "ipmi temperature alarm": (None, 1),
    "ipmi voltage alarm": (None, 2),
    "ipmi power alarm": (None, 1),
    "juniper red alarms": (OUT, OSM_CHASSIS),
    "juniper yellow alarms": (OUT, OSM_CHASSIS),
    "juniper cpu alarm": (None, "61.5%"),
    "juniper fan alarm": (None, 0),
    "juniper power alarm": (None, 0),
    "juniper laser receive power": (None, "-14.27"),
    "juniper laser transmit power": (None, "-9.12"),
    "load average": (None, "237.5%"),
    "exim down": ("node_down", 0),
    "exim queue length": ("queue_backlog", 1523),
    "mailman queue length": ("queue_backlog", 247),
    "mdadm array inactive": (None, 1),
    "mdadm array degraded": (None, 1),
    "mdadm disk failed": (None, 1),
    "low memory": ("out_of_memory", "8.312%"),
    "memory pressure": ("out_of_memory", "64.21%"),
    "oom kill detected": ("out_of_memory", 1),
    "mysql down": ("node_down", 0),
    "mysql connection limit": ("connection_pool_exhaustion", "83.6%"),
    "mysql connection errors": (OUT, "MySQL connection errors of any kind (max_connections, accept, internal, peer address, select, tcpwrap) summed: cause not said"),
    "interface redundancy lost": (None, 1),
    "interface transmit rate": (None, "99.42%"),
    "interface receive rate": (None, "99.61%"),
    "interface transmit errors": (None, "1.732%"),
    "wireguard interface transmit errors": (None, "6.214%"),
    "interface receive errors": (None, "1.204%"),
}, lambda name: dict({"instance": "ridley.openstreetmap.org", "job": "node", "site": "amsterdam"}, **(
    {"instance": "horntail.openstreetmap.org", "job": "apache"} if name.startswith("apache") else
    {"instance": "fafnir.openstreetmap.org", "job": "exim"} if name.startswith("exim") else
    {"instance": "fafnir.openstreetmap.org", "job": "mailman"} if name.startswith("mailman") else
    {"instance": "dulcy.openstreetmap.org", "job": "mysql"} if name.startswith("mysql") else
    {"instance": "ams-sw1.openstreetmap.org", "job": "snmp"} if name.startswith(("cisco", "pdu", "site")) else
    {"instance": "ams-rtr1.openstreetmap.org", "job": "junos", "name": "xe-0/2/0"} if name.startswith(("juniper", "he ", "equinix")) else
    {"mountpoint": "/store", "device": "/dev/md0", "fstype": "ext4"} if "filesystem" in name else
    {"device": "md0"} if name.startswith("mdadm") else
    {"chip": "platform_coretemp_0", "sensor": "temp1"} if name.startswith("hwmon") else
    {"id": "7", "job": "ipmi"} if name.startswith("ipmi") else
    {"device": "eno1"} if name.startswith(("interface", "wireguard")) else
    {"instance": "discourse.openstreetmap.org", "job": "discourse"} if name.startswith("discourse") else {})),
    {"service_name": "openstreetmap.org tiles", "datacenter": "AMS", "service": "openstreetmap.org tiles",
     "backend": "F_tile_cache_ams", "chip": "platform_coretemp_0", "sensor": "temp1", "id": "7",
     "device": "md0", "mountpoint": "/store", "name": "xe-0/2/0", "master": "bond0",
     "rlPhdUnitEnvParamStackUnit": "1"},
    text=osm_text())


# ---------------------------------------------------------------------------------------------
# input-output-hk/cardano-ops: modules/monitoring-cardano.nix (IOHK's rules for the Cardano
# nodes, relays, explorer and faucet it operates), read by nix_rules with the defaults of
# globals-defaults.nix (chain density 99, block utilisation 95; TCP and Mbps thresholds per relay
# CPU, a relay of 2 CPUs assumed), a slot length of 1 s and the first region of its regional rules
# (eu-central-1, relays "rel-a-*").
CARDANO = ("input-output-hk/cardano-ops", "modules/monitoring-cardano.nix", "3ac43d1be2cec9710ca741456a1c94177ef79d5f")
CARDANO_SUBS = {"chainDensityLow": "99", "tcpHigh": "330", "tcpCrit": "500", "MbpsHigh": "150", "MbpsCrit": "200",
                "highBlockUtilization": "95", "slotLength": "1", "region": "eu-central-1", "regionLetter": "a"}
CARDANO_KES = ("a KES signing key's periods running out (the operational certificate signed over it must be renewed): "
               "a signing key's expiry, neither a TLS certificate nor one of rule 5's expiries, not settled")
CARDANO_TCP = "a fixed threshold on established TCP connections per relay, no limit stated (rule 7)"
take(*CARDANO, {
    "cardano_node_elevated_restarts": ("crash_loop", "3"),
    "node_oom_detected": ("out_of_memory", "1"),
    "coredump_detected": (OUT, "core dumps counted from one: one crash or repeated crashes, not settled"),
    "cardano_graphql_down": ("node_down", 0),
    "http_high_internal_error_rate_explorer": ("high_error_rate", 14.5),
    "blackbox_probe_down": ("node_down", 0),
    "High cardano ping latency": (OUT, "a node-to-node protocol ping's round trip: link quality (rule 16) or a request's latency, not settled"),
    "chain_quality_degraded": (None, 97.8),
    "blocks adoption delay too high": (OUT, "forged blocks adopted late: an on-chain processing delay, not a request's latency (as lido's inclusion delay in rulesets29c)"),
    "blocks_utilization_too_high": (None, 96.2),
    "cardano_new_node_block_divergence": (OUT, "a node's block height behind the others': chain sync lag, neither replication nor settled"),
    "cardano_new_node_blockheight_unchanged": (None, 0),
    "cardano_new_node_forge_not_adopted_error": (None, 7),
    "too many slot leadership checks missed": (None, 0.62),
    "cardano_new_node_KES_expiration_metric_10day_notice": (OUT, CARDANO_KES),
    "cardano_new_node_KES_expiration_metric_5day_notice": (OUT, CARDANO_KES),
    "cardano_new_node_KES_expiration_metric_1day_warning": (OUT, CARDANO_KES),
    "cardano_new_node_KES_expiration_metric_4hour_critical": (OUT, CARDANO_KES),
    "cardano_new_node_KES_expiration_decoded_10day_notice": (OUT, CARDANO_KES),
    "cardano_new_node_KES_expiration_decoded_5day_notice": (OUT, CARDANO_KES),
    "cardano_new_node_KES_expiration_decoded_1day_warning": (OUT, CARDANO_KES),
    "cardano_new_node_KES_expiration_decoded_4hour_critical": (OUT, CARDANO_KES),
    "explorer_node_db_block_divergence": (OUT, "the explorer's database block height apart from its node's (either way): an indexer behind or ahead, not settled"),
    "faucet_value_zero_available": (None, 1),
    "high_tcp_connections_eu-central-1": (OUT, CARDANO_TCP),
    "critical_tcp_connections_eu-central-1": (OUT, CARDANO_TCP),
    "high_egress_eu-central-1": (None, 1.62e8),
    "critical_egress_eu-central-1": (None, 2.13e8),
}, lambda name: (
    {"job": "blackbox-http", "instance": "https://explorer.cardano.org"} if name == "blackbox_probe_down" else
    {"alias": "explorer-a-1", "instance": "explorer-a-1.mainnet:9113", "job": "nginx"} if "explorer" in name else
    {"alias": "cardano-graphql-exporter", "instance": "explorer-a-1.mainnet:3100", "job": "graphql"} if "graphql" in name else
    {"alias": "faucet-a-1", "instance": "faucet-a-1.testnet:8090", "job": "faucet"} if "faucet" in name else
    {"alias": "bp-a-1", "instance": "bp-a-1.mainnet:12798", "job": "cardano-node"} if "forge" in name or "slot" in name else
    {"alias": "rel-a-2", "instance": "rel-a-2.mainnet:12798", "job": "cardano-node", "role": "relay"}),
    text=nix_rules(*CARDANO, CARDANO_SUBS))


# ---------------------------------------------------------------------------------------------
# NixOS/infra: the monitoring host's Nix modules (build/pluto/prometheus/exporters/*.nix), each
# file's `{ alert = ...; }` sets read by nix_rules; `${diskSelector}` is the module's own
# `mountpoint="/"`. default.nix's NotUp is the same rule as up.nix's and is not read twice.
NIXOS = "NixOS/infra"
NIXOS_COMMIT = "facf006c17fabdf96ac00acafec625133fd5876f"
NIXOS_BASE = {"instance": "haumea.nixos.org:9100", "job": "node"}


def nixos(path, labels, base=None, extra=None, subs=None):
    p = f"build/pluto/prometheus/exporters/{path}"
    take(NIXOS, p, NIXOS_COMMIT, labels, base or NIXOS_BASE, extra, text=nix_rules(NIXOS, p, NIXOS_COMMIT, subs))


nixos("up.nix", {"NotUp": ("node_down", 0)}, {"instance": "mimas.nixos.org:9100", "job": "node"})
nixos("blackbox.nix", {
    "CertificateExpiry": ("certificate_expiry", 1.05e6),
    "HttpUnreachable": ("node_down", 0),
    "MxUnreachable": ("node_down", 0),
}, lambda name: {"instance": "umbriel.nixos.org:25", "job": "blackbox-smtp_starttls"} if name == "MxUnreachable"
    else {"instance": "https://releases.nixos.org", "job": "blackbox-https_success"})
nixos("domain.nix", {
    "DomainExpiry": (None, 21),
    "DomainProbeFailure": (None, 0),
}, {"domain": "nixos.org", "job": "domain"})
nixos("hydra.nix", {"BuildsStuckOverTwoDays": (None, 3)}, {"machine": "elated-minsky", "job": "hydra"})
nixos("json.nix", {
    "MatrixFederationFailure": (OUT, "a federation tester's verdict for a homeserver (DNS, .well-known, certificates or the server unreachable): cause not said"),
}, {"matrix_instance": "nixos.org", "job": "matrix-federation"})
nixos("node.nix", {
    "PartitionLowInodes": ("disk_full", "7.412"),
    "PartitionLowDiskSpace": ("disk_full", 8),
    "SystemdUnitFailed": (None, 1),
    "ChannelUpdateStuck": (None, 1),
}, lambda name: dict(NIXOS_BASE, **({"name": "update-nixos-unstable.service"} if name in ("SystemdUnitFailed", "ChannelUpdateStuck")
                                    else {"device": "/dev/nvme0n1p2", "mountpoint": "/", "fstype": "ext4"})),
    subs={"diskSelector": 'mountpoint="/"'})
nixos("rasdaemon.nix", {"MachineCheckError": (None, 2)}, dict(NIXOS_BASE, mce_msg="Uncorrected error, memory read error"))
nixos("storagebox.nix", {
    "StorageboxCapacity": (OUT, "its summary holds a malformed action (`({ $labels.server }})`), which Prometheus prints literally and the shared renderer refuses"),
}, {"name": "backup-box", "server": "u123456"})
nixos("zfs.nix", {
    "ZfsPoolHealth": (None, 1),
    "ZfsPoolFull": ("disk_full", "12.3"),
}, dict(NIXOS_BASE, pool="zroot"))
nixos("zrepl.nix", {
    "ZreplLongTimeNoSuccess": (OUT, "no successful zrepl replication for 6 h: replication stopped or lagging, not settled"),
}, {"zrepl_job": "haumea-to-storagebox", "instance": "haumea.nixos.org:9811", "job": "zrepl"},
    subs={"toString (6 * 60 * 60)": "21600"})


# ---------------------------------------------------------------------------------------------
# rust-lang/simpleinfra: ansible/playbooks/monitoring.yml (the Rust infrastructure team's
# Prometheus rules, written inline in the playbook's variables; Jinja's `{{ '{{ ... }}' }}`
# escapes give the Prometheus template they stand for)
RUST = ("rust-lang/simpleinfra", "ansible/playbooks/monitoring.yml", "a1a8a4edba9ec3cf57d62bc10e82d451d385a04e")
take(*RUST, {
    "NodeDown": ("node_down", 0),
    "SystemdUnitFailed": (None, 1),
    "DiskFull": ("disk_full", 0.0731),
    "TooMuchRamUsage": ("out_of_memory", 0.1427),
    "StuckAgent": (OUT, "a Crater agent with work to do reporting no results: a stalled consumer or a hung agent, not settled"),
    "LowGitHubAPIQuota": (OUT, "rate-quota utilisation before anything is refused (rule 7)"),
    "SelfHostedRunnerOffline": ("node_down", 0),
    "PlaygroundDown": (OUT, "no requests served in five minutes, worded as down: a traffic drop or an outage, not a liveness signal"),
}, {"instance": "docsrs.infra.rust-lang.org:9100", "job": "node"},
    {"name": "docs-rs-builder.service", "mountpoint": "/", "device": "/dev/nvme0n1p1", "agent": "crater-gcp-2",
     "username": "rust-timer", "product": "core", "runner": "ci-arm-2", "repo": "rust-lang/rust"},
    text=re.sub(r"\{\{ '(\{\{.*?\}\})' \}\}", r"\1", show(RUST[0], RUST[2], RUST[1])))


# ---------------------------------------------------------------------------------------------
# BeeHiveTeam/monad-grafana: prometheus/alerts.yml (a Monad full-node/validator operator's own
# monitoring stack: peering, liveness, disks, TrieDB, chain identity). Its one
# `{{ with query "monad_peer_disc_num_peers" }}{{ . | first | value }}{{ end }}` prints a made-up
# peer count here.
MONAD = ("BeeHiveTeam/monad-grafana", "prometheus/alerts.yml", "82f097a7be1dfbf737fabacd68a3e07f5803bab4")
take(*MONAD, {
    "MonadPeerSessionsCollapsed": (None, 3),
    "MonadPeersKnownButDisconnected": (None, 212),
    "MonadOtelcolDown": ("node_down", 0),
    "MonadUpstreamValidatorsLow": (None, 1),
    "MonadPeerSessionsDecayed": (None, 7),
    "MonadServiceDown": ("node_down", 0),
    "MonadExporterNoData": (None, 1),
    "MonadLocalRpcDown": ("node_down", 0),
    "MonadBlockStalled": (None, 87.4),
    "MonadSyncGapGrowing": (OUT, "a node's block height behind the network's: chain sync lag, neither replication nor settled (as cardano's block divergence)"),
    "MonadTargetDown": ("node_down", 0),
    "NodeDiskFillingUp": ("disk_full", -3.214e9),
    "NodeDiskAlmostFull": ("disk_full", 0.9312),
    "MonadTriedbAlmostFull": ("disk_full", "87.21%"),
    "MonadTriedbFillingUp": ("disk_full", 2.051e12),
    "MonadTriedbMetricsStale": (None, 1),
    "MonadTriedbProbeFailing": (None, 0),
    "MonadRpcNetworkMismatch": (None, 1),
    "MonadRpcNetworkUnknown": (None, -1),
    "MonadMip8DualTimelineDiskPressure": ("disk_full", 1),
}, lambda name: (
    {"instance": "host.docker.internal:9100", "job": "node-exporter", "mountpoint": "/var/lib/monad", "device": "/dev/nvme1n1p1",
     "fstype": "ext4"} if name.startswith("NodeDisk") else
    {"instance": "host.docker.internal:9100", "job": "node-exporter", "device": "/dev/triedb"} if "Triedb" in name or "Mip8" in name else
    {"instance": "host.docker.internal:8889", "job": "monad-otelcol"}),
    {"service": "monad-bft"},
    text=show(MONAD[0], MONAD[2], MONAD[1]).replace('{{ with query "monad_peer_disc_num_peers" }}{{ . | first | value }}{{ end }}', "212"))


# ---------------------------------------------------------------------------------------------
# w3f/polkadot-watcher-validator: the watcher chart's PrometheusRule
# (charts/polkadot-watcher/templates/alertrules.yaml, the Web3 Foundation's alerts on the
# validators it watches), rendered with the chart's defaults (environment "production", origin
# "cluster", the optional rules enabled); w3f/polkadot-watcher-transaction: its chart's two
# PrometheusRules (alertrules.yaml, alertrules-balance-threshold.yaml, origin "clusterName")
W3F_VALIDATOR = ("w3f/polkadot-watcher-validator", "charts/polkadot-watcher/templates/alertrules.yaml",
                 "76f06c25a895aeb123d0062d44c9629482c4a370")
W3F_SERIES = {"network": "kusama", "address": "GLVeryFRbg5hEKvQZcAnLvXZEXhiYaBjzSDwrXBXrfPF7wj", "name": "w3f-validator-kusama-3",
              "environment": "production", "job": "polkadot-watcher", "namespace": "kusama"}
take(*W3F_VALIDATOR, {
    "ValidatorOutOfActiveSet": (None, 1),
    "ProducerStallShort": (None, 0),
    "ProducerStallLong": (None, 0),
    "ValidatorSlashed": (None, 1),
    "ValidatorRewardDestinationChanged": (None, 1),
    "ValidatorCommissionRateChanged": (None, 1),
    "ValidatorCommissionRateUnexpected": (None, 1),
    "ValidatorRewardDestinationUnexpected": (None, 1),
}, W3F_SERIES, text=helm_text(show(W3F_VALIDATOR[0], W3F_VALIDATOR[2], W3F_VALIDATOR[1])
                             .replace("{{ .Values.config.environment }}", "production")
                             .replace("{{ .Values.prometheusRules.origin }}", "cluster")))
W3F_TX = "w3f/polkadot-watcher-transaction"
W3F_TX_COMMIT = "dbe8ed255bc2a647f18e33a2c1fd1129c7498a3a"
for _path, _labels in (("charts/polkadot-watcher-transaction/templates/alertrules.yaml",
                        {"ScanStallShort": (None, 0), "ScanStallLong": (None, 0)}),
                       ("charts/polkadot-watcher-transaction/templates/alertrules-balance-threshold.yaml",
                        {"AccountBalanceBelowDesired": (None, 4.12)})):
    take(W3F_TX, _path, W3F_TX_COMMIT, _labels,
         dict(W3F_SERIES, job="polkadot-watcher-transaction", namespace="polkadot", network="polkadot",
              name="w3f-treasury-proxy", address="13UVJyLnbVp9RBZYFwFGyDvVd1y27Tt8tkntv6Q7JVPhFsTB",
              service="polkadot-watcher-transaction"),
         text=helm_text(show(W3F_TX, W3F_TX_COMMIT, _path).replace("{{ .Values.config.environment }}", "production")
                        .replace("{{ .Values.prometheusRules.origin }}", "clusterName")))


# ---------------------------------------------------------------------------------------------
# ScottyLabs/doberman: prometheus/rules/alerts.yml (Carnegie Mellon's ScottyLabs uptime monitor
# for its student-run websites)
DOBERMAN = ("ScottyLabs/doberman", "prometheus/rules/alerts.yml", "839d71be348f5c231cc762b426e506074dc288e6")
take(*DOBERMAN, {
    "WebsiteDown": ("node_down", 0),
    "WebsiteSlow": ("high_latency", 7.214),
    "SSLCertExpirySoon": ("certificate_expiry", "4d 3h 12m 5s"),
    "WebsitePerformanceDegradation": (OUT, "increase() over a gauge (the probe's duration), worded as an average duration that rose: name and expression disagree (rule 8)"),
}, {"instance": "https://cmucourses.com", "job": "blackbox"})


FILES.write("rulesets30c.jsonl")
