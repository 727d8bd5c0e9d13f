#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_intlrules23.jsonl: alerting rules whose annotations their
authors wrote in their own language (German, French, Russian, Portuguese, Spanish, Japanese,
Korean, Turkish, Polish, Vietnamese, Indonesian...; not Chinese), each rendered as Alertmanager
delivers a fired alert: the rule's alertname and labels, the labels its annotations name
(instance, job, mountpoint, pod...) with made-up values, and its annotations with
`{{ $labels.x }}` and `{{ $value }}` filled in by `fill` below.

Sources are rule files in public repositories and localized tutorial / runbook pages (see
SOURCES below and tests/fixtures/corpus/SOURCES.md, section probes_intlrules23). Annotation
strings are quoted as the source has them; hosts, jobs, values are made up. Labels are decided by
hand from each rule's expression and text under POLICY.md before the classifier ran on the file
(one reason per item, in RULES).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily, fill_annotation, page_provenance, probe_item  # noqa: E402

C, CE, DL, D, DNS, FD, H, L, M, N, Q, R, RL, T, E = (
    "crash_loop", "certificate_expiry", "deadlock", "disk_full", "dns_failure", "fd_exhaustion",
    "high_error_rate", "high_latency", "out_of_memory", "node_down", "queue_backlog",
    "replication_lag", "rate_limited", "upstream_timeout", "high_error_rate")
NULL = None
CP = "connection_pool_exhaustion"

family = ProbeFamily("probes_intlrules23.jsonl")


def page(url, project, expected, why, alert, labels, annotations, value=None):
    """A rule quoted from a web page (no repository): its project is the page's host."""
    lab = {"alertname": alert, **labels}
    ann = {k: fill_annotation(v, lab, value) for k, v in annotations.items()}
    family.append(probe_item(lab, ann, expected, f"{project}: rule {alert}: {why}", project,
                             page_provenance(url)))


def repo(src, expected, why, alert, labels, annotations, value=None):
    """A rule quoted from a repository file src = (repo, path, commit)."""
    lab = {"alertname": alert, **labels}
    ann = {k: fill_annotation(v, lab, value) for k, v in annotations.items()}
    family.add(src, expected, f"{src[0]} {src[1]}: rule {alert}: {why}", lab, ann)


# ------------------------------------------------------------------ German: wvds.it Data Gateway runbook
WVDS = "https://www.wvds.it/wiki/doku.php?id=de%3Aint%3Adbgway%3Aoperator%3Amonitoring%3Aalerting"
WV = "www.wvds.it"
page(WVDS, WV, N, "up{job=\"data-gateway\"} == 0 for 1m: the gateway's scrape target is down (rule 4)",
     "GatewayDown", {"severity": "critical", "job": "data-gateway", "instance": "dgw-prod-02.intern.example:5000"},
     {"summary": "Data Gateway ist nicht erreichbar",
      "description": "{{ $labels.instance }} ist seit 1 Minute nicht erreichbar."})
page(WVDS, WV, H, "5xx share of http_requests_total above 5% (rule 4)",
     "GatewayHighErrorRate", {"severity": "warning", "job": "data-gateway"},
     {"summary": "Hohe Fehlerrate im Gateway",
      "description": "Error-Rate ist {{ $value | humanizePercentage }} (> 5%)."}, "7.83%")
page(WVDS, WV, L, "p95 of http_request_duration_seconds above 2 s (rule 4)",
     "GatewaySlowResponses", {"severity": "warning", "job": "data-gateway"},
     {"summary": "Gateway antwortet langsam",
      "description": "P95 Response-Zeit ist {{ $value | humanizeDuration }}."}, "3.412s")

# ------------------------------------------------------------------ French: kaischool's alert board
KAI = "https://mkdocs.prod.kaischool.fr/alert1"
KS = "mkdocs.prod.kaischool.fr"
page(KAI, KS, N, "up == 0 for 3m (rule 4)", "service_down",
     {"env": "testing", "severity": "page", "instance": "10.12.4.21:9100", "job": "node"},
     {"summary": "Instance {{ $labels.instance }} indisponible",
      "description": "L'instance {{ $labels.instance }} du job {{ $labels.job }} est indisponible depuis plus de 2 minutes."})
