"""rulesets2.jsonl: Wikimedia's own alerting rules (wikimedia/operations-alerts, team-*/*.yaml).

Hand labels per alertname below (decided from each rule's expression and text under
tests/fixtures/corpus/POLICY.md); rules not listed are left out, as are the rules
Wikimedia took over from upstream mixins (Thanos*, Prometheus* rule-evaluation/notification
rules, cert-manager) that other corpora already hold. One item per alertname (its first rule).
"""
import json
import sys

import yaml

from c3common import git_show, git_ls, item
from c3common import D, M, C, N, L, E, Q, R, RL, RP, CE, FD, DNS, NULL  # noqa: F401
from promrender import render_rule

REPO = "wikimedia/operations-alerts"
COMMIT = "859092e559a14cee0ea6c146771bfec42ed337bd"

LABELS = {
    "GerritHAProxyBackendUnavailable": N, "GerritHAProxyServiceUnavailable": N, "GerritHigh4xxRatio": E,
    "GerritHigh5xxRatio": E, "GerritDiskSpaceExhaustionIncoming": D, "MailmanStaleSubsJanitorFailed": NULL,
    "PlanetNotUpdating": NULL, "VRTSHighInodeUsage": D, "VRTSRspamdSqliteRunFailed": NULL,
    "AirflowDeploymentUnavailable": N, "AirflowDagBagEmpty": NULL, "EventBusOutgoingRateDrop": NULL,
    "EventBusHTTPServerErrors": E, "EventBusHTTPClientErrors": E, "EventgateProduceRateAnomaly": NULL,
    "EventgateLatency": L, "EventgateHTTPErrors": E, "EventloggingNavigationTimingEventsLow": NULL,
    "GobblinLastSuccessfulRunTooLongAgo": NULL, "HdfsCapacityRemainingPercent": D, "HdfsRpcQueueLength": Q,
    "HdfsRpcQueueLatency": Q, "HaproxyKafkaNoMessages": NULL,
    "MediawikiContentHistoryReconcileEnrichHighKafkaConsumerLag": Q,
    "MediawikiPageContentChangeEnrichHighKafkaConsumerLag": Q, "WebrequestPageviewHighKafkaConsumerLag": Q,
    "WebrequestPageviewNoOutputMessages": NULL, "MysqlPredictiveFreeDiskSpace": D,
    "MySQLReplicaNotUsingGTID": NULL, "MysqlReplicationLag": RL, "MysqlReplicationLagPtHeartbeat": RL,
    "MysqlReplicationThreadCountTooLow": NULL, "RestbaseInstanceDataLowDiskSpace": D,
    "SessionStoreErrorRateHigh": E, "SessionStoreDiskSpaceUtilizationTooHigh": D,
    "SessionStoreDiskSpaceRunwayTooLow": D, "MariaDBQueryRate": NULL, "CephOSDClusterInError": NULL,
    "CephOSDClusterInWarning": NULL, "CephOSDClusterAllMonsDown": N, "CephOSDSlowOps": L,
    "cirrusNodeMemoryStall": M, "cirrusNodeIOStall": NULL, "statNodeMemoryStall": M,
    "CloudnativePGPodUnavailable": N, "CloudnativePGConnectionCountIsHighWarning": RP,
    "CloudnativePGReplicationLagWarning": RL, "CloudnativePGPodsOfSameClusterOnSameNode": NULL,
    "CloudnativePGLowDiskSpaceWarning": D, "DatahubNextServiceUnavailable": N,
    "ElevatedGrowthbookLicenseSeatsCount": NULL, "HdfsCorruptBlocks": NULL, "HdfsFSImageAge": NULL,
    "HdfsNameNodeHeapUsage": M, "HdfsDataNodeHeapUsage": M, "YarnResourceManagerHeapUsage": M,
    "HiveMetastoreHeapUsage": M, "HiveServerHeapUsage": M, "ResourceQuotaCpuRequestsWarning": NULL,
    "MediawikiDumpsV1PVCAvailableSpaceWarning": D, "OpenSearchNodeLowDiskWatermarkReached": D,
    "OpenSearchNodeHighDiskWatermarkReached": D, "OpenSearchClusterAtLeastOneRedIndex": NULL,
    "OpenSearchJVMHeapUseHigh": M, "ProbeDown": N, "ProbeSlow": L, "CertAlmostExpired": CE,
    "OpenSearchCertAlmostExpired": CE, "QueryServiceHighThreadCount": NULL, "SkeinCertificateCloseToExpiry": CE,
    "SparkHistoryServiceUnavailable": N, "SupersetServiceUnavailable": N, "ZookeeperManyClients": RP,
    "ZookeeperServerDown": N, "PowerSupplyFailure": NULL, "ManagementSSHDown": N, "InterfaceDuplexError": NULL,
    "LiftWingServiceErrorRate": E, "ORESFetchScoreJobKafkaLag": Q, "NetworkDeviceAlarmActive": NULL,
    "BFDdown": NULL, "TransitBGPDown": NULL, "PeeringBGPIdle": NULL, "GnmiTargetDown": N,
    "GoRoutinesTooHigh": NULL, "CoreRouterInterfaceDown": NULL, "InboundInterfaceErrors": NULL,
    "TransitPeeringInSaturation": NULL, "InterfaceOpticLowPower": NULL, "OspfAdjDown": NULL,
    "PingUnreachable": N, "AlertManagerInvalidConfig": NULL, "ArclampStaleLog": NULL,
    "BenthosKafkaConsumerLag": Q, "LogstashKafkaConsumerLag": Q, "LogstashUnassignedShards": NULL,
    "LogstashClusterStatus": NULL, "MtailNoLinesReceived": NULL, "PrometheusConfigFailure": NULL,
    "PrometheusRestarted": NULL, "SlothSliErrorRatioRateAbsent": NULL, "UDPInErrors": NULL,
    "NavtimingTTFBRegression": L, "NavtimingStaleBeacon": NULL, "CirrusStreamingUpdaterFlinkJobUnstable": C,
    "RdfStreamingUpdaterFlinkJobUnstable": C, "CirrusConsumerFetchErrorRate": E,
    "CirrusSearchHighOldGCFrequency": M, "CirrusSearchIndexTooOld": NULL, "CirrusSearchJobQueueBacklogTooBig": Q,
    "DiskSpace": D, "CirrusSearchAPIsUnreachable": N, "CirrusSearchClusterHealth": NULL,
    "CirrusSearchFullTextLatencyTooHigh": L, "CirrusSearchCompletionLatencyTooHigh": L,
    "CirrusSearchBackendMemoryIssue": M, "CirrusBackendErrorRateTooHigh": E,
    "GitlabPackagePullerFailedOnRun": NULL, "NodeBGPSessionStatusNotEstablished": NULL,
    "ATSBackendErrorsHigh": E, "ConfdResourceFailed": NULL, "EnvoyRuntimeAdminOverrides": NULL,
    "EtcdReplicationLag": RL, "EtcdTrafficHigh": NULL, "ExporterUnavailable": N, "DDoSDetected": NULL,
    "VarnishUnavailable": E, "HaproxyUnavailable": E, "GanetiMemoryPressure": M, "GanetiBGPDown": NULL,
    "GanetiCACertificateAboutToExpire": CE, "GitLabSidekiqQueueOverloaded": Q, "GitLabBackupStale": NULL,
    "SmartNotHealthy": NULL, "Temperature": NULL, "JaegerQueryReqsFailing": E,
    "JobQueueLowTrafficConsumerWidespreadHighLatency": Q, "KafkaBrokerUnavailable": N, "KafkaLagIncreasing": RL,
    "KeyholderUnarmed": NULL, "KubernetesCalicoDown": N, "CalicoKubeControllersDown": N,
    "CalicoHighMemoryUsage": M, "KubeletOperationalLatency": L, "KubernetesAPIErrorRate": E,
    "KubernetesAPILatency": L, "KubernetesWorkerUnschedulable": NULL, "HelmReleaseBadStatus": NULL,
    "KubernetesContainerOomKilled": M, "KubernetesContainerReachingMemoryLimit": M, "CalicoTyphaDown": N,
    "InboundMXQueueHigh": Q, "InboundMXQueueNoMetrics": NULL, "OutboundMXQueueHigh": Q,
    "MailmanBounceQueueHigh": Q, "MailmanOutQueueHigh": Q, "MediaWikiLoginFailures": NULL,
    "MediaWikiHighErrorRate": E, "MediaWikiCronJobFailed": NULL, "HttpdUnreachable": N,
    "MediaWikiLatencyExceeded": L, "NELNotReported": NULL, "NetboxAccounting": NULL, "NodeTextfileStale": NULL,
    "NTPNoSynced": NULL, "OOM": M, "OpensearchAPIsUnreachable": N, "ProbeHttpFailed": N,
    "PKICertificateExpiry": CE, "PoolcounterFullQueues": Q, "PoolcounterDown": N, "PrometheusDown": N,
    "KubernetesAPINotScrapable": N, "JobUnavailable": N, "AlertLintProblem": NULL,
    "ProxoidHigh5xxErrorRate": E, "WidespreadPuppetFailure": NULL, "PuppetFailure": NULL,
    "PuppetCertificateAboutToExpire": CE, "PuppetPendingCertificateRequest": NULL, "PybalBackendDown": N,
    "PyBalBGPUnstable": NULL, "RedisMemoryFull": M, "RedisReplicaDown": NULL, "RedisInstanceDown": N,
    "RedisReplicationLag": RL, "RESTGatewayBackendErrorsHigh": E, "SwiftNodeLoad": NULL,
    "SystemdUnitFailed": NULL, "SystemdUnitCrashLoop": C, "ThumborHighHaproxyErrorRate": E,
    "ImageSuggestionsPushFailure": NULL, "AnycastHealthcheckerRestarted": NULL, "HAProxyRestarted": NULL,
    "HighATSConnections": RP, "HaproxyKafkaExporterDown": N, "LVSHighRX": NULL, "LVSHighCPU": NULL,
    "PurgedHighEventLag": Q, "PurgedHighBacklogQueue": Q, "VarnishPrometheusExporterDown": N,
    "BlazegraphFailedServerRatioIncrease": E, "RdfStreamingUpdaterHighConsumerUpdateLag": Q,
    "CloudVPSBastionlessUsers": NULL, "HostBGPDown": NULL, "CloudVirtDown": N, "CloudVPSDesignateLeaks": NULL,
    "GaleraDown": N, "NodeDown": N, "ScrapeFailure": N, "HAProxyBackendUnavailable": N,
    "HAProxyServiceUnavailable": N, "MaintainDBUsersDown": N, "MaintainDBUsersStuck": NULL, "MemcachedDown": N,
    "MetricsinfraAlertmanagerDown": N, "NetworkOutSaturated": NULL, "NeutronAgentDown": N,
    "NeutronAgentAdminDown": NULL, "NovaComputeUnavailable": N, "NovafullstackSustainedFailures": NULL,
    "ObjectStorageSizeQuotaFull": D, "OpenstackAPIResponse": L, "TooManyCloudvirtsDown": N,
    "TooManyCloudcontrolsDown": N, "WikitechStaticStale": NULL, "WikitechStaticScrapeMissing": NULL,
}

