"""Builds tests/fixtures/corpus/probes_intl11.jsonl: non-English alerts as teams write them and as
software emits them. Team- and vendor-written rules: a Chinese chapter of alert rules
(gavenlv/notes), StarRocks' documented alert items in Chinese and Japanese (rendered as
Grafana-managed rules titled by the documentation's headings), Russian Grafana alert messages
(shumilovsergey/monitoring), French rule notes (univ-lehavre/openalex-api), and PrometheusAlert's
Chinese notification templates and rule convention (feiyu563/PrometheusAlert: `description` holds
the firing text, `summary` the recovery text; its "Prometheus恢复信息" template renders resolved
alerts). Software: Squid's translated error pages (`errors/<lang>.po`, 11 languages: connection
failed / remote host may be down, read timeout, cannot determine the IP address of a host name,
expired certificate, out of memory, and the look-alikes access denied, invalid URL, connection
lifetime expired, request too large, certificate not yet valid) quoted inside error-ratio,
synthetic-check and log-line alerts. Labels follow POLICY.md (rule 14 was settled for it: a
notification that only reports a recovery is `null`). Look-alikes: CPU, disk I/O load, compaction
and checkpoint failures, failed loads, QPS surges, recoveries, a threshold change, one restart.
"""
import html
import re

from probes_common import ProbeFamily, git_show, po_messages, pick

NOTES = ('gavenlv/notes', 'observability/prometheus/第6章-告警规则与Alertmanager.md', '759356f2479003b41047573305efc3d4070c7ba6')
SR_ZH = ('StarRocks/starrocks', 'docs/zh/administration/management/monitoring/alert.md', '6b3e681e4dc5d2bb8839d71bcf42ff5d919b26b9')
SR_JA = ('StarRocks/starrocks', 'docs/ja/administration/management/monitoring/alert.md', '3e51efa562de0cddb9fb0dd18281c841a4276d97')
SHUMILOV = ('shumilovsergey/monitoring', 'grafana/alerts/aler-rules.md', '02260cbe76216bb7bfab4aa99a1d9ecf41d07424')
SHUMILOV_TPL = ('shumilovsergey/monitoring', 'grafana/alerts/shumilov-body.go', '20c8fe9ecde0dc76c10eb5b3c52abe055eb753f8')
LEHAVRE = ('univ-lehavre/openalex-api', 'docs/07-observabilite/alerting.md', '8a9a7c8fa8486bb10f04a90c22e76fe3049b6dd8')
PA_TPL = ('feiyu563/PrometheusAlert', 'db/prometheus-alert-template.json', 'aa4c86414e9be6e4361d5a905b5609f5f01fe2fc')
PA_HELM = ('feiyu563/PrometheusAlert', 'example/helm/prometheusalert/README.md', 'aa4c86414e9be6e4361d5a905b5609f5f01fe2fc')
SQUID_COMMIT = '7c20a8a787d1ef399c56515a847610c0f8d12147'

FAMILY = ProbeFamily('probes_intl11.jsonl')
OOM, DISK, DOWN, CONN = 'out_of_memory', 'disk_full', 'node_down', 'connection_pool_exhaustion'
LAT, ERR, BACKLOG, TIMEOUT, DNS, CERT = 'high_latency', 'high_error_rate', 'queue_backlog', 'upstream_timeout', 'dns_failure', 'certificate_expiry'


def add(src, expected, what, labels, annotations):
    FAMILY.add(src, expected, what, labels, annotations)


# ------------------------------------------------------------------ 1. a Chinese rule chapter (gavenlv/notes)
def rule(expected, alertname, severity, team, instance, summary, description, what, extra=None):
    labels = {'alertname': alertname, 'severity': severity, 'team': team, 'instance': instance}
    labels.update(extra or {})
    ann = {'summary': summary}
    if description:
        ann['description'] = description
    add(NOTES, expected, f'gavenlv/notes chapter 6 rule {alertname}: {what}', labels, ann)