page(KAI, KS, NULL, "node_load15 per CPU above 1: load (rule 2)", "high_load",
     {"env": "testing", "severity": "page", "instance": "10.12.4.22:9100", "job": "node"},
     {"summary": "Instance {{ $labels.instance }} sous charge élevée",
      "description": "L'instance {{ $labels.instance }} du job {{ $labels.job }} est sous charge élevée."})
page(KAI, KS, M, "MemFree / MemTotal below 20%: memory utilisation (rule 2)", "low_memory",
     {"env": "testing", "severity": "page", "instance": "10.12.4.23:9100", "job": "node"},
     {"summary": "Instance {{ $labels.instance }} a peu de mémoire",
      "description": "L'instance {{ $labels.instance }} du job {{ $labels.job }} a peu de mémoire."})
page(KAI, KS, NULL, "CPU busy above 85% (rule 2)", "CPUUsage",
     {"severity": "critical", "node_ip": "151.80.26.239", "hostname": "kai-prod-01", "instance": "151.80.26.239:9100"},
     {"summary": "Utilisation CPU élevée",
      "description": "L'utilisation CPU pour {{ $labels.node_ip }} est supérieure à 85%."})

# ------------------------------------------------------------------ Russian: FuelCenter's GSM converter rules
FUEL = ("aaromanov1985git/FuelCenter", "monitoring/prometheus/alerts.yml", "79a9eb292663b1b0a52033ae69d40b81f5f53a73")
repo(FUEL, H, "rate of 5xx responses above 0.1/s (rule 4)", "HighErrorRate",
     {"severity": "critical", "job": "gsm-backend", "instance": "gsm-backend:8000", "status_code": "502"},
     {"summary": "Высокая частота ошибок 5xx",
      "description": "Более 10% запросов возвращают ошибки 5xx за последние 5 минут"})
repo(FUEL, N, "up{job=\"gsm-backend\"} == 0 for 1m (rule 4)", "ApplicationDown",
     {"severity": "critical", "job": "gsm-backend", "instance": "gsm-backend:8000"},
     {"summary": "GSM Backend недоступен",
      "description": "Backend не отвечает на запросы более 1 минуты"})
repo(FUEL, L, "p95 of http_request_duration_seconds above 2 s (rule 4)", "HighResponseTime",
     {"severity": "warning", "job": "gsm-backend", "instance": "gsm-backend:8000"},
     {"summary": "Высокое время отклика",
      "description": "95 перцентиль времени отклика превышает 2 секунды"})
repo(FUEL, RL, "rate of requests the app's rate limiter refused above 1/s: throttled requests (rule 7)",
     "HighRateLimitExceeded", {"severity": "warning", "job": "gsm-backend", "instance": "gsm-backend:8000"},
     {"summary": "Частые превышения rate limit",
      "description": "Много запросов блокируются rate limiter. Возможна DDoS атака."})
repo(FUEL, NULL, "last successful backup older than 2 days: a backup older than its maximum age (rule 10)",
     "BackupNotRunning", {"severity": "warning", "job": "gsm-backend", "instance": "gsm-backend:8000"},
     {"summary": "Бэкап не выполнялся более 2 дней",
      "description": "Последний успешный бэкап был более 2 дней назад"})

# ------------------------------------------------------------------ Portuguese: a MongoDB query-rate rule
AAG = ("andersonaraujjoo/Grafana-Prometheus-Alertmanager", "alert-rules.yaml", "1985dacd16964043a2a69a3b45d7877ebaf014e3")
repo(AAG, NULL, "rate of MongoDB query operations above 1/s: traffic, not latency or errors", "MongoDBQuery",
     {"team": "MongoDB", "type": "query", "instance": "mongodb-exporter:9216"},
     {"summary": "Excesso de Consultas ",
      "description": "O numero de operações do tipo {{$labels.type}} no MongoDB {{$labels.instance}} esta alto."})

