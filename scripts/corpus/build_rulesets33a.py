"""rulesets33a.jsonl: whole alerting-rule files of public projects no corpus used before (session 33,
first helper; API gateways, reverse proxies, load balancers and service meshes' own rules: Istio's
stability test rig, HAProxy formulas, charms and ingress controllers, Contour/Envoy and MetalLB in a
Kubernetes distribution).

Every alerting rule of each file is read and rendered by `rule_templates.RuleFiles` (its
docstring says how); the labels are decided by hand under tests/fixtures/corpus/POLICY.md, before
any classifier ran, in the tables below, and a rule mapped to OUT is left out with its reason
(listed in SOURCES.md).
"""
import os
import sys

import yaml

sys.path.insert(0, os.path.dirname(__file__))
from rule_templates import OUT, RuleFiles, helm_file, salt_rule_file, show  # noqa: E402


FILES = RuleFiles()
take = FILES.take


# ---------------------------------------------------------------------------------------------
# istio/tools: perf/stability/alertmanager/prometheusrule.yaml (the Istio project's own rules for its
# long-running stability test mesh: ingress gateway traffic, workload and ingress latency, proxy and
# istiod containers, istiod's xDS pushes). SIGHUP's fury-kubernetes-service-mesh holds a copy of this
# file and is not taken.
ISTIO_POD = {"namespace": "istio-system", "pod": "istiod-6d9f7c8b5-kq2xz", "container": "discovery"}


def istio_series(name):
    if name in ("IngressTrafficMissing", "IstioMetricsMissing", "HTTP5xxRateHigh", "Ingress200RateLow",
                "IstiodxdsPushErrorsHigh", "IstiodxdsRejectHigh", "IngressMemoryUsageIncreaseRateHigh",
                "IstiodMemoryUsageIncreaseRateHigh"):
        return {}  # absent(...), sum(...) / sum(...), avg(deriv(...))
    if name.startswith("Proxy"):
        return {"namespace": "service-graph03", "pod": "svc03-0-2-5f7b8c9d6-wl4tn", "container": "istio-proxy"}
    if name == "IstiodContainerNotReady":
        return dict(ISTIO_POD, instance="10.40.2.17:8080", job="kube-state-metrics", component="")
    if name == "IstiodUnavailableReplica":
        return {"instance": "10.40.2.17:8080", "job": "kube-state-metrics", "namespace": "istio-system",
                "deployment": "istiod", "component": ""}
    return ISTIO_POD


ISTIO_MEM_RATE = "working-set memory growing faster than a fixed byte rate (deriv over an hour), no limit stated: a fixed threshold on memory without a stated limit (rule 8)"
take("istio/tools", "perf/stability/alertmanager/prometheusrule.yaml", "0f2e902fd0aa64254c81de4e0ad29e654bd9c0ed", {
    "IngressTrafficMissing": (None, 1),
    "IstioMetricsMissing": (None, 1),
    "HTTP5xxRateHigh": ("high_error_rate", 0.0841),
    "WorkloadLatencyP99High": ("high_latency", 213.6, {"source_workload": "svc03-0-2", "namespace": "service-graph03"}),
    "IngressLatencyP99High": ("high_latency", 387.4, {"source_workload": "istio-ingressgateway", "namespace": "istio-system"}),
    "ProxyContainerCPUUsageHigh": (None, 91.37),
    "ProxyContainerMemoryUsageHigh": ("out_of_memory", 86.42),
    "IngressMemoryUsageIncreaseRateHigh": (OUT, ISTIO_MEM_RATE),
    "IstiodContainerCPUUsageHigh": (None, 88.1),
    "IstiodMemoryUsageHigh": ("out_of_memory", 83.9),
    "IstiodMemoryUsageIncreaseRateHigh": (OUT, ISTIO_MEM_RATE),
    "IstiodxdsPushErrorsHigh": (None, 0.0712),
    "IstiodxdsRejectHigh": (None, 0.0633),
    "IstiodContainerNotReady": ("node_down", 0),
    "IstiodUnavailableReplica": ("node_down", 1),
    "Ingress200RateLow": (None, 1137.2),
}, istio_series)


