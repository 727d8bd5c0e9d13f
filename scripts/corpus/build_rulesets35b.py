"""rulesets35b.jsonl: whole alerting-rule files of public projects no corpus used before (session 35,
second helper; private-cloud and virtualisation infrastructure: the OpenStack services' own alarms of
the Mirantis Cloud Platform's SaltStack formulas (Nova, Neutron, Cinder, Glance, Keystone, Heat and
the OpenContrail SDN with its Cassandra/Kafka/ZooKeeper analytics stores) and Canonical's Sunbeam
OpenStack hypervisor charm (libvirt, Open vSwitch)).

Every alerting rule of each file is read and rendered by `rule_templates.RuleFiles` (its
docstring says how); the labels are decided by hand under tests/fixtures/corpus/POLICY.md, before
any classifier ran, in the tables below, and a rule mapped to OUT is left out with its reason
(listed in SOURCES.md).

The SaltStack formulas keep their alarms in `<formula>/meta/prometheus.yml`, a Jinja template of the
formula's `server: alert: NAME: {if, for, labels, annotations}` form whose thresholds come from the
formula's `map.jinja` defaults. `salt_file` renders it with Jinja2 as Salt would on a node holding
every role the file checks, with those defaults (given below from each map.jinja, at the same
commit), and writes each alarm as a Prometheus rule (`if` as `expr`), in the file's order. Only the
exporter-package blocks (`load_yaml`, `include`, which configure exporters, not alarms) are dropped
before rendering.
"""
import os
import re
import sys

import jinja2
import yaml

sys.path.insert(0, os.path.dirname(__file__))
from rule_templates import OUT, RuleFiles, salt_rule_file, show  # noqa: E402


FILES = RuleFiles()
take = FILES.take


def salt_file(repo, commit, path, context):
    """A Salt formula's meta/prometheus.yml rendered with Jinja2 (`context`: the formula's roles and
    map.jinja's monitoring defaults), its alarms written as a Prometheus rule file."""
    text = show(repo, commit, path)
    text = re.sub(r"\{%-?\s*from .*?%\}", "", text)
    text = re.sub(r"\{%-?\s*load_yaml.*?endload\s*%\}", "", text, flags=re.S)
    text = re.sub(r"\{%-?\s*include .*?%\}", "", text)
    env = jinja2.Environment()
    env.filters["yaml"] = lambda value, *args: ""  # only in the exporter blocks, which render nothing here
    alarms = yaml.safe_load(env.from_string(text).render(**context))["server"]["alert"]
    return salt_rule_file(alarms, path.split("/")[0])

ON = {"enabled": True}
PATH = "{0}/meta/prometheus.yml"


def salt(name, commit, monitoring, **roles):
    repo = f"salt-formulas/salt-formula-{name}"
    ctx = dict(roles, monitoring=monitoring, pillar={name: {"server": ON}})
    return repo, PATH.format(name), commit, salt_file(repo, commit, PATH.format(name), ctx)


# Reasons shared by the formulas' alarms.
LOGS = None  # a rate of error log lines (rule 8): null
ALLOC = ("Nova's resource accounting (RAM or disk allocated to instances against a hypervisor's, an "
         "aggregate's or the cloud's total, what the scheduler places against): scheduling and placement "
         "capacity (rule 17), null")

# Made-up series: StackLight's Telegraf collects the OpenStack API checks, the services' and agents'
# states (from the APIs), the endpoints' HTTP checks and the log rates.
CTL = {"host": "ctl01", "instance": "ctl01:9126", "job": "telegraf"}
PRX = {"host": "ctl02", "instance": "ctl02:9126", "job": "telegraf", "name": "nova-api"}


def api_check(name):
    return dict(CTL, name=name, service=name.split("-")[0])