# plain operational nulls dropped after labelling, so that look-alikes stay near a fifth of the file
for _a in ['MariaDBQueryRate', 'CloudnativePGPodsOfSameClusterOnSameNode', 'HdfsFSImageAge', 'QueryServiceHighThreadCount', 'PowerSupplyFailure', 'InterfaceDuplexError', 'NetworkDeviceAlarmActive', 'GoRoutinesTooHigh', 'TransitPeeringInSaturation', 'InterfaceOpticLowPower', 'OspfAdjDown', 'ArclampStaleLog', 'MtailNoLinesReceived', 'UDPInErrors', 'NavtimingStaleBeacon', 'CirrusSearchIndexTooOld', 'GitlabPackagePullerFailedOnRun', 'EnvoyRuntimeAdminOverrides', 'EtcdTrafficHigh', 'DDoSDetected', 'SmartNotHealthy', 'Temperature', 'KeyholderUnarmed', 'MediaWikiLoginFailures', 'NetboxAccounting', 'AlertLintProblem', 'WidespreadPuppetFailure', 'SwiftNodeLoad', 'ImageSuggestionsPushFailure', 'LVSHighRX', 'LVSHighCPU', 'CloudVPSBastionlessUsers', 'NetworkOutSaturated', 'NovafullstackSustainedFailures', 'WikitechStaticStale', 'EventloggingNavigationTimingEventsLow', 'GobblinLastSuccessfulRunTooLongAgo', 'HaproxyKafkaNoMessages', 'EventgateProduceRateAnomaly', 'PlanetNotUpdating', 'VRTSRspamdSqliteRunFailed', 'MaintainDBUsersStuck', 'NodeTextfileStale', 'CephOSDClusterInWarning', 'InboundInterfaceErrors']:
    LABELS.pop(_a)


def build():
    out, seen = [], set()
    files = [f for f in git_ls(REPO, COMMIT) if f.startswith("team-") and f.endswith(".yaml") and not f.endswith("_test.yaml")]
    for f in files:
        doc = yaml.safe_load(git_show(REPO, COMMIT, f)) or {}
        for g in doc.get("groups", []):
            for r in g.get("rules", []):
                a = r.get("alert")
                if a not in LABELS or a in seen and a != "CertAlmostExpired":
                    continue
                if a == "CertAlmostExpired" and (a, f) in seen:
                    continue
                seen.add(a)
                seen.add((a, f))
                team = f.split("/")[0][5:]
                labels, anns = render_rule(r, a + f, {"source": "prometheus", "prometheus": "ops"})
                labels.setdefault("team", team)
                out.append(item(labels, anns, LABELS[a], f"{REPO} {f} {a}", "wikimedia/" + team, REPO, f, COMMIT))
    missing = set(LABELS) - {x for x in seen if isinstance(x, str)}
    if missing:
        print("not found:", sorted(missing), file=sys.stderr)
    return out


if __name__ == "__main__":
    json.dump(build(), sys.stdout)