# ---------------------------------------------------------------------------------------------
# kinvolk/lokomotive: the Lokomotive Kubernetes distribution's own rules for the ingress and load
# balancer components it ships: assets/charts/components/contour/templates/alerts.yaml (Contour and
# its Envoy DaemonSet) and assets/charts/components/metallb/templates/prometheusrules-lokomotive.yaml
# (MetalLB; the file's second PrometheusRule repeats the first for another operator version, and
# the chart's prometheusrules.yaml is the upstream MetalLB chart's, not taken). Helm templates: the
# `if` lines dropped and the {{ `...` }} / {{`{{`}} escapes undone.
LOKO = ("kinvolk/lokomotive", "541d5a84d469dc92d41818da1f887941e473809b")
LOKO_KSM = {"instance": "10.2.0.41:8080", "job": "kube-state-metrics"}
take(LOKO[0], "assets/charts/components/contour/templates/alerts.yaml", LOKO[1], {
    "ContourPodsAvailability": ("node_down", 1),
    "EnvoyPodsAvailability": ("node_down", 2),
}, lambda name: dict(LOKO_KSM, namespace="projectcontour",
                     **({"deployment": "contour"} if name.startswith("Contour") else {"daemonset": "envoy"})),
    text=helm_file(LOKO[0], LOKO[1], "assets/charts/components/contour/templates/alerts.yaml",
                   {"{{ `": "", "` }}": ""}))
take(LOKO[0], "assets/charts/components/metallb/templates/prometheusrules-lokomotive.yaml", LOKO[1], {
    "MetalLBNoBGPSession": (None, 0),
    "MetalLBConfigStale": (None, 1),
    "MetalLBControllerPodsAvailability": ("node_down", 1),
    "MetalLBSpeakerPodsAvailability": ("node_down", 1),
}, lambda name: {
    "MetalLBNoBGPSession": {"instance": "10.88.14.3:7472", "job": "metallb-speaker", "namespace": "metallb-system",
                            "pod": "speaker-x7k2p", "peer": "10.88.0.1"},
    "MetalLBConfigStale": {"instance": "10.88.14.3:7472", "job": "metallb-speaker", "namespace": "metallb-system",
                           "pod": "speaker-x7k2p"},
    "MetalLBControllerPodsAvailability": dict(LOKO_KSM, namespace="metallb-system", deployment="controller"),
    "MetalLBSpeakerPodsAvailability": dict(LOKO_KSM, namespace="metallb-system", daemonset="speaker"),
}[name], text=helm_file(LOKO[0], LOKO[1], "assets/charts/components/metallb/templates/prometheusrules-lokomotive.yaml", {}))


# ---------------------------------------------------------------------------------------------
# salt-formulas/salt-formula-haproxy: haproxy/meta/prometheus.yml (the SaltStack formula's own alarms
# for HAProxy, in the formula's `server: alert: NAME: {if, labels, annotations}` form inside a Jinja
# guard). The builder drops the Jinja lines and writes each alarm as a Prometheus rule (`if` as
# `expr`), in the file's order.
SALT = ("salt-formulas/salt-formula-haproxy", "haproxy/meta/prometheus.yml")
SALT_COMMIT = "3ceef2fda0f1a948bf808b798b2c40b812491b37"




def salt_text(repo=SALT[0], commit=None, path=SALT[1]):
    """A Salt formula's meta/prometheus.yml alarms as a Prometheus rule file (Jinja lines dropped)."""
    lines = [x for x in show(repo, commit or SALT_COMMIT, path).splitlines(True) if not x.strip().startswith("{%")]
    return salt_rule_file(yaml.safe_load("".join(lines))["server"]["alert"], "haproxy")


SALT_HOST = {"host": "prx01", "instance": "prx01:9126", "job": "telegraf"}
take(SALT[0], SALT[1], SALT_COMMIT, {
    "HaproxyServiceDown": ("node_down", 0),
    "HaproxyServiceDownMajor": ("node_down", 2),
    "HaproxyServiceOutage": ("node_down", 2),
    "HaproxyHTTPResponse5xxTooHigh": ("high_error_rate", 2.4, {"proxy": "keystone_public_api", "sv": "FRONTEND"}),
    "HaproxyBackendDown": ("node_down", 1, {"proxy": "nova_api", "sv": "BACKEND"}),
    "HaproxyBackendDownMajor": ("node_down", 2, {"proxy": "glance_api"}),
    "HaproxyBackendOutage": ("node_down", 0, {"proxy": "glance_api"}),
}, lambda name: {"cluster": "prx"} if name in ("HaproxyServiceDownMajor", "HaproxyServiceOutage") else
   ({"proxy": "glance_api"} if name in ("HaproxyBackendDownMajor", "HaproxyBackendOutage") else SALT_HOST),
    {"proxy": "nova_api", "host": "prx01", "cluster": "prx"}, text=salt_text())


