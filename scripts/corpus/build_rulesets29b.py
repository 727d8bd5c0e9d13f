"""rulesets29b.jsonl: whole alerting-rule files of public projects no corpus used before (session 29,
second helper: Kubernetes operators and controllers, gateways and proxies, networking, identity and PKI).

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


# ---------------------------------------------------------------------------------------------
# airesearchandbusiness/xdp-tunnel-AAA: deploy/prometheus/alerts.yaml (Tachyon, an XDP tunnel's own rules)
TACHYON = ("airesearchandbusiness/xdp-tunnel-AAA", "deploy/prometheus/alerts.yaml",
           "27f99934c263eb04d759c5c13ceb23a4628f591c")
take(*TACHYON, {
    "TachyonHandshakeFailureRate": (None, 0.4167),
    "TachyonReplayDrops": (None, 3),
    "TachyonCryptoErrors": (None, 0.0533),
    "TachyonNoTrafficRx": (None, 0),
    "TachyonRateLimitDrops": ("rate_limited", 27.4),
    "TachyonProcessDown": ("node_down", 0),
}, {"instance": "10.20.0.4:9090", "job": "tachyon", "tunnel": "tun-fra1"})


# ---------------------------------------------------------------------------------------------
# mauriciomferz/ATB: deploy/prometheus/alerts.yaml (an agent authorization broker's own rules)
ATB = ("mauriciomferz/ATB", "deploy/prometheus/alerts.yaml", "b23a3ee21360bd5550baec5ca73184605dbfa3d3")
take(*ATB, {
    "ATBBrokerDown": ("node_down", 0),
    "ATBOPADown": ("node_down", 0, {"instance": "atb-opa-1:8181", "job": "atb-opa"}),
    "ATBAgentAuthDown": ("node_down", 0, {"instance": "atb-agentauth-0:8090", "job": "atb-agentauth"}),
    "ATBHighLatency": ("high_latency", "734ms"),
    "ATBCriticalLatency": ("high_latency", "1.482s"),
    "OPAHighLatency": ("high_latency", "163ms"),
    "ATBHighErrorRate": ("high_error_rate", "2.31%"),
    "ATBCriticalErrorRate": ("high_error_rate", "7.84%"),
    "ATBAuthorizationDenialSpike": (None, "61.7%"),
    "ATBPendingApprovalsHigh": (OUT, "approval requests waiting for a person's decision: neither a consumer's queue of work nor a settled look-alike"),
    "ATBApprovalWaitTimeHigh": (OUT, "time approval requests wait for a person's decision: neither a consumer's queue wait nor a settled look-alike"),
    "ATBApprovalExpirationRate": (None, "14.2%"),
    "ATBHighRiskActionsSpike": (None, 0.42),
    "ATBUnusualAgentActivity": (None, 37),
    "OPAHighMemory": (OUT, "a fixed threshold on resident memory without a stated limit (rule 8)"),
    "ATBBrokerHighMemory": (OUT, "a fixed threshold on resident memory without a stated limit (rule 8)"),
}, {"instance": "atb-broker-0:8080", "job": "atb-broker"})


# ---------------------------------------------------------------------------------------------
# grafana/tempo-operator: internal/manifests/operator/prometheus/prometheus-operator-alerts.yaml (the
# operator's own rules; the Tempo rules beside it, internal/manifests/alerts/, are the Tempo mixin's copy)
TEMPOOP = ("grafana/tempo-operator", "internal/manifests/operator/prometheus/prometheus-operator-alerts.yaml",
           "049c8f2404158fbe719d908e0b918e9a0df3c643")
# the operator renders the file as a Go template with [[ ]] delimiters; its one field is RunbookURL,
# default RunbookDefaultURL in internal/manifests/operator/prometheus/prometheus_rule.go
TEMPOOP_TEXT = show(*TEMPOOP[:1], TEMPOOP[2], TEMPOOP[1]).replace(
    "[[ .RunbookURL ]]", "https://github.com/grafana/tempo-operator/blob/main/operations/runbook.md")
take(*TEMPOOP, {
    "TempoOperatorFailedUpgrade": (None, 2, {"state": "failed"}),
    "TempoOperatorTerminalReconcileError": (None, 3, {"controller": "tempostack"}),
    "TempoOperatorReconcileError": (None, 2, {"controller": "tempostack"}),
    "TempoOperatorReconcileDurationHigh": (OUT, "a controller's own reconcile-loop duration (as vpsie's in rulesets28c): latency of requests or the run of its own work not settled"),
    "TempoStackUnhealthy": (None, 1, {"stack_name": "simplest", "stack_namespace": "observability", "condition": "Failed"}),
}, {"instance": "10.128.2.31:8443", "job": "tempo-operator-controller-manager-metrics-service",
    "namespace": "tempo-operator-system", "pod": "tempo-operator-controller-7d9f8b6c4-lx2vq",
    "service": "tempo-operator-controller-manager-metrics-service"}, text=TEMPOOP_TEXT)


# ---------------------------------------------------------------------------------------------
# rizsyedsul/openvcc: deploy/prometheus/alerts.yaml (a multi-cloud load-balancing proxy's own rules)
OPENVCC = ("rizsyedsul/openvcc", "deploy/prometheus/alerts.yaml", "c949d5f6b08b65778009bac313deef5b2ab7dadd")
take(*OPENVCC, {
    "OpenVCCNoActiveBackends": ("node_down", 0),
    "OpenVCCSingleCloudOnly": ("node_down", 1),
    "OpenVCCHighErrorRate": ("high_error_rate", 0.0732),
    "OpenVCCHigh5xx": ("high_error_rate", 0.0318),
    "OpenVCCHighP99": ("high_latency", 1.74),
    "OpenVCCEgressBudgetExhausted": (None, 6174015488),
}, {"instance": "openvcc-0:9100", "job": "openvcc", "cloud": "aws"})


# ---------------------------------------------------------------------------------------------
# panteparak/db-provision-operator: config/prometheus/rules.yaml (a database-provisioning operator's
# own rules; the recording rules beside them are not alerts)
DBPROV = ("panteparak/db-provision-operator", "config/prometheus/rules.yaml", "e1bb779ade8c2dc99f979ec4081c72503dbd9572")
take(*DBPROV, {
    "DatabaseInstanceUnhealthy": (OUT, "an instance's healthy gauge at 0: an application's unhealthy status (rule 9), not said down"),
    "DatabaseInstanceConnectionFailures": (OUT, "failed connection attempts with no reason: refused (node_down), timed out or refused by a limit not said"),
    "DatabaseInstanceHighConnectionLatency": ("high_latency", 6.82),
    "DatabaseBackupFailed": (None, 1),
    "DatabaseBackupStale": (None, 97214),
    "DatabaseBackupSlow": (None, 4210),
    "DatabaseRestoreFailed": (None, 1),
    "DatabaseOperationFailures": (None, 0.083),
    "UserOperationFailures": (None, 0.067),
}, {"instance": "orders-pg", "engine": "postgres", "namespace": "databases", "job": "db-provision-operator-metrics"},
    {"database": "orders", "operation": "create"})


# ---------------------------------------------------------------------------------------------
# k8s-lynq/lynq: config/prometheus/alerts.yaml (a multi-tenant provisioning operator's own rules; a
# "LynqNode" is its custom resource, not a host)
LYNQ = ("k8s-lynq/lynq", "config/prometheus/alerts.yaml", "7584aa26df6d7628045b8e5242a4427c9ac1087e")


def lynq_series(name):
    if name.startswith("Hub"):
        return {"instance": "10.244.1.23:8443", "job": "lynq-controller-manager-metrics-service",
                "namespace": "lynq-system", "hub": "tenants-hub"}
    return {"instance": "10.244.1.23:8443", "job": "lynq-controller-manager-metrics-service",
            "namespace": "lynq-system", "lynqnode": "acme-prod-web"}


take(*LYNQ, {
    "LynqNodeDegraded": (None, 1),
    "LynqNodeResourcesFailed": (None, 2),
    "LynqNodeNotReady": (None, 0, {"type": "Ready"}),
    "LynqNodeStatusUnknown": (None, 2, {"type": "Ready"}),
    "HubManyNodesFailure": (None, 7),
    "LynqNodeResourcesMismatch": (None, 3),
    "LynqNodeResourcesConflicted": (None, 1),
    "LynqNodeHighConflictRate": (None, "0.23"),
    "HubNodesFailure": (None, 2),
    "HubDesiredCountMismatch": (None, 14),
    "LynqNodeReconciliationErrors": (None, "13.6%"),
    "LynqNodeReconciliationSlow": (OUT, "a controller's own reconcile-loop duration (as vpsie's in rulesets28c): latency of requests or the run of its own work not settled"),
    "HighApplyFailureRate": (None, "27.4%"),
    "LynqNodeNewConflictsDetected": (None, "3"),
}, lynq_series, {"reason": "TemplateError", "resource_kind": "Deployment", "conflict_policy": "Stuck",
                 "kind": "Deployment"})


# ---------------------------------------------------------------------------------------------
# 192d-Wing/OstrichPKI: deploy/monitoring/prometheus-rules.yaml (a certificate authority's own rules:
# CA, OCSP, ACME)
OSTRICH = ("192d-Wing/OstrichPKI", "deploy/monitoring/prometheus-rules.yaml", "b133ba8c6d79d08d63b14fb8c3442aaf378bfbdd")
take(*OSTRICH, {
    "OstrichPKIServiceDown": ("node_down", 0),
    "OstrichPKIHighErrorRate": ("high_error_rate", 0.0712),
    "OstrichPKISlowResponses": ("high_latency", 2.87),
    "OstrichPKICertificateIssuanceFailure": (OUT, "failed certificate issuances counted with no reason: failed requests or a CA's own operation, not settled (and no expiry)"),
    "OstrichPKIHighCertificateIssuanceRate": (None, 143.6),
    "OstrichPKICRLGenerationFailure": (None, 1),
    "OstrichPKIOCSPHighLatency": ("high_latency", 0.7314),
    "OstrichPKIOCSPSigningFailure": (OUT, "OCSP responses failing to sign, counted with no reason: failed requests or a signing key's fault, not settled"),
    "OstrichPKIACMEChallengeFailureRate": (OUT, "ACME challenge failures: a client's domain failing validation or the CA's requests failing, not settled"),
    "OstrichPKIACMEOrderBacklog": ("queue_backlog", 1842),
    "OstrichPKIDatabaseConnectionPoolExhausted": ("connection_pool_exhaustion", "93.8%"),
    "OstrichPKIDatabaseSlowQueries": ("high_latency", 1.64),
    "OstrichPKIAuthenticationFailureSpike": (None, 37),
    "OstrichPKIUnauthorizedAccessAttempt": (None, 9),
    "OstrichPKIAuditLogFailure": (None, 4),
    "OstrichPKIHighMemoryUsage": ("out_of_memory", "89.3%"),
    "OstrichPKIHighCPUUsage": (None, "91.2%"),
}, {"instance": "10.0.4.12:8080", "job": "ostrich-pki-ca", "namespace": "pki", "pod": "ostrich-ca-6b7d9c5f48-k2m7x"},
    {"container": "ca", "query_type": "select"})


# ---------------------------------------------------------------------------------------------
# okedeji/hybernate: config/prometheus/alerts.yaml (a workload-hibernation operator's own rules)
HYBERNATE = ("okedeji/hybernate", "config/prometheus/alerts.yaml", "109f1483624d39b1a2dc827f033b769ae885bf70")
take(*HYBERNATE, {
    "HybernateReconcileErrorsHigh": (None, 0.27),
    "HybernateDown": ("node_down", 1),
    "HybernatePredictionConfidenceLow": (None, 38),
    "HybernateRegimeChangeDetected": (None, 1),
    "HybernateDriftFrequent": (None, 5),
    "HybernatePVCRetentionExpiring": (None, "7h 12m 30s"),
    "HybernateScaleGuardBlockedRepeatedly": (None, 8),
    "HybernateDiscoveryScanSlow": (None, "41.3s"),
    "HybernateTargetUnavailable": (None, 4),
    "HybernateDryRunActionsHigh": (None, 23),
    "HybernateNoDiscoveredWorkloads": (None, 0),
}, {"instance": "10.244.0.17:8080", "job": "hybernate-controller-manager-metrics", "namespace": "shop"},
    {"controller": "managedworkload", "workload": "checkout-api", "policy": "nightly-scale-down"})


# ---------------------------------------------------------------------------------------------
# Context-Solution-Inc/secure-gateway: deploy/prometheus/alerts.yml (a device relay's and its auth
# service's own rules)
SECGW = ("Context-Solution-Inc/secure-gateway", "deploy/prometheus/alerts.yml", "2b4e6f7356b349f2d0d5e185d5841b1bbe18f9e2")
take(*SECGW, {
    "RelayAuthFailureSpike": (None, 7.3),
    "RelayConnectionSaturation": ("fd_exhaustion", 0.86),
    "RelayConnectionSaturationCritical": ("fd_exhaustion", 0.97),
    "RelayBackplaneDown": ("node_down", 0),
    "RelayReconnectStorm": (None, 812),
    "RelayTLSCertExpiringSoon": ("certificate_expiry", 431000),
    "AuthBackplaneDown": ("node_down", 0, {"instance": "auth-0.internal:9103", "job": "auth"}),
    "AuthWebhookLag": ("queue_backlog", 742),
    "AuthWebhookDeadLetter": (None, 3, {"instance": "auth-0.internal:9103", "job": "auth"}),
    "AuthTokenRejectionSpike": (None, 6.2),
    "AuthTLSCertExpiringSoon": ("certificate_expiry", 388800, {"instance": "auth-0.internal:9103", "job": "auth"}),
}, {"instance": "relay-1.internal:9102", "job": "relay"})

# ---------------------------------------------------------------------------------------------
# TrianaLab/pacto-operator: config/prometheus/alerts.yaml (a service-contract compliance operator's own
# rules; "HighErrorRate" there counts contract validation errors, not requests)
PACTO = ("TrianaLab/pacto-operator", "config/prometheus/alerts.yaml", "a889498538fd29421ffe2644dfd21b544dff9eb6")
take(*PACTO, {
    "PactoContractNonCompliant": (None, 1, {"status": "NonCompliant"}),
    "PactoContractValidationErrors": (None, 2),
    "PactoWorkloadTypeMismatch": (None, 0, {"check": "WorkloadTypeMatch"}),
    "PactoStateModelMismatch": (None, 0, {"check": "StateModelMatch"}),
    "PactoImageMismatch": (None, 0, {"check": "ImageMatch"}),
    "PactoContractValidationWarnings": (None, 3),
    "PactoUpgradeStrategyDrift": (None, 0, {"check": "UpgradeStrategyMatch"}),
    "PactoGracefulShutdownDrift": (None, 0, {"check": "GracefulShutdownMatch"}),
    "PactoHealthTimingDrift": (None, 0, {"check": "HealthTimingMatch"}),
    "PactoFleetComplianceDropped": (None, 0.83),
    "PactoFleetHighErrorRate": (None, 9),
}, {"instance": "10.244.2.9:8443", "job": "pacto-operator-metrics", "namespace": "payments", "name": "ledger-api",
    "service": "ledger-api"})


# ---------------------------------------------------------------------------------------------
# qjoly/datamover-operator: config/prometheus/alerts.yaml (a PVC-copying operator's own rules)
DATAMOVER = ("qjoly/datamover-operator", "config/prometheus/alerts.yaml", "9ce176cbd32d017ab31fbbc253b083c790b58f91")
take(*DATAMOVER, {
    "DataMoverHighFailureRate": (None, "23.5%"),
    "DataMoverPVCCloneFailure": (None, 2),
    "DataMoverPodCreationFailure": (None, 1),
    "DataMoverPhaseDurationHigh": (None, 412.7),
    "DataMoverStuckInPhase": (None, 1),
    "DataMoverErrorRateHigh": (None, 0.17),
    "DataMoverNoRecentOperations": (None, 1),
    "DataMoverDataSyncFailure": (None, 1),
}, {"instance": "10.244.3.14:8443", "job": "datamover-operator-metrics", "namespace": "backups"},
    {"phase": "2", "name": "nightly-pg-copy", "error_type": "sync_failed"})

FILES.write("rulesets29b.jsonl")