# ---------------------------------------------------------------------------------------------
# salt-formulas/salt-formula-nova: nova/meta/prometheus.yml (controller and compute roles; the
# hypervisor, aggregate and cloud capacity alarms are Nova's allocation accounting).
NOVA_MON = {"error_log_rate": {"warn": 0.2}, "services_failed_warning_threshold_percent": 0.3,
            "services_failed_critical_threshold_percent": 0.6, "computes_failed_warning_threshold_percent": 0.25,
            "computes_failed_critical_threshold_percent": 0.5, "cpu_minor_threshold": 0.85,
            "cpu_major_threshold": 0.95, "ram_major_threshold": 0.85, "ram_critical_threshold": 0.95,
            "disk_major_threshold": 0.85, "disk_critical_threshold": 0.95, "endpoint_failed_major_threshold": 0.5}
repo, path, commit, text = salt("nova", "265d9e6c2cbd41d564ee389b210441d9f7378433", NOVA_MON, controller=ON, compute=ON)
HV = {"hostname": "cmp014", "host": "ctl01", "instance": "ctl01:9126", "job": "telegraf"}
AGG = {"aggregate": "ssd-hosts", "host": "ctl01", "instance": "ctl01:9126", "job": "telegraf"}
take(repo, path, commit, {
    "NovaApiOutage": ("node_down", 0),
    "NovaApiDown": ("node_down", 0, {"name": "nova-placement"}),
    "NovaApiEndpointDown": ("node_down", 0, PRX),
    "NovaApiEndpointsDownMajor": ("node_down", 2),
    "NovaApiEndpointsOutage": ("node_down", 3),
    "NovaServiceDown": ("node_down", 0, {"binary": "nova-conductor", "hostname": "ctl03", "zone": "internal"}),
    "NovaServicesDownMinor": ("node_down", 1, {"binary": "nova-scheduler"}),
    "NovaComputeServicesDownMinor": ("node_down", 6),
    "NovaServicesDownMajor": ("node_down", 2, {"binary": "nova-consoleauth"}),
    "NovaComputeServicesDownMajor": ("node_down", 11),
    "NovaServiceOutage": ("node_down", 3, {"binary": "nova-conductor"}),
    "NovaHypervisorVCPUsFullMinor": (None, 47.52, HV),
    "NovaHypervisorVCPUsFullMajor": (None, 53.1, HV),
    "NovaHypervisorMemoryFullMajor": (None, 226304, HV),
    "NovaHypervisorMemoryFullCritical": (None, 251904, HV),
    "NovaHypervisorDiskFullMajor": (None, 1610, HV),
    "NovaHypervisorDiskFullCritical": (None, 1790, HV),
    "NovaAggregateMemoryFullMajor": (None, 2195456, AGG),
    "NovaAggregateMemoryFullCritical": (None, 2449408, AGG),
    "NovaAggregateDiskFullMajor": (None, 15420, AGG),
    "NovaAggregateDiskFullCritical": (None, 17310, AGG),
    "NovaTotalVCPUsFullMinor": (None, 1742.3),
    "NovaTotalVCPUsFullMajor": (None, 1951.8),
    "NovaTotalMemoryFullMajor": (None, 9854976),
    "NovaTotalMemoryFullCritical": (None, 11010048),
    "NovaTotalDiskFullMajor": (None, 70215),
    "NovaTotalDiskFullCritical": (None, 78430),
    "NovaErrorLogsTooHigh": (LOGS, 0.4133, {"service": "nova"}),
}, lambda name: api_check("nova") if name in ("NovaApiOutage", "NovaApiDown") else
   (dict(CTL, binary="nova-compute", hostname="cmp021") if name == "NovaServiceDown" else CTL),
    {"binary": "nova-compute", "hostname": "cmp021", "name": "nova-api", "aggregate": "ssd-hosts"}, text=text)


# ---------------------------------------------------------------------------------------------
# salt-formulas/salt-formula-neutron: neutron/meta/prometheus.yml (server role, ML2 back end).
NEUTRON_MON = {"error_log_rate": 0.2, "endpoint_failed_major_threshold": 0.5, "agents_failed_minor_threshold": 0.3,
               "agents_failed_major_threshold": 0.6}
repo, path, commit, text = salt("neutron", "758f3350fa541a41174105c92c0b9cceb6951d81", NEUTRON_MON,
                                server={"enabled": True, "backend": {"engine": "ml2"}})
