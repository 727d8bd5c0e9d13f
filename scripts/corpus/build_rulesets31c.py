"""rulesets31c.jsonl: whole alerting-rule files of public projects no corpus has used (session 31,
third helper; application teams and self-hosted platforms writing their own rules: a French
government DevOps platform, UK government digital services, a market-research company's
Kubernetes mixin, a blockchain node operator, a crypto exchange's support bot, a self-hosted
Matrix homeserver).

Every alerting rule of each file is read and rendered by `rule_templates.RuleFiles` (its
docstring says how); the labels are decided by hand under tests/fixtures/corpus/POLICY.md, before
any classifier ran, in the tables below, and a rule mapped to OUT is left out with its reason
(listed in SOURCES.md).
"""
import os
import sys

import yaml

sys.path.insert(0, os.path.dirname(__file__))
from rule_templates import OUT, RuleFiles, show  # noqa: E402

OUT_PATH = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "tests", "fixtures",
                        "corpus-public", "rulesets31c.jsonl")

FILES = RuleFiles()
take = FILES.take


# ---------------------------------------------------------------------------------------------
# cloud-pi-native/socle: the French Ministry of the Interior's "Cloud Pi Native" DevOps platform
# (DSO). Its own rule files for the platform's services, under
# roles/gitops/rendering-apps-files/templates/dashboard/files/rules/metrics/ at the last commit
# before they moved to another repository (a2b571f). Helm templates: `{{ .Values... }}` appears
# only in the expressions; the annotations' {{`{{`}} escapes are undone by RuleFiles.
SOCLE = "cloud-pi-native/socle"
SOCLE_COMMIT = "4bfccec1e6dbe136736b9c06972779bb3f8f48d2"
SOCLE_DIR = "roles/gitops/rendering-apps-files/templates/dashboard/files/rules/metrics/"

take(SOCLE, SOCLE_DIR + "argo-cd-alerts.yaml.tpl", SOCLE_COMMIT, {
    "Argo CD App Missing": (None, 1),
    "Argo CD App Not Synced": (None, 1),
    "Argo CD Redis HA not available": ("node_down", 0),
    "Argo CD Redis HA Haproxy not available": ("node_down", 0),
    "Argo CD Server not available": ("node_down", 0),
    "Argo CD Repo Server not available": ("node_down", 0),
    "Argo CD Applicationset Controller not available": ("node_down", 0),
    "Argo CD Application Controller not available": ("node_down", 0),
    "Argo CD Pod not healthy": ("node_down", 0),
}, {"namespace": "dso-argocd", "pod": "argocd-repo-server-6d9f7c5b8-xk2lp", "container": "repo-server",
    "job": "kube-state-metrics", "instance": "10.42.1.23:8080"},
    {"name": "dso-console-prod", "dest_namespace": "dso-console"})

take(SOCLE, SOCLE_DIR + "gitlab-alerts.yaml.tpl", SOCLE_COMMIT, {
    "GitLab webservice not available": ("node_down", 0),
    "GitLab toolbox not available": ("node_down", 0),
    "GitLab sidekiq not available": ("node_down", 0),
    "GitLab runner not available": ("node_down", 0),
    "GitLab redis not available": ("node_down", 0),
    "GitLab minio not available": ("node_down", 0),
    "GitLab kas not available": ("node_down", 0),
    "GitLab shell not available": ("node_down", 0),
    "GitLab exporter not available": ("node_down", 0),
    "GitLab gitaly not available": ("node_down", 0),
    "GitLab ci-pipelines-exporter not available": ("node_down", 0),
    "GitLab Pod not healthy": ("node_down", 0),
    "GitLab DB not available": ("node_down", 0),
    "GitLab DB Pod not healthy": ("node_down", 0, {"pod": "pg-cluster-gitlab-2", "container": "postgres"}),
    "GitLab PVC has low remaining disk space": ("disk_full", 14.37),
    "GitLab PVC almost out of disk space": ("disk_full", 6.12),
    "GitLab PVC out of disk space": ("disk_full", 0),
}, {"namespace": "dso-gitlab", "pod": "gitlab-gitaly-0", "container": "gitaly",
    "job": "kube-state-metrics", "instance": "10.42.1.23:8080"},
    {"persistentvolumeclaim": "repo-data-gitlab-gitaly-0"})