rule(DOWN, 'NodeDown', 'critical', 'infrastructure', '10.20.3.14:9100', '节点10.20.3.14:9100宕机', '节点10.20.3.14:9100已宕机超过1分钟', 'node down (up == 0)', {'job': 'node-exporter'})
rule(None, 'HighCpuUsage', 'warning', 'infrastructure', '10.20.3.15:9100', '节点10.20.3.15:9100CPU使用率过高', 'CPU使用率为93.4%,已持续5分钟', 'CPU usage (look-alike, rule 2)')
rule(OOM, 'HighMemoryUsage', 'warning', 'infrastructure', '10.20.3.16:9100', '节点10.20.3.16:9100内存使用率过高', '内存使用率为94.2%', 'memory utilisation (rule 2)')
rule(DISK, 'DiskSpaceLow', 'critical', 'infrastructure', '10.20.3.17:9100', '节点10.20.3.17:9100磁盘空间不足', '挂载点/data剩余空间6.3%', 'free disk space below 10%')
rule(DISK, 'DiskWillFillIn4Hours', 'warning', 'infrastructure', '10.20.3.18:9100', '节点10.20.3.18:9100磁盘即将用完', '预计4小时后磁盘/var将用完', 'predicted to fill (rule 2)')
# The chapter's ServiceDown rule is left out: its alertname is one of the second blind set's
# (corpus.rs keeps that set's rule names out of the other corpora).
rule(ERR, 'HighErrorRate', 'critical', 'backend', '10.20.5.4:8080', '服务10.20.5.4:8080错误率过高', '错误率为7.8%,已持续5分钟', '5xx ratio')
rule(LAT, 'HighLatency', 'warning', 'backend', '10.20.5.5:8080', '服务10.20.5.5:8080响应延迟过高', 'p95延迟为1.84秒', 'p95 latency')
rule(None, 'LowQPS', 'warning', 'backend', '10.20.5.6:8080', '服务10.20.5.6:8080QPS异常下降', '当前QPS为4.2,1小时前为100+', 'traffic drop (look-alike)')
rule(DOWN, 'MysqlDown', 'critical', 'dba', '10.20.7.2:9104', 'MySQL实例10.20.7.2:9104宕机', None, 'mysql_up == 0')
rule(LAT, 'MysqlSlowQueries', 'warning', 'dba', '10.20.7.3:9104', 'MySQL实例10.20.7.3:9104慢查询过多', '慢查询速率为14.5/s', 'slow queries (rule 4)')
rule(CONN, 'MysqlConnectionsHigh', 'warning', 'dba', '10.20.7.4:9104', 'MySQL实例10.20.7.4:9104连接数过高', '连接数使用率为87.3%', 'threads_connected / max_connections')
rule(OOM, 'RedisMemoryHigh', 'warning', 'dba', '10.20.7.9:9121', 'Redis实例10.20.7.9:9121内存使用率过高', '内存使用率为92.6%', 'used / maxmemory')