take(repo, path, commit, {
    "NeutronApiOutage": ("node_down", 0),
    "NeutronApiEndpointDown": ("node_down", 0, {"host": "ctl02", "instance": "ctl02:9126", "name": "neutron-api"}),
    "NeutronApiEndpointsDownMajor": ("node_down", 2),
    "NeutronApiEndpointsOutage": ("node_down", 3),
    "NeutronAgentDown": ("node_down", 0),
    "NeutronAgentsDownMinor": ("node_down", 4, {"binary": "neutron-l3-agent"}),
    "NeutronAgentsDownMajor": ("node_down", 9, {"binary": "neutron-openvswitch-agent"}),
    "NeutronAgentsOutage": ("node_down", 3, {"binary": "neutron-dhcp-agent"}),
    "NeutronErrorLogsTooHigh": (LOGS, 0.2867, {"service": "neutron"}),
}, lambda name: api_check("neutron") if name == "NeutronApiOutage" else
   (dict(CTL, binary="neutron-metadata-agent", hostname="gtw02") if name == "NeutronAgentDown" else CTL),
    {"binary": "neutron-l3-agent", "hostname": "gtw02", "name": "neutron-api"}, text=text)


# ---------------------------------------------------------------------------------------------
# salt-formulas/salt-formula-cinder: cinder/meta/prometheus.yml (controller and volume roles).
CINDER_MON = {"error_log_rate": 0.2, "services_failed_warning_threshold_percent": 0.3,
              "services_failed_critical_threshold_percent": 0.6, "endpoint_failed_major_threshold": 0.5}
repo, path, commit, text = salt("cinder", "1aeb0c8d95c3c8b8368386f9096e09f1fdc71aed", CINDER_MON, controller=ON, volume=ON)
take(repo, path, commit, {
    "CinderApiOutage": ("node_down", 0),
    "CinderApiDown": ("node_down", 0, {"name": "cinderv3"}),
    "CinderApiEndpointDown": ("node_down", 0, {"host": "ctl03", "instance": "ctl03:9126", "name": "cinder-api"}),
    "CinderApiEndpointsDownMajor": ("node_down", 2),
    "CinderApiEndpointsOutage": ("node_down", 3),
    "CinderServiceDown": ("node_down", 0),
    "CinderServicesDownMinor": ("node_down", 1, {"binary": "cinder-scheduler"}),
    "CinderServicesDownMajor": ("node_down", 2, {"binary": "cinder-volume"}),
    "CinderServiceOutage": ("node_down", 3, {"binary": "cinder-volume"}),
    "CinderErrorLogsTooHigh": (LOGS, 0.3521, {"service": "cinder"}),
}, lambda name: api_check("cinder") if name in ("CinderApiOutage", "CinderApiDown") else
   (dict(CTL, binary="cinder-volume", hostname="ctl01@lvm-backend") if name == "CinderServiceDown" else CTL),
    {"binary": "cinder-volume", "hostname": "ctl01@lvm-backend", "name": "cinder-api"}, text=text)


# ---------------------------------------------------------------------------------------------
# salt-formulas/salt-formula-glance: glance/meta/prometheus.yml (server role).
repo, path, commit, text = salt("glance", "f9c4592f01dd08094d44b316f38e922c83765e66",
                                {"error_log_rate": 0.2, "endpoint_failed_major_threshold": 0.5})
take(repo, path, commit, {
    "GlanceApiOutage": ("node_down", 0),
    "GlareApiOutage": ("node_down", 0),
    "GlanceApiEndpointDown": ("node_down", 0, {"host": "ctl02", "instance": "ctl02:9126", "name": "glance-api"}),
    "GlanceApiEndpointsDownMajor": ("node_down", 2, {"name": "glance-registry"}),
    "GlanceApiEndpointsOutage": ("node_down", 3, {"name": "glance-api"}),
    "GlanceErrorLogsTooHigh": (LOGS, 0.2214, {"service": "glance"}),
}, lambda name: api_check("glare" if name.startswith("Glare") else "glance") if "Outage" in name and "Endpoints" not in name else CTL,
    {"name": "glance-api"}, text=text)