take(SOCLE, SOCLE_DIR + "harbor-alerts.yaml.tpl", SOCLE_COMMIT, {
    "Harbor registry down": ("node_down", 0),
    "HarborRegistryV2NoSuccessWithTraffic": (OUT, "no successful answer on /v2/ while traffic arrives, worded as 'not available': every request failing or the registry down, not settled"),
    "HarborRegistryPushErrorRateHigh": ("high_error_rate", 0.083),
    "HarborRegistryPushErrorsBurst": ("high_error_rate", 1.7),
    "HarborRegistryPushLatencyHigh": ("high_latency", 14.2),
    "HarborProjectQuotaNearFull": ("disk_full", 0.93),
    "Harbor core not available": ("node_down", 0),
    "Harbor exporter not available": ("node_down", 0),
    "Harbor jobservice not available": ("node_down", 0),
    "Harbor portal not available": ("node_down", 0),
    "Harbor redis not available": ("node_down", 0),
    "Harbor registry not available": ("node_down", 0),
    "Harbor trivy not available": ("node_down", 0),
    "Harbor Pod not healthy": ("node_down", 0),
    "Harbor DB not available": ("node_down", 0),
    "Harbor DB Pod not healthy": ("node_down", 0, {"pod": "pg-cluster-harbor-1", "container": "postgres"}),
    "Harbor PVC has low remaining disk space": ("disk_full", 17.8),
    "Harbor PVC almost out of disk space": ("disk_full", 4.65),
    "Harbor PVC out of disk space": ("disk_full", 0),
}, {"namespace": "dso-harbor", "pod": "harbor-jobservice-7b6c9d8f4-q8mzn", "container": "jobservice",
    "job": "kube-state-metrics", "instance": "10.42.2.11:8080"},
    {"persistentvolumeclaim": "harbor-registry"})


# ---------------------------------------------------------------------------------------------
# alphagov/prometheus-aws-configuration-beta: the Government Digital Service's Prometheus for GOV.UK
# PaaS tenants; each service team's own rule file under
# terraform/modules/prom-ec2/alerts-config/alerts/. notify-alerts.yml (2 rules),
# doc-checking-alerts.yml (4) and the deleted registers (4) and govuk-accounts (2) files are
# below 5 rules and not read.
GDS = "alphagov/prometheus-aws-configuration-beta"
GDS_HEAD = "05f4860fb33891637f8eb82853d61237bd4878e3"
GDS_DIR = "terraform/modules/prom-ec2/alerts-config/alerts/"
PROM_LOAD = "Prometheus' query-engine seconds per second against a capacity figure ('over capacity'): load, neither latency nor a settled capacity"
take(GDS, GDS_DIR + "data-gov-uk-alerts.yml", GDS_HEAD, {
    "DataGovUk_HighCpuUsage": (None, 87.3),
    "DataGovUk_HighDiskUsage": ("disk_full", 84.1),
    "DataGovUk_ElasticSearchIndexSizeIncrease": (None, 412),
    "DataGovUk_ElasticSearchIndexSizeDecrease": (None, -356),
    "DataGovUk_HighSidekiqEnqueuedJobs": ("queue_backlog", 1123),
}, {"org": "gds-data-gov-uk", "space": "data-gov-uk", "job": "publish-data-production-queue-monitor",
    "instance": "publish-data-beta-production.cloudapps.digital:443"},
    {"app": "publish-data-beta-production-worker"})

take(GDS, GDS_DIR + "observe-alerts.yml", GDS_HEAD, {
    "RE_Observe_Grafana_Down": ("node_down", 0),
    "RE_Observe_AlertManager_Below_Threshold": ("node_down", 1),
    "RE_Observe_Prometheus_Below_Threshold": ("node_down", 1),
    "RE_Observe_Prometheus_AtLeastOneMissing": ("node_down", 2),
    "RE_Observe_PrometheusDiskPredictedToFill": ("disk_full", -2147483648),
    "RE_Observe_No_Paas_Targets": (None, 0),
    "RE_Observe_Prometheus_Over_Capacity": (OUT, PROM_LOAD),
    "RE_Observe_Prometheus_High_Load": (OUT, PROM_LOAD),
    "RE_Observe_Target_Down": ("node_down", 0),
    "RE_Observe_No_Successful_Updates": (None, 0),
    "AlwaysAlert": (None, 1),
}, {"job": "grafana-paas", "instance": "grafana-paas.cloudapps.digital:443"},
    {"mountpoint": "/mnt", "region": "eu-west-2"})

