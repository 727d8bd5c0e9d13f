"""rulesets33e.jsonl: whole alerting-rule files of public projects no corpus used before (session 33,
fifth helper; cloud-native platform layers' own rules: multi-tenancy and platform add-ons, the
plugins a Kubernetes platform ships for its clusters).

Every alerting rule of each file is read and rendered by `rule_templates.RuleFiles` (its
docstring says how); the labels are decided by hand under tests/fixtures/corpus/POLICY.md, before
any classifier ran, in the tables below, and a rule mapped to OUT is left out with its reason
(listed in SOURCES.md).
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(__file__))
from rule_templates import OUT, RuleFiles, show  # noqa: E402


FILES = RuleFiles()
take = FILES.take


# ---------------------------------------------------------------------------------------------
# projectcapsule/capsule: charts/capsule/values.yaml (Capsule, the CNCF multi-tenancy add-on for
# Kubernetes: the chart's own PrometheusRule groups sit in values.yaml under monitoring rules;
# tenants, custom and global quotas, resource pools, replications, its controller and webhook)
CAPSULE_CR = "readiness of one of Capsule's custom resources (rule 5): null"
CAPSULE_QUOTA = "usage of a tenant quota or resource pool (an accounting allowance, rule 7): null"
take("projectcapsule/capsule", "charts/capsule/values.yaml", "65a4e19e028fbbb2703b888d81f02035cf36cefa", {
    "CapsuleGlobalCustomQuotaNotReady": (None, 0),
    "CapsuleGlobalCustomQuotaHighUsageWarning": (None, 92.5),
    "CapsuleGlobalCustomQuotaHighUsageCritical": (None, 97.25),
    "CapsuleCustomQuotaNotReady": (None, 0),
    "CapsuleCustomQuotaHighUsageWarning": (None, 91.66666666666667),
    "CapsuleCustomQuotaHighUsageCritical": (None, 98),
    "CapsuleResourcePoolNotReady": (None, 0),
    "CapsuleResourcePoolClaimNotReady": (None, 0),
    "CapsulePoolHighUsageWarning": (None, 93.75, {"resource": "requests.memory"}),
    "CapsulePoolHighUsageCritical": (None, 96.875, {"resource": "limits.cpu"}),
    "CapsuleGlobalResourceQuotaNotReady": (None, 0),
    "CapsuleGlobalResourceQuotaHighUsage": (None, 90.9090909090909, {"resource": "pods"}),
    "CapsuleGlobalResourceQuotaCriticalUsage": (None, 95.83333333333333, {"resource": "requests.storage"}),
    "CapsuleGlobalTenantResourceNotReady": (None, 0),
    "CapsuleTenantResourceNotReady": (None, 0),
    "CapsuleTenantNamespaceQuotaExceeded": (None, 10),
    "CapsuleTenantNotReady": (None, 0),
    "CapsuleTenantNamespaceNotReady": (None, 0),
    "CapsuleRuleStatusNotReady": (None, 0),
    "CapsuleTenantOwnerNotReady": (None, 0),
    "CapsuleConfigurationNotReady": (None, 0),
    "CapsuleControllerDown": ("node_down", 0),
    "CapsuleWebhookHighErrorRate": ("high_error_rate", "7.31%"),
}, {"instance": "10.244.3.17:8080", "job": "capsule-controller-manager", "namespace": "capsule-system",
    "pod": "capsule-controller-manager-7c9d6f8b54-qm2vx", "container": "manager"},
    {"custom_quota": "gpu-quota", "target_namespace": "oil-production", "name": "oil-default",
     "pool": "solar-pool", "resource": "requests.cpu", "global_resource_quota": "global-compute",
     "tenant": "oil", "max_namespaces": "10", "condition": "Ready"})


# ---------------------------------------------------------------------------------------------
# cloudoperators/greenhouse-extensions: taken whole by rulesets33d (same files, same labels);
# its items were dropped here at merge so that no rule counts twice.

# ---------------------------------------------------------------------------------------------
# vshn/component-appcat (VSHN's AppCat, the managed-service catalog of the APPUiO platform, built
# on Crossplane: the Commodore component's rules as its golden test output for the vshn-managed
# cluster renders them; the CloudNativePG, AppCat job, HA, Crossplane-resource and Redis/PostgreSQL
# SLA files are taken, the other services' SLA files (the same rule per service) are not). The
# OnCall label's `{{ if eq $labels.sla "guaranteed" }}` template is rendered for a made-up
# besteffort instance ("false").
APPCAT = ("vshn/component-appcat", "6cb285a7f96d41cfabbc9dabde1ef79abe1fb962", "tests/golden/vshn-managed/appcat/appcat/")
ONCALL = re.compile(r"'\{\{ if eq \$labels\.sla \"guaranteed\" \}\}true\{\{ else \}\}false\{\{ end\s+\}\}'")


def appcat(path, labels, base, extra=None):
    text = ONCALL.sub("'false'", show(APPCAT[0], APPCAT[1], APPCAT[2] + path))
    take(APPCAT[0], APPCAT[2] + path, APPCAT[1], labels, base, extra, text=text)


CNPG_POD = {"instance": "10.128.6.41:9187", "job": "postgresql-cnpg", "namespace": "vshn-postgresql-shop-db-7xk2p",
            "pod": "postgresql-2", "sla": "besteffort"}
appcat("cnpg/10_cnpg_prometheusrule.yaml", {
    "CNPGPostgreSQLReplicationLagCritical": ("replication_lag", 412.7),
    "CNPGPostgreSQLReplicaFailingReplication": (None, 1),
    "CNPGPostgreSQLManualSwitchoverRequired": (None, 1),
    "CNPGPostgreSQLNoStreamingReplicas": (None, 0),
    "CNPGPostgreSQLXIDWraparound": (None, 318274611),
    "CNPGPostgreSQLFencingOn": (None, 1),
    "CNPGPostgreSQLArchiveFailing": (None, 1),
    "CNPGClusterHAWarning": (None, 1),
    "CNPGClusterOffline": ("node_down", 0),
    "CNPGClusterInstancesOnSameNode": (None, 2),
}, CNPG_POD, {"datname": "shop", "node": "worker-zrh-1-04"})

APPCAT_KSM = {"instance": "10.128.2.9:8443", "job": "kube-state-metrics", "namespace": "vshn-redis-cache-4hq8m"}
appcat("10_appcat_backup_monitoring.yaml", {
    "AppCatBackupJobError": (None, 1),
}, dict(APPCAT_KSM, job_name="k8up-backup-redis-cache-29410560"))
appcat("10_appcat_ha_monitoring.yaml", {
    "AppCatHighAvailableDeploymentWarning": ("node_down", 1),
    "AppCatHighAvailableStatefulsetWarning": ("node_down", 1),
}, dict(APPCAT_KSM, deployment="redis-cache-sentinel", statefulset="redis-node"))
appcat("10_appcat_maintenance_monitoring.yaml", {
    "AppCatMaintenanceJobFailed": (None, 1),
}, dict(APPCAT_KSM, job_name="maintenancejob-29410620"))
appcat("billing/50_alerts.yaml", {
    "AppCatReportingDatabaseBackfillingFailed": (None, 1),
}, {"instance": "10.128.2.9:8443", "job": "kube-state-metrics", "namespace": "syn-appcat",
    "job_name": "appcat-backfill-vshnredis-29410500"})
appcat("controllers/appcat/40_prometheusrule.yaml", {
    "CrossplaneResourceUnsynced": (None, 1),
    "CrossplaneResourceNotReady": (None, 1),
}, {"api_version": "vshn.appcat.vshn.io/v1", "kind": "XVSHNRedis", "name": "redis-cache-4hq8m",
    "claim_name": "redis-cache", "claim_namespace": "shop-prod", "instance_name": "redis-cache-4hq8m",
    "status_synced": "ReconcileError", "status_ready": "Creating"})
appcat("hotfixer/10_prometheusrule.yaml", {
    "AppCatHotfixJobError": (None, 1),
}, {"instance": "10.128.2.9:8443", "job": "kube-state-metrics", "namespace": "syn-appcat", "job_name": "appcat-hotfixer"})

APPCAT_PROBE = {"instance": "10.128.4.18:8080", "job": "appcat-sli-exporter", "namespace": "syn-appcat-slos",
                "name": "redis-cache-4hq8m", "instance_namespace": "vshn-redis-cache-4hq8m", "sla": "besteffort"}
APPCAT_SLO = "an uptime SLO's error-budget burn over failed probes of the instance (error budget burn, rule 4, or a probe saying the instance is down, rule 7): not settled"
appcat("sli_exporter/90_VSHNRedis_Opsgenie.yaml", {
    "VSHNRedisSla": ("node_down", 0.6, {"reason": "fail-connect"}),
    "VSHNRedisSlaHA": ("node_down", 0.8, {"reason": "fail-connect"}),
    "VSHNRedisNotMaster": (OUT, "a Redis replica not connected to a master (the master down, or replication broken): not settled"),
    "VSHNRedisQuorumNotOk": (None, 0),
    "VSHNRedisQuorumFlapping": (OUT, "a Sentinel quorum state changing four times in ten minutes (flapping members or network): not settled"),
}, dict(APPCAT_PROBE, service="VSHNRedis"), {"ha": "true", "maintenance": "false"})
appcat("sli_exporter/90_VSHNPostgreSQL_Opsgenie.yaml", {
    "VSHNPostgreSQLSla": ("node_down", 0.6, {"reason": "fail-timeout"}),
    "VSHNPostgreSQLSlaHA": ("node_down", 1.2, {"reason": "fail-timeout"}),
}, dict(APPCAT_PROBE, service="VSHNPostgreSQL", name="shop-db-7xk2p", instance_namespace="vshn-postgresql-shop-db-7xk2p"))
appcat("sli_exporter/80_slo_vshn_redis_ha.yaml", {
    "SLO_AppCat_HAVSHNRedisUptime": (OUT, APPCAT_SLO),
}, {})
appcat("sli_exporter/70_slo_vshn_postgresql.yaml", {
    "SLO_AppCat_VSHNPostgreSQLUptime": (OUT, APPCAT_SLO),
}, {})


# ---------------------------------------------------------------------------------------------
# operator-framework/operator-controller: testdata/prometheus/values.yaml (OLM v1, the cluster
# extension installer: the rules its own Prometheus setup loads, as additionalPrometheusRulesMap
# of the Prometheus chart's values, on its operator-controller and catalogd components)
OLM_PANIC = "panics counted by controller-runtime, which recovers them (no restart, no settled cause): not settled"
OLM_MEM = "container memory above, or growing faster than, a fixed figure with no stated limit (rule 8): not settled"
take("operator-framework/operator-controller", "testdata/prometheus/values.yaml", "df2c201d70e83d02eae23597d604269fa1baf20a", {
    "reconciler-panic": (OUT, OLM_PANIC),
    "webhook-panic": (OUT, OLM_PANIC),
    "oom-events": ("out_of_memory", 1),
    "operator-controller-memory-growth": (OUT, OLM_MEM),
    "catalogd-memory-growth": (OUT, OLM_MEM),
    "operator-controller-memory-usage": (OUT, OLM_MEM),
    "catalogd-memory-usage": (OUT, OLM_MEM),
    "operator-controller-cpu-usage": (None, "23.47"),
    "catalogd-cpu-usage": (None, "21.08"),
    "operator-controller-api-call-rate": (None, "14.62"),
    "catalogd-api-call-rate": (None, "6.31"),
}, {"instance": "10.244.0.12:8443", "job": "operator-controller-service", "namespace": "olmv1-system",
    "pod": "operator-controller-controller-manager-6d8c5b7f94-lq7zt", "container": "manager"})


# ---------------------------------------------------------------------------------------------
# tjungbauer/project-onboarding-operator: config/prometheus/rules.yaml (an OpenShift platform
# team's operator that onboards projects (namespaces, quotas, "t-shirt sizes") for tenants; the
# OLM bundle's copy of the same rules is not taken again; its recording rules are not rules taken)
take("tjungbauer/project-onboarding-operator", "config/prometheus/rules.yaml", "28a01211db7900241ec0ffe6f8d9fd9e16a5d679", {
    "ProjectOnboardingOperatorDown": ("node_down", 0),
    "ProjectOnboardingReconcileErrors": (None, 0.0667),
    "ProjectOnboardingWorkqueueBacklog": ("queue_backlog", 17),
    "TShirtSizeReconcileErrors": (None, 0.0333),
    "ProjectOnboardingReconcileErrorsByReason": (None, 0.05, {"reason": "quota_apply"}),
}, {"instance": "10.130.2.44:8443", "job": "project-onboarding-operator-controller-manager-metrics-service",
    "namespace": "project-onboarding-operator", "service": "project-onboarding-operator-controller-manager-metrics-service",
    "name": "projectonboarding", "controller": "projectonboarding"}, {"reason": "quota_apply"})


# ---------------------------------------------------------------------------------------------
# 19-komal/certificate-management-operator: config/prometheus/prometheusrule.yaml (an OpenShift
# operator that watches and rotates the TLS certificates kept in a cluster's secrets)
take("19-komal/certificate-management-operator", "config/prometheus/prometheusrule.yaml", "7d72406cb9768270ca0caf3e9e642f8e9f028f31", {
    "CertificateExpiringSoon": ("certificate_expiry", 21),
    "CertificateExpiringCritical": ("certificate_expiry", 4),
    "CertificateExpired": ("certificate_expiry", -2),
    "CertificateRotationFailed": (OUT, "failed rotations of a certificate still valid (a failed renewal job, rule 10, or the expiry it leads to): not settled"),
}, {"instance": "10.129.0.31:8443", "job": "certificate-management-operator-metrics", "namespace": "payments",
    "secret": "payments-api-tls"})


# ---------------------------------------------------------------------------------------------
# redhat-cop/egressip-ipam-operator: config/prometheus/rules.yaml (Red Hat Communities of
# Practice's OpenShift add-on that allocates egress IPs to namespaces from a node's capacity)
take("redhat-cop/egressip-ipam-operator", "config/prometheus/rules.yaml", "7c7b6d739635ef2e0b56926483a0a7cf1b01fb10", {
    "HighEgressIPUtilization": (None, 0.8333),
    "ExtremelyHighEgressIPUtilization": (None, 1),
}, {"instance": "10.0.141.12:8443", "job": "egressip-ipam-operator-controller-manager-metrics",
    "namespace": "egressip-ipam-operator", "node": "ip-10-0-141-12.eu-west-1.compute.internal"})


# ---------------------------------------------------------------------------------------------
# cloudoperators/greenhouse: charts/manager/alerts/*.alerts (SAP's Greenhouse platform itself: the
# manager's own rules on its organizations, teams, registered clusters, plugins and catalogs, its
# operator, webhooks and proxies; eight files, every one taken; the plugins' rules are the
# separate greenhouse-extensions repository's, above)
GHM = ("cloudoperators/greenhouse", "7e13274cac1367b3308cd142093ba1f35549f2b2")
GHM_OPERATOR = {"instance": "10.180.4.12:8080", "job": "greenhouse-controller-manager-metrics-service",
                "service": "greenhouse-controller-manager-metrics-service", "namespace": "greenhouse",
                "pod": "greenhouse-controller-manager-5d7b9c6f48-wx2mp"}
GHM_EXTRA = {"catalog": "greenhouse-extensions", "organization": "ccloud", "owned_by": "observability",
             "reason": "SourceNotReady", "clusterName": "qa-de-1", "version": "v1.29.8", "controller": "plugin",
             "name": "plugin", "webhook": "/validate-greenhouse-sap-v1alpha1-plugin", "plugin": "kube-monitoring-qa-de-1",
             "pluginPreset": "kube-monitoring", "method": "GET", "resource_kind": "PluginPreset",
             "resource_name": "logs-qa", "team": "observability", "team_role_binding": "observability-viewer"}


def ghm(name, labels, base=GHM_OPERATOR):
    take(GHM[0], "charts/manager/alerts/%s.alerts" % name, GHM[1], labels, base, GHM_EXTRA)


ghm("catalog", {"GreenhouseCatalogNotReady": (None, 0)})
ghm("cluster", {
    "GreenhouseClusterNotReady": (OUT, "a registered cluster's Ready condition false (the cluster unreachable, its kubeconfig invalid, or its nodes not ready): not settled"),
    "GreenhouseClusterTokenExpiry": (None, 61200),
    "GreenhouseClusterKubernetesVersionOutOfMaintenance": (None, 1),
})
ghm("operator", {
    "GreenhouseOperatorReconcileErrorsHigh": (None, "12.5%"),
    "GreenhouseOperatorReconcileDurationHigher10Min": (OUT, "a controller's own reconcile-loop duration (as rulesets28c, 29 and 32a left them out)"),
    "GreenhouseOperatorWorkqueueNotDrained": ("queue_backlog", 0.15),
    "GreenhouseWebhookLatencyHigh": ("high_latency", "342.7ms"),
    "GreenhouseWebhookErrorsHigh": ("high_error_rate", "14.29%"),
})
ghm("organization", {
    "GreenhouseOrganizationNotReady": (None, 0),
    "GreenhouseSCIMAccessNotReady": (None, 0),
})
ghm("plugin", {
    "GreenhousePluginNotReady": (None, 0),
    "GreenhousePluginPresetNotReconciled": (None, 0),
    "GreenhousePluginConstantlyFailing": (None, 0.8333),
})
ghm("proxies", {
    "GreenhouseProxyRequestErrorsHigh": ("high_error_rate", "23.08%", {"service": "greenhouse-cors-proxy"}),
    "GreenhouseProxyRequestDurationHigh": ("high_latency", "812.4ms", {"service": "greenhouse-cors-proxy"}),
    "GreenhouseIDProxyErrorsHigh": ("high_error_rate", 0.3, {"service": "greenhouse-idproxy", "code": "502"}),
}, {"instance": "10.180.5.23:6543", "job": "greenhouse-idproxy", "namespace": "greenhouse",
    "pod": "greenhouse-idproxy-7f6d8c9b5-k4rtz"})
ghm("resource", {"GreenhouseResourceOwnedByLabelMissing": (None, 1)})
ghm("team", {
    "GreenhouseTeamMembershipCountDrop": (None, -7),
    "GreenhouseTeamRoleBindingNotReady": (None, 0),
})


# ---------------------------------------------------------------------------------------------
# Project Syn / APPUiO Commodore components (VSHN's platform team's packaging of cluster add-ons:
# each component repository renders its own rules; its golden test output for the default
# configuration is taken, one repository a project). Each holds one to nine rules of its own.
SYN_KYVERNO = ("projectsyn/component-kyverno", "dd3a6d509ca4727a9a4e08f915bf12c5b6897a47",
               "tests/golden/defaults/kyverno/kyverno/10_monitoring/10_prometheusrule_kyverno-alerts.yaml")
take(SYN_KYVERNO[0], SYN_KYVERNO[2], SYN_KYVERNO[1], {
    "KyvernoAdmissionLatencyReachedWebhookTimeout": (OUT, "admission reviews slower than the API server's 10s webhook timeout (the latency of Kyverno's reviews, or the API server's calls timing out on it): not settled"),
}, {"resource_kind": "Pod", "resource_namespace": "shop-prod"})

take("projectsyn/component-crossplane", "tests/golden/defaults/crossplane/crossplane/20_monitoring.yaml",
     "f375e310309eb0505c581cb678e7dd90ed664696", {
         "CrossplaneDown": ("node_down", 0),
     }, {"instance": "10.128.3.77:8080", "job": "crossplane-metrics", "namespace": "syn-crossplane",
         "pod": "crossplane-7d9b8c5f6d-hx4lq"})

take("projectsyn/component-cert-manager", "tests/golden/config/cert-manager/cert-manager/99_alerts.yaml",
     "fd3ffdea20d746b2472e4795d7f4140127d81e58", {
         "CertificateNotReady": (None, 0),
     }, {"instance": "10.128.5.14:9402", "job": "cert-manager", "namespace": "shop-prod", "name": "shop-api-tls",
         "condition": "True", "issuer_name": "letsencrypt-production", "issuer_kind": "ClusterIssuer"})

OUC = "tests/golden/defaults/openshift-upgrade-controller/openshift-upgrade-controller/10_prometheusrule.yaml"
take("appuio/component-openshift-upgrade-controller", OUC, "19cc2d3972619e5fea019c6f61632f4ec4d98aea", {
    "MaintenanceInProgress": (None, 1),
    "NodeDrainStuck": (None, 1),
    "PausedMachineConfigPool": (None, 1),
    "UpgradeJobFailed": (None, 1, {"upgradejob": "maintenance-2026-12-02-22-00", "state": "failed"}),
}, {"instance": "10.128.0.52:8080", "job": "openshift-upgrade-controller-metrics",
    "namespace": "appuio-openshift-upgrade-controller"},
    {"node": "infra-zrh-1-a7f3", "pool": "worker", "upgradejob": "maintenance-2026-12-02-22-00",
     "reason": "PreUpgradeHealthCheckFailed"})

# appuio/component-openshift4-slos: the APPUiO platform's own SLOs of its OpenShift clusters (Sloth
# renders each SLO as a page and a ticket alert of one name; the first is taken). The burn-rate
# expressions keep no series labels; the labels the templates name are made up per SLO.
SLOS = ("appuio/component-openshift4-slos", "a55b3cd53b219faff1d2711ad366114277dcd4a5",
        "tests/golden/defaults/openshift4-slos/openshift4-slos/")
SLO_IDS = {
    "AppuioChHttpGetErrorRatio": ("appuio-ch", "appuio-ch-http-get-availability"),
    "SLO_CustomerFacingIngressFailure": ("customer-facing", "ingress"),
    "SLO_ClusterIngressFailure": ("ingress", "canary"),
    "SLO_KubeApiServerFailure": ("kubernetes_api", "canary"),
    "SLO_KubeApiServerHighErrorRate": ("kubernetes_api", "requests"),
    "SLO_NetworkPacketLossHigh": ("network", "requests"),
    "SLO_StorageOperationHighErrorRate": ("storage", "csi-operations"),
    "SLO_StorageCanaryWorkloadTimesOut": ("storage", "storage-canary-bulk"),
    "SLO_CanaryWorkloadTimesOut": ("workload-schedulability", "canary"),
}
SLO_PROBES = "an SLO's error-budget burn over failed probes of a canary (error budget burn, rule 4, or a probe saying its target is down, rule 7): not settled"


def slo(name, labels):
    take(SLOS[0], SLOS[2] + name + ".yaml", SLOS[1], labels,
         lambda alert: {"sloth_service": SLO_IDS[alert][0], "sloth_slo": SLO_IDS[alert][1],
                        "sloth_id": "%s-%s" % SLO_IDS[alert]})


slo("appuio-ch-http-get-availability", {"AppuioChHttpGetErrorRatio": ("high_error_rate", 0.0213)})
slo("customer_facing", {"SLO_CustomerFacingIngressFailure": ("high_error_rate", 0.0187)})
slo("ingress", {"SLO_ClusterIngressFailure": (OUT, SLO_PROBES)})
slo("kubernetes_api", {
    "SLO_KubeApiServerFailure": (OUT, SLO_PROBES),
    "SLO_KubeApiServerHighErrorRate": ("high_error_rate", 0.0172),
})
slo("network", {"SLO_NetworkPacketLossHigh": (None, 0.0836)})
slo("storage", {
    "SLO_StorageOperationHighErrorRate": ("high_error_rate", 0.0931),
    "SLO_StorageCanaryWorkloadTimesOut": (None, 0.1562),
})
slo("workload-schedulability", {"SLO_CanaryWorkloadTimesOut": (None, 0.0417)})


FILES.write("rulesets33e.jsonl")