# ------------------------------------------------------------------ Russian: dephealth's built-in and example rules
DH = ("BigKAA/topologymetrics", "docs/alerting/alert-rules.ru.md", "6b447558b78fd5044276b36cc52c02a9c93a5b98")
DHC = ("BigKAA/topologymetrics", "docs/alerting/custom-rules.ru.md", "56de932a584afd0bcc0ff3a4abc2e15db605a81f")


def dep(job, ns, dependency, typ, **extra):
    return {"job": job, "namespace": ns, "dependency": dependency, "type": typ, **extra}


repo(DH, N, "every endpoint of the dependency's health gauge is 0 for 1m: the dependency is down (rule 4)",
     "DependencyDown", {"severity": "critical", **dep("order-api", "production", "user-db", "postgres")},
     {"summary": "Зависимость {{ $labels.dependency }} ({{ $labels.type }}) недоступна в сервисе {{ $labels.job }}",
      "description": "Все endpoint-ы зависимости {{ $labels.dependency }} типа {{ $labels.type }} в сервисе {{ $labels.job }} (namespace: {{ $labels.namespace }}) недоступны более 1 минуты."})
repo(DH, N, "some endpoints of the dependency are unavailable (health 0) while others answer: endpoints down (rule 4)",
     "DependencyDegraded", {"severity": "warning", **dep("order-api", "production", "cache", "redis")},
     {"summary": "Зависимость {{ $labels.dependency }} ({{ $labels.type }}) частично деградирована в сервисе {{ $labels.job }}",
      "description": "Часть endpoint-ов зависимости {{ $labels.dependency }} типа {{ $labels.type }} в сервисе {{ $labels.job }} (namespace: {{ $labels.namespace }}) недоступна более 2 минут."})
repo(DH, L, "p99 of the dependency check's latency above 1 s (rule 4)",
     "DependencyHighLatency", {"severity": "warning", **dep("order-api", "production", "payment-api", "http")},
     {"summary": "Высокая латентность зависимости {{ $labels.dependency }} ({{ $labels.type }}) в сервисе {{ $labels.job }}",
      "description": "P99 латентность проверки зависимости {{ $labels.dependency }} превышает 1 секунду в течение 5 минут."})
repo(DH, NULL, "changes() of the health gauge above 4 in 15m: a flapping status, no restarts and nothing down over the window",
     "DependencyFlapping", {"severity": "info", **dep("order-api", "production", "cache", "redis")},
     {"summary": "Зависимость {{ $labels.dependency }} ({{ $labels.type }}) нестабильна в сервисе {{ $labels.job }}",
      "description": "Статус зависимости {{ $labels.dependency }} менялся {{ $value }} раз за последние 15 минут."}, "7")
repo(DH, NULL, "absent(app_dependency_health): missing metrics (rules 5, 8)",
     "DependencyAbsent", {"severity": "warning"},
     {"summary": "Метрики dephealth отсутствуют",
      "description": "Ни один сервис не экспортирует метрику app_dependency_health в течение 5 минут."})
repo(DHC, N, "a critical=yes dependency's health gauge is 0 on every endpoint for 30s (rule 4)",
     "CriticalDependencyDown", {"severity": "critical", "tier": "platform", **dep("billing-svc", "production", "ledger-db", "postgres")},
     {"summary": "CRITICAL зависимость {{ $labels.dependency }} ({{ $labels.type }}) недоступна в {{ $labels.job }}",
      "description": "Critical-зависимость {{ $labels.dependency }} в сервисе {{ $labels.job }} (namespace: {{ $labels.namespace }}) недоступна более 30 секунд. Зависимость помечена critical=yes — сервис не может функционировать без неё."})
repo(DHC, L, "p99 latency of postgres/mysql dependency checks above 500 ms (rule 4)",
     "DatabaseHighLatency", {"severity": "warning", "tier": "data", **dep("order-api", "production", "orders-db", "mysql")},
     {"summary": "БД {{ $labels.dependency }} P99 латентность > 500ms в {{ $labels.job }}",
      "description": "P99 латентность {{ $labels.dependency }} ({{ $labels.type }}) в сервисе {{ $labels.job }} превышает 500ms более 3 минут. Текущий P99: {{ $value | printf \"%.3f\" }}s."}, "0.874")