# ---------------------------------------------------------------------------------------------
# HAProxy-Template-IC/haproxy-template-ingress-controller: charts/haptic/templates/prometheusrule.yaml
# (the HAProxy template ingress controller's chart: its default rules, every toggle on by default in
# values.yaml; the older charts/haproxy-template-ic copy with other metric names is not taken)
HAPTIC = ("HAProxy-Template-IC/haproxy-template-ingress-controller", "7a8cb678df745be82e2d6cbba938c69763c1c3aa",
          "charts/haptic/templates/prometheusrule.yaml")
take(HAPTIC[0], HAPTIC[2], HAPTIC[1], {
    "HAProxyControllerReconciliationErrors": (None, "0.2333"),
    "HAProxyControllerDeploymentFailures": (None, 0.05),
    "HAProxyControllerHighQueueDepth": ("queue_backlog", 164),
    "HAProxyControllerNoLeader": (None, 0),
}, lambda name: {} if name == "HAProxyControllerNoLeader" else
   {"instance": "10.244.3.18:8080", "job": "haptic-controller", "namespace": "haptic",
    "pod": "haptic-controller-7c9d8f6b5-m4x2q"},
    text=helm_file(HAPTIC[0], HAPTIC[1], HAPTIC[2], {"{{ `": "", "` }}": ""}))


# ---------------------------------------------------------------------------------------------
# canonical/haproxy-operator: haproxy-operator/src/loki_alert_rules/*.rule (Canonical's HAProxy charm:
# LogQL rules over its hacluster (Pacemaker/Corosync) logs for the load balancer's virtual IP; four
# files, one rule each, all taken)
HAC = ("canonical/haproxy-operator", "165497fbc413b6ae874d5215edbd34abc36c0af2", "haproxy-operator/src/loki_alert_rules/")
HAC_BASE = {"filename": "/var/log/syslog", "juju_application": "haproxy", "juju_model": "prod-ingress",
            "juju_unit": "haproxy/1"}
take(HAC[0], HAC[2] + "hacluster_no_quorum.rule", HAC[1], {
    "HaproxyNoQuorumError": (OUT, "Pacemaker disabling resource management for lack of quorum (a cluster partition, not one member down): not settled"),
}, HAC_BASE)
take(HAC[0], HAC[2] + "hacluster_node_lost.rule", HAC[1], {
    "HaproxyNodeLostError": ("node_down", 1, {"node": "juju-4f2a1c-prod-ingress-2"}),
}, HAC_BASE)
take(HAC[0], HAC[2] + "hacluster_vip_started.rule", HAC[1], {
    "HaproxyVipStarted": (None, 1),
}, HAC_BASE)
take(HAC[0], HAC[2] + "hacluster_vip_stopped.rule", HAC[1], {
    "HaproxyVipStopped": (OUT, "Pacemaker stopping the VIP resource on a unit (a failover move, or the service going away): not settled"),
}, HAC_BASE)


# ---------------------------------------------------------------------------------------------
# canonical/istio-k8s-operator: src/prometheus_alert_rules/{infra,workloads}.rules (Canonical's Istio
# control-plane charm for its ambient-mode service mesh: ztunnel, istio-cni, Citadel's root
# certificate, Pilot's listeners, endpoints, services, push queue and xDS pushes)
ISTIO_K8S = ("canonical/istio-k8s-operator", "bfb2e0f2edf6a13c3e67fbc4c9c6ebeb78ebbaa2")
ISTIO_K8S_BASE = {"instance": "istiod.istio-system.svc:15014", "job": "juju_prod-mesh_3a7c9e21_istio-k8s_prometheus_scrape",
                  "juju_application": "istio-k8s", "juju_model": "prod-mesh", "juju_unit": "istio-k8s/0"}
ISTIO_INTERNAL = "the control plane's own xDS push time (config distribution to proxies), neither a request's latency nor work waiting in a queue: not settled (as rulesets32a's internal operation durations)"
take(ISTIO_K8S[0], "src/prometheus_alert_rules/infra.rules", ISTIO_K8S[1], {
    "ZTunnelConnected": (OUT, "istio-cni's gauge of its connection to ztunnel below 1 ('ztunnel is missing'): a connection between two mesh components, neither a host down nor a settled cause"),
    "IstioCniInstallNotReady": (OUT, "istio-cni's installation not ready on a node (an install state, not a host or service down): not settled"),
    "CitadelServerRootCertExpiry": ("certificate_expiry", 2073611),
    "PilotConflictInboundListener": (None, 2),
    "PilotEndpointNotReady": (OUT, "Pilot counting endpoints in a not-ready state (Kubernetes readiness of backends, not a gateway's health check marking them down): not settled"),
    "PilotServicesCountLow": (None, 0),
}, ISTIO_K8S_BASE)
take(ISTIO_K8S[0], "src/prometheus_alert_rules/workloads.rules", ISTIO_K8S[1], {
    "HighPilotProxyQueueTime": ("queue_backlog", 1.84),
    "HighXDSPushLatency": (OUT, ISTIO_INTERNAL),
    "UnexpectedLowXDSPushCount": (None, 0.42, {"type": "wds"}),
}, ISTIO_K8S_BASE)