# ------------------------------------------------------------------ 2. StarRocks' documented alert items, zh and ja
# Each is a Grafana-managed rule titled by the documentation's heading; its description is the
# documented alert description with the threshold filled in.
SR = [
    # (expected, zh title, zh description, ja title, ja description, what)
    (DOWN, 'FE 服务挂起', '当存活的 FE 节点个数小于 3 时发送报警。当前存活 FE 节点数: 2', 'FE サービス停止', 'アクティブな FE ノードの数が 3 を下回りました。現在のアクティブ FE ノード数: 2', 'FE nodes alive below the count'),
    (DOWN, 'BE 服务挂起', '当挂起的 BE 节点个数大于 1 时发送报警。当前挂起 BE 节点数: 2', 'BE サービス停止', '複数の BE ノードが停止しています。停止した BE ノード数: 2', 'BE nodes dead'),
    (None, 'BE CPU 报警', '当 BE CPU Utilization 超过 90% 时发送报警。当前值: 96.1%', 'BE CPU アラート', 'BE CPU 利用率が 90% を超えました。現在値: 96.1%', 'CPU utilisation (look-alike)'),
    (OOM, '内存报警', '当内存使用率超过 90% 时发送报警。当前值: 93.7%', 'メモリアラート', 'メモリ使用率が 90% を超えました。現在値: 93.7%', 'memory utilisation'),
    (None, '磁盘负载报警', '当磁盘负载超过 90% 时发送报警。当前值: 97%', 'ディスク負荷アラート', 'ディスク負荷が 90% を超えました。現在値: 97%', 'disk I/O time (look-alike, rule 5)'),
    (DISK, '根目录空间容量报警', '当根目录空间容量剩余不足 5GB 时发送报警。当前剩余: 3.2GB', 'ルートパス容量アラート', 'ルートディレクトリの空き容量が 5GB 未満です。現在の空き容量: 3.2GB', 'root free space below 5 GB'),
    (DISK, '数据盘磁盘容量报警', '当磁盘容量使用率超过 90% 时发送报警。path=/data1/starrocks 当前值: 92.4%', 'データディスク容量アラート', 'ディスク容量利用率が 90% を超えました。path=/data1/starrocks 現在値: 92.4%', 'data disk utilisation'),
    (DISK, 'FE 元数据磁盘容量报警', 'FE 元数据磁盘容量剩余不足 10GB 时发送报警。当前剩余: 7.9GB', 'FE メタデータディスク容量アラート', 'FE メタデータの空きディスク容量が 10GB 未満です。現在の空き容量: 7.9GB', 'metadata disk free below 10 GB'),
    (None, 'Cumulative Compaction 失败报警', '最近 1 分钟内有三次 Cumulative Compaction 失败或三次 Base Compaction 失败。', 'Cumulative Compaction 失敗アラート', 'Cumulative Compaction または Base Compaction で 1 分以内に 3 回の失敗が発生しました。', 'compaction failures (look-alike)'),
    (None, 'Compaction 压力大报警', '当最大 Compaction Score 超过 100，即 Compaction 压力较大时发送报警。当前值: 182', '高 Compaction 圧力アラート', '最高の Compaction スコアが 100 を超えました（高い Compaction 圧力）。現在値: 182', 'compaction score (look-alike)'),
    (None, '版本个数超限制报警', '当有 BE 节点中 Tablet 最大的版本个数超过 700 时发送报警。当前值: 812', 'バージョン数超過アラート', 'BE ノード上のタブレットが 700 を超えるデータバージョンを持っています。現在値: 812', 'tablet versions (look-alike)'),
    (None, 'CheckPoint 失败报警', '当 FE 节点 BDB 日志数量超过 100000 时发送报警。当前值: 135208', 'CheckPoint 失敗アラート', 'FE ノードの BDB ログ数が 100,000 を超えました。現在値: 135208', 'checkpoint not taken (look-alike)'),
    (None, 'FE 线程数高报警', '当 FE 线程池大小超过 3000 时发送报警。当前值: 3412', '過剰な FE スレッド数アラート', 'FE のスレッド数が 3000 を超えました。現在値: 3412', 'thread count (look-alike)'),
    (OOM, 'FE JVM 使用率高报警', '当 FE 节点 JVM 使用率超过 90% 时发送报警。当前值: 95.3%', '高 FE JVM 使用率アラート', 'FE ノードの JVM 使用率が 90% を超えました。現在値: 95.3%', 'JVM heap used / max (rule 2)'),
    (None, '导入失败报警', '当导入失败事务个数超过总量的 5% 时发送报警。当前值: 8.1%', 'ロード失敗アラート', '失敗したロードトランザクションの数が合計の 5% を超えました。現在値: 8.1%', 'failed load transactions (look-alike, rule 10)'),
    (BACKLOG, 'Routine Load 消费延迟报警', '当消费延迟超过 300000 条时发送报警。job=orders_rl 当前延迟: 412553 条', 'Routine Load 消費遅延アラート', '30 万件以上のエントリが消費遅延しています。job=orders_rl 現在の遅延: 412553 件', 'consumer lag of a Kafka routine load'),
    (LAT, '查询延迟报警', '当查询耗时 P95 大于 5 秒时发送报警。当前值: 7.4s', 'クエリ遅延アラート', 'P95 クエリ遅延が 5 秒を超えました。現在値: 7.4s', 'P95 query latency'),
    (ERR, '查询失败报警', '当查询失败率高于 0.1/秒或者 1 分钟内查询失败新增 10 个时发送报警。当前值: 0.34/秒', 'クエリ失敗アラート', 'クエリ失敗率が 0.1/秒を超えました。現在値: 0.34/秒', 'failed query rate'),
    (None, '查询过载报警', '当最近 1 分钟的 QPS 或连接数环比增加 100% 时发送报警。当前值: 164%', 'クエリオーバーロードアラート', 'QPS または接続数が直近 1 分で 100% 増加しました。現在値: 164%', 'QPS surge (look-alike)'),
    (CONN, '用户粒度连接数超限报警', '当用户粒度连接数大于 90 时发送报警。user=report_svc 当前连接数: 97', 'ユーザー接続制限超過アラート', 'ユーザー接続数が 90 を超えました。user=report_svc 現在の接続数: 97', 'per-user connections near the user limit'),
    (None, 'Schema Change 异常报警', '当最近一分钟失败的 Schema Change 任务个数超过 1 时发送报警。当前值: 3', 'Schema Change 例外アラート', '直近 1 分間に失敗した Schema Change タスクが 1 件を超えました。現在値: 3', 'failed schema-change jobs (look-alike, rule 10)'),
]
for i, (exp, zt, zd, jt, jd, what) in enumerate(SR):
    host = f'sr-be-{i % 5 + 1}.dw.internal'
    add(SR_ZH, exp, f'StarRocks alert item (zh) {zt}: {what}',
        {'alertname': zt, 'grafana_folder': 'StarRocks', 'host': host},
        {'description': zd})
    add(SR_JA, exp, f'StarRocks alert item (ja) {jt}: {what}',
        {'alertname': jt, 'grafana_folder': 'StarRocks', 'instance': host},
        {'summary': f'[FIRING:1] {jt}', 'description': jd})