take(GDS, GDS_DIR + "govuk-coronavirus-services-alerts.yml", "39827189e32f13a270a20b81d5bdbb62e311412a", {
    "GOVUK_CORONAVIRUS_SERVICES_RequestsExcess5xx": ("high_error_rate", 0.034),
    "GOVUK_CORONAVIRUS_SERVICES_HighCpuUsage": (None, 86.2),
    "GOVUK_CORONAVIRUS_SERVICES_HighDiskUsage": ("disk_full", 83.4),
    "GOVUK_CORONAVIRUS_SERVICES_AlertDrill": (None, 1),
    "GOVUK_CORONAVIRUS_SERVICES_MailersQueueLatency": ("queue_backlog", 2140),
}, {"org": "govuk_development", "space": "production", "job": "govuk-coronavirus-vulnerable-people-form",
    "instance": "govuk-coronavirus-vulnerable-people-form.cloudapps.digital:443"},
    {"app": "govuk-coronavirus-vulnerable-people-form"})


# ---------------------------------------------------------------------------------------------
# mintel/kube-monitoring-mixins: rules/prometheus-rules.yaml, the generated PrometheusRule of the
# market-research company's mixin. Only its own groups are read (blackbox.alerts to omni.alerts,
# from lib/mintel/alerts/*.libsonnet); the kube-prometheus, node-mixin and Prometheus groups
# before them and its kubernetes-absent group are other projects' rules and left out. 64 alertnames:
# the first 60 are taken (RuleFiles' cap); redis.alerts' three and omni.alerts' one are not read.
MINTEL = ("mintel/kube-monitoring-mixins", "rules/prometheus-rules.yaml", "2beaf197c815b1d1ce1c2f03ce469d5ec8667d4c")


def mintel_own():
    doc = yaml.safe_load(show(MINTEL[0], MINTEL[2], MINTEL[1]))
    groups = [g["name"] for g in doc["spec"]["groups"]]
    own = groups[groups.index("blackbox.alerts"):]
    keep = [g for g in doc["spec"]["groups"] if g["name"] in own and g["name"] != "kubernetes-absent"]
    return yaml.safe_dump({"groups": keep}, sort_keys=False, allow_unicode=True)


MINTEL_KSM = {"namespace": "portal", "job": "monitoring/kube-state-metrics", "instance": "10.12.4.31:8080"}


def mintel_base(name):
    """The made-up series of a mintel rule: its exporter's job by the rule's family."""
    for prefix, job, instance in (("Site", "blackbox", "10.12.7.4:9115"), ("TargetSSL", "blackbox", "10.12.7.4:9115"),
                                  ("CertManager", "kube-system/cert-manager", "10.12.2.9:9402"),
                                  ("Elasticsearch", "monitoring/elasticsearch-exporter", "10.12.5.17:9114"),
                                  ("ExternalDns", "kube-system/external-dns", "10.12.2.14:7979"),
                                  ("HAProxy", "kube-system/haproxy-ingress", "10.12.3.8:9101"),
                                  ("ImageService", "kube-system/haproxy-ingress", "10.12.3.8:9101"),
                                  ("Portal", "kube-system/haproxy-ingress", "10.12.3.8:9101"),
                                  ("GitSync", "portal/git-sync", "10.12.6.21:2020"),
                                  ("Filebeat", "logging/filebeat", "10.12.6.40:5066"),
                                  ("Flux", "flux-apps/flux", "10.12.2.30:3031"),
                                  ("Fluentd", "logging/fluentd", "10.12.6.44:24231"),
                                  ("MySQL", "portal/mysql-exporter", "10.12.5.60:9104"),
                                  ("GoogleNat", "monitoring/stackdriver-exporter", "10.12.2.50:9255"),
                                  ("NodeFree", "monitoring/node-exporter", "10.132.0.18:9100"),
                                  ("Clock", "monitoring/node-exporter", "10.132.0.18:9100"),
                                  ("ContainerCombined", "kube-system/kubelet", "10.132.0.18:10250"),
                                  ("KubePersistentVolume", "kube-system/kubelet", "10.132.0.18:10250"),
                                  ("PrometheusOperator", "monitoring/prometheus-operator", "10.12.2.5:8080")):
        if name.startswith(prefix):
            return {"namespace": "portal", "job": job, "instance": instance}
    return MINTEL_KSM