# ---------------------------------------------------------------------------------------------
# salt-formulas/salt-formula-keystone: keystone/meta/prometheus.yml (server role).
repo, path, commit, text = salt("keystone", "18c1034503bda58f5e055c9d03b4c9245dc1895b",
                                {"error_log_rate": 0.2, "http_response_time_p90": 3, "endpoint_failed_major_threshold": 0.5,
                                 "output_openstack_port": 9127})
take(repo, path, commit, {
    "KeystoneApiOutage": ("node_down", 0, {"name": "keystone"}),
    "KeystoneApiEndpointDown": ("node_down", 0, {"host": "ctl01", "name": "keystone-public-api"}),
    "KeystoneApiEndpointssDownMajor": ("node_down", 2, {"name": "keystone-admin-api"}),
    "KeystoneApiEndpointsOutage": ("node_down", 3, {"name": "keystone-public-api"}),
    "KeystoneErrorLogsTooHigh": (LOGS, 0.5067, {"service": "keystone"}),
    "KeystoneApiResponseTimeTooHigh": ("high_latency", 4.127, {"host": "ctl03"}),
}, lambda name: {"host": "ctl03"} if name == "KeystoneApiResponseTimeTooHigh" else CTL,
    {"name": "keystone-public-api"}, text=text)


# ---------------------------------------------------------------------------------------------
# salt-formulas/salt-formula-heat: heat/meta/prometheus.yml (server role).
repo, path, commit, text = salt("heat", "08f36bbedba2a7bd9ecc0dd4c22331c7484f8476",
                                {"error_log_rate": 0.2, "endpoint_failed_major_threshold": 0.5}, server=ON)
take(repo, path, commit, {
    "HeatApiDown": ("node_down", 0, {"name": "heat-cfn"}),
    "HeatApiOutage": ("node_down", 0),
    "HeatApiEndpointDown": ("node_down", 0, {"host": "ctl02", "name": "heat-api"}),
    "HeatApiEndpointsDownMajor": ("node_down", 2, {"name": "heat-cfn-api"}),
    "HeatApiEndpointsOutage": ("node_down", 3, {"name": "heat-api"}),
    "HeatErrorLogsTooHigh": (LOGS, 0.2633, {"service": "heat"}),
}, lambda name: api_check("heat") if name in ("HeatApiDown", "HeatApiOutage") else CTL,
    {"name": "heat-api"}, text=text)


# ---------------------------------------------------------------------------------------------
# salt-formulas/salt-formula-opencontrail: opencontrail/meta/prometheus.yml (the OpenContrail SDN
# of the cloud's networking, rendered for a 4.x deployment holding every role: control, config,
# collector, compute (vRouter), web and a "cluster" database; its analytics stores' Cassandra,
# Kafka and ZooKeeper alarms are part of the file).
OC_MON = {"xmpp_sessions_too_high_threshold": 500, "xmpp_sessions_variation_threshold": 100,
          "vrouter_xmpp_sessions_too_high_threshold": 10, "vrouter_xmpp_sessions_variation_threshold": 5,
          "vrouter_dns_xmpp_sessions_too_high_threshold": 10, "vrouter_dns_xmpp_sessions_variation_threshold": 5,
          "vrouter_lls_too_high_threshold": 10, "vrouter_lls_variation_threshold": 5,
          "vrouter_flows_active_too_high_threshold": 100, "vrouter_flows_discard_too_high_threshold": 0.1,
          "vrouter_flows_flow_action_drop_too_high_threshold": 0.2, "vrouter_flows_frag_err_too_high_threshold": 100,
          "vrouter_flows_invalid_nh_too_high_threshold": 0.1,
          "vrouter_flows_composite_invalid_interface_too_high_threshold": 0.05,
          "vrouter_flows_invalid_label_too_high_threshold": 100,
          "vrouter_flows_flow_queue_limit_exceeded_too_high_threshold": 0.1,
          "vrouter_flows_flow_table_full_too_high_threshold": 100,
          "services_failed_warning_threshold_percent": 0.3, "services_failed_critical_threshold_percent": 0.6}