# ------------------------------------------------------------------ 3. Russian Grafana alerts (shumilovsergey/monitoring)
RU = [
    (DOWN, 'Up', 'Не отвечает дольше 2 минут', 'windows_exporter/app-07:9182', 'target not answering (up != 1)'),
    (None, 'CPU', 'Уже 15 минут нагрузка на CPU больше 90%', 'node_exporter/db-02:9100', 'CPU load (look-alike)'),
    (OOM, 'RAM', 'Осталось меньше 5% RAM', 'node_exporter/app-11:9100', 'less than 5% RAM left'),
    (DISK, 'System HDD', 'На системном разделе осталось меньше 10% свободного места', 'windows_exporter/ts-01:9182', 'system volume below 10% free'),
    (DISK, 'Data HDD', 'На data-диске свободного места меньше 5% и  10Gb', 'node_exporter/files-03:9100', 'data volume below 5% and 10 GB'),
]
for exp, name, summary, inst, what in RU:
    job, instance = inst.split('/')
    add(SHUMILOV, exp, f'shumilovsergey/monitoring Grafana alert {name}: {what}',
        {'alertname': name, 'grafana_folder': 'Infra', 'instance': instance, 'job': job},
        {'summary': summary})
# The same alerts as the repository's Telegram template prints them: the summary under "Описание".
for exp, name, summary, inst, what in RU[::2]:
    job, instance = inst.split('/')
    add(SHUMILOV_TPL, exp, f'shumilovsergey/monitoring Telegram message of {name}: {what}',
        {'alertname': name, 'instance': instance},
        {'message': f'🚨 Тревога: 1\n🔥 - {name}\n🖥: {instance}\n📊: {job}\n\nОписание:\n- {instance}\n- {summary}'})

# ------------------------------------------------------------------ 4. French rule notes (univ-lehavre/openalex-api)
FR = [
    (DOWN, 'NodeDown', 'Nœud Kubernetes injoignable > 5min', 'node injoignable'),
    (DISK, 'DiskFull', 'Espace disque < 10%', 'free disk below 10%'),
    (OOM, 'MemoryPressure', 'RAM usage > 90%', 'RAM usage'),
    (DOWN, 'DatabaseDown', 'Base de données injoignable > 2min', 'database unreachable'),
    (LAT, 'HighQueryLatency', 'P95 > 2s pendant 10min', 'query latency'),
    (None, 'LowCacheHitRate', 'Cache hit rate < 70%', 'cache hit ratio (look-alike)'),
    (ERR, 'HighErrorRate', 'Error rate > 5% pendant 5min', 'error ratio'),
    (DOWN, 'APIDown', 'API injoignable > 2min', 'API unreachable'),
]
for exp, name, text, what in FR:
    add(LEHAVRE, exp, f'openalex-api alerting rule {name}: {what}',
        {'alertname': name, 'severity': 'critical', 'namespace': 'openalex'},
        {'summary': f'{name} : {text}', 'description': f'Règle critique (P0) déclenchée : {text}'})