FILEBEAT = "events failed or dropped at a log shipper's output or pipeline: not settled (neither requests nor a queue said waiting)"
FLUX_ERR = "errors of Flux's own calls (to memcached, to an image registry) counted without a cause: failed calls of a tool, not settled"
take(*MINTEL, {
    "SiteIsDown": ("node_down", 100),
    "SiteStatusIsFlapping": (OUT, "a probed site's status flapping: neither down over the window nor settled"),
    "TargetSSLCertExpireNear": ("certificate_expiry", 17.4),
    "CertManagerCertificateExpireSoon": ("certificate_expiry", 1987200),
    "CertManagerCertificateNotReady": (None, 0),
    "ElasticsearchOperatorReconcileErrors": (None, 4),
    "ElasticsearchHeapTooHigh": ("out_of_memory", 0.87),
    "ElasticsearchLowDiskFree": ("disk_full", 22.4),
    "ElasticsearchClusterHealthRED": (None, 1),
    "ElasticsearchClusterHealthYELLOW": (None, 1),
    "ElasticsearchClusterHealthUp": (None, 0),
    "ElasticsearchGCRunsCount": (OUT, "JVM garbage-collection frequency: heap pressure or load, not settled"),
    "ElasticsearchGCRunTime": (OUT, "JVM garbage-collection time: heap pressure or load, not settled"),
    "Elasticsearch_breakers_tripped": (OUT, "circuit breakers tripped, which breaker not said: not settled"),
    "Elasticsearch_health_timed_out": (OUT, "cluster health requests that timed out waiting for a status: not settled"),
    "Elasticsearch_json_parse_failures": (None, 5),
    "ElasticsearchSnapshotFailures": (None, 2),
    "ElasticsearchSnapshotRepoFailures": (OUT, "a snapshot repository unavailable: a backup target, not settled"),
    "ExternalDnsLastSyncOld": (None, 134),
    "ExternalDnsRegistryErrorsIncrease": (None, 3),
    "HAProxyIngressSSLCertificateAboutToExpire": ("certificate_expiry", 1781510400),
    "HAProxyFrontendSessionUsage": ("connection_pool_exhaustion", 84),
    "HAProxyFrontendSessionUsageWillRunOut": ("connection_pool_exhaustion", 92),
    "HAProxyFrontendRequestErrors": ("high_error_rate", 1.8),
    "HAProxyBackendResponseErrors": ("high_error_rate", 2.4),
    "HAProxyBackendResponseErrors5xx": ("high_error_rate", 3.2),
    "HAProxyFrontendIncreasedRequests": (None, 640),
    "ImageServiceHAProxyBackendResponseTime": ("high_latency", 6.3),
    "ImageServiceAuthIssues": ("high_error_rate", 3.1),
    "GitSyncFailing": (None, 52),
    "KubeCPUOvercommit": (None, 3.4),
    "KubeMemOvercommit": (None, 3.2),
    "KubePodDistributionUnbalancedByNode": (None, 75),
    "ContainerCombinedIoHighOverTime": (None, 24117248),
    "KubePersistentVolumeInodeUsageCritical": ("disk_full", 2.1),
    "KubePersistentVolumeInodePredictedUsageCritical": ("disk_full", 11.3),
    "KubePersistentVolumeFullInFourHours": ("disk_full", 14.52),
    "GoogleNatGatewayOutboundNetworkAnomalyDetection": (None, 3.7),
    "GoogleNatGatewayInboundNetworkAnomalyDetection": (None, 3.9),
    "NodeFreeConntrackEntriesLow": (None, 7.3),
    "ClockSkewDetected": (None, 0.083),
    "ClusterLowMemoryAvailable": (OUT, "memory left for scheduling pods across the cluster: memory pressure or scheduling capacity (rule 17), not settled"),
    "PodOOMKilled": ("out_of_memory", 4),
    "KubePodFailed": (None, 1),
    "KubePodImageMismatch": (None, 2),
    "KubeDeploymentStatusUnavailable": (OUT, "a Deployment's unavailable replicas (a rollout counts too): not settled"),
    "KubeDaemonSetStatusUnavailable": (OUT, "a DaemonSet's unavailable pods (a rollout counts too): not settled"),
    "KubePDBDisruptionsAllowedZero": (None, 0),
    "FilebeatHighOutputFailures": (OUT, FILEBEAT),
    "FilebeatHighOutputDropped": (OUT, FILEBEAT),
    "FilebeatHighPipelineFailures": (OUT, FILEBEAT),
    "FilebeatRegistryWriteFailing": (OUT, "a log shipper failing to write its registry file, cause not said: not settled"),
    "FluxDaemonGeneralSyncError": (None, 0),
    "FluxManifestsSyncError": (None, 2),
    "FluxMemCacheErrors": (OUT, FLUX_ERR),
    "FluxRemoteFetchErrors": (OUT, FLUX_ERR),
    "FluxReleaseErrors": (None, 1),
    "FluentdHighOutputRetry": (None, 7),
    "MySQLAbortedConnections": (OUT, "aborted connection attempts (bad credentials, timeouts or a limit), cause not said: not settled"),
    "PortalHAProxyBackendResponseTime": ("high_latency", 0.73),
    "PrometheusOperatorRulesValidationErrors": (None, 1),
}, mintel_base,
    {"target": "https://portal.mintel.com/healthz", "app_mintel_com_owner": "portal-team", "name": "logs-es-data-2",
     "cluster": "logs", "controller": "elasticsearch-controller", "repository": "gcs-snapshots", "host": "portal.mintel.com",
     "frontend": "https-in", "mintel_com_service": "portal-portal-web", "service": "portal-redis", "pod": "portal-web-5c8d6f7b9-hp4wz",
     "container": "portal-web", "device": "/dev/sda", "persistentvolumeclaim": "data-portal-mysql-0",
     "exported_namespace": "portal", "nat_gateway_name": "nat-europe-west1", "created_by_kind": "ReplicaSet",
     "created_by_name": "portal-web-5c8d6f7b9", "node": "gke-prod-pool-2-8f3a1c2d-x7kq", "deployment": "portal-web",
     "daemonset": "filebeat", "poddisruptionbudget": "portal-web"},
    text=mintel_own())