repo(DHC, L, "p99 latency of redis dependency checks above 100 ms (rule 4)",
     "CacheHighLatency", {"severity": "warning", "tier": "data", **dep("catalog-api", "production", "session-cache", "redis")},
     {"summary": "Кэш {{ $labels.dependency }} P99 латентность > 100ms в {{ $labels.job }}",
      "description": "P99 латентность Redis-кэша {{ $labels.dependency }} в сервисе {{ $labels.job }} превышает 100ms более 3 минут. Текущий P99: {{ $value | printf \"%.3f\" }}s."}, "0.231")
repo(DHC, L, "p99 latency of http dependency checks above 2 s (rule 4)",
     "ExternalApiHighLatency", {"severity": "warning", **dep("checkout-api", "production", "payment-gateway", "http")},
     {"summary": "Внешний API {{ $labels.dependency }} P99 латентность > 2s в {{ $labels.job }}",
      "description": "P99 латентность HTTP-зависимости {{ $labels.dependency }} в сервисе {{ $labels.job }} превышает 2 секунды более 5 минут. Текущий P99: {{ $value | printf \"%.3f\" }}s."}, "3.482")
repo(DHC, N, "health gauge 0 on every endpoint in namespace production for 30s (rule 4)",
     "ProductionDependencyDown", {"severity": "critical", "environment": "production", **dep("order-api", "production", "inventory-svc", "grpc")},
     {"summary": "[PROD] {{ $labels.dependency }} ({{ $labels.type }}) недоступен в {{ $labels.job }}",
      "description": "Production-зависимость {{ $labels.dependency }} в сервисе {{ $labels.job }} недоступна более 30 секунд."})
repo(DHC, N, "health gauge 0 on every endpoint in namespace staging for 5m (rule 4)",
     "StagingDependencyDown", {"severity": "warning", "environment": "staging", **dep("order-api", "staging", "events", "kafka")},
     {"summary": "[STAGING] {{ $labels.dependency }} ({{ $labels.type }}) недоступен в {{ $labels.job }}",
      "description": "Staging-зависимость {{ $labels.dependency }} в сервисе {{ $labels.job }} недоступна более 5 минут."})
repo(DHC, N, "no endpoint of the dependency is healthy (rule 4)",
     "DependencyAllEndpointsDown", {"severity": "critical", **dep("notify-svc", "production", "mq", "amqp")},
     {"summary": "ВСЕ endpoint-ы {{ $labels.dependency }} ({{ $labels.type }}) упали в {{ $labels.job }}",
      "description": "Каждый endpoint зависимости {{ $labels.dependency }} в сервисе {{ $labels.job }} недоступен."})
repo(DHC, N, "more than half of the dependency's endpoints report health 0 (rule 4)",
     "DependencyMajorityDown", {"severity": "critical", **dep("search-api", "production", "es-cluster", "http")},
     {"summary": "Более 50% endpoint-ов {{ $labels.dependency }} ({{ $labels.type }}) упали в {{ $labels.job }}",
      "description": "{{ $value | printf \"%.0f\" | humanizePercentage }} endpoint-ов зависимости {{ $labels.dependency }} в сервисе {{ $labels.job }} недоступны."}, "67%")
repo(DHC, NULL, "status=\"auth_error\": credentials refused, none of the signatures",
     "DependencyAuthError", {"severity": "critical", "category": "security", **dep("report-svc", "production", "warehouse-db", "postgres")},
     {"summary": "Ошибка аутентификации {{ $labels.dependency }} ({{ $labels.type }}) в {{ $labels.job }}",
      "description": "Зависимость {{ $labels.dependency }} в сервисе {{ $labels.job }} недоступна из-за ошибки аутентификации. Проверьте credentials и секреты."})