# ------------------------------------------------------------------ 5. PrometheusAlert: its rule convention and its recovery template
# Its documented convention: the alert is named in Chinese, `description` carries the firing text and
# `summary` the text sent on recovery.
PA = [
    (None, '主机CPU告警', 'CPU load占用过高', 'the documented CPU example (look-alike)'),
    (OOM, '主机内存告警', '内存使用率过高', 'a memory rule in the same convention'),
    (DISK, '主机磁盘告警', '磁盘使用率过高', 'a disk rule in the same convention'),
    (DOWN, '主机宕机告警', '主机宕机', 'a host-down rule in the same convention'),
]
for exp, name, text, what in PA:
    inst = pick('pa' + name, ['172.16.8.21:9100', '172.16.8.34:9100', '172.16.9.5:9100'])
    add(PA_HELM, exp, f'PrometheusAlert rule convention {name}: {what}',
        {'alertname': name, 'severity': 'warning', 'instance': inst},
        {'description': f'{inst} {text}', 'summary': f'{inst} {text}已经恢复', 'level': '3'})
# Its "Prometheus恢复信息" templates render a resolved alert: nothing is wrong any more (rule 14).
RECOVERED = [
    ('HighMemoryUsage', '10.20.3.16:9100', '节点10.20.3.16:9100内存使用率过高', 'dingtalk'),
    ('DiskSpaceLow', '10.20.3.17:9100', '节点10.20.3.17:9100磁盘空间不足', 'wechat'),
    ('MysqlDown', '10.20.7.2:9104', 'MySQL实例10.20.7.2:9104宕机', 'feishu'),
]
for name, inst, desc, channel in RECOVERED:
    add(PA_TPL, None, f'PrometheusAlert {channel} template, resolved {name} (look-alike, rule 14)',
        {'alertname': name, 'level': '2', 'instance': inst},
        {'message': f'## Prometheus恢复信息\n#### {name}\n###### 告警级别：2\n###### 开始时间：2026-03-02T08:11:04Z\n###### 结束时间：2026-03-02T08:42:19Z\n##### {desc}', 'status': 'resolved'})
add(SHUMILOV_TPL, None, 'shumilovsergey/monitoring Telegram message of a resolved RAM alert (look-alike, rule 14)',
    {'alertname': 'RAM', 'instance': 'app-11:9100'},
    {'message': '✅ Разрешено: 1\n✅ - RAM\n🖥: app-11:9100\n\nОписание:\n- app-11:9100\n- Осталось меньше 5% RAM', 'status': 'resolved'})
# Status lines and operator notes in the same languages (rules 9 and 14; rule 7 for one restart).
add(PA_TPL, None, 'a daily status line saying memory is normal (look-alike)',
    {'alertname': '巡检报告', 'instance': '10.20.3.16:9100'},
    {'message': '【巡检】节点10.20.3.16:9100 内存使用率正常（41%），磁盘使用率正常（52%）'})
add(NOTES, None, 'a changed alert threshold announced in Chinese (look-alike, rule 9)',
    {'alertname': '告警规则变更', 'team': 'infrastructure'},
    {'summary': '磁盘告警阈值由 80% 调整为 90%', 'description': 'DiskSpaceLow 规则已更新并重新加载'})
add(NOTES, None, 'a single restart reported in Chinese (look-alike, rule 7)',
    {'alertname': '服务重启通知', 'job': 'my-service'},
    {'summary': '服务my-service已重启1次', 'description': '实例10.20.5.3:8080于 03:12 重启，当前运行正常'})
add(SR_JA, None, 'planned maintenance of a BE node in Japanese (look-alike, rule 9)',
    {'alertname': 'メンテナンス通知', 'instance': 'sr-be-3.dw.internal'},
    {'description': '計画メンテナンスのため BE ノード sr-be-3 を停止しました（02:00〜04:00）'})
add(SHUMILOV, None, 'disk recovered above its resolving threshold in Russian (look-alike, rule 14)',
    {'alertname': 'System HDD', 'instance': 'ts-01:9182'},
    {'summary': 'Свободное место на системном разделе восстановлено: 23%', 'status': 'resolved'})