OC_ROLE = {"enabled": True, "type": "cluster"}
repo, path, commit, text = salt("opencontrail", "f1c255bbc9d6c1c0419714fe7bc42794b7ecee3f", OC_MON, control=OC_ROLE,
                                collector=OC_ROLE, compute=OC_ROLE, config=OC_ROLE, database=OC_ROLE, web=OC_ROLE,
                                version=4.0)
XMPP = ("an XMPP session between vRouter agents and the control nodes (OpenContrail's routing protocol "
        "between them, as BGP is between control nodes): a routing peer's session, a link (rules 5 and 11), null")
COUNT = "a fixed threshold on a count of sessions, named \"the limit\" but no capacity limit (rule 7): left out"
OC_CMP = {"host": "cmp007", "instance": "cmp007:9126", "job": "telegraf"}
OC_NTW = {"host": "ntw02", "instance": "ntw02:9126", "job": "telegraf"}
take(repo, path, commit, {
    "ContrailApiDown": ("node_down", 0, {"host": "ntw02", "name": "contrail-api"}),
    "ContrailApiDownMinor": ("node_down", 1, {"name": "contrail-discovery"}),
    "ContrailApiDownMajor": ("node_down", 2, {"name": "contrail-api"}),
    "ContrailApiOutage": ("node_down", 3, {"name": "contrail-analytics-api"}),
    "ContrailProcessDown": ("node_down", 0, {"host": "ntw03", "process_name": "contrail-control"}),
    "ContrailProcessDownMinor": ("node_down", 1, {"process_name": "contrail-schema"}),
    "ContrailProcessDownMajor": ("node_down", 2, {"process_name": "contrail-svc-monitor"}),
    "ContrailProcessOutage": ("node_down", 3, {"process_name": "contrail-dns", "name": ""}),
    "ContrailBGPSessionsNoEstablished": (None, 0, {"host": "ntw01"}),
    "ContrailBGPSessionsNoActive": (None, 0, {"host": "ntw01"}),
    "ContrailBGPSessionsDown": (None, 2, {"host": "ntw03"}),
    "ContrailXMPPSessionsMissingEstablished": (None, 4),
    "ContrailXMPPSessionsMissing": (None, 2),
    "ContrailXMPPSessionsDown": (None, 3, {"host": "ntw02"}),
    "ContrailXMPPSessionsTooHigh": (OUT, COUNT),
    "ContrailXMPPSessionsChangesTooHigh": (None, 148, OC_NTW),
    "ContrailVrouterXMPPSessionsZero": (None, 0, {"host": "cmp007"}),
    "ContrailVrouterXMPPSessionsTooHigh": (OUT, COUNT),
    "ContrailVrouterXMPPSessionsChangesTooHigh": (None, 6, OC_CMP),
    "ContrailVrouterLLSSessionsTooHigh": (OUT, COUNT),
    "ContrailVrouterLLSSessionsChangesTooHigh": (None, 8, OC_CMP),
    "ContrailFlowsActiveTooHigh": (None, 162.4, OC_CMP),
    "ContrailFlowsDiscardedTooHigh": (None, 0.2467, OC_CMP),
    "ContrailFlowsDroppedTooHigh": (None, 0.3133, OC_CMP),
    "ContrailFlowsFragErrTooHigh": (None, 214, {"host": "cmp007"}),
    "ContrailFlowsNextHopInvalidTooHigh": (None, 0.1867, OC_CMP),
    "ContrailFlowsInterfaceInvalidTooHigh": (None, 0.0733, OC_CMP),
    "ContrailFlowsLabelInvalidTooHigh": (None, 137, {"host": "cmp007"}),
    "ContrailFlowsQueueSizeExceededTooHigh": (None, 0.1533, OC_CMP),
    "ContrailFlowsTableFullTooHigh": (None, 412, {"host": "cmp007"}),
    "CassandraServiceDown": ("node_down", 0, {"host": "nal02", "instance": "nal02:9126", "process_name": "cassandra-server"}),
    "CassandraServiceDownMinor": ("node_down", 1),
    "CassandraServiceDownMajor": ("node_down", 4),
    "CassandraServiceOutage": ("node_down", 6),
    "KafkaServiceDown": ("node_down", 0, {"host": "nal03", "instance": "nal03:9126", "process_name": "kafka-server"}),
    "KafkaServiceDownMinor": ("node_down", 1),
    "KafkaServiceDownMajor": ("node_down", 2),
    "KafkaServiceOutage": ("node_down", 3),
    "ZookeeperServiceDown": ("node_down", 0, {"host": "ntw01", "instance": "ntw01:9126"}),
    "ZookeeperServiceErrorWarning": ("node_down", 0, {"host": "nal01", "instance": "nal01:9126"}),
    "ZookeeperServicesDownMinor": ("node_down", 2),
    "ZookeeperServicesDownMajor": ("node_down", 4),
    "ZookeeperServiceOutage": ("node_down", 6),
}, OC_NTW, {"host": "ntw02", "name": "contrail-api", "process_name": "contrail-api"}, text=text)