repo(DHC, DNS, "status=\"dns_error\": the dependency's host name cannot be resolved (rule 7)",
     "DependencyDnsError", {"severity": "warning", "category": "infrastructure", **dep("order-api", "production", "fraud-check", "http")},
     {"summary": "DNS-ошибка для {{ $labels.dependency }} в {{ $labels.job }}",
      "description": "Невозможно разрешить hostname зависимости {{ $labels.dependency }} ({{ $labels.type }}) в сервисе {{ $labels.job }}. Проверьте DNS-конфигурацию и существование целевого сервиса."})
repo(DHC, NULL, "status=\"tls_error\": a failed TLS handshake naming no expiry; 'check the certificate' is advice (rule 17)",
     "DependencyTlsError", {"severity": "critical", "category": "security", **dep("partner-gw", "production", "partner-api", "http")},
     {"summary": "TLS-ошибка для {{ $labels.dependency }} ({{ $labels.type }}) в {{ $labels.job }}",
      "description": "TLS handshake не удался для зависимости {{ $labels.dependency }} в сервисе {{ $labels.job }}. Проверьте валидность сертификата и цепочку доверия."})

# ------------------------------------------------------------------ Japanese: Mirai Knowledge Systems' rule file
MKS = ("Kensan196948G/Mirai-Knowledge-Systems", "monitoring/prometheus/alerts.yml", "5e87d4947854cbda4e8d21925d5c25485dd48cd8")
MKS_L = {"job": "mirai-knowledge", "instance": "mks-app01.company.local:5100"}


def mks(expected, why, alert, severity, component, category, annotations, value=None):
    repo(MKS, expected, why, alert,
         {"severity": severity, "component": component, "category": category, **MKS_L}, annotations, value)


# (humanizePercentage of a gauge already in percent renders as Prometheus renders it: 92.4 -> 9240%)
mks(M, "mks_system_memory_percent above 90: memory utilisation (rule 2)", "HighMemoryUsage", "warning", "system", "resource",
    {"summary": "メモリ使用率が高い",
     "description": "メモリ使用率が90%を超えています (現在: {{ $value | humanizePercentage }})"}, "9240%")
mks(M, "memory utilisation above 95%; the restart it asks for is advice (rules 2, 17)", "CriticalMemoryUsage", "critical", "system", "resource",
    {"summary": "⚠️ メモリ使用率が危険水準",
     "description": "メモリ使用率が95%を超えています (現在: {{ $value | humanizePercentage }})",
     "action": "不要なプロセスを停止するか、サーバーを再起動してください"}, "9710%")
mks(NULL, "CPU utilisation above 80% (rule 2)", "HighCPUUsage", "warning", "system", "resource",
    {"summary": "CPU使用率が高い",
     "description": "CPU使用率が80%を超えています (現在: {{ $value | humanizePercentage }})"}, "8650%")
mks(NULL, "CPU utilisation above 90% (rule 2)", "CriticalCPUUsage", "critical", "system", "resource",
    {"summary": "⚠️ CPU使用率が危険水準",
     "description": "CPU使用率が90%を超えています (現在: {{ $value | humanizePercentage }})",
     "action": "負荷の高いプロセスを特定し、最適化を検討してください"}, "9380%")
mks(D, "disk utilisation above 85% (rule 2)", "DiskSpaceLow", "warning", "system", "storage",
    {"summary": "ディスク容量が少ない",
     "description": "ディスク使用率が85%を超えています (現在: {{ $value | humanizePercentage }})",
     "action": "不要なログファイルやバックアップを削除してください"}, "8790%")
mks(D, "disk utilisation above 95% (rule 2)", "DiskSpaceCritical", "critical", "system", "storage",
    {"summary": "⚠️ ディスク容量が危機的",
     "description": "ディスク使用率が95%を超えています (現在: {{ $value | humanizePercentage }})",
     "action": "即座にディスク容量を確保してください。システムが停止する可能性があります"}, "9620%")
mks(L, "p95 API response time above 2 s (rule 4)", "SlowAPIResponse", "warning", "application", "performance",
    {"summary": "API応答が遅い",
     "description": "API応答時間の95パーセンタイルが2秒を超えています (現在: {{ $value | humanizeDuration }})",
     "action": "スロークエリやN+1クエリを確認してください"}, "2.814s")