# ------------------------------------------------------------------ 6. Squid's translated error pages
IDS = {
    'conn': 'Connection to %I failed.',
    'down': 'The remote host or network may be down. Please try the request again.',
    'rt': 'Read Timeout',
    'rtlong': 'A Timeout occurred while waiting to read data from the network. The network or server may be down or congested. Please retry your request.',
    'dns': 'Unable to determine IP address from host name <q>%H</q>',
    'dnsret': 'The DNS server returned:',
    'cert': 'Certificate has expired',
    'oom': 'Out of memory',
    'acc': 'Access Denied.',
    'life': 'Connection Lifetime Expired',
    'inv': 'Invalid URL',
    'big': 'Request is too large.',
    'nyv': 'Certificate is not yet valid',
}
LANGS = ['de', 'fr', 'es', 'pt-br', 'ru', 'ja', 'zh-hans', 'ko', 'it', 'pl', 'uk']
SERVICES = ['billing-api', 'geo-sync', 'partner-gw', 'catalog-feed', 'invoice-push', 'crm-bridge']
HOSTS = ['api.partner.example', 'feeds.vendor.example', 'sftp-gw.example', 'hooks.crm.example']


def clean(text):
    return re.sub(r'</?[a-z]+>', '"', html.unescape(text))


for lang in LANGS:
    path = f'errors/{lang}.po'
    src = ('squid-cache/squid', path, SQUID_COMMIT)
    msgs = po_messages(git_show('squid-cache/squid', SQUID_COMMIT, path).decode())
    tr = {k: clean(msgs[v]) for k, v in IDS.items() if v in msgs and msgs[v] != v}
    svc = pick('svc' + lang, SERVICES)
    host = pick('host' + lang, HOSTS)
    ip = pick('ip' + lang, ['203.0.113.24', '198.51.100.17', '192.0.2.80'])

    def squid(exp, key, labels, ann, what):
        add(src, exp, f'Squid error page ({lang}) {IDS[key]!r}: {what}', labels, ann)

    if 'conn' in tr:
        body = tr['conn'].replace('%I', ip)
        if 'down' in tr:
            body += ' ' + tr['down']
        else:
            body += ' (111) Connection refused'
        squid(DOWN, 'conn', {'alertname': 'SyntheticCheckFailed', 'check': f'https://{host}/health via proxy', 'location': 'dc-2'},
              {'summary': f'Check of https://{host}/health failed 5 times in a row', 'output': f'HTTP 503 from squid-2.proxy: ERROR: {body}'},
              'connect failure page in a synthetic check')
        squid(DOWN, 'conn', {'alertname': 'OutboundProxyErrors', 'service': svc},
              {'description': f'{svc}: 9.2% of calls to {host} fail through the proxy. Last error page: {body}'},
              'connect failure page in an error-ratio alert')
    if 'rt' in tr:
        body = tr['rt'] + ('. ' + tr['rtlong'] if 'rtlong' in tr else '')
        squid(TIMEOUT, 'rt', {'alertname': 'HighErrorRate', 'service': svc, 'severity': 'warning'},
              {'summary': f'{svc}: 6.5% of requests failing', 'description': f'Most frequent error from squid-1.proxy (504): {body}'},
              'read timeout page in an error-ratio alert')
    if 'dns' in tr:
        body = tr['dns'].replace('%H', host) + ' ' + tr.get('dnsret', 'The DNS server returned:') + ' Name Error: The domain name does not exist.'
        squid(DNS, 'dns', {'alertname': 'LokiErrorLines', 'app': svc},
              {'summary': f'Error lines in the logs of {svc}', 'description': f'proxy error page: {body}'},
              'DNS failure page in a log-line alert')
    if 'cert' in tr:
        squid(CERT, 'cert', {'alertname': 'OutboundProxyErrors', 'service': svc},
              {'description': f'{svc}: TLS to {host} rejected by squid-2.proxy: {tr["cert"]}'},
              'expired certificate of the origin server')
    if 'oom' in tr:
        squid(OOM, 'oom', {'alertname': 'LokiErrorLines', 'app': 'squid'},
              {'description': f'squid-2.proxy certificate validation error: {tr["oom"]}'},
              'memory allocation failure during certificate validation (rule 12)')
    for key, what in (('acc', 'access denied'), ('life', 'connection closed for age (rule 12)'), ('inv', 'invalid URL'),
                      ('big', 'request too large'), ('nyv', 'certificate not yet valid')):
        if key in tr and pick(lang + key, [0, 1, 1]):
            squid(None, key, {'alertname': 'LokiErrorLines', 'app': svc},
                  {'summary': f'Error lines in the logs of {svc}', 'description': f'call to {host} answered by squid-1.proxy with: {tr[key]}'},
                  f'{what} (look-alike)')

FAMILY.write()