# ---------------------------------------------------------------------------------------------
# canonical/istio-ingress-k8s-operator: src/prometheus_alert_rules/istio-ingress.rules (Canonical's
# Istio ingress gateway charm: the gateway's istio-agent and its Envoy's clusters, errors and memory.
# canonical/istio-beacon-k8s-operator holds the same file word for word and is not taken again)
ISTIO_INGRESS = ("canonical/istio-ingress-k8s-operator", "a9ef9646aea149a00a6a7620acaf483249714d04")
take(ISTIO_INGRESS[0], "src/prometheus_alert_rules/istio-ingress.rules", ISTIO_INGRESS[1], {
    "HighOutgoingLatency": ("high_latency", 73.4),
    "XDSProxyMismatch": (OUT, "xDS proxy requests more than twice its responses (a counter comparison of the agent's xDS stream): not settled"),
    "HighCPUUsage": (None, 2.31),
    "HighMemoryUsage": (OUT, "the agent's resident memory above a fixed 200 MiB without a stated limit (rule 8)"),
    "NoSuccessfulScrapes": (None, 0),
    "LongStartupDuration": (None, 7.2),
    "Http2FlushTimeout": (OUT, "Envoy's HTTP/2 flush timeouts (streams idle while waiting for the peer's flow-control window to send the rest): neither a caller giving up on an upstream's answer nor a settled look-alike"),
    "LocalClusterNotHealthy": (OUT, "Envoy's lb_local_cluster_not_ok (zone-aware routing without a usable local host set, or panic mode) called a failed health check: name and measurement disagree (rule 8)"),
    "ZoneNoCapacityLeft": (None, 1),
    "OriginalDestinationHostInvalid": (None, 3),
    "HighErrorRate": (OUT, "completed requests divided by 2xx requests above 0.1 (always true, not an error share) called more than 10% errors: name and expression disagree (rule 8)"),
    "ResourceExhaustion": ("out_of_memory", 0.87),
}, {"instance": "10.1.43.27:15090", "job": "juju_prod-mesh_3a7c9e21_istio-ingress-k8s_prometheus_scrape",
    "juju_application": "istio-ingress-k8s", "juju_model": "prod-mesh", "juju_unit": "istio-ingress-k8s/0",
    "cluster_name": "outbound|9080||productpage.bookinfo.svc.cluster.local"})


# ---------------------------------------------------------------------------------------------
# ministryofjustice/cloud-platform-terraform-ingress-controller: resources/alerts.yaml (the UK Ministry
# of Justice Cloud Platform's module for its NGINX ingress controllers: the controllers' own rules)
take("ministryofjustice/cloud-platform-terraform-ingress-controller", "resources/alerts.yaml",
     "82214bba2af13ceb26c132a1e193fc77346f5276", {
         "IngressControllerIsCrashLoopBackoffing": ("crash_loop", 3),
         "IngressControllerIsOOMKilled": ("out_of_memory", 1, {"reason": "OOMKilled"}),
     }, {"instance": "10.195.14.7:8080", "job": "kube-state-metrics", "namespace": "ingress-controllers",
         "pod": "nginx-ingress-default-controller-7b9c6d4f8-2xkqp", "container": "controller"})