mks(L, "p95 API response time above 5 s; the database it sends the reader to is advice (rules 4, 17)", "VerySlowAPIResponse", "critical", "application", "performance",
    {"summary": "⚠️ API応答が非常に遅い",
     "description": "API応答時間の95パーセンタイルが5秒を超えています (現在: {{ $value | humanizeDuration }})",
     "action": "データベース接続やクエリのパフォーマンスを確認してください"}, "6.207s")
mks(H, "5xx share of requests above 5% (rule 4)", "HighHTTP5xxRate", "critical", "application", "reliability",
    {"summary": "HTTP 5xxエラー率が高い",
     "description": "5xxエラーが全リクエストの5%を超えています (現在: {{ $value | humanizePercentage }})",
     "action": "アプリケーションログとスタックトレースを確認してください"}, "7.9%")
mks(H, "4xx share of requests above 20% (rule 4)", "HighHTTP4xxRate", "warning", "application", "reliability",
    {"summary": "HTTP 4xxエラー率が高い",
     "description": "4xxエラーが全リクエストの20%を超えています (現在: {{ $value | humanizePercentage }})",
     "action": "認証エラーや不正なリクエストが増加していないか確認してください"}, "23.4%")
mks(CP, "database connections above 8 of the pool's stated limit of 10 (rules 2, 7)", "DatabaseConnectionPoolHigh", "warning", "database", "resource",
    {"summary": "データベース接続プールが高い",
     "description": "データベース接続数が上限に近づいています (現在: {{ $value }}/10)",
     "action": "接続リークがないか確認してください"}, "9")
mks(CP, "database connections at the pool's limit of 10 (rule 7)", "DatabaseConnectionPoolExhausted", "critical", "database", "resource",
    {"summary": "⚠️ データベース接続プールが枯渇",
     "description": "データベース接続数が上限に到達しています ({{ $value }}/10)",
     "action": "即座に接続リークを調査し、必要に応じて接続プールサイズを増やしてください"}, "10")
mks(L, "p95 database query time above 1 s (rule 4)", "DatabaseQuerySlow", "warning", "database", "performance",
    {"summary": "データベースクエリが遅い",
     "description": "データベースクエリの95パーセンタイルが1秒を超えています (現在: {{ $value | humanizeDuration }})",
     "action": "スロークエリログを確認し、インデックスの最適化を検討してください"}, "1.46s")
mks(L, "p95 database query time above 3 s; 'check locks and deadlocks' is advice, no deadlock detected (rules 4, 17)", "DatabaseQueryVerySlow", "critical", "database", "performance",
    {"summary": "⚠️ データベースクエリが非常に遅い",
     "description": "データベースクエリの95パーセンタイルが3秒を超えています (現在: {{ $value | humanizeDuration }})",
     "action": "データベースのロックやデッドロックを確認してください"}, "4.118s")
mks(NULL, "changes(process_start_time_seconds[5m]) > 0: one restart (rule 7)", "ServiceRestarted", "info", "service", "availability",
    {"summary": "サービスが再起動されました",
     "description": "Mirai Knowledge Systemsが過去5分間に再起動されました"})
mks(NULL, "request rate above 100/min: traffic", "HighRequestRate", "info", "application", "traffic",
    {"summary": "リクエスト数が通常より多い",
     "description": "1分あたりのリクエスト数が100を超えています (現在: {{ $value | humanize }}/分)",
     "note": "DDoS攻撃や異常なトラフィックでない場合は、スケールアップを検討してください"}, "142.7")
mks(NULL, "request rate 0 for 10m: a traffic drop, the target itself still scraped (not its liveness signal, rule 8)", "NoRequestsReceived", "warning", "application", "availability",
    {"summary": "リクエストが受信されていません",
     "description": "過去10分間、HTTPリクエストがありません",
     "action": "ネットワーク設定やNginx/Gunicornの状態を確認してください"})