# ---------------------------------------------------------------------------------------------
# salt-formulas/salt-formula-rabbitmq: rabbitmq/meta/prometheus.yml (the cloud's message bus, server
# role; map.jinja's `disk_full_threshold` default of 10 is used by the file as a fraction, so the
# warning's summary renders "-900% of free RabbitMQ disk space", as the formula itself renders it).
repo, path, commit, text = salt("rabbitmq", "00c88619856e410f5131f213945d53739dff6cc1",
                                {"disk_full_threshold": 10, "too_many_messages": 1024 * 1024}, server=ON)
RMQ = {"host": "msg02", "instance": "msg02:9126", "job": "telegraf"}
take(repo, path, commit, {
    "RabbitmqServiceDown": ("node_down", 0),
    "RabbitmqServiceOutage": ("node_down", 3),
    "RabbitmqDiskFullWarning": ("disk_full", 412316860),
    "RabbitmqDiskFullCritical": ("disk_full", 49283072),
    "RabbitmqMemoryWaterMarkWarning": ("out_of_memory", 86.42),
    "RabbitmqMemoryLowCritical": ("out_of_memory", 3435973837),
    "RabbitmqMessagesTooHigh": ("queue_backlog", 1318764),
    "RabbitmqErrorLogsTooHigh": (LOGS, 0.3467, {"service": "rabbitmq"}),
}, RMQ, text=text)


# ---------------------------------------------------------------------------------------------
# canonical/sunbeam-charms: charms/openstack-hypervisor/src/prometheus_alert_rules/{libvirt,ovs}.yaml
# (Sunbeam, Canonical's OpenStack on Kubernetes and snaps: the hypervisor charm's own rules for the
# libvirt and Open vSwitch exporters it runs on each compute host).
SUN = ("canonical/sunbeam-charms", "b9a94a39159f858a16bc3a542e546009569226e6")
SUN_BASE = {"instance": "compute-02.maas:9177", "job": "libvirt-exporter", "juju_application": "openstack-hypervisor",
            "juju_model": "openstack-machines", "juju_unit": "openstack-hypervisor/1"}
take(SUN[0], "charms/openstack-hypervisor/src/prometheus_alert_rules/libvirt.yaml", SUN[1], {
    "LibvirtdServiceDown": ("node_down", 0),
}, SUN_BASE)
OVS_BASE = dict(SUN_BASE, instance="compute-02.maas:9475", job="ovs-exporter")
take(SUN[0], "charms/openstack-hypervisor/src/prometheus_alert_rules/ovs.yaml", SUN[1], {
    "OVSServiceDown": ("node_down", 0),
    "OVSReqFailed": (OUT, "failed requests of the OVS exporter to the OVS stack (the exporter's own collection of "
                          "ovs-appctl/ovsdb answers, not requests served by anything): not settled (rules 4 and 16)"),
    "OVSErrorLogDetected": (LOGS, 3),
    "OVSWarningLogDetected": (LOGS, 12),
}, OVS_BASE)


FILES.write("rulesets35b.jsonl")