# ---------------------------------------------------------------------------------------------
# AnilChinchawale/xdc-node-setup: monitoring/alerts.yml, the XDC Network node operator kit's own
# rules (node, host and XDPoS consensus groups).
XDC = ("AnilChinchawale/xdc-node-setup", "monitoring/alerts.yml", "fed2a3c4c158bc2ee681593823e4c4bc01a09f0e")
take(*XDC, {
    "XDCNodeDown": ("node_down", 0),
    "XDCNodeTargetMissing": ("node_down", 0),
    "XDCBlockHeightBehind": (OUT, "a node's block height behind the network's: chain sync lag, neither replication nor settled (as cardano's block divergence)"),
    "XDCNodeNotSyncing": (None, 0),
    "XDCPeerCountZero": (None, 0),
    "XDCPeerCountLow": (None, 2),
    "XDCDiskUsageWarning": ("disk_full", "12.4%"),
    "XDCDiskUsageCritical": ("disk_full", 0.038),
    "XDCRootDiskCritical": ("disk_full", 0.041),
    "XDCHighCPUUsage": (None, "93.7"),
    "XDCHighIOWait": (None, 27.3),
    "XDCHighMemoryUsage": ("out_of_memory", "92.3%"),
    "XDCMemoryNearExhaustion": ("out_of_memory", 0.962),
    "XDCNewVersionAvailable": (None, 1),
    "XDCSecurityScoreLow": (None, 64),
    "XDCSecurityScoreCritical": (None, 42),
    "XDCNodeExporterDown": ("node_down", 0, {"job": "node-exporter", "instance": "10.0.0.5:9100"}),
    "XDCCAdvisorDown": ("node_down", 0, {"job": "cadvisor", "instance": "10.0.0.5:8080"}),
    "XDCHighLoadAverage": (None, 3.4),
    "XDCNetworkErrors": (None, 27),
    "XDCContainerRestarting": ("crash_loop", 4),
    "XDCContainerOOMKilled": ("out_of_memory", 1),
    "XDCEpochChange": (None, 1),
    "XDCPenaltyIssued": (None, 2),
    "XDCProposalNew": (None, 1),
    "XDCVoteCast": (None, 3),
    "XDCFinalityDelayed": (OUT, "blocks produced but not finalized: consensus delay, neither replication lag nor settled"),
    "XDCLowValidatorParticipation": (None, 74),
    "XDCMasternodeMissedBlocks": (None, 7),
    "XDCMasternodeSlashed": (None, 1),
    "XDCRewardBelowExpected": (None, 0.72),
    "XDCClusterFailover": (OUT, "a masternode cluster's primary changed: a failover after a failure or a switch-over, not settled"),
}, {"job": "xdc-node", "instance": "10.0.0.5:6060"},
    {"current": "v2.4.0", "latest": "v2.5.1", "device": "eth0"})