mks(NULL, "fewer than 1 active user for 30m: business usage", "LowActiveUserCount", "info", "business", "usage",
    {"summary": "アクティブユーザーが少ない",
     "description": "過去30分間、アクティブユーザーが1人未満です",
     "note": "営業時間外や休日の場合は正常です"})
mks(L, "p95 search duration above 5 s (rule 4)", "SearchPerformanceDegraded", "warning", "application", "performance",
    {"summary": "検索パフォーマンスが低下",
     "description": "検索処理の95パーセンタイルが5秒を超えています (現在: {{ $value | humanizeDuration }})",
     "action": "Elasticsearchインデックスの最適化や、データベースクエリのチューニングを検討してください"}, "7.93s")
mks(NULL, "failed backups; 'check disk capacity' is advice (rules 10, 17)", "BackupFailed", "critical", "backup", "data",
    {"summary": "⚠️ バックアップが失敗しました",
     "description": "バックアップ処理に失敗しています (失敗回数: {{ $value }})",
     "action": "バックアップログを確認し、ディスク容量やアクセス権限を確認してください"}, "2")

# ------------------------------------------------------------------ Japanese: the same project's node/app rule file
MKS2 = ("Kensan196948G/Mirai-Knowledge-Systems", "monitoring/alert_rules.yml", "a98c914e99f07e4671c84e65883b5245a6fcb00f")
repo(MKS2, NULL, "rate of CPU iowait above 20%: disk I/O waiting, not capacity (rule 5)", "HighDiskIOWait",
     {"severity": "warning", "category": "system", "instance": "knowledge-db01:9100"},
     {"summary": "高ディスクI/O待機検出 (instance {{ $labels.instance }})",
      "description": "I/O待機時間が {{ $value | humanize }}% です（閾値: 20%）"}, "27.35")
repo(MKS2, NULL, "request rate above 100/s: traffic", "RequestSurge",
     {"severity": "warning", "category": "application", "instance": "knowledge-app01:8000"},
     {"summary": "リクエスト数急増検出",
      "description": "リクエスト数が {{ $value | humanize }}/秒です（閾値: 100/秒）"}, "163.4")
repo(MKS2, NULL, "active users below 5 after more than 20 an hour ago: business usage", "ActiveUsersDropped",
     {"severity": "warning", "category": "application", "instance": "knowledge-app01:8000"},
     {"summary": "アクティブユーザー数急減検出",
      "description": "アクティブユーザー数が {{ $value | humanize }}人です（1時間前から大幅減少）"}, "3")
repo(MKS2, N, "up{job=\"postgres_exporter\"} == 0: the database cannot be reached (rule 4)", "DatabaseDown",
     {"severity": "critical", "category": "database", "job": "postgres_exporter", "instance": "knowledge-db01:9187"},
     {"summary": "データベースダウン検出",
      "description": "PostgreSQLデータベースに接続できません"})
repo(MKS2, N, "up == 0 for 5m: a scrape target that cannot be reached (rules 4, 8)", "PrometheusTargetDown",
     {"severity": "warning", "category": "monitoring", "job": "node", "instance": "knowledge-web02:9100"},
     {"summary": "監視ターゲットダウン ({{ $labels.job }} - {{ $labels.instance }})",
      "description": "{{ $labels.job }} の {{ $labels.instance }} に接続できません"})
repo(MKS2, NULL, "knowledge articles created per hour below 1 in office hours: business usage", "LowKnowledgeCreationRate",
     {"severity": "warning", "category": "business", "instance": "knowledge-app01:8000"},
     {"summary": "ナレッジ作成数低下検出",
      "description": "過去1時間のナレッジ作成数が {{ $value | humanize }}/時です（営業時間中の異常な低下）"}, "0.4")

