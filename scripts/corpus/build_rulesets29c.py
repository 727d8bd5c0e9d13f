"""rulesets29c.jsonl: whole alerting-rule files of projects no corpus used before (session 29,
third helper): applications and products that ship their own alerting rules (validator nodes,
home automation, video conferencing, HPC schedulers ...).

Every alerting rule of each file is read and rendered by `rule_templates.RuleFiles` (its
docstring says how); the labels are decided by hand under tests/fixtures/corpus/POLICY.md, before
any classifier ran, in the tables below, and a rule mapped to OUT is left out with its reason
(listed in SOURCES.md).

A file that is itself a template (a Terraform/Nomad heredoc, a Go template with triple
braces) is first rendered as its deployment renders it; the few template actions Prometheus
would evaluate beyond $labels/$value (`urlquery`, `with query`, `if eq $value`) are replaced by
the text they print for the made-up series (see each project's note). Everything else keeps the
source's wording.
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(__file__))
from rule_templates import RuleFiles, show  # noqa: E402


OUT = "OUT"
FILES = RuleFiles()
take = FILES.take


def fill_conditionals(text, truth):
    """An HCL template's `%{ if COND }...%{ else }...%{ endif }` directives resolved (nested),
    COND looked up in `truth`."""
    out, stack = [], []
    pos = 0
    for m in re.finditer(r"%\{~?\s*(if\s+(.*?)|else|endif)\s*~?\}", text):
        if all(stack):
            out.append(text[pos:m.start()])
        pos = m.end()
        word = m.group(1)
        if word.startswith("if"):
            stack.append(truth[m.group(2).strip()])
        elif word == "else":
            stack[-1] = not stack[-1]
        else:
            stack.pop()
    assert not stack, "unbalanced %{ if }"
    out.append(text[pos:])
    return "".join(out)


# ---------------------------------------------------------------------------------------------
# rocket-pool/smartnode-install: install/alerting/rules/default.tmpl (an Ethereum staking node's
# own rules; the file is a Go template with triple-brace delimiters whose only actions are
# `{{{- if .AlertEnabled_X.Value }}}` / `{{{- end }}}` lines: rendered with every alert enabled,
# its default)
SMARTNODE = ("rocket-pool/smartnode-install", "install/alerting/rules/default.tmpl",
             "c83aa7fad7ef51a5f54330be8974ecb4639c9fc6")
take(*SMARTNODE, {
    "ClientSyncStatusBeacon": (None, 0.9731, {"client": "beacon"}),
    "ClientSyncStatusExecution": (None, 0.8814, {"client": "execution"}),
    "UpcomingSyncCommittee": (None, 1),
    "ActiveSyncCommittee": (None, 1),
    "UpcomingProposal": (None, 2),
    "RecentProposal": (None, 1),
    "LowDiskSpaceWarning": ("disk_full", "187.4"),
    "LowDiskSpaceCritical": ("disk_full", "43.18"),
    "OSUpdatesAvailable": (None, 14),
    "RPUpdatesAvailable": (None, 1),
}, lambda name: ({"instance": "node:9100", "job": "node", "device": "/dev/nvme0n1p2", "mountpoint": "/"}
                 if name.startswith("LowDisk") else {"instance": "node:9102", "job": "node"}),
    text="".join(line for line in show(SMARTNODE[0], SMARTNODE[2], SMARTNODE[1]).splitlines(True)
                 if "{{{" not in line))


# ---------------------------------------------------------------------------------------------
# lidofinance/ethereum-validators-monitoring: docker/prometheus/alerts_rules.yml (a staking
# operator's validator-performance bot's own rules). Its Discord fields hold Prometheus template
# queries: `{{ urlquery $labels.nos_name }}` prints the (made-up, URL-safe) operator name and each
# `{{ with query "Q" }}...{{ end }}` the number below for its query Q.
LIDO = ("lidofinance/ethereum-validators-monitoring", "docker/prometheus/alerts_rules.yml",
        "807646fc0b68cc3d8d94988beffe4d7920441a86")
LIDO_QUERIED = {
    "(time() - 1200) * 1000": "1733412480000.000000",
    "(time() - 1440) * 1000": "1733412240000.000000",
    "time() * 1000": "1733413680000.000000",
    "(time() + 10800) * 1000": "1733424480000.000000",
    "(time() + 97200) * 1000": "1733510880000.000000",
    "ethereum_validators_monitoring_epoch_number": "327412",
}


def lido_text():
    text = show(LIDO[0], LIDO[2], LIDO[1]).replace("{{ urlquery $labels.nos_name }}", "{{ $labels.nos_name }}")
    return re.sub(r'\{\{ with query "([^"]*)" \}\}.*?\{\{ end \}\}', lambda m: LIDO_QUERIED[m.group(1)], text)


take(*LIDO, {
    "UserSlashedValidators": (None, 1),
    "DataActuality": (None, 5412000),
    "NumValidatorsWithNegativeDelta": (None, 3),
    "NumValidatorsWithMissAttestationLastNEpoch": (None, 7),
    "NumValidatorsWithHighIncDelayAttestationLastNEpoch": (OUT, "attestations included more than 2 slots late: an on-chain inclusion delay, neither a request's latency nor settled by POLICY"),
    "NumValidatorsWithInvalidPropertyAttestationLastNEpoch": (None, 4),
    "NumValidatorsWithMissPropose": (None, 1),
    "NumValidatorsWithSyncParticipationLessAvgLastNEpoch": (None, 2),
    "HighRewardNumValidatorsWithSyncParticipationLessAvgLastNEpoch": (None, 2),
    "HighRewardNumValidatorsWithMissAttestationLastNEpoch": (None, 5),
    "HighRewardNumValidatorsWithMissPropose": (None, 1),
}, {"instance": "validators-monitoring:8080", "job": "ethereum-validators-monitoring",
    "nos_name": "Staking-Facilities", "epoch_interval": "3"}, text=lido_text())


# ---------------------------------------------------------------------------------------------
# Dantyk/smarthome: compose/config/prometheus/alerts.yml (a Node-RED/MQTT home-automation stack's
# own rules, partly in Slovak). CircuitBreakerOpen's `{{ if eq $value 2.0 }}open{{ else }}half-open
# {{ end }}` prints "open" for the value given (2).
SMARTHOME = ("Dantyk/smarthome", "compose/config/prometheus/alerts.yml", "8276241beaeefba32e84f5d6fc766d5da05465ee")
take(*SMARTHOME, {
    "CircuitBreakerOpen": (OUT, "a circuit breaker open (\"Service is rejecting requests\"): what tripped it is not said, and an open breaker is not settled by POLICY"),
    "HighMQTTErrorRate": ("high_error_rate", "0.3667"),
    "DLQBacklog": (None, 142),
    "DLQCritical": (None, 618),
    "HighRateLimitRejection": ("rate_limited", "14.27"),
    "RateLimitCritical": ("rate_limited", "63.5"),
    "HighQueueSize": ("queue_backlog", 8412),
    "QueueOverflow": ("queue_backlog", 9731),
    "SlowAPIResponses": ("high_latency", "2.847k"),
    "SlowMQTTProcessing": ("high_latency", "731.2"),
    "HighRetryRate": (None, "7.133"),
    "ServiceDown": (OUT, "shares its name with a blind set's rule"),
    "DiskSpaceLow": ("disk_full", "11.42%"),
    "DiskSpaceWarning": ("disk_full", "21.87%"),
    "ContainerRestarting": (OUT, "name and wording say repeated restarts, the expression is the rate of container_last_seen (a timestamp): name and expression disagree (rule 8)"),
    "ContainerCrashLoop": (OUT, "name and wording say crash loop, the expression is the rate of container_last_seen (a timestamp): name and expression disagree (rule 8)"),
    "HighMemoryUsage": ("out_of_memory", "7.812%"),
    "MemoryCritical": ("out_of_memory", "3.274%"),
    "HighCPULoad": (None, "88.41%"),
    "CPUCritical": (None, "97.06%"),
    "HighTemperature": (None, 72.3),
    "CriticalTemperature": (None, 81.6),
    "FrequentConfigReloads": (None, "0.2"),
    "HighTraceCount": (None, 836),
    "LowMessageThroughput": (None, "0.04167"),
    "LowMQTTSuccessRate": ("high_error_rate", "91.38%"),
}, lambda name: (dict({"instance": "node-exporter:9100", "job": "node-exporter"},
                       **({"device": "/dev/mmcblk0p2", "fstype": "ext4", "mountpoint": "/"} if name.startswith("DiskSpace") else {}),
                       **({"chip": "thermal_thermal_zone0", "sensor": "temp1"} if name.endswith("Temperature") else {}))
                  if name.startswith(("DiskSpace", "HighMemory", "MemoryCritical")) or name.endswith("Temperature")
                  else {"instance": "node-red:1880", "job": "node-red"}),
    {"name": "mqtt-broker"},
    text=show(SMARTHOME[0], SMARTHOME[2], SMARTHOME[1]).replace(
        "{{ if eq $value 2.0 }}open{{ else }}half-open{{ end }}", "open"))


# ---------------------------------------------------------------------------------------------
# jitsi/infra-provisioning: nomad/prometheus.hcl (the Jitsi Meet video-conferencing service's
# own rules: the `local/alerts.yml` heredoc of its Prometheus Nomad job). The heredoc is an HCL
# template: rendered for a production core deployment with extended services (environment_type
# "prod", production_alerts, core_deployment, autoscaler_alerts, core_extended_services all true),
# `${var.dc}`, `${var.grafana_url}` and `${var.prometheus_hostname}` made up, `${var.custom_alerts}`
# empty; Probe_Unhealthy's templated severity label (`{{ if $labels.severity }}...`) is only on its
# second rule, which is not taken.
JITSI = ("jitsi/infra-provisioning", "nomad/prometheus.hcl", "c441cb5432a4457bf6e08a4bb58d908a920cbd27")
JITSI_TRUTH = {
    'var.environment_type == "prod"': True,
    'var.environment_type != "prod"': False,
    "var.production_alerts": True,
    "var.core_deployment": True,
    "var.autoscaler_alerts": True,
    "var.core_extended_services": True,
}


def jitsi_text():
    hcl = show(JITSI[0], JITSI[2], JITSI[1])
    body = hcl.split('destination = "local/alerts.yml"', 1)[1].split("<<EOH\n", 1)[1].split("\nEOH\n", 1)[0]
    body = fill_conditionals(body, JITSI_TRUTH)
    for var, v in (("dc", "prod-8x8-us-ashburn-1"), ("grafana_url", "https://grafana.jitsi.net/d/infra-overview"),
                   ("prometheus_hostname", "prometheus-us-ashburn-1.jitsi.net"), ("custom_alerts", "")):
        body = body.replace("${var.%s}" % var, v)
    assert "${" not in body and "%{" not in body, "unrendered HCL template"
    return body


JITSI_EXTRA = {"task": "prosody", "exported_job": "shard-prod-8x8-us-ashburn-1-s4", "probe": "canary",
               "dst": "canary.prod-8x8-us-ashburn-1.jitsi.net", "env": "prod", "sv": "prod-8x8-us-ashburn-1-s4",
               "lb_name": "prod-8x8-us-ashburn-1-haproxy-lb", "backend_set": "haproxy-backends",
               "shard": "prod-8x8-us-ashburn-1-s4"}
JITSI_SERIES = [  # (alertname prefix, the made-up series its expression returns)
    ("Alertmanager_Down", {"job": "alertmanager"}),
    ("AlertEmailer_Down", {"service": "alert-emailer"}),
    ("AlertEmailer_Config", {"instance": "10.52.1.17:8080", "job": "alert-emailer"}),
    ("Canary_Down", {"service": "canary"}),
    ("Cloudprober_Down", {"job": "cloudprober"}),
    ("Prometheus_Down", {"job": "prometheus"}),
    ("Telegraf_Down", {"instance": "10.52.1.5:4646", "job": "nomad", "host": "prod-8x8-us-ashburn-1-nomad-10-52-1-5"}),
    ("Nomad_Job", {"instance": "10.52.7.19:4646", "job": "nomad", "host": "prod-8x8-us-ashburn-1-core-10-52-3-41",
                   "task": "prosody", "exported_job": "shard-prod-8x8-us-ashburn-1-s4"}),
    ("Probe_", {"instance": "10.52.1.9:9313", "job": "cloudprober", "probe": "canary",
                "dst": "canary.prod-8x8-us-ashburn-1.jitsi.net"}),
    ("System_", {"host": "prod-8x8-us-ashburn-1-jvb-10-52-7-19", "role": "JVB", "job": "telegraf"}),
    ("JVB_", {"host": "prod-8x8-us-ashburn-1-jvb-10-52-7-19", "role": "JVB", "job": "telegraf",
              "shard": "prod-8x8-us-ashburn-1-s4"}),
    ("Shard_CPU_High", {"host": "prod-8x8-us-ashburn-1-core-10-52-3-41", "role": "core", "job": "telegraf"}),
    ("HAProxy_CPU_High", {"host": "prod-8x8-us-ashburn-1-haproxy-10-52-2-8", "role": "haproxy", "job": "telegraf"}),
    ("HAProxy_LB", {"job": "oci-lbaas", "lb_name": "prod-8x8-us-ashburn-1-haproxy-lb", "backend_set": "haproxy-backends"}),
    ("HAProxy_", {"host": "prod-8x8-us-ashburn-1-haproxy-10-52-2-8", "role": "haproxy", "job": "telegraf"}),
    ("Jicofo_", {"host": "prod-8x8-us-ashburn-1-core-10-52-3-41", "role": "core", "job": "telegraf",
                 "shard": "prod-8x8-us-ashburn-1-s4"}),
    ("Baron_", {"instance": "10.52.1.21:8080", "job": "baron"}),
    ("Jigasi_", {"host": "prod-8x8-us-ashburn-1-jigasi-10-52-9-3", "role": "jigasi", "job": "telegraf"}),
    ("Coturn_", {"host": "prod-8x8-us-ashburn-1-coturn-10-52-8-11", "pool_type": "coturn"}),
    ("Skynet_", {"host": "prod-8x8-us-ashburn-1-skynet-10-52-11-4", "job": "skynet"}),
    ("", {}),
]


def jitsi_series(name):
    return next(dict(series) for prefix, series in JITSI_SERIES if name.startswith(prefix))


take(*JITSI, {
    "Alertmanager_Down": ("node_down", 1),
    "AlertEmailer_Down": (None, 1),
    "AlertEmailer_Config": (None, 0),
    "Canary_Down": (None, 1),
    "Cloudprober_Down": ("node_down", 1),
    "Consul_Down": ("node_down", 2),
    "Nomad_Down": (OUT, "fewer than 3 nomad clients emitting a runtime metric: a count of series, neither the clients' up series nor settled by POLICY"),
    "Prometheus_Down": ("node_down", 1),
    "Telegraf_Down": ("node_down", 14),
    "Nomad_Job_Restarts_High": ("crash_loop", 17, {"task": "prosody"}),
    "Nomad_Job_Memory_Use_High": ("out_of_memory", 88.73),
    "Nomad_Job_CPU_Use_High": (None, 91.4),
    "Probe_Unhealthy": (OUT, "a synthetic probe that timed out or got unhealthy responses without saying the target is down (rule 7)"),
    "Probe_Shard_Unhealthy": (OUT, "a synthetic probe to a shard that failed or timed out without saying the shard is down (rule 7)"),
    "Probe_Site_Unhealthy": (OUT, "a synthetic probe to the site that failed or timed out; \"may mean that the entire site is down\" only guesses (rules 7, 17)"),
    "Opus_Transcriber_Proxy_Monitor_Unhealthy": (OUT, "a synthetic replay against /transcribe failed twice (\"transcription is likely broken\"): a failed check, not a target said to be down (rule 7)"),
    "Opus_Transcriber_Proxy_Monitor_Down": ("node_down", 0),
    "OTP_Backend_Errors": ("high_error_rate", "3", {"env": "prod", "job": "opus-transcriber-proxy"}),
    "OTP_Backend_Errors_Sustained": ("high_error_rate", "11", {"env": "prod", "job": "opus-transcriber-proxy"}),
    "Probe_Ingress_Region_Unhealthy": (None, 0),
    "Probe_Latency": ("high_latency", 912.4),
    "System_CPU_Usage_High": (None, "73.18"),
    "System_CPU_Steal_High": (None, "17.42"),
    "System_Memory_Usage_High": ("out_of_memory", "84.27"),
    "System_Disk_Usage_High": ("disk_full", "83.61"),
    "HAProxy_Redispatch_Rate_High": (OUT, "HAProxy redispatching rooms to another shard (it could not route to one): neither a node said to be down nor a settled signature"),
    "HAProxy_Shard_Unhealthy": ("node_down", 0, {"sv": "prod-8x8-us-ashburn-1-s4"}),
    "HAProxy_LB_Bandwidth_High": (None, "2417"),
    "HAProxy_LB_Unhealthy_Backends": ("node_down", "1"),
    "HAProxy_LB_5xx_Elevated": ("high_error_rate", "87"),
    "HAProxy_LB_Backend_Timeouts_Elevated": ("upstream_timeout", "9.4"),
    "Jicofo_ICE_Restarts_High": (None, "63.17", {"shard": "prod-8x8-us-ashburn-1-s4"}),
    "Jicofo_JVBs_Lost_High": ("node_down", "6.0"),
    "Jicofo_JVBs_Missing": (OUT, "no bridges registered with jicofo (down, disconnected or drained): which is not said, not settled"),
    "Jicofo_JVB_Version_Mismatch": (None, 2),
    "Jicofo_Participants_High": (None, 5213),
    "Baron_HAProxy_Split_Brain": (None, 4),
    "Baron_Shard_Split_Brain": (None, 3),
    "Baron_HAProxy_Ambiguous_Keys": (None, 7),
    "Baron_HAProxy_Missing_Conference": (None, 14),
    "Baron_HAProxy_Shard_Mismatches": (None, 3),
    "JVB_CPU_High": (None, "93.55"),
    "JVB_RTP_Delay_Host_High": (OUT, "share of RTP packets with transit time over 50 ms through a bridge: media packet delay, neither request latency nor a link's settled quality"),
    "JVB_RTP_Delay_Group_High": (OUT, "share of RTP packets with transit time over 50 ms in a bridge group: media packet delay, neither request latency nor a link's settled quality"),
    "JVB_XMPP_Disconnects_High": (OUT, "bridges' XMPP sessions disconnecting: a session dropping, neither a node down nor settled by POLICY"),
    "Shard_CPU_High": (None, "92.31"),
    "HAProxy_CPU_High": (None, "94.08"),
    "Autoscaler_Down": (None, 1),
    "Coturn_UDP_Errors_High": (None, 3412),
    "Coturn_Task_Missing": ("node_down", 1),
    "Jibris_Available_None": (OUT, "no recorder reports itself available: all busy or all down, which is not said"),
    "Jicofo_Jibris_Available_None": (OUT, "no recorder available to some jicofos: all busy or all down, which is not said"),
    "Jicofo_Jibris_Missing": (OUT, "no recorders registered with jicofo (down, disconnected or drained): which is not said, not settled"),
    "Jicofo_SIP-Jigasi_Missing": (OUT, "no SIP gateways registered with jicofo (down, disconnected or drained): which is not said, not settled"),
    "Jicofo_Transcribers_Missing": (OUT, "no transcribers registered with jicofo (down, disconnected or drained): which is not said, not settled"),
    "Jigasi_Dropped_Media": (None, 2),
    "Skynet_Queue_Depth_High": ("queue_backlog", "143.00"),
    "Whisper_Sessions_High": (OUT, "live WebSocket sessions on a Whisper host near a quality limit of 10: a soft capacity, not a pool said to be full (rule 7)"),
}, jitsi_series, JITSI_EXTRA, text=jitsi_text())


# ---------------------------------------------------------------------------------------------
# jontk/slurm-exporter: prometheus/alerts/{slurm_health,slurm_jobs,slurm_resources,
# slurm_cluster_health}.yaml (an HPC scheduler exporter's own rule files; its SLA and
# exporter-performance files were not read)
SLURM = "jontk/slurm-exporter"
SLURM_COMMIT = "5a0cd63c9a3bf7277119cd337fba30af2117fb8b"
SLURM_SERIES = {"instance": "slurm-exporter.hpc.svc:10341", "job": "slurm-exporter", "cluster_name": "hpc-prod"}
SLURM_EXTRA = {"partition": "gpu", "collector": "jobs", "endpoint": "/slurm/v0.0.40/jobs", "environment": "production",
               "config_type": "slurm.conf", "user": "jdoe", "job_name": "namd-apoa1", "job_id": "4817723",
               "controller": "slurmctld-1", "cluster": "hpc-prod", "node": "gpu-node-017",
               "reason": "Kill task failed"}
take(SLURM, "prometheus/alerts/slurm_health.yaml", SLURM_COMMIT, {
    "SLURMExporterDown": ("node_down", 0),
    "SLURMCollectorErrors": (None, "23.33%", {"collector": "jobs"}),
    "SLURMMetricsStale": (None, "7m 12s", {"collector": "jobs"}),
    "SLURMAPIUnreachable": ("node_down", 0, {"daemon_type": "slurmctld", "environment": "production"}),
    "SLURMAPIHighLatency": ("high_latency", "7.412s", {"quantile": "0.99", "endpoint": "/slurm/v0.0.40/jobs"}),
    "SLURMDatabaseConnectionFailure": (OUT, "the controller holds no database connections (\"cannot connect to its database\"): the database down, unreachable or refusing is not said"),
    "SLURMControllerDown": ("node_down", 0, {"environment": "production"}),
    "SLURMNodesOffline": ("node_down", "14.06%"),
    "SLURMAllNodesOffline": ("node_down", 0),
    "SLURMPartitionInactive": (None, 1, {"partition": "gpu", "state": "inactive"}),
    "SLURMConfigurationChanged": (None, "2026-12-05 14:02:17 +0000 UTC", {"config_type": "slurm.conf"}),
}, SLURM_SERIES, SLURM_EXTRA)
take(SLURM, "prometheus/alerts/slurm_jobs.yaml", SLURM_COMMIT, {
    "SLURMHighJobFailureRate": (None, "31.25%"),
    "SLURMCriticalJobFailures": (None, 8),
    "SLURMQueueBacklogHigh": ("queue_backlog", 1437),
    "SLURMExcessiveQueueWaitTime": ("queue_backlog", "1d 7h 14m 9s"),
    "SLURMQueueStalled": ("queue_backlog", 212),
    "SLURMPriorityInversion": (None, 1),
    "SLURMJobResourceHogging": (None, 1152),
    "SLURMJobInefficient": (None, "38.4%", {"user": "jdoe", "partition": "gpu"}),
    "SLURMRunawayJob": (None, "8d 2h 41m 0s", {"user": "jdoe", "job_name": "namd-apoa1", "job_id": "4817723"}),
}, SLURM_SERIES, SLURM_EXTRA)
take(SLURM, "prometheus/alerts/slurm_resources.yaml", SLURM_COMMIT, {
    "SLURMCPUExhaustion": (None, "97.14%"),
    "SLURMMemoryExhaustion": (None, "92.6%"),
    "SLURMNoFreeNodes": (None, 0),
    "SLURMClusterInefficient": (None, "41.7%"),
    "SLURMPartitionImbalance": (None, 0.3412),
    "SLURMResourceFragmentation": (None, "84.38%"),
    "SLURMCapacityPlanningNeeded": (None, "88.91%"),
    "SLURMUsageGrowthTrend": (None, 1873.5),
    "SLURMReservationConflicts": (None, "56.25%"),
}, SLURM_SERIES, SLURM_EXTRA)
take(SLURM, "prometheus/alerts/slurm_cluster_health.yaml", SLURM_COMMIT, {
    "SlurmControllerDown": ("node_down", 0, {"controller": "slurmctld-1", "cluster": "hpc-prod"}),
    "SlurmControllerHighLatency": ("high_latency", 6.83, {"endpoint": "info"}),
    "SlurmDatabaseDown": ("node_down", 0),
    "SlurmVersionMismatch": (None, 2),
    "HighNodeFailureRate": ("node_down", 7, {"state": "down", "cluster": "hpc-prod"}),
    "NodeDrained": (None, 1, {"node": "gpu-node-017", "reason": "Kill task failed"}),
    "PartitionDown": (OUT, "a partition (a scheduling queue, not a host) in state down: set by an operator or by its nodes, not said; not settled"),
    "PartitionNoIdleNodes": (None, 0, {"partition": "gpu"}),
    "ClusterFragmentation": (None, "23.44%", {"partition": "gpu"}),
    "SchedulerCycleHigh": (OUT, "the scheduler's own cycle duration: internal processing time, neither a request's latency nor settled by POLICY"),
}, SLURM_SERIES, SLURM_EXTRA)


# ---------------------------------------------------------------------------------------------
# cosmostation/cvms: docker/prometheus/rules/*.yaml (a Cosmos validator monitoring service's own
# rule files; consensus-vote.yaml, extension-vote.yaml and uptime.yaml hold only commented-out
# rules at this commit, so give no item)
CVMS = "cosmostation/cvms"
CVMS_COMMIT = "ee2370aac0c7dde626e6706f90d8e20cca0f42c1"
CVMS_SERIES = {"instance": "cvms-exporter:9200", "job": "cvms-exporter", "chain": "cosmoshub", "chain_id": "cosmoshub-4"}
CVMS_EXTRA = {"evm_chain": "ethereum", "endpoint": "https://rpc-cosmoshub.cosmostation.io", "package": "uptime",
              "instance_name": "cosmostation-cosmoshub", "rule_group": "/etc/prometheus/rules/uptime.yaml;UptimePackage",
              "upgrade_name": "v21"}
for cvms_path, cvms_labels in (
    ("axelar-evm.yaml", {"AxelarEVMChainMaintainerInactive": (None, 0, {"chain": "axelar", "chain_id": "axelar-dojo-1", "evm_chain": "ethereum"})}),
    ("balance.yaml", {
        "AxelarEVMBroadcasterBalanceUnder10": (None, 7.412, {"balance_address": "axelar146kdz9stlycvacm03hg0t5fxq6jszlc4gtxgpr"}),
        "KavaOracleBroadcasterBalanceUnder10": (None, 4.1, {"balance_address": "kava1ujfrlcd0ted58mzplnyxzklsw0sqevlgxndanp"}),
        "InjectiveEventnonceBroadcasterBalanceUnder1": (None, 0.62, {"balance_address": "inj1mtxhcchfyvvs6u4nmnylgkxvkrax7c2la69l8w"}),
        "NibiruOracleBroadcasterBalanceUnder10": (None, 8.93, {"balance_address": "nibi14zc23q3qcewscy7wnt3s95h32chytenqxe633l"}),
    }),
    ("block.yaml", {"LastestBlockTimeDiffOver300s": (None, 412.7, {"endpoint": "https://rpc-cosmoshub.cosmostation.io"})}),
    ("consensus-vote.yaml", {}),
    ("eventnonce.yaml", {
        "CosmosEventNonceDiffOver0": (OUT, "a validator's event nonce behind the other validators' (a bridge orchestrator not relaying): neither replication nor settled by POLICY"),
        "CosmosEventNonceDiffOver1h": (OUT, "a validator's event nonce behind the other validators' for an hour: neither replication nor settled by POLICY"),
    }),
    ("extension-vote.yaml", {}),
    ("oracle.yaml", {
        "IncreasingMissCounterOver30%During1h": (None, 0.3817),
        "OracleUptimeUnder50%": (None, 0.4625),
    }),
    ("root.yaml", {
        "CVMSExporterDown": ("node_down", 0),
        "Found failed evaludation rules in prometheus": (None, 3, {"rule_group": "/etc/prometheus/rules/uptime.yaml;UptimePackage"}),
        "FoundUnnormalPackageOps": (None, 0, {"package": "uptime"}),
        "FoundUnhealthyPackage": (None, 0, {"package": "uptime"}),
        "FoundSkippedPackage": (None, 1, {"package": "uptime", "instance_name": "cosmostation-cosmoshub"}),
    }),
    ("upgrade.yaml", {
        "OnchainUpgradeRegistered": (None, 86412, {"upgrade_name": "v21"}),
        "onchain_upgrade_remaining_3h": (None, 10214, {"upgrade_name": "v21"}),
        "onchain_upgrade_remaining_1h": (None, 3188, {"upgrade_name": "v21"}),
    }),
    ("uptime.yaml", {}),
    ("yoda.yaml", {"BandYodaStatusInactivated": (None, 0, {"chain": "band", "chain_id": "laozi-mainnet"})}),
):
    take(CVMS, "docker/prometheus/rules/" + cvms_path, CVMS_COMMIT, cvms_labels, CVMS_SERIES, CVMS_EXTRA)


# ---------------------------------------------------------------------------------------------
# kubernetes-sigs/gateway-api-inference-extension: tools/alerts/alert.yaml (an LLM inference
# gateway's sample alert rules, at the last commit that holds the file)
GAIE = ("kubernetes-sigs/gateway-api-inference-extension", "tools/alerts/alert.yaml",
        "cff5a2e9e9815b807af6a53cad6f87722ace4ef0")
take(*GAIE, {
    "HighInferenceRequestLatencyP99": ("high_latency", 13.87),
    "HighInferenceErrorRate": ("high_error_rate", 0.0842),
    "HighInferencePoolAvgQueueSize": ("queue_backlog", 73),
    "HighInferencePoolAvgKVCacheUtilization": (OUT, "a model server pool's KV-cache block utilisation over 90%: a cache's occupancy on the accelerator, neither memory pressure said nor settled by POLICY"),
}, lambda name: ({"instance": "10.8.2.14:9090", "job": "inference-gateway-ext-proc", "name": "vllm-llama3-8b-instruct"}
                 if "Pool" in name else
                 {"instance": "10.8.2.14:9090", "job": "inference-gateway-ext-proc",
                  "model_name": "meta-llama/Llama-3.1-8B-Instruct", "target_model_name": "meta-llama/Llama-3.1-8B-Instruct"}),
    {"name": "vllm-llama3-8b-instruct", "model_name": "meta-llama/Llama-3.1-8B-Instruct",
     "target_model_name": "meta-llama/Llama-3.1-8B-Instruct"})


# ---------------------------------------------------------------------------------------------
# toot-community/mastodon-observability: generated/alerts/alert-rules.yaml (a Mastodon instance's
# own SLO rules, rendered from its Jsonnet to a JSON PrometheusRule, read as YAML)
MASTODON = ("toot-community/mastodon-observability", "generated/alerts/alert-rules.yaml",
            "fe13afe5629e5cec42fea830b2050ae3ea602cd9")
take(*MASTODON, {
    "MastodonWebAvailabilityCritical": ("high_error_rate", 21.7),
    "MastodonWebAvailabilityWarning": ("high_error_rate", 4.12),
    "MastodonWebLatencyCritical": ("high_latency", 1.384, {"ingress": "varnish-for-app"}),
    "MastodonWebLatencyWarning": ("high_latency", 0.8137),
    "MastodonSidekiqQueueLatencyCritical": ("queue_backlog", 187.4, {"queue": "push"}),
    "MastodonSidekiqQueueLatencyWarning": ("queue_backlog", 42.6, {"queue": "push"}),
    "MastodonSidekiqDeadQueueWarning": (None, 0.0173),
    "MastodonStreamingClientDropWarning": (None, 0.6214),
    "MastodonStreamingClientDropCritical": (None, 0.8841),
    "MastodonStreamingEventloopLag": (OUT, "the streaming server's event-loop lag p99: the process's own scheduling delay, neither a request's latency nor settled by POLICY"),
}, {"namespace": "toot-community"}, {"queue": "push"})


# ---------------------------------------------------------------------------------------------
# adaptivenetworklab/NetFlux5G: netflux5g-editor/src/automation/monitoring/prometheus/alert_rules.yml
# (a 5G core network emulator's monitoring stack: Open5GS/UERANSIM containers)
NETFLUX = ("adaptivenetworklab/NetFlux5G", "netflux5g-editor/src/automation/monitoring/prometheus/alert_rules.yml",
           "8b4e49497a9194af5d707f1049c1ea198222ea8a")
NETFLUX_SERIES = [
    (("HighCPUUsage", "HighMemoryUsage", "ContainerRestart", "HighNetworkTraffic"),
     {"instance": "cadvisor:8080", "job": "cadvisor", "name": "netflux5g-amf", "image": "gradiant/open5gs:2.7.0"}),
    (("ContainerDown", "PrometheusTargetDown"), {"instance": "amf:9090", "job": "open5gs-amf"}),
    (("FiveGCoreServiceDown",), {"instance": "amf:7777", "job": "blackbox-5g-core"}),
    (("HighSystemLoad",), {"instance": "node-exporter:9100", "job": "node-exporter"}),
    (("DiskSpaceLow",), {"instance": "node-exporter:9100", "job": "node-exporter", "device": "/dev/sda1",
                         "fstype": "ext4", "mountpoint": "/"}),
    (("PrometheusConfigReloadFailed", "TooManyRestarts"), {"instance": "localhost:9090", "job": "prometheus"}),
]


def netflux_series(name):
    return next((dict(series) for names, series in NETFLUX_SERIES if name in names), {})


take(*NETFLUX, {
    "HighCPUUsage": (None, 96.41),
    "HighMemoryUsage": ("out_of_memory", 93.18),
    "ContainerDown": ("node_down", 0),
    "FiveGCoreServiceDown": ("node_down", 0),
    "LowRegistrationSuccessRate": (OUT, "UE registration success ratio below 80%: registrations refused for subscribers or failed as requests, not settled (as magma's attach failures in rulesets28c)"),
    "LowPDUSessionSuccessRate": (OUT, "PDU session establishment success ratio below 80%: sessions refused or failed as requests, not settled (as magma's attach failures in rulesets28c)"),
    "HighNetworkResponseTime": (OUT, "average blackbox probe duration over 500 ms (\"network response time\"): ICMP round-trip (a link's quality) or HTTP response time, which module is not said"),
    "ContainerRestart": (None, 0.003333),
    "HighSystemLoad": (None, 2.37),
    "DiskSpaceLow": ("disk_full", 7.842),
    "HighNetworkTraffic": (None, 131457024),
    "HighUECount": (None, 84),
    "HighgNBCount": (None, 9),
    "HighPDUSessionCount": (None, 93),
    "PrometheusTargetDown": ("node_down", 0),
    "PrometheusConfigReloadFailed": (None, 0),
    "TooManyRestarts": (OUT, "shares its name with a blind set's rule"),
}, netflux_series)


FILES.write("rulesets29c.jsonl")