# ---------------------------------------------------------------------------------------------
# hiciefte/bisq2-support-agent: docker/prometheus/alert_rules.yml, the Bisq decentralised
# exchange's support assistant (RAG service, Bisq API probes, training sync, ChatOps, containers).
BISQ = ("hiciefte/bisq2-support-agent", "docker/prometheus/alert_rules.yml", "e10c1ccc420515a6fad66948d9aeb9ee45e01246")
BISQ_READY = "a readiness check of one Bisq API feature failing, worded as degraded, not down: a synthetic check not said down (rule 7), not settled"
take(*BISQ, {
    "RAGHighErrorRate": ("high_error_rate", "7.3%"),
    "RAGHighLatency": ("high_latency", 6.41),
    "ContainerDown": ("node_down", 0),
    "ContainerUnhealthy": ("node_down", 0),
    "WikiUpdateFailure": (None, 0),
    "WikiUpdateStale": (None, "8d 4h 12m 3s"),
    "LowUserSatisfaction": (None, 54.2),
    "HighRAGCost": (None, 0.027),
    "BisqApiAuthFailures": (OUT, "the service's own authentication failures against the Bisq API (credentials, session): not settled"),
    "BisqExportReadinessFailed": (OUT, BISQ_READY),
    "BisqMarketPricesReadinessFailed": (OUT, BISQ_READY),
    "BisqOfferbookReadinessFailed": (OUT, BISQ_READY),
    "BisqReadinessChecksStale": (None, 1140),
    "TrainingSyncFailed": (None, 0),
    "TrainingSyncStale": (None, "1d 2h 3m 4s"),
    "TrainingQueueBacklog": ("queue_backlog", 73),
    "ChatOpsDispatchErrors": (OUT, "ChatOps commands that failed (a count, not a ratio of requests; cause not said): not settled"),
    "ChatOpsUnauthorizedSpike": (OUT, "ChatOps commands rejected by authorisation: misuse or permissions, not settled"),
    "ChatOpsHighLatency": ("high_latency", 2.7),
    "TrustMonitorFindingSpike": (None, 14),
    "TrustMonitorFalsePositiveSpike": (None, 7),
    "ContainerHighMemory": ("out_of_memory", "93.1%"),
    "ContainerHighCPU": (None, 0.97),
    "ContainerCPUThrottlingHigh": (None, 0.41),
}, lambda name: ({"job": "cadvisor", "instance": "cadvisor:8080"} if name.startswith("Container")
                 else {"job": "bisq-support-api", "instance": "api:8000"}),
    {"container": "bisq2-api", "source": "matrix", "name": "docker-bisq2-api-1", "routing": "FULL_REVIEW"})


# ---------------------------------------------------------------------------------------------
# iam-rizz/Selfhost-Matrix: prometheus/alert_rules.yml, a self-hosted Matrix (Synapse) stack's
# own rules.
MATRIX = ("iam-rizz/Selfhost-Matrix", "prometheus/alert_rules.yml", "8b431e59e0b38ab84baa27b88166c313c06bf495")
take(*MATRIX, {
    "SynapseDown": ("node_down", 0),
    "SynapseHighCPU": (None, 0.93),
    "SynapseHighMemory": (OUT, "a fixed threshold (2 GiB) on resident memory without a stated limit (rule 8)"),
    "SynapseFederationErrors": ("high_error_rate", 0.87),
    "HighDiskUsage": ("disk_full", 0.12),
    "HighMemoryUsage": ("out_of_memory", 0.89),
    "NodeExporterDown": ("node_down", 0, {"job": "node-exporter", "instance": "node-exporter:9100"}),
}, {"job": "synapse", "instance": "synapse:9000"})


# ---------------------------------------------------------------------------------------------
# navikt/digisos-alerts: the Norwegian Labour and Welfare Administration's (NAV) team digisos
# (digital social assistance applications), its PrometheusRules for its apps in two clusters, each
# file at the last commit before it was cut down: prod-gcp-alerts.yml (11 rules) and
# prod-fss-alerts.yml (8 rules). Three rules of the second file repeat the first's wording under
# the same names and are left out as repeats.
DIGISOS = "navikt/digisos-alerts"
DIGISOS_BASE = {"namespace": "teamdigisos", "app": "sosialhjelp-soknad-api", "job": "kubernetes-pods",
                "instance": "10.6.12.41:8080"}