# ---------------------------------------------------------------------------------------------
# Kuadrant/kuadrant-operator: examples/alerts/*.yaml (Kuadrant's gateway policy operator (DNS, TLS,
# auth and rate-limit policies for Gateway API gateways): its example rules for orphaned DNS records,
# gateways and routes without policies, and two Sloth-generated SLO burn-rate alerts over the Istio
# ingress gateway's requests; each SLO file writes its alert twice (page, ticket), the first taken)
KUAD = ("Kuadrant/kuadrant-operator", "ae698811cdbec09e1bb927678420967d31d09194")
take(KUAD[0], "examples/alerts/orphan_records.yaml", KUAD[1], {
    "PossibleOrphanedDNSRecords": (None, 1),
}, {"rootDomain": "apps.example-shop.com"})
take(KUAD[0], "examples/alerts/prometheusrules_policies_missing.yaml", KUAD[1], {
    "GatewayWithoutDnsPolicy": (None, 1),
    "GatewayWithoutTlsPolicy": (None, 1),
    "HTTPRouteWithoutAuthPolicy": (None, 1),
    "HTTPRouteWithoutRateLimitPolicy": (None, 1),
}, lambda name: {"instance": "10.128.2.44:8081", "job": "kube-state-metrics", "customresource_group": "gateway.networking.k8s.io",
                 **({"name": "external", "gateway_name": "external", "namespace": "api-gateway"} if name.startswith("Gateway") else
                    {"name": "toystore", "httproute_name": "toystore", "namespace": "toystore"})})
KUAD_SLO = {"sloth_service": "kuadrant", "sloth_id": "kuadrant-requests-availability", "sloth_slo": "requests-availability",
            "owner": "kuadrant-org", "request_host": "api.toystore.example.com"}
take(KUAD[0], "examples/alerts/slo-availability.yaml", KUAD[1], {
    "KuadrantAvailabilityHighErrorRate": ("high_error_rate", 0.0118, KUAD_SLO),
}, {})
take(KUAD[0], "examples/alerts/slo-latency.yaml", KUAD[1], {
    "KuadrantlatencyHighErrorRate": ("high_latency", 0.0093, dict(KUAD_SLO, sloth_id="kuadrant-requests-latency", sloth_slo="requests-latency")),
}, {})


# ---------------------------------------------------------------------------------------------
# The same family's formulas for the load balancer's neighbours, in the same alarm form (written as
# Prometheus rules by `salt_text`): salt-formulas/salt-formula-keepalived (the VRRP daemon holding
# the load balancers' virtual IPs), salt-formulas/salt-formula-octavia (OpenStack's load-balancing
# service's API) and salt-formulas/salt-formula-apache (Apache httpd, the front end and reverse proxy
# of the cloud's APIs and dashboards)
KEEP = ("salt-formulas/salt-formula-keepalived", "7c43d92b51654353cbf08da25097d40403d3b3df", "keepalived/meta/prometheus.yml")
KEEP_VRRP = "a VRRP instance in keepalived's %s state (its tracked interface or check failing, or the state unreadable): not settled"
take(KEEP[0], KEEP[2], KEEP[1], {
    "KeepalivedProcessDown": ("node_down", 0),
    "KeepalivedProcessNotResponsive": ("node_down", 0),
    "KeepalivedFailedState": (OUT, KEEP_VRRP % "FAILED"),
    "KeepalivedUnknownState": (OUT, KEEP_VRRP % "UNKNOWN"),
    "KeepalivedMultipleIPAddr": (None, 2),
    "KeepalivedServiceOutage": ("node_down", 3),
}, lambda name: {"ip": "10.10.0.10"} if name == "KeepalivedMultipleIPAddr" else
   ({"cluster": "prx"} if name == "KeepalivedServiceOutage" else {"host": "prx02", "instance": "prx02:9126", "job": "telegraf"}),
    {"name": "VIP_1", "process_name": "keepalived"}, text=salt_text(KEEP[0], KEEP[1], KEEP[2]))
OCT = ("salt-formulas/salt-formula-octavia", "94c608bd001e6cc2f818fa0f4f88e08d6316e259", "octavia/meta/prometheus.yml")
take(OCT[0], OCT[2], OCT[1], {
    "OctaviaApiDown": ("node_down", 0),
    "OctaviaErrorLogsTooHigh": (None, 0.47),
}, lambda name: {} if name == "OctaviaApiDown" else {"host": "ctl01", "instance": "ctl01:9126", "job": "telegraf", "service": "octavia"},
    text=salt_text(OCT[0], OCT[1], OCT[2]))
APA = ("salt-formulas/salt-formula-apache", "d393507a6b290069493f866abcee9f58fcdcc564", "apache/meta/prometheus.yml")
take(APA[0], APA[2], APA[1], {
    "ApacheServiceDown": ("node_down", 0),
    "ApacheServiceOutage": ("node_down", 3),
    "ApacheWorkersAbsent": ("connection_pool_exhaustion", 0),
}, lambda name: {"cluster": "prx"} if name == "ApacheServiceOutage" else {"host": "prx01", "instance": "prx01:9126", "job": "telegraf"},
    text=salt_text(APA[0], APA[1], APA[2]))