# ------------------------------------------------------------------ Japanese: ITSM Nexus' rule file
ITSM = ("Kensan196948G/ITSM-System", "monitoring/prometheus/alerts/itsm-alerts.yml", "3ec3eb79f372a1bb3a77fa0c5c807634f9aeea9c")
IT_L = {"job": "itsm-nexus-backend", "instance": "itsm-nexus-backend:5000"}
repo(ITSM, L, "p95 response time above 5 s (rule 4)", "VeryHighResponseTime",
     {"severity": "critical", "category": "performance", **IT_L},
     {"summary": "非常に高いレスポンスタイム検出",
      "description": "P95レスポンスタイムが5秒を超えています（現在値: {{ $value }}秒）"}, "6.42")
repo(ITSM, NULL, "the service desk's SLA compliance rate (tickets resolved in time) below 95%: a business KPI, not requests",
     "LowSLACompliance", {"severity": "warning", "category": "sla", "service_name": "メールサービス", **IT_L},
     {"summary": "SLA達成率低下",
      "description": "サービス {{ $labels.service_name }} のSLA達成率が95%を下回っています（現在値: {{ $value }}%）"}, "92.8")
repo(ITSM, NULL, "ticket SLA compliance below 90%: a business KPI", "CriticalSLACompliance",
     {"severity": "critical", "category": "sla", "service_name": "VPN接続", **IT_L},
     {"summary": "SLA達成率クリティカル",
      "description": "サービス {{ $labels.service_name }} のSLA達成率が90%を下回っています（現在値: {{ $value }}%）"}, "86.1")
repo(ITSM, NULL, "more than 10 open critical incident tickets: work items of the service desk", "HighCriticalIncidents",
     {"severity": "critical", "category": "incidents", **IT_L},
     {"summary": "クリティカルインシデント多発",
      "description": "オープン中のクリティカルインシデントが10件を超えています（現在値: {{ $value }}件）"}, "13")
repo(ITSM, NULL, "a new security incident ticket was filed", "SecurityIncidentDetected",
     {"severity": "critical", "category": "security", **IT_L},
     {"summary": "セキュリティインシデント検出",
      "description": "新しいセキュリティインシデントが報告されました"})
repo(ITSM, NULL, "cache hit rate below 50%: not a signature (rule 13's hit ratio look-alike)", "LowCacheHitRate",
     {"severity": "warning", "category": "performance", **IT_L},
     {"summary": "低キャッシュヒット率",
      "description": "キャッシュヒット率が50%を下回っています（現在値: {{ $value }}%）"}, "38.5")
repo(ITSM, NULL, "database query rate above 100/s: traffic", "HighDatabaseQueryRate",
     {"severity": "warning", "category": "performance", **IT_L},
     {"summary": "高データベースクエリ率",
      "description": "データベースクエリ率が100クエリ/秒を超えています（現在値: {{ $value }}クエリ/秒）"}, "147.2")
repo(ITSM, H, "rate of 401 responses above 10/s: a count of 4xx requests (rule 4)", "HighUnauthorizedErrors",
     {"severity": "warning", "category": "security", "status_code": "401", **IT_L},
     {"summary": "大量の401エラー",
      "description": "401 Unauthorizedエラーが多発しています（現在値: {{ $value }}/秒）"}, "18.6")

# ------------------------------------------------------------------ Korean: a homelab's restart rule (blog post)
WL = ("wlals2/blogsite", "content/study/2026-01-25-local-k8s-architecture/index.md", "d051f86119d1a1bf18b356e8f80b93e032770897")
repo(WL, C, "rate of container restarts above 0.1/s over 15m, 'keeps restarting': repeated restarts (rule 7)",
     "PodRestartingTooOften", {"namespace": "blog-system", "pod": "was-7d9c6b8f5-kq2xv", "container": "spring-boot"},
     {"summary": "Pod {{ $labels.pod }} 계속 재시작 중"})

# ------------------------------------------------------------------ Russian: a knowledge base's minimal rule example
SOLOMA = "https://docs.soloma.info/observability/prometheus-grafana"
page(SOLOMA, "docs.soloma.info", H, "rate of 5xx responses above 0.1/s (rule 4)", "HighErrorRate",
     {"severity": "page", "job": "app", "instance": "app-02.internal:8080", "status": "503"},
     {"summary": "Высокий процент 5xx ошибок"})

if __name__ == "__main__":
    family.write()