DIGISOS_EXTRA = {"pod": "sosialhjelp-soknad-api-7f9c8d6b5-2kq8w", "deployment": "sosialhjelp-soknad-api",
                 "container": "sosialhjelp-soknad-api"}
DIGISOS_MEM = "a fixed threshold (3.5 GiB) on a container's working set without its limit (rule 8)"
DIGISOS_SELFTEST = "an application's aggregated selftest failing: its own status, which dependency not said (rule 9), not settled"
take(DIGISOS, "prod-gcp-alerts.yml", "f7da528ab94db645cb4589ad1a9600fac0522f5c", {
    "soknad-api-low-creation-rate": (None, 0),
    "soknad-api-low-submission-rate": (None, 0),
    "soknad-api-response-time-high": ("high_latency", 2.61),
    "soknad-api-memory-usage-high": (OUT, DIGISOS_MEM),
    "innsyn-api-low-ettersendelse-rate": (None, 0),
    "innsyn-api-response-time-high": ("high_latency", 2.34),
    "innsyn-api-memory-usage-high": (OUT, DIGISOS_MEM),
    "digisos-app-nede": ("node_down", 0),
    "digisos-app-kontinuerlig-restart": ("crash_loop", 3),
    "høy feilrate i logger": (None, 14),
    "feil i selftest": (OUT, DIGISOS_SELFTEST),
}, DIGISOS_BASE, DIGISOS_EXTRA)

DIGISOS_REPEAT = "repeats prod-gcp-alerts.yml's rule of the same name and wording"
take(DIGISOS, "prod-fss-alerts.yml", "d24e8e8d54bb3d66816b1da6acb1ad3d61dcf768", {
    "sosialhjelp-modia-api-nede": ("node_down", 0, {"app": "sosialhjelp-modia-api"}),
    "sosialhjelp-modia-nede": ("node_down", 0, {"app": "sosialhjelp-modia"}),
    "sosialhjelp-soknad-api-nede": ("node_down", 0),
    "sosialhjelp-innsyn-api-nede": ("node_down", 0, {"app": "sosialhjelp-innsyn-api"}),
    "digisos-app-kontinuerlig-restart": (OUT, DIGISOS_REPEAT),
    "høy feilrate i logger": (OUT, DIGISOS_REPEAT),
    "feil i selftest": (OUT, DIGISOS_REPEAT),
    "drastisk nedgang i requests til soknad-api": (None, 73.4),
}, dict(DIGISOS_BASE, instance="10.182.7.19:8080"), dict(DIGISOS_EXTRA, pod="sosialhjelp-modia-api-5d7b9c4f8-xm2rt"))


# ---------------------------------------------------------------------------------------------
# navikt/mulighetsrommet: NAV's team mulighetsrommet (labour-market measures), its production
# PrometheusRule iac/alerts/alerts-prod.yaml.
MULIGHETSROMMET = ("navikt/mulighetsrommet", "iac/alerts/alerts-prod.yaml", "f67c93ab66cce9d33fde5f09213f9a0aa367cecc")
OUTBOX = "records stuck in an application's Kafka inbox/outbox table after failures or back-off: failed messages or a backlog, not settled"
take(*MULIGHETSROMMET, {
    "applikasjon nede": ("node_down", 0),
    "Antall restarts": ("crash_loop", 7),
    "Høy andel feil i loggene": (None, 0.4),
    "Høy andel HTTP 5XX-responser": ("high_error_rate", 0.27),
    "Høy andel HTTP 404-responser": ("high_error_rate", 0.5),
    "Stale Kafka consumer records detected": (OUT, OUTBOX),
    "Stale Kafka producer records detected": (OUT, OUTBOX),
}, {"namespace": "team-mulighetsrommet", "app": "mulighetsrommet-api", "job": "kubernetes-pods",
    "instance": "10.7.3.55:8080"},
    {"deployment": "mulighetsrommet-api", "container": "mulighetsrommet-api", "route": "/api/v1/tiltakstyper/{id}"})


FILES.write("rulesets31c.jsonl")