# ---------------------------------------------------------------------------------------------
# scalar-labs/helm-charts: charts/envoy/templates/prometheusrules.yaml (Scalar's chart for the Envoy
# proxy it puts in front of ScalarDB/ScalarDL: the proxy Deployment's own rules; the database charts'
# rules in the same repository are the same four rules for other workloads and are not taken). Helm
# template: its `if` lines dropped, the {{`...`}} escapes undone, the `include` actions in the
# expressions and metadata left as placeholders (`helm_text`).
SCALAR = ("scalar-labs/helm-charts", "1341cfda879bd151b1de2808ffc595b798987979", "charts/envoy/templates/prometheusrules.yaml")
SCALAR_KSM = {"instance": "10.42.1.19:8080", "job": "kube-state-metrics", "namespace": "scalardl"}
take(SCALAR[0], SCALAR[2], SCALAR[1], {
    "EnvoyClusterDown": ("node_down", 0),
    "EnvoyClusterDegraded": ("node_down", 1),
    "EnvoyPodsPending": (None, 1),
    "EnvoyPodsError": ("crash_loop", 1, {"reason": "CrashLoopBackOff"}),
}, lambda name: dict(SCALAR_KSM, deployment="scalardl-envoy") if name.startswith("EnvoyCluster") else
   dict(SCALAR_KSM, pod="scalardl-envoy-6b8f9c7d54-tq9zl", **({"phase": "Pending"} if name == "EnvoyPodsPending" else {"container": "envoy"})),
    text=helm_file(SCALAR[0], SCALAR[1], SCALAR[2], {}))


# ---------------------------------------------------------------------------------------------
# pinano/traefik-pro-stack: config/prometheus/rules.yml (a Traefik reverse-proxy stack with CrowdSec,
# Anubis proof-of-work challenges and Valkey: its own rules for the proxy's targets, 5xx share,
# config reloads and latency, the host, and Valkey. Many alertnames are common ones found in other
# corpora; the wording is the stack's own)
PINANO = ("pinano/traefik-pro-stack", "12a8edb5641e83982482d521d978289932135a95", "config/prometheus/rules.yml")
PINANO_JOBS = {"TraefikDown": ("traefik", "traefik:8080"), "CrowdSecDown": ("crowdsec", "crowdsec:6060"),
               "RedisDown": ("redis", "redis-exporter:9121"), "NodeExporterDown": ("node_exporter", "node-exporter:9100")}


def pinano_series(name):
    if name in PINANO_JOBS:
        return {"job": PINANO_JOBS[name][0], "instance": PINANO_JOBS[name][1]}
    if name.startswith("Redis"):
        return {"job": "redis", "instance": "redis-exporter:9121"}
    if name == "TraefikConfigReloadFailure":
        return {"job": "traefik", "instance": "traefik:8080"}
    return {}  # sum(...) / sum(...), node-wide ratios with `or on() vector(0)`


take(PINANO[0], PINANO[2], PINANO[1], {
    "TraefikDown": ("node_down", 0),
    "CrowdSecDown": ("node_down", 0),
    "RedisDown": ("node_down", 0),
    "NodeExporterDown": ("node_down", 0),
    "HighErrorRate": ("high_error_rate", "7.312%"),
    "TraefikConfigReloadFailure": (None, 2),
    "HighLatencyP50": ("high_latency", "2.614s", {"service": "nextcloud@docker"}),
    "HighMemoryUsage": ("out_of_memory", "92.41%", {"instance": "node-exporter:9100", "job": "node_exporter"}),
    "CriticalMemoryUsage": ("out_of_memory", "97.83%", {"instance": "node-exporter:9100", "job": "node_exporter"}),
    "HighCPULoad": (None, "88.21", {"instance": "node-exporter:9100"}),
    "DiskSpaceLow": ("disk_full", "11.27%", {"instance": "node-exporter:9100", "job": "node_exporter", "mountpoint": "/", "fstype": "ext4", "device": "/dev/sda1"}),
    "DiskSpaceCritical": ("disk_full", 0.0318, {"instance": "node-exporter:9100", "job": "node_exporter", "mountpoint": "/", "fstype": "ext4", "device": "/dev/sda1"}),
    "RedisHighMemoryUsage": ("out_of_memory", "88.14%"),
    "RedisRejectedConnections": ("connection_pool_exhaustion", 14),
}, pinano_series)


FILES.write("rulesets33a.jsonl")
