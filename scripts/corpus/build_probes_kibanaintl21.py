#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_kibanaintl21.jsonl: Kibana's alerting rule types as a
Japanese or Chinese team receives them -- the TRANSLATED default action messages, reason strings
and firing messages of Kibana's APM rules (latency threshold, failed transaction rate, error count,
APM anomaly), Stack Monitoring's rules (disk usage, JVM memory usage, CPU usage, missing monitoring
data, nodes changed, cluster health, licence expiration, shard size, version mismatch), Elastic
Synthetics' monitor status rule and the Metrics and Logs threshold rules, with their placeholders
({{context.reason}}, {measured}, {threshold}, {nodeName}, {monitorName} ...) filled with made-up
services, nodes and values as the rendered notification would read, in alert frames of our own
(a Kibana webhook connector posting to an Alertmanager-style receiver, an e-mail connector, a Slack
connector relayed by a bridge).

What the family tests: the Japanese and Chinese words for latency (レイテンシ, 延迟), failed
transactions (失敗したトランザクション, 失败事务), disk usage (ディスク使用率, 磁盘使用率), JVM memory usage
(JVMメモリー使用率, JVM 内存使用率) and a monitor that is down (ダウンしています), said in Kibana's own
sentence shapes, which no rule was written from; and the look-alikes that must stay null although
they share those sentence shapes: CPU usage, a missing-monitoring-data alert, a node restarted or
added, licence expiration, cluster health yellow/red, shard size, version mismatch, APM error
counts that quote no error, a throughput anomaly, a metric that stopped reporting, the rule's own
query failure, log-entry counts and every recovery message ("回復完了", "已恢复", "アラート条件は満たされ
ません").

Labels, decided from each message's meaning under POLICY.md before the classifier ran on the file:
- APM latency threshold ("…のレイテンシは…", "…延迟为…") and a latency anomaly: `high_latency` (rule 4,
  as probes_monitor20 labelled the English reason and probes_datadog11 latency anomalies).
- APM failed transaction rate and a failed-transaction-rate anomaly: `high_error_rate` (rule 4).
- APM error count without an error text: `null` (captured errors are not requests, rule 8, as in
  probes_monitor20); with an error grouping name quoting "java.lang.OutOfMemoryError: Java heap
  space": `out_of_memory`; quoting "Connection refused": `node_down` (rules 1 and 11).
- Stack Monitoring disk usage: `disk_full`; memory usage (JVM heap): `out_of_memory` (rule 2).
- Metrics threshold on system.filesystem.used.pct: `disk_full`; on system.memory.actual.used.pct
  or a pod's memory against its limit: `out_of_memory` (rule 2).
- Synthetics monitor status "ダウンしています" whose error is a refused connection or no route to
  host: `node_down` (rules 4, 7, 11); whose error is an expired certificate:
  `certificate_expiry`; whose error is a failed lookup: `dns_failure` (rule 1, as probes_monitor20).
- null: CPU usage (rule 2), missing monitoring data (rule 8: a no-data alert on metrics, not on the
  node's liveness signal; the "verify the node is up" advice is not evidence, rule 17), nodes
  changed with a node restarted or added (one restart, rule 7; an addition is planned work, rule
  9), licence expiration and cluster health (rule 5), shard size and version mismatch (no
  signature), APM error counts without error text and a throughput anomaly, a metric's no-data
  reason (rule 8), the rule's own query failure (rule 16), log-entry counts (rule 8) and recoveries
  (rule 14).

Left out as ambiguous (rule 6): Stack Monitoring's thread pool search/write rejections (POLICY.md
is silent; a rejection says work was refused, not that it waits in a queue -- rule 17 counts a
refusing buffer as `queue_backlog` only when the text says data waits -- so neither
`queue_backlog` nor `null` is settled); nodes changed with a node *removed* (planned or failed is
unsaid, rule 11); a Synthetics monitor in the pending state (保留中, failing but below its down
threshold, rule 7); a Synthetics TLS rule alert "証明書…のアラートがトリガーされました" (expiry or
age is unsaid); Synthetics down with a timeout or an HTTP 503 as its error (as probes_monitor20).

Source: elastic/kibana (heldout_check: ok), the translation files
x-pack/platform/plugins/private/translations/translations/ja-JP.json and zh-CN.json at commit
22c0f2f442c4da61471a3f4c2943409dd2e41412. The `fetch` tool refused the repository (snapshot larger
than its limit), so the keys were read with `read_file` at that commit (the files are sorted by
key, so their offsets were bisected) and are quoted verbatim in STRINGS below. Placeholders are
filled by us; ICU plurals are resolved by hand; the UI-only markers #start_link/#end_link are
dropped and #absolute becomes a timestamp, as the Kibana UI renders them. The frames, hosts,
services and values are made up.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily  # noqa: E402

REPO = "elastic/kibana"
COMMIT = "22c0f2f442c4da61471a3f4c2943409dd2e41412"
TDIR = "x-pack/platform/plugins/private/translations/translations"
PATH = {"ja": f"{TDIR}/ja-JP.json", "zh": f"{TDIR}/zh-CN.json"}

family = ProbeFamily("probes_kibanaintl21.jsonl")

# (language, message key) -> the translated string, verbatim from the file at COMMIT.
STRINGS = {
    ('ja', 'xpack.apm.alertTypes.errorCount.defaultActionMessage'): "'{{context.reason}}' '{{rule.name}}'は次の条件でアクティブです：- サービス名：'{{context.serviceName}}' - 環境：'{{context.environment}}' - エラー数：過去'{{context.interval}}'の'{{context.triggerValue}}'エラー - しきい値：'{{context.threshold}}' [アラート詳細を表示]('{{context.alertDetailsUrl}}')",
    ('ja', 'xpack.apm.alertTypes.errorCount.defaultRecoveryMessage'): "回復完了：'{{context.reason}}' '{{rule.name}}'が回復しました。- サービス名：'{{context.serviceName}}' - 環境：'{{context.environment}}' - エラー数：過去'{{context.interval}}'の'{{context.triggerValue}}'エラー - しきい値：'{{context.threshold}}' [アラート詳細を表示]('{{context.alertDetailsUrl}}')",
    ('ja', 'xpack.apm.alertTypes.errorCount.description'): "サービスのエラー数が定義されたしきい値を超過したときにアラートを発行します。",
    ('ja', 'xpack.apm.alertTypes.errorCount.reason'): "エラーカウントは{group}の最後の{interval}で{measured}です。{threshold}を超えたときにアラートを通知します。",
    ('ja', 'xpack.apm.alertTypes.transactionDuration.defaultActionMessage'): "'{{context.reason}}' '{{rule.name}}'は次の条件でアクティブです：- サービス名：'{{context.serviceName}}' - トランザクションタイプ：'{{context.transactionType}}' - トランザクション名：'{{context.transactionName}}' - 環境：'{{context.environment}}' - レイテンシ：過去'{{context.interval}}'の'{{context.triggerValue}}' - しきい値：'{{context.threshold}}'ミリ秒 [アラート詳細を表示]('{{context.alertDetailsUrl}}')",
    ('ja', 'xpack.apm.alertTypes.transactionDuration.defaultRecoveryMessage'): "回復完了：'{{context.reason}}' '{{rule.name}}'が回復しました。- サービス名：'{{context.serviceName}}' - トランザクションタイプ：'{{context.transactionType}}' - トランザクション名：'{{context.transactionName}}' - 環境：'{{context.environment}}' - レイテンシ：過去'{{context.interval}}'の'{{context.triggerValue}}' - しきい値：'{{context.threshold}}'ミリ秒 [アラート詳細を表示]('{{context.alertDetailsUrl}}')",
    ('ja', 'xpack.apm.alertTypes.transactionDuration.description'): "サービスの特定のトランザクションタイプのレイテンシが定義されたしきい値を超えたときにアラートを発行します。",
    ('ja', 'xpack.apm.alertTypes.transactionDuration.reason'): "{group}の{aggregationType}のレイテンシは{measured}で最後の{interval}で測定されます。{threshold}を超えたときにアラートを通知します。",
    ('ja', 'xpack.apm.alertTypes.transactionDurationAnomaly.defaultActionMessage'): "'{{context.reason}}' '{{rule.name}}'は次の条件でアクティブです：- サービス名：'{{context.serviceName}}' - トランザクションタイプ：'{{context.transactionType}}' - 環境：'{{context.environment}}' - 重要度：'{{context.triggerValue}}' - しきい値：'{{context.threshold}}' [アラート詳細を表示]('{{context.alertDetailsUrl}}')",
    ('ja', 'xpack.apm.alertTypes.transactionDurationAnomaly.reason'): "{serviceName}の過去{interval}に、スコア{anomalyScore}の{severityLevel} {detectorTypeLabel}異常が検知されました。",
    ('ja', 'xpack.apm.alertTypes.transactionErrorRate.defaultActionMessage'): "'{{context.reason}}' '{{rule.name}}'は次の条件でアクティブです：- サービス名：'{{context.serviceName}}' - トランザクションタイプ：'{{context.transactionType}}' - 環境：'{{context.environment}}' - 失敗したトランザクションレート：過去'{{context.interval}}'のエラーの'{{context.triggerValue}}'% - しきい値：'{{context.threshold}}'% [アラート詳細を表示]('{{context.alertDetailsUrl}}')",
    ('ja', 'xpack.apm.alertTypes.transactionErrorRate.defaultRecoveryMessage'): "回復完了：'{{context.reason}}' '{{rule.name}}'が回復しました。- サービス名：'{{context.serviceName}}' - トランザクションタイプ：'{{context.transactionType}}' - 環境：'{{context.environment}}' - 失敗したトランザクションレート：過去'{{context.interval}}'のエラーの'{{context.triggerValue}}'% - しきい値：'{{context.threshold}}'% [アラート詳細を表示]('{{context.alertDetailsUrl}}')",
    ('ja', 'xpack.apm.alertTypes.transactionErrorRate.description'): "サービスのトランザクションエラー率が定義されたしきい値を超過したときにアラートを発行します。",
    ('ja', 'xpack.apm.alertTypes.transactionErrorRate.reason'): "{group}の失敗したトランザクションは最後の{interval}で{measured}されます。{threshold}を超えたときにアラートを通知します。",
    ('ja', 'xpack.apm.alerts.anomalyDetector.failedTransactionRateLabel'): "失敗したトランザクション率",
    ('ja', 'xpack.apm.alerts.anomalyDetector.latencyLabel'): "レイテンシ",
    ('ja', 'xpack.apm.alerts.anomalyDetector.throughputLabel'): "スループット",
    ('ja', 'xpack.apm.alerts.anomalySeverity.criticalLabel'): "致命的",
    ('ja', 'xpack.infra.metrics.alerting.inventory.threshold.defaultActionMessage'): "'{{context.reason}}' '{{rule.name}}'は次の条件でアクティブです：- 影響を受ける：'{{context.group}}' - メトリック：'{{context.metric}}' - 観測された値：'{{context.value}}' - しきい値：'{{context.threshold}}' [アラート詳細を表示]('{{context.alertDetailsUrl}}')",
    ('ja', 'xpack.infra.metrics.alerting.inventory.threshold.defaultRecoveryMessage'): "回復完了：'{{context.reason}}' '{{rule.name}}'が回復されました。- 影響を受ける：'{{context.group}}' - メトリック：'{{context.metric}}' - しきい値：'{{context.threshold}}' [アラート詳細を表示]('{{context.alertDetailsUrl}}')",
    ('ja', 'xpack.infra.metrics.alerting.threshold.firedAlertReason'): "{metric}は最後の{duration}{group}で{currentValue}です。{comparator} {threshold}のときにアラートを発行します。",
    ('ja', 'xpack.infra.metrics.alerting.threshold.noDataAlertReason'): "{metric}は過去{interval}に{group}のデータを報告していません",
    ('ja', 'xpack.infra.metrics.alerting.threshold.recoveredAlertReason'): "{metric}は{group}の{comparator} {threshold}のしきい値です（現在の値は{currentValue}）",
    ('ja', 'xpack.infra.metrics.alerting.threshold.errorAlertReason'): "{metric}のデータのクエリーを試行しているときに、Elasticsearchが失敗しました",
    ('ja', 'xpack.infra.logs.alerting.threshold.groupedCountAlertReasonDescription'): "過去{duration}における{groupName}の{actualCount, plural, other  {{actualCount}件のログエントリ}}。{comparator} {expectedCount}のときにアラートを発効します。",
    ('ja', 'xpack.infra.logs.alerting.threshold.groupedRatioAlertReasonDescription'): "過去{duration}における選択された{groupName}のログの比率は{actualRatio}です。{comparator} {expectedRatio}のときにアラートを発効します。",
    ('ja', 'xpack.monitoring.alerts.clusterHealth.firing.internalFullMessage'): "クラスター正常性アラートが{clusterName}に対して作動しています。現在の正常性は{health}です。{action}",
    ('ja', 'xpack.monitoring.alerts.clusterHealth.action.danger'): "見つからないプライマリおよびレプリカシャードを割り当てます。",
    ('ja', 'xpack.monitoring.alerts.clusterHealth.action.warning'): "見つからないレプリカシャードを割り当てます。",
    ('ja', 'xpack.monitoring.alerts.cpuUsage.firing.internalFullMessage'): "CPU使用状況アラートは、クラスター{clusterName}のノード{nodeName}で実行されています。{action}",
    ('ja', 'xpack.monitoring.alerts.cpuUsage.ui.firingMessage'): "ノード#start_link{nodeName}#end_linkは、#absoluteでCPU使用率{cpuUsage}%を報告しています",
    ('ja', 'xpack.monitoring.alerts.cpuUsage.shortAction'): "ノードのCPUレベルを検証します。",
    ('ja', 'xpack.monitoring.alerts.diskUsage.firing.internalFullMessage'): "ディスク使用状況アラートは、クラスター{clusterName}のノード{nodeName}で実行されています。{action}",
    ('ja', 'xpack.monitoring.alerts.diskUsage.firing.internalShortMessage'): "ディスク使用状況アラートは、クラスター{clusterName}のノード{nodeName}で実行されています。{shortActionText}",
    ('ja', 'xpack.monitoring.alerts.diskUsage.shortAction'): "ノードのディスク使用状況レベルを確認します。",
    ('ja', 'xpack.monitoring.alerts.diskUsage.ui.firingMessage'): "ノード#start_link{nodeName}#end_linkは、#absoluteでディスク使用率{diskUsage}%を報告しています",
    ('ja', 'xpack.monitoring.alerts.diskUsage.label'): "ディスク使用量",
    ('ja', 'xpack.monitoring.alerts.elasticsearchVersionMismatch.firing.internalFullMessage'): "{clusterName} に対して Elasticsearch バージョン不一致アラートが実行されています。Elasticsearchは{versions}を実行しています。{action}",
    ('ja', 'xpack.monitoring.alerts.licenseExpiration.firing.internalFullMessage'): "ライセンス有効期限アラートが {clusterName} に対して実行されています。ライセンスは{expiredDate}に期限切れになります。{action}",
    ('ja', 'xpack.monitoring.alerts.licenseExpiration.action'): "ライセンスを更新してください。",
    ('ja', 'xpack.monitoring.alerts.memoryUsage.firing.internalFullMessage'): "メモリ使用状況アラートは、クラスター{clusterName}のノード{nodeName}で実行されています。{action}",
    ('ja', 'xpack.monitoring.alerts.memoryUsage.firing.internalShortMessage'): "メモリ使用状況アラートは、クラスター{clusterName}のノード{nodeName}で実行されています。{shortActionText}",
    ('ja', 'xpack.monitoring.alerts.memoryUsage.shortAction'): "ノードのメモリ使用状況レベルを確認します。",
    ('ja', 'xpack.monitoring.alerts.memoryUsage.ui.firingMessage'): "ノード#start_link{nodeName}#end_linkは、#absoluteでJVMメモリー使用率{memoryUsage}%を報告しています",
    ('ja', 'xpack.monitoring.alerts.memoryUsage.label'): "メモリー使用状況（JVM）",
    ('ja', 'xpack.monitoring.alerts.missingData.firing.internalFullMessage'): "クラスター{clusterName}では、ノード{nodeName}の監視データが検出されませんでした。{action}",
    ('ja', 'xpack.monitoring.alerts.missingData.shortAction'): "このノードが起動して実行中であることを検証してから、監視設定を確認してください。",
    ('ja', 'xpack.monitoring.alerts.missingData.ui.firingMessage'): "#absolute以降、過去 {gapDuration} には、Elasticsearch ノード {nodeName} から監視データが検出されていません。",
    ('ja', 'xpack.monitoring.alerts.nodesChanged.firing.internalFullMessage'): "{clusterName} に対してノード変更アラートが実行されています。次のElasticsearchノードが追加されました：{added} / 削除：{removed} / 再起動：{restarted}。{action}",
    ('ja', 'xpack.monitoring.alerts.nodesChanged.ui.removedFiringMessage'): "Elasticsearchノード''{removed}''がこのクラスターから削除されました。",
    ('ja', 'xpack.monitoring.alerts.nodesChanged.ui.restartedFiringMessage'): "このクラスターでElasticsearchノード''{restarted}''が再起動しました。",
    ('ja', 'xpack.monitoring.alerts.nodesChanged.shortAction'): "ノードを追加、削除、または再起動したことを確認してください。",
    ('ja', 'xpack.synthetics.alertRules.monitorStatus.reasonMessage.checksSummary'): "過去{numberOfChecks}回のチェックでモニターが{downChecks}{downChecks, plural, one {time} other {回}}ダウンしています。",
    ('ja', 'xpack.synthetics.alertRules.monitorStatus.reasonMessage.new'): "{location}からのモニター\"{name}\"は{status}です。{checksSummary}過去{numberOfChecks}のチェックのうち{downThreshold}が少なくとも{locationsThreshold} {locationsThreshold, plural, one {location} other {locations}} からダウンしている場合はアラートを発します。",
    ('ja', 'xpack.synthetics.alertRules.monitorStatus.reasonMessage.pending'): "{location}からのモニター「{name}」は{status}です。",
    ('ja', 'xpack.synthetics.alertRules.monitorStatus.reasonMessage.timeBased'): "{location}からのモニター\"{name}\"は{status}です。少なくとも{locationsThreshold} {locationsThreshold, plural, one {location} other {件の場所}}で過去{size} {unitLabel}回のチェック中{downThreshold}回ダウンしたときにアラートで通知します。",
    ('ja', 'xpack.synthetics.alertRules.monitorStatus.stepInfo.step'): "- ステップ: {stepNumber}。{stepName}",
    ('ja', 'xpack.synthetics.alerts.monitorStatus.defaultRecovery.reason'): "アラート条件は満たされません",
    ('ja', 'xpack.synthetics.alerts.monitorStatus.defaultRecovery.status'): "回復しました",
    ('ja', 'xpack.synthetics.alerts.monitorStatus.downLabel'): "ダウン",
    ('ja', 'xpack.synthetics.alerts.monitorStatus.pendingLabel'): "保留中",
    ('ja', 'xpack.synthetics.alerts.monitorStatus.upCheck.reasonWithoutDuration'): "モニターが再起動しました。{checkedAt}に正常に実行されました。",
    ('ja', 'xpack.synthetics.alerts.monitorStatus.upCheck.status'): "現在起動しています",
    ('ja', 'xpack.synthetics.alerts.syntheticsMonitorStatus.defaultActionMessage'): "{monitorName}のモニター「{status}」が{locationNames}です。{pendingLastRunAt} - Elastic Synthetics詳細：- モニター名：{monitorName} - {monitorUrlLabel}: {monitorUrl} - モニタータイプ：{monitorType} - 確認日時：{checkedAt} - 場所：{locationNames} - 理由：{reason} - エラー：{lastErrorMessage} {failedStepInfo}{linkMessage}",
    ('ja', 'xpack.synthetics.alerts.syntheticsMonitorStatus.defaultRecoveryMessage'): "{monitorName}のモニター\"{locationNames}\"のアラートがアクティブではありません：{recoveryReason}。- Elastic Synthetics詳細：- モニター名：{monitorName} - {monitorUrlLabel}：{monitorUrl} - モニタータイプ：{monitorType} - 場所：{locationNames} - 前回のエラー：{lastErrorMessage} {linkMessage}",
    ('ja', 'xpack.synthetics.alerts.syntheticsMonitorStatus.defaultRecoverySubjectMessage'): "モニター\"{monitorName}\" ({locationNames}) {recoveryStatus} - Elastic Synthetics",
    ('ja', 'xpack.synthetics.alerts.syntheticsMonitorStatus.defaultSubjectMessage'): "モニター「{monitorName}」({locationNames}) がダウンしています{failedStepInfo} - Elastic Synthetics",
    ('ja', 'xpack.synthetics.alerts.syntheticsMonitorTLS.defaultSubjectMessage'): "証明書{commonName}のアラートがトリガーされました - Elastic Synthetics",
    ('ja', 'xpack.synthetics.alerts.tls.newSummary'): "モニター証明書が更新されました。",
    ('zh', 'xpack.apm.alertTypes.errorCount.defaultActionMessage'): "'{{context.reason}}' '{{rule.name}}' 为活动状态，条件如下：- 服务名称：'{{context.serviceName}}' - 环境：'{{context.environment}}' - 错误计数：在过去 '{{context.interval}}' 有 '{{context.triggerValue}}' 个错误 - 阈值：'{{context.threshold}}' [查看告警详情]('{{context.alertDetailsUrl}}')",
    ('zh', 'xpack.apm.alertTypes.errorCount.reason'): "对于 {group}，过去 {interval}的错误计数为 {measured}。超出 {threshold} 时告警。",
    ('zh', 'xpack.apm.alertTypes.transactionDuration.defaultActionMessage'): "'{{context.reason}}' '{{rule.name}}' 为活动状态，条件如下：- 服务名称：'{{context.serviceName}}' - 事务类型：'{{context.transactionType}}' - 事务名称：'{{context.transactionName}}' - 环境：'{{context.environment}}' - 延迟：在过去 '{{context.interval}}' 为 '{{context.triggerValue}}' - 阈值：'{{context.threshold}}'ms [查看告警详情]('{{context.alertDetailsUrl}}')",
    ('zh', 'xpack.apm.alertTypes.transactionDuration.defaultRecoveryMessage'): "已恢复：'{{context.reason}}' '{{rule.name}}' 已恢复。- 服务名称：'{{context.serviceName}}' - 事务类型：'{{context.transactionType}}' - 事务名称：'{{context.transactionName}}' - 环境：'{{context.environment}}' - 延迟：在过去 '{{context.interval}}' 为 '{{context.triggerValue}}' - 阈值：'{{context.threshold}}'ms [查看告警详情]('{{context.alertDetailsUrl}}')",
    ('zh', 'xpack.apm.alertTypes.transactionDuration.reason'): "对于 {group}，过去 {interval}的 {aggregationType} 延迟为 {measured}。超出 {threshold} 时告警。",
    ('zh', 'xpack.apm.alertTypes.transactionDurationAnomaly.reason'): "对于 {serviceName}，过去 {interval}检测到分数为 {anomalyScore} 的 {severityLevel} {detectorTypeLabel} 异常。",
    ('zh', 'xpack.apm.alertTypes.transactionErrorRate.defaultActionMessage'): "'{{context.reason}}' '{{rule.name}}' 为活动状态，条件如下：- 服务名称：'{{context.serviceName}}' - 事务类型：'{{context.transactionType}}' - 环境：'{{context.environment}}' - 失败事务率：在过去 '{{context.interval}}' 有 '{{context.triggerValue}}'% 的错误 - 阈值：'{{context.threshold}}'% [查看告警详情]('{{context.alertDetailsUrl}}')",
    ('zh', 'xpack.apm.alertTypes.transactionErrorRate.defaultRecoveryMessage'): "已恢复：'{{context.reason}}' '{{rule.name}}' 已恢复。- 服务名称：'{{context.serviceName}}' - 事务类型：'{{context.transactionType}}' - 环境：'{{context.environment}}' - 失败事务率：在过去 '{{context.interval}}' 有 '{{context.triggerValue}}'% 的错误 - 阈值：'{{context.threshold}}'% [查看告警详情]('{{context.alertDetailsUrl}}')",
    ('zh', 'xpack.apm.alertTypes.transactionErrorRate.reason'): "对于 {group}，过去 {interval}的失败事务数为 {measured}。超出 {threshold} 时告警。",
    ('zh', 'xpack.apm.alerts.anomalyDetector.latencyLabel'): "延迟",
    ('zh', 'xpack.apm.alerts.anomalyDetector.throughputLabel'): "吞吐量",
    ('zh', 'xpack.apm.alerts.anomalySeverity.criticalLabel'): "紧急",
    ('zh', 'xpack.apm.alerts.anomalySeverity.majorLabel'): "重大",
    ('zh', 'xpack.monitoring.alerts.clusterHealth.firing.internalFullMessage'): "为 {clusterName} 触发了集群运行状况告警。当前运行状况为 {health}。{action}",
    ('zh', 'xpack.monitoring.alerts.clusterHealth.action.danger'): "分配缺失的主分片和副本分片。",
    ('zh', 'xpack.monitoring.alerts.cpuUsage.firing.internalFullMessage'): "集群 {clusterName} 中的节点 {nodeName} 触发了 CPU 使用率告警。{action}",
    ('zh', 'xpack.monitoring.alerts.cpuUsage.shortAction'): "验证节点的 CPU 级别。",
    ('zh', 'xpack.monitoring.alerts.cpuUsage.ui.firingMessage'): "节点 #start_link{nodeName}#end_link 于 #absolute报告 cpu 使用率为 {cpuUsage}%",
    ('zh', 'xpack.monitoring.alerts.diskUsage.firing.internalFullMessage'): "集群 {clusterName} 中的节点 {nodeName} 触发了磁盘使用率告警。{action}",
    ('zh', 'xpack.monitoring.alerts.diskUsage.shortAction'): "验证节点的磁盘使用率级别。",
    ('zh', 'xpack.monitoring.alerts.diskUsage.ui.firingMessage'): "节点 #start_link{nodeName}#end_link 于 #absolute 报告磁盘使用率为 {diskUsage}%",
    ('zh', 'xpack.monitoring.alerts.licenseExpiration.firing.internalFullMessage'): "为 {clusterName} 触发了许可证到期告警。您的许可证将于 {expiredDate}到期。{action}",
    ('zh', 'xpack.monitoring.alerts.licenseExpiration.action'): "请更新您的许可证。",
    ('zh', 'xpack.monitoring.alerts.memoryUsage.firing.internalFullMessage'): "集群 {clusterName} 中的节点 {nodeName} 触发了内存使用率告警。{action}",
    ('zh', 'xpack.monitoring.alerts.memoryUsage.shortAction'): "验证节点的内存使用率级别。",
    ('zh', 'xpack.monitoring.alerts.memoryUsage.ui.firingMessage'): "节点 #start_link{nodeName}#end_link 将于 #absolute 报告 JVM 内存使用率为 {memoryUsage}%",
    ('zh', 'xpack.monitoring.alerts.missingData.firing.internalFullMessage'): "我们尚未检测到集群 {clusterName} 中节点 {nodeName} 的任何监测数据。{action}",
    ('zh', 'xpack.monitoring.alerts.missingData.shortAction'): "确认该节点已启动并正在运行，然后仔细检查监测设置。",
    ('zh', 'xpack.monitoring.alerts.missingData.ui.firingMessage'): "在过去的 {gapDuration}，从 #absolute开始，我们尚未检测到 Elasticsearch 节点 {nodeName} 的任何监测数据",
    ('zh', 'xpack.monitoring.alerts.nodesChanged.firing.internalFullMessage'): "为 {clusterName} 触发了节点已更改告警。以下 Elasticsearch 节点已添加：{added}/以下已移除：{removed}/以下已重新启动：{restarted}。{action}",
    ('zh', 'xpack.monitoring.alerts.nodesChanged.ui.restartedFiringMessage'): "此集群中 Elasticsearch 节点“{restarted}”已重新启动。",
    ('zh', 'xpack.monitoring.alerts.shardSize.firing.internalFullMessage'): "以下索引触发分片大小过大告警：{shardIndex}。{action}",
    ('zh', 'xpack.monitoring.alerts.shardSize.fullAction'): "查看索引分片大小统计",
    ('zh', 'xpack.monitoring.alerts.threadPoolRejections.firing.internalFullMessage'): "集群 {clusterName} 中的节点 {nodeName} 触发了线程池 {type} 拒绝告警。{action}",
    ('zh', 'xpack.monitoring.alerts.threadPoolRejections.ui.firingMessage'): "节点 #start_link{nodeName}#end_link 在 #absolute报告了 {rejectionCount} 个 {threadPoolType} 拒绝",
}


def resolve_plurals(text):
    """ICU `{n, plural, one {...} other {...}}` -> the `other` branch (every count here is > 1)."""
    while True:
        i = text.find(", plural,")
        if i < 0:
            return text
        start = text.rfind("{", 0, i)
        depth, j = 0, start
        while True:
            if text[j] == "{":
                depth += 1
            elif text[j] == "}":
                depth -= 1
                if depth == 0:
                    break
            j += 1
        block = text[start:j + 1]
        k = block.find("{", block.find("other")) + 1
        depth, m = 1, k
        while depth:
            if block[m] == "{":
                depth += 1
            elif block[m] == "}":
                depth -= 1
            m += 1
        text = text[:start] + block[k:m - 1] + text[j + 1:]


def render(lang, key, ctx=None, at=None, **values):
    """The string of `key`, its mustache variables ({{context.x}}, {{rule.name}}) taken from ctx and
    its ICU placeholders from values; UI link markers dropped and #absolute set to `at`."""
    text = STRINGS[(lang, key)]
    for name, value in (ctx or {}).items():
        text = text.replace("{{" + name + "}}", str(value))
    text = resolve_plurals(text)
    for name, value in values.items():
        text = text.replace("{" + name + "}", str(value))
    text = text.replace("#start_link", "").replace("#end_link", "")
    if at is not None:
        text = text.replace("#absolute", at)
    assert "{" not in text and "#absolute" not in text, (key, text)
    return text


def src(lang):
    return (REPO, PATH[lang], COMMIT)


def add(lang, keys, expected, what, labels, annotations):
    family.add(src(lang), expected,
               f"Kibana {'ja-JP' if lang == 'ja' else 'zh-CN'} translation ({', '.join(keys)}): {what}",
               labels, annotations, project=REPO)


KB = "https://kibana.obs.corp.example"

# ---------------------------------------------------------------- APM latency threshold
APM_LAT = [
    # lang, service, env, txtype, txname, aggregation, measured, interval, threshold(ms), rule
    ("ja", "checkout-api", "production", "request", "POST /api/v2/orders", "95th", "2,340 ms", "5分",
     1500, "checkout p95 レイテンシ"),
    ("ja", "inventory-svc", "prod-tokyo", "request", "GET /stock/:sku", "avg.", "812 ms", "10分", 500,
     "在庫API 平均レイテンシ監視"),
    ("ja", "payment-gw", "production", "messaging", "settle-batch", "99th", "9.8 s", "15分", 5000,
     "決済ゲートウェイ遅延"),
    ("zh", "order-center", "prod-sh", "request", "POST /order/submit", "95th", "3,120 ms", "5 分钟",
     2000, "订单中心延迟告警"),
    ("zh", "user-profile", "production", "request", "GET /v1/profile", "avg.", "640 ms", "10 分钟", 400,
     "用户服务平均延迟"),
    ("zh", "search-gateway", "prod-bj", "request", "GET /search", "99th", "4.6 s", "5 分钟", 3000,
     "搜索网关 P99 延迟"),
]
FIELDS = {"ja": ("サービス", "環境", "型", "名前"), "zh": ("服务", "环境", "类型", "名称")}
for n, (lang, svc, env, typ, name, agg, measured, interval, thr, rule) in enumerate(APM_LAT):
    f = FIELDS[lang]
    group = f"{f[0]}: {svc}, {f[1]}: {env}, {f[2]}: {typ}, {f[3]}: {name}"
    reason = render(lang, "xpack.apm.alertTypes.transactionDuration.reason", group=group,
                    aggregationType=agg, measured=measured, interval=interval,
                    threshold=f"{thr:,} ms")
    ctx = {"context.reason": reason, "rule.name": rule, "context.serviceName": svc,
           "context.transactionType": typ, "context.transactionName": name,
           "context.environment": env, "context.interval": interval,
           "context.triggerValue": measured, "context.threshold": thr,
           "context.alertDetailsUrl": f"{KB}/app/observability/alerts/{5100 + n:x}a9c-lat"}
    msg = render(lang, "xpack.apm.alertTypes.transactionDuration.defaultActionMessage", ctx)
    if n % 2 == 0:
        labels = {"alertname": rule, "severity": "warning", "kibana_rule_type": "apm.transaction_duration",
                  "service": svc, "environment": env}
        ann = {"summary": reason, "description": msg}
    else:
        labels = {"alertname": "APM latency threshold", "source": "kibana-webhook", "service": svc,
                  "namespace": env}
        ann = {"message": msg}
    add(lang, ["xpack.apm.alertTypes.transactionDuration.reason",
               "xpack.apm.alertTypes.transactionDuration.defaultActionMessage"], "high_latency",
        "APM latency threshold rule, default action message with its reason", labels, ann)

# ---------------------------------------------------------------- APM failed transaction rate
APM_ERR = [
    ("ja", "cart-service", "production", "request", "18.4%", "5分", 5, "カート失敗率"),
    ("ja", "auth-api", "prod-osaka", "request", "42%", "1分", 10, "認証API 失敗トランザクション"),
    ("ja", "notifier", "production", "messaging", "7.9%", "15分", 2, "通知ワーカー失敗率"),
    ("zh", "pay-core", "prod-sh", "request", "23.6%", "5 分钟", 5, "支付核心失败率"),
    ("zh", "coupon-svc", "production", "request", "12%", "10 分钟", 3, "优惠券服务失败事务率"),
]
for n, (lang, svc, env, typ, pct, interval, thr, rule) in enumerate(APM_ERR):
    f = FIELDS[lang]
    group = f"{f[0]}: {svc}, {f[1]}: {env}, {f[2]}: {typ}"
    reason = render(lang, "xpack.apm.alertTypes.transactionErrorRate.reason", group=group,
                    interval=interval, measured=pct, threshold=f"{thr}%")
    ctx = {"context.reason": reason, "rule.name": rule, "context.serviceName": svc,
           "context.transactionType": typ, "context.environment": env,
           "context.interval": interval, "context.triggerValue": pct.rstrip("%"),
           "context.threshold": thr,
           "context.alertDetailsUrl": f"{KB}/app/observability/alerts/{7300 + n:x}e2f-err"}
    msg = render(lang, "xpack.apm.alertTypes.transactionErrorRate.defaultActionMessage", ctx)
    if n % 2 == 0:
        labels = {"alertname": rule, "severity": "critical", "kibana_rule_type": "apm.transaction_error_rate",
                  "service": svc, "environment": env}
        ann = {"summary": reason, "description": msg}
    else:
        labels = {"alertname": "Kibana: " + rule, "receiver": "slack-bridge", "service": svc}
        ann = {"message": f"*{rule}*\n{msg}"}
    add(lang, ["xpack.apm.alertTypes.transactionErrorRate.reason",
               "xpack.apm.alertTypes.transactionErrorRate.defaultActionMessage"], "high_error_rate",
        "APM failed transaction rate rule, default action message with its reason", labels, ann)

# ---------------------------------------------------------------- APM error count
APM_CNT = [
    # lang, service, env, measured, interval, threshold, rule, error grouping name, expected
    ("ja", "batch-importer", "production", 64, "5分", 25, "インポーターのエラー数", None, None),
    ("ja", "mail-relay", "staging", 31, "10分", 20, "メールリレー エラーカウント", None, None),
    ("zh", "report-svc", "prod-sh", 118, "5 分钟", 50, "报表服务错误计数", None, None),
    ("ja", "recommend-engine", "production", 205, "5分", 30, "レコメンドエンジン エラー",
     "java.lang.OutOfMemoryError: Java heap space", "out_of_memory"),
    ("zh", "ledger-sync", "production", 77, "5 分钟", 20, "账务同步错误计数",
     "org.postgresql.util.PSQLException: Connection to pg-ledger-1.db.internal:5432 refused. "
     "Check that the hostname and port are correct and that the postmaster is accepting TCP/IP "
     "connections.", "node_down"),
]
for n, (lang, svc, env, cnt, interval, thr, rule, err, expected) in enumerate(APM_CNT):
    f = FIELDS[lang]
    group = f"{f[0]}: {svc}, {f[1]}: {env}"
    reason = render(lang, "xpack.apm.alertTypes.errorCount.reason", group=group, interval=interval,
                    measured=cnt, threshold=thr)
    ctx = {"context.reason": reason, "rule.name": rule, "context.serviceName": svc,
           "context.environment": env, "context.interval": interval, "context.triggerValue": cnt,
           "context.threshold": thr,
           "context.alertDetailsUrl": f"{KB}/app/observability/alerts/{9100 + n:x}c0d-cnt"}
    msg = render(lang, "xpack.apm.alertTypes.errorCount.defaultActionMessage", ctx)
    labels = {"alertname": rule, "severity": "warning", "kibana_rule_type": "apm.error_rate",
              "service": svc, "environment": env}
    ann = {"summary": reason, "description": msg}
    if err:
        labels["error_grouping_name"] = err
    add(lang, ["xpack.apm.alertTypes.errorCount.reason",
               "xpack.apm.alertTypes.errorCount.defaultActionMessage"], expected,
        "APM error count rule, default action message" + (", with the error grouping name" if err else ""),
        labels, ann)

# ---------------------------------------------------------------- APM anomaly
ANOM = [
    # lang, service, env, severity label key, detector label key, score, interval, expected
    ("ja", "checkout-api", "production", "xpack.apm.alerts.anomalySeverity.criticalLabel",
     "xpack.apm.alerts.anomalyDetector.latencyLabel", 94, "15分", "high_latency"),
    ("zh", "order-center", "prod-sh", "xpack.apm.alerts.anomalySeverity.majorLabel",
     "xpack.apm.alerts.anomalyDetector.latencyLabel", 81, "15 分钟", "high_latency"),
    ("ja", "auth-api", "prod-osaka", "xpack.apm.alerts.anomalySeverity.criticalLabel",
     "xpack.apm.alerts.anomalyDetector.failedTransactionRateLabel", 88, "15分", "high_error_rate"),
    ("ja", "media-cdn-origin", "production", "xpack.apm.alerts.anomalySeverity.criticalLabel",
     "xpack.apm.alerts.anomalyDetector.throughputLabel", 91, "15分", None),
]
for n, (lang, svc, env, sev_key, det_key, score, interval, expected) in enumerate(ANOM):
    sev = STRINGS[(lang, sev_key)]
    det = STRINGS[(lang, det_key)]
    reason = render(lang, "xpack.apm.alertTypes.transactionDurationAnomaly.reason", serviceName=svc,
                    interval=interval, anomalyScore=score, severityLevel=sev, detectorTypeLabel=det)
    labels = {"alertname": "APM異常" if lang == "ja" else "APM 异常", "severity": "critical",
              "kibana_rule_type": "apm.anomaly", "service": svc, "environment": env}
    ann = {"summary": reason}
    if lang == "ja":
        ctx = {"context.reason": reason, "rule.name": f"{svc} 異常検知", "context.serviceName": svc,
               "context.transactionType": "request", "context.environment": env,
               "context.triggerValue": sev, "context.threshold": STRINGS[(lang,
                   "xpack.apm.alerts.anomalySeverity.criticalLabel")],
               "context.alertDetailsUrl": f"{KB}/app/observability/alerts/{0xa100 + n:x}-anom"}
        ann["description"] = render(lang, "xpack.apm.alertTypes.transactionDurationAnomaly.defaultActionMessage", ctx)
    add(lang, ["xpack.apm.alertTypes.transactionDurationAnomaly.reason", sev_key, det_key], expected,
        "APM anomaly rule reason, detector " + det_key.rsplit(".", 1)[1], labels, ann)

# ---------------------------------------------------------------- APM recoveries (null, rule 14)
REC = [
    ("ja", "xpack.apm.alertTypes.transactionDuration", "checkout-api", "production", "request",
     "POST /api/v2/orders", "95th", "1,120 ms", "5分", 1500, "checkout p95 レイテンシ"),
    ("zh", "xpack.apm.alertTypes.transactionDuration", "search-gateway", "prod-bj", "request",
     "GET /search", "99th", "1.9 s", "5 分钟", 3000, "搜索网关 P99 延迟"),
    ("zh", "xpack.apm.alertTypes.transactionErrorRate", "pay-core", "prod-sh", "request", None, None,
     "0.8%", "5 分钟", 5, "支付核心失败率"),
]
for n, (lang, base, svc, env, typ, name, agg, measured, interval, thr, rule) in enumerate(REC):
    f = FIELDS[lang]
    if base.endswith("Duration"):
        group = f"{f[0]}: {svc}, {f[1]}: {env}, {f[2]}: {typ}, {f[3]}: {name}"
        reason = render(lang, base + ".reason", group=group, aggregationType=agg, measured=measured,
                        interval=interval, threshold=f"{thr:,} ms")
        trig = measured
    else:
        group = f"{f[0]}: {svc}, {f[1]}: {env}, {f[2]}: {typ}"
        reason = render(lang, base + ".reason", group=group, interval=interval, measured=measured,
                        threshold=f"{thr}%")
        trig = measured.rstrip("%")
    ctx = {"context.reason": reason, "rule.name": rule, "context.serviceName": svc,
           "context.transactionType": typ, "context.transactionName": name or "",
           "context.environment": env, "context.interval": interval, "context.triggerValue": trig,
           "context.threshold": thr,
           "context.alertDetailsUrl": f"{KB}/app/observability/alerts/{0xb200 + n:x}-rec"}
    msg = render(lang, base + ".defaultRecoveryMessage", ctx)
    labels = {"alertname": rule, "severity": "info", "kibana_action_group": "recovered", "service": svc}
    add(lang, [base + ".defaultRecoveryMessage"], None,
        "APM rule recovery message (the condition is over)", labels, {"message": msg})

# ---------------------------------------------------------------- Stack Monitoring
FULL_ACTION = {"ja": "ノードの表示", "zh": "查看节点"}  # *.fullAction of the rules below, both files


def mon_link(lang, cluster, node):
    return f"[{FULL_ACTION[lang]}]({KB}/app/monitoring#/elasticsearch/nodes/{node}?_g=(cluster_uuid:{cluster}))"


MON = [
    # lang, rule, expected, cluster, node, value, timestamp, frame
    ("ja", "diskUsage", "disk_full", "es-prod-logs", "es-data-hot-07", 93, "2026/12/04 03:17:42", "full"),
    ("ja", "diskUsage", "disk_full", "es-tokyo-01", "es-warm-12", 91, "2026/12/03 22:05:10", "ui"),
    ("ja", "diskUsage", "disk_full", "analytics-es", "es-data-3", 96, "2026/12/04 08:41:00", "both"),
    ("zh", "diskUsage", "disk_full", "es-cn-prod", "es-hot-04", 92, "2026-12-04 11:26:13", "full"),
    ("zh", "diskUsage", "disk_full", "elk-shanghai", "es-node-09", 95, "2026-12-04 02:03:55", "ui"),
    ("ja", "memoryUsage", "out_of_memory", "es-prod-logs", "es-data-hot-02", 94, "2026/12/04 04:22:31", "full"),
    ("ja", "memoryUsage", "out_of_memory", "search-es", "es-master-1", 89, "2026/12/03 19:48:02", "ui"),
    ("ja", "memoryUsage", "out_of_memory", "es-osaka", "es-coord-2", 97, "2026/12/04 06:10:44", "both"),
    ("zh", "memoryUsage", "out_of_memory", "es-cn-prod", "es-hot-01", 91, "2026-12-04 09:15:20", "full"),
    ("zh", "memoryUsage", "out_of_memory", "elk-beijing", "es-data-17", 96, "2026-12-04 13:37:08", "ui"),
    ("ja", "cpuUsage", None, "es-prod-logs", "es-data-hot-05", 97, "2026/12/04 05:55:19", "full"),
    ("ja", "cpuUsage", None, "es-tokyo-01", "es-ingest-3", 92, "2026/12/04 07:30:45", "ui"),
    ("zh", "cpuUsage", None, "es-cn-prod", "es-hot-06", 95, "2026-12-04 10:02:37", "both"),
]
VALUE_NAME = {"diskUsage": "diskUsage", "memoryUsage": "memoryUsage", "cpuUsage": "cpuUsage"}
for n, (lang, rule, expected, cluster, node, value, at, frame) in enumerate(MON):
    base = f"xpack.monitoring.alerts.{rule}"
    full = render(lang, base + ".firing.internalFullMessage", clusterName=cluster, nodeName=node,
                  action=mon_link(lang, cluster, node))
    ui = render(lang, base + ".ui.firingMessage", at=at, nodeName=node, **{VALUE_NAME[rule]: value})
    short = STRINGS[(lang, base + ".shortAction")]
    labels = {"alertname": {"diskUsage": "ElasticsearchDiskUsage", "memoryUsage": "ElasticsearchJvmMemoryUsage",
                            "cpuUsage": "ElasticsearchCpuUsage"}[rule] if n % 3 else f"monitoring_alert_{rule.lower()}",
              "severity": "warning", "cluster": cluster, "node": node, "source": "kibana-stack-monitoring"}
    if frame == "full":
        ann = {"summary": full}
        keys = [base + ".firing.internalFullMessage"]
    elif frame == "ui":
        ann = {"summary": ui, "description": short}
        keys = [base + ".ui.firingMessage", base + ".shortAction"]
    else:
        ann = {"summary": ui, "description": full}
        keys = [base + ".ui.firingMessage", base + ".firing.internalFullMessage"]
    add(lang, keys, expected, f"Stack Monitoring {rule} rule firing message", labels, ann)

# Stack Monitoring look-alikes (null)
add("ja", ["xpack.monitoring.alerts.missingData.firing.internalFullMessage",
           "xpack.monitoring.alerts.missingData.shortAction"], None,
    "Stack Monitoring missing monitoring data rule (rule 8: not the node's liveness signal)",
    {"alertname": "monitoring_alert_missing_monitoring_data", "severity": "warning",
     "cluster": "es-prod-logs", "node": "es-data-hot-09"},
    {"summary": render("ja", "xpack.monitoring.alerts.missingData.firing.internalFullMessage",
                       clusterName="es-prod-logs", nodeName="es-data-hot-09",
                       action=STRINGS[("ja", "xpack.monitoring.alerts.missingData.shortAction")])})
add("zh", ["xpack.monitoring.alerts.missingData.ui.firingMessage"], None,
    "Stack Monitoring missing monitoring data, UI firing message",
    {"alertname": "缺少监测数据", "severity": "warning", "cluster": "elk-shanghai", "node": "es-node-03"},
    {"summary": render("zh", "xpack.monitoring.alerts.missingData.ui.firingMessage",
                       at="2026-12-04 07:44:00", gapDuration="15 分钟", nodeName="es-node-03")})
add("ja", ["xpack.monitoring.alerts.nodesChanged.firing.internalFullMessage"], None,
    "Stack Monitoring nodes changed rule, one node restarted (rule 7: one restart)",
    {"alertname": "monitoring_alert_nodes_changed", "severity": "info", "cluster": "es-tokyo-01"},
    {"summary": render("ja", "xpack.monitoring.alerts.nodesChanged.firing.internalFullMessage",
                       clusterName="es-tokyo-01", added="", removed="", restarted="es-warm-04",
                       action=mon_link("ja", "es-tokyo-01", "es-warm-04"))})
add("zh", ["xpack.monitoring.alerts.nodesChanged.ui.restartedFiringMessage"], None,
    "Stack Monitoring nodes changed, a node restarted (rule 7: one restart)",
    {"alertname": "节点已更改", "severity": "info", "cluster": "es-cn-prod", "node": "es-hot-02"},
    {"summary": render("zh", "xpack.monitoring.alerts.nodesChanged.ui.restartedFiringMessage",
                       restarted="es-hot-02")})
add("ja", ["xpack.monitoring.alerts.licenseExpiration.firing.internalFullMessage",
           "xpack.monitoring.alerts.licenseExpiration.action"], None,
    "Stack Monitoring licence expiration rule (rule 5)",
    {"alertname": "monitoring_alert_license_expiration", "severity": "warning", "cluster": "es-prod-logs"},
    {"summary": render("ja", "xpack.monitoring.alerts.licenseExpiration.firing.internalFullMessage",
                       clusterName="es-prod-logs", expiredDate="2026年12月31日",
                       action=STRINGS[("ja", "xpack.monitoring.alerts.licenseExpiration.action")])})
add("zh", ["xpack.monitoring.alerts.licenseExpiration.firing.internalFullMessage",
           "xpack.monitoring.alerts.licenseExpiration.action"], None,
    "Stack Monitoring licence expiration rule (rule 5)",
    {"alertname": "许可证到期", "severity": "warning", "cluster": "es-cn-prod"},
    {"summary": render("zh", "xpack.monitoring.alerts.licenseExpiration.firing.internalFullMessage",
                       clusterName="es-cn-prod", expiredDate="2027年1月15日 ",
                       action=STRINGS[("zh", "xpack.monitoring.alerts.licenseExpiration.action")])})
add("ja", ["xpack.monitoring.alerts.clusterHealth.firing.internalFullMessage",
           "xpack.monitoring.alerts.clusterHealth.action.danger"], None,
    "Stack Monitoring cluster health red (rule 5)",
    {"alertname": "monitoring_alert_cluster_health", "severity": "critical", "cluster": "search-es"},
    {"summary": render("ja", "xpack.monitoring.alerts.clusterHealth.firing.internalFullMessage",
                       clusterName="search-es", health="red",
                       action=STRINGS[("ja", "xpack.monitoring.alerts.clusterHealth.action.danger")])})
add("zh", ["xpack.monitoring.alerts.clusterHealth.firing.internalFullMessage",
           "xpack.monitoring.alerts.clusterHealth.action.danger"], None,
    "Stack Monitoring cluster health red (rule 5)",
    {"alertname": "集群运行状况", "severity": "critical", "cluster": "elk-beijing"},
    {"summary": render("zh", "xpack.monitoring.alerts.clusterHealth.firing.internalFullMessage",
                       clusterName="elk-beijing", health="red",
                       action=STRINGS[("zh", "xpack.monitoring.alerts.clusterHealth.action.danger")])})
add("zh", ["xpack.monitoring.alerts.shardSize.firing.internalFullMessage",
           "xpack.monitoring.alerts.shardSize.fullAction"], None,
    "Stack Monitoring shard size rule (average shard size, not storage capacity)",
    {"alertname": "分片大小", "severity": "warning", "cluster": "es-cn-prod",
     "index": "logs-nginx-2026.12.04"},
    {"summary": render("zh", "xpack.monitoring.alerts.shardSize.firing.internalFullMessage",
                       shardIndex="logs-nginx-2026.12.04",
                       action="[" + STRINGS[("zh", "xpack.monitoring.alerts.shardSize.fullAction")]
                       + f"]({KB}/app/monitoring#/elasticsearch/indices/logs-nginx-2026.12.04)")})
add("ja", ["xpack.monitoring.alerts.elasticsearchVersionMismatch.firing.internalFullMessage"], None,
    "Stack Monitoring Elasticsearch version mismatch rule",
    {"alertname": "monitoring_alert_elasticsearch_version_mismatch", "severity": "warning",
     "cluster": "es-osaka"},
    {"summary": render("ja", "xpack.monitoring.alerts.elasticsearchVersionMismatch.firing.internalFullMessage",
                       clusterName="es-osaka", versions="8.15.3, 8.17.1",
                       action=mon_link("ja", "es-osaka", "es-coord-1"))})

# ---------------------------------------------------------------- Elastic Synthetics monitor status
SYN = [
    # name, type, url, location, error, failed step, expected
    ("shop-frontend", "http", "https://shop.kanade.example/healthz", "Japan - Tokyo",
     'Get "https://shop.kanade.example/healthz": dial tcp 10.4.2.17:443: connect: connection refused',
     None, "node_down"),
    ("pg-replica-tcp", "tcp", "tcp://pg-replica-2.db.internal:5432", "社内ロケーション-大阪",
     "dial tcp 10.9.0.5:5432: connect: no route to host", None, "node_down"),
    ("member-portal-journey", "browser", "https://portal.kanade.example/login", "Japan - Tokyo",
     "page.goto: net::ERR_CONNECTION_REFUSED at https://portal.kanade.example/login",
     ("2", "ログインページを開く"), "node_down"),
    ("partner-api-health", "http", "https://api.partner-kanade.example/health", "Asia/Pacific - Singapore",
     'Get "https://api.partner-kanade.example/health": x509: certificate has expired or is not yet '
     "valid: current time 2026-12-04T03:12:00Z is after 2026-12-01T23:59:59Z", None,
     "certificate_expiry"),
    ("vendor-status-page", "http", "https://status.vendor-kanade.example/", "Japan - Tokyo",
     'Get "https://status.vendor-kanade.example/": dial tcp: lookup status.vendor-kanade.example on '
     "10.0.0.2:53: no such host", None, "dns_failure"),
]
DOWN = STRINGS[("ja", "xpack.synthetics.alerts.monitorStatus.downLabel")]
for n, (name, mtype, url, loc, err, step, expected) in enumerate(SYN):
    summary = render("ja", "xpack.synthetics.alertRules.monitorStatus.reasonMessage.checksSummary",
                     numberOfChecks=5, downChecks=5 - n % 2)
    reason = render("ja", "xpack.synthetics.alertRules.monitorStatus.reasonMessage.new", location=loc,
                    name=name, status=DOWN, checksSummary=summary, numberOfChecks=5, downThreshold=3,
                    locationsThreshold=1)
    step_info = ""
    if step:
        step_info = "\n" + render("ja", "xpack.synthetics.alertRules.monitorStatus.stepInfo.step",
                                  stepNumber=step[0], stepName=step[1])
    link = f"- リンク: {KB}/app/synthetics/monitor/{0xc0de + n:x}-9f1e?locationId=tokyo"
    msg = render("ja", "xpack.synthetics.alerts.syntheticsMonitorStatus.defaultActionMessage",
                 monitorName=name, status=DOWN, locationNames=loc, pendingLastRunAt="",
                 monitorUrlLabel="URL", monitorUrl=url, monitorType=mtype,
                 checkedAt=f"2026/12/04 0{3 + n}:1{n}:07", reason=reason, lastErrorMessage=err,
                 failedStepInfo=step_info, linkMessage="\n" + link)
    subject = render("ja", "xpack.synthetics.alerts.syntheticsMonitorStatus.defaultSubjectMessage",
                     monitorName=name, locationNames=loc, failedStepInfo="")
    if n % 2 == 0:
        labels = {"alertname": "Synthetics監視ステータス", "severity": "critical", "monitor": name,
                  "monitor_type": mtype, "location": loc}
        ann = {"summary": subject, "description": msg}
    else:
        labels = {"alertname": subject, "receiver": "email-oncall", "monitor": name}
        ann = {"message": msg}
    add("ja", ["xpack.synthetics.alerts.syntheticsMonitorStatus.defaultSubjectMessage",
               "xpack.synthetics.alerts.syntheticsMonitorStatus.defaultActionMessage",
               "xpack.synthetics.alertRules.monitorStatus.reasonMessage.new"], expected,
        f"Synthetics monitor status rule, {mtype} monitor down, its last error quoted", labels, ann)

# subject and time-based reason only (a Slack relay that drops the body)
reason = render("ja", "xpack.synthetics.alertRules.monitorStatus.reasonMessage.timeBased",
                location="社内ロケーション-大阪", name="redis-session-tcp", status=DOWN,
                locationsThreshold=1, size=10, unitLabel="分", downThreshold=3)
add("ja", ["xpack.synthetics.alerts.syntheticsMonitorStatus.defaultSubjectMessage",
           "xpack.synthetics.alertRules.monitorStatus.reasonMessage.timeBased"], "node_down",
    "Synthetics monitor status, subject and time-based reason, tcp connection refused",
    {"alertname": "redis-session-tcp down", "severity": "critical", "monitor_type": "tcp",
     "error_message": "dial tcp 10.9.3.21:6379: connect: connection refused"},
    {"summary": render("ja", "xpack.synthetics.alerts.syntheticsMonitorStatus.defaultSubjectMessage",
                       monitorName="redis-session-tcp", locationNames="社内ロケーション-大阪",
                       failedStepInfo=""),
     "description": reason})

# recoveries (null, rule 14)
for n, (name, loc, status_key, reason_text) in enumerate([
        ("shop-frontend", "Japan - Tokyo", "xpack.synthetics.alerts.monitorStatus.upCheck.status",
         render("ja", "xpack.synthetics.alerts.monitorStatus.upCheck.reasonWithoutDuration",
                checkedAt="2026/12/04 03:41:07")),
        ("pg-replica-tcp", "社内ロケーション-大阪", "xpack.synthetics.alerts.monitorStatus.defaultRecovery.status",
         STRINGS[("ja", "xpack.synthetics.alerts.monitorStatus.defaultRecovery.reason")])]):
    status = STRINGS[("ja", status_key)]
    url = "https://shop.kanade.example/healthz" if n == 0 else "tcp://pg-replica-2.db.internal:5432"
    err = ('Get "https://shop.kanade.example/healthz": dial tcp 10.4.2.17:443: connect: connection refused'
           if n == 0 else "dial tcp 10.9.0.5:5432: connect: no route to host")
    msg = render("ja", "xpack.synthetics.alerts.syntheticsMonitorStatus.defaultRecoveryMessage",
                 monitorName=name, locationNames=loc, recoveryReason=reason_text, monitorUrlLabel="URL",
                 monitorUrl=url, monitorType="http" if n == 0 else "tcp", lastErrorMessage=err,
                 linkMessage=f"\n- リンク: {KB}/app/synthetics/monitor/{0xd00d + n:x}-77aa")
    subject = render("ja", "xpack.synthetics.alerts.syntheticsMonitorStatus.defaultRecoverySubjectMessage",
                     monitorName=name, locationNames=loc, recoveryStatus=status)
    add("ja", ["xpack.synthetics.alerts.syntheticsMonitorStatus.defaultRecoverySubjectMessage",
               "xpack.synthetics.alerts.syntheticsMonitorStatus.defaultRecoveryMessage", status_key], None,
        "Synthetics monitor status recovery (the monitor is up again; the previous error is history)",
        {"alertname": "Synthetics監視ステータス", "severity": "info", "kibana_action_group": "recovered",
         "monitor": name}, {"summary": subject, "description": msg})

# ---------------------------------------------------------------- Metrics threshold / inventory
MET = [
    # metric, duration, group, value, comparator, threshold, expected, frame
    ("system.filesystem.used.pct", "5分", "（db-prod-03, /var/lib/mysql）", "94.2%", ">", "90%", "disk_full", "inv"),
    ("system.filesystem.used.pct", "10分", "（log-collector-2, /data）", "97.8%", ">=", "95%", "disk_full", "reason"),
    ("system.memory.actual.used.pct", "5分", "（app-batch-07）", "96.5%", ">", "92%", "out_of_memory", "inv"),
    ("kubernetes.container.memory.usage.limit.pct", "5分", "（pod: pricing-api-6c9f7d-x2lqp）", "98.1%", ">",
     "90%", "out_of_memory", "reason"),
    ("system.cpu.total.norm.pct", "5分", "（web-frontend-04）", "97.3%", ">", "90%", None, "inv"),
    ("system.cpu.total.norm.pct", "15分", "（k8s-worker-11）", "91%", ">", "85%", None, "reason"),
]
for n, (metric, duration, group, value, cmp_, thr, expected, frame) in enumerate(MET):
    reason = render("ja", "xpack.infra.metrics.alerting.threshold.firedAlertReason", metric=metric,
                    duration=duration, group=group, currentValue=value, comparator=cmp_, threshold=thr)
    host = group.strip("（）").split(",")[0]
    labels = {"alertname": "メトリックしきい値" if frame == "reason" else "インベントリ",
              "severity": "warning", "host": host, "metric": metric}
    if frame == "inv":
        ctx = {"context.reason": reason, "rule.name": f"{metric} 監視", "context.group": host,
               "context.metric": metric, "context.value": value, "context.threshold": thr,
               "context.alertDetailsUrl": f"{KB}/app/observability/alerts/{0xe300 + n:x}-met"}
        ann = {"summary": reason,
               "description": render("ja", "xpack.infra.metrics.alerting.inventory.threshold.defaultActionMessage", ctx)}
        keys = ["xpack.infra.metrics.alerting.threshold.firedAlertReason",
                "xpack.infra.metrics.alerting.inventory.threshold.defaultActionMessage"]
    else:
        ann = {"message": reason}
        keys = ["xpack.infra.metrics.alerting.threshold.firedAlertReason"]
    add("ja", keys, expected, f"Metrics threshold/inventory rule reason on {metric}", labels, ann)

add("ja", ["xpack.infra.metrics.alerting.threshold.noDataAlertReason"], None,
    "Metrics threshold rule no-data reason on a CPU metric (rule 8: a metric, not a liveness signal)",
    {"alertname": "メトリックしきい値", "severity": "warning", "host": "report-gen-01"},
    {"message": render("ja", "xpack.infra.metrics.alerting.threshold.noDataAlertReason",
                       metric="system.cpu.total.norm.pct", interval="10分", group="report-gen-01")})
add("ja", ["xpack.infra.metrics.alerting.threshold.recoveredAlertReason",
           "xpack.infra.metrics.alerting.inventory.threshold.defaultRecoveryMessage"], None,
    "Metrics inventory rule recovery (filesystem back under its threshold, rule 14)",
    {"alertname": "インベントリ", "severity": "info", "kibana_action_group": "recovered", "host": "db-prod-03"},
    {"message": render("ja", "xpack.infra.metrics.alerting.inventory.threshold.defaultRecoveryMessage",
                       {"context.reason": render("ja", "xpack.infra.metrics.alerting.threshold.recoveredAlertReason",
                                                 metric="system.filesystem.used.pct", group="db-prod-03",
                                                 comparator=">", threshold="90%", currentValue="71.4%"),
                        "rule.name": "system.filesystem.used.pct 監視", "context.group": "db-prod-03",
                        "context.metric": "system.filesystem.used.pct", "context.threshold": "90%",
                        "context.alertDetailsUrl": f"{KB}/app/observability/alerts/e3f0-rec"})})
add("ja", ["xpack.infra.metrics.alerting.threshold.errorAlertReason"], None,
    "Metrics threshold rule's own query failure (rule 16: the monitor failed to collect)",
    {"alertname": "メトリックしきい値", "severity": "warning", "rule_state": "error"},
    {"message": render("ja", "xpack.infra.metrics.alerting.threshold.errorAlertReason",
                       metric="system.memory.actual.used.pct")})

# ---------------------------------------------------------------- Logs threshold (null, rule 8)
add("ja", ["xpack.infra.logs.alerting.threshold.groupedCountAlertReasonDescription"], None,
    "Logs threshold rule, count of matching log entries quoting no error line (rule 8)",
    {"alertname": "ログしきい値", "severity": "warning", "service": "nginx-edge"},
    {"message": render("ja", "xpack.infra.logs.alerting.threshold.groupedCountAlertReasonDescription",
                       duration="5分", groupName="nginx-edge-02", actualCount=1384, comparator="more than",
                       expectedCount=500)})
add("ja", ["xpack.infra.logs.alerting.threshold.groupedRatioAlertReasonDescription"], None,
    "Logs threshold rule, ratio of two log queries (log entries, not requests: rule 8)",
    {"alertname": "ログしきい値", "severity": "warning", "service": "order-worker"},
    {"message": render("ja", "xpack.infra.logs.alerting.threshold.groupedRatioAlertReasonDescription",
                       duration="15分", groupName="order-worker", actualRatio="0.42", comparator="more than",
                       expectedRatio="0.2")})

if __name__ == "__main__":
    family.write()
