#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_intl28.jsonl: alert rules and monitoring templates that public
projects wrote in their own language (Chinese, Japanese, Korean, Russian, Portuguese, Spanish,
German, French), rendered as they fire: Alertmanager alerts (rule alertname and labels, the
labels their annotations name with made-up values, annotations with `{{ $labels.x }}` and
`{{ $value }}` filled in) and Zabbix problems (trigger name as alertname, host, severity, the
trigger's own description as the description).

What the family stresses: descriptions that *hedge* in those languages (a cause or an impact the
author only guesses: "可能导致", "可能是", "の可能性があります", "может привести к", "pode indicar",
"puede causar", "kann zu ... führen") and advice sentences ("请检查", "確認してください",
"проверьте", "verifique"). POLICY.md rule 17 (session 16): a guessed cause and advice are not
evidence; the rule's own measurement decides. About 40% are look-alikes (`null`).

Labels are decided by hand from each rule's expression and text under POLICY.md before the
classifier ran on the file (one reason per item). Source strings are quoted as the source has
them; hosts, jobs, values are made up. See tests/fixtures/corpus/SOURCES.md, section
probes_intl28.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily, fill_annotation  # noqa: E402

C, CE, DL, D, DNS, FD, H, L, M, N, Q, R, RL, T = (
    "crash_loop", "certificate_expiry", "deadlock", "disk_full", "dns_failure", "fd_exhaustion",
    "high_error_rate", "high_latency", "out_of_memory", "node_down", "queue_backlog",
    "replication_lag", "rate_limited", "upstream_timeout")
CP = "connection_pool_exhaustion"
NULL = None

family = ProbeFamily("probes_intl28.jsonl")


def rule(src, expected, why, alert, labels, annotations, value=None):
    """A Prometheus rule quoted from a repository file src = (repo, path, commit)."""
    lab = {"alertname": alert, **labels}
    ann = {k: fill_annotation(v, lab, value) for k, v in annotations.items()}
    family.add(src, expected, f"{src[0]} {src[1]}: rule {alert}: {why}", lab, ann)


def zabbix(src, expected, why, trigger, host, severity, description, macros=None):
    """A Zabbix trigger as its problem arrives: the name with host and macros expanded, the
    trigger's description (comments) as written."""
    name = trigger.replace("{HOST.NAME}", host)
    for k, v in (macros or {}).items():
        name = name.replace(k, v)
        description = description.replace(k, v)
    labels = {"alertname": name, "sender": "zabbix", "host": host, "severity": severity}
    ann = {"summary": name}
    if description:
        ann["description"] = description
    family.add(src, expected, f"{src[0]} {src[1]}: trigger {trigger}: {why}", labels, ann)


# ------------------------------------------------------------------ Chinese: zhujinhe's Zabbix templates
ZJ = "zhujinhe/collection-of-zabbix-templates"
ZJC = "0b372052fbba4bb87e5b9d3955f6e91f4c48694b"
ZLIN = (ZJ, "zabbix_linux/zbx_linux_template.xml", ZJC)
ZPROC = (ZJ, "zabbix_linux_process/zbx_linux-process_templates.xml", ZJC)
ZWPROC = (ZJ, "zabbix_process/zbx_windows-process_templates.xml", ZJC)
ZMEM = (ZJ, "zabbix_memory/zbx_memory_templates.xml", ZJC)
ZPHP = (ZJ, "zabbix_php/zbx_php_templates.xml", ZJC)

zabbix(ZLIN, NULL, "per-CPU load average rising by more than 0.3 in 5 minutes: load (rule 2)",
       "system.cpu.load.variation[percpu,avg5]", "web-bj-07", "Warning", "5分钟CPU load 上升超过0.3")
zabbix(ZPROC, N, "proc.num of the named process 0 on two checks in a row: a process not running (rule 7)",
       "Process amount of {$PRPCESS_NAME_1} 0 on {HOST.NAME}", "app-sh-12", "High", "2次数据均为0则报警",
       {"{$PRPCESS_NAME_1}": "java"})
zabbix(ZWPROC, N, "proc.num of a Windows process max(#2)=0: a process not running over two checks (rule 7)",
       "Process of {$WINPROCNAME1} is down on {HOST.NAME}", "WIN-ERP-03", "High", "2次数据均为0则报警",
       {"{$WINPROCNAME1}": "sqlservr.exe"})
zabbix(ZMEM, M, "free / total memory below a ratio: memory utilisation (rule 2)",
       "剩余可用内存小于{$MEMORY_LOW_RATIO_WARNING}", "db-gz-02", "Warning",
       "8G内存默认的回收内存触发值:\r\n 0.0065612571732", {"{$MEMORY_LOW_RATIO_WARNING}": "0.05"})
zabbix(ZPHP, N, "php-fpm master process count max(#3)=0: the service's process is not running (rule 7)",
       "php-fpm master进程数等于0", "php-web-05", "Disaster", "")

# ------------------------------------------------------------------ Spanish: a workshop's node rule
JG = ("jgaragorry/Observabilidad-sin-humo-Prometheus-Grafana-Alertmanager-paso-a-paso-Docker-reproducible",
      "prometheus/alert.rules.yml", "63bababc9afd9d6007cc921944bd4d5292e304c7")
rule(JG, NULL, "avg(node_load1) > 0.1: load average (rule 2)", "HighLoad",
     {"severity": "warning"},
     {"summary": "Carga alta detectada en la instancia",
      "description": "La carga promedio de 1 minuto es superior a 0.1"})

# ------------------------------------------------------------------ Japanese and Chinese: StarRocks's Grafana alert rules
# docs/{ja,zh}/administration/management/monitoring/Monitor_and_Alert.md, section 3.4: Grafana-managed
# rules on the StarRocks Overview dashboard, each with the Description its authors suggest. Rendered as
# Grafana's Alertmanager-style notification: rule title as alertname, the folder, the series' labels.
SRJ = ("StarRocks/starrocks", "docs/ja/administration/management/monitoring/Monitor_and_Alert.md",
       "13c81eb67ca3c31a971f73485c1c303ba2f1e31f")
SRZ = ("StarRocks/starrocks", "docs/zh/administration/management/monitoring/Monitor_and_Alert.md",
       "1157243e85adef561d29bcaa1c8b09eac9fb4a18")
SR_JOB = "StarRocks_Cluster01"


def grafana(src, expected, why, title, labels, description):
    lab = {"alertname": title, "grafana_folder": "PROD", **labels}
    family.add(src, expected, f"{src[0]} {src[1]}: Grafana rule {title}: {why}", lab,
               {"description": description})


SR_RULES = [
    # (title, expected, why, labels, ja description, zh description)
    ("[PROD]Frontends Status", N, "up{group=\"fe\"} IS BELOW 1 for 30s: an FE node's scrape target down (rule 4)",
     {"job": SR_JOB, "group": "fe", "instance": "10.20.1.11:8030"},
     "FE ノードが StarRocks プロダクションクラスターで失敗しました。確認してください！",
     "生产集群 FE 异常，请尽快处理！"),
    ("[PROD]Backends Status", N, "up{group=\"be\"} IS BELOW 1 for 30s: a BE node's scrape target down (rule 4)",
     {"job": SR_JOB, "group": "be", "instance": "10.20.1.23:8040"},
     "StarRocks プロダクションクラスターの BE ノードが失敗しました。確認してください！BE の失敗に関するスタック情報は BE ログファイル be.out に出力されます。ログに基づいて原因を特定できます",
     "生产集群 BE 服务异常，请尽快恢复服务。BE 发生异常后的堆栈信息会打印在 BE 日志文件 be.out 中，您可根据日志定位原因。"),
    ("[PROD] Query Error", H, "rate(starrocks_fe_query_err[1m]) above 0.05/s: failed queries (requests) per second "
     "(rule 4); the timeout advice is advice (rule 17), timeouts are only counted among the failures",
     {"job": SR_JOB, "group": "fe", "instance": "10.20.1.11:8030"},
     "高いクエリ失敗率が検出されました。リソース使用状況を確認するか、クエリタイムアウトを適切に設定してください。クエリがタイムアウトのために失敗している場合、システム変数 query_timeout を設定してクエリタイムアウトを調整できます",
     "查询失败率较高，需尽快排查资源占用情况或合理配置查询超时时间。如果查询因为超时导致失败，您可以通过设置系统变量query_timeout 调整查询超时时间。"),
    ("[PROD] Schema Change", NULL, "rate of failed create_rollup (schema change) tasks above 0: failed tasks are not "
     "requests (rule 10); the memory setting is advice (rule 17)",
     {"job": SR_JOB, "group": "be", "instance": "10.20.1.24:8040", "type": "create_rollup", "status": "failed"},
     "失敗した Schema Change タスクが検出されました。すぐに確認してください。BE 設定パラメータ memory_limitation_per_thread_for_schema_change を調整して、Schema Change に利用可能なメモリ制限を増やすことができます。デフォルトでは 2GB に設定されています",
     "发现变更表任务失败，请尽快排查。您可以调大 Schema Change 可用的内存上限，对应参数为 BE 配置项 memory_limitation_per_thread_for_schema_change，默认为 2GB。"),
    ("[PROD] Clone", NULL, "rate of failed clone (replica repair) tasks above 0: failed tasks (rule 10); "
     "'check disk and network status' is advice (rule 17)",
     {"job": SR_JOB, "group": "be", "instance": "10.20.1.25:8040", "type": "clone", "status": "failed"},
     "クローンタスクの失敗が検出されました。クラスターの BE ステータス、ディスクステータス、およびネットワークステータスを確認してください",
     "监测到出现克隆任务失败，请检查集群BE状态、磁盘状态、网络状态"),
    ("[PROD] Meta Log Count", NULL, "BDB metadata journal entries above 100000: a journal size; the checkpoint "
     "failure is a guess and the heap setting advice (rule 17)",
     {"job": SR_JOB, "group": "fe", "instance": "10.20.1.11:8030"},
     "FE BDB のメタデータ数が予想値を大幅に超えていることが検出されました。これは Checkpoint 操作の失敗を示す可能性があります。FE 設定ファイル fe.conf の Xmx ヒープメモリ設定が適切かどうかを確認してください",
     "监测到 FE BDB 中元数据条数远大于期望值，这通常代表 Checkpoint 操作失败，请尽快排查 FE 配置文件 fe.conf 中的 Xmx 堆内存配置是否合理"),
    ("[PROD] BE CPU Idle", NULL, "BE CPU idle below 10%: CPU (rule 2); the impact on other work is a guess",
     {"job": SR_JOB, "group": "be", "instance": "10.20.1.23:8040"},
     "BE CPU 負荷が一貫して高いことが検出されました。これはクラスター内の他のタスクに影響を与える可能性があります。クラスターが異常であるか、CPU リソースのボトルネックがあるかどうかを確認してください",
     "BE CPU 负载持续过高，这将严重影响集群中的其他业务，请排查集群是否异常或是否存在 CPU 资源瓶颈"),
    ("[PROD] BE Mem", M, "starrocks_be_process_mem_bytes / the BE memory limit above 0.9: memory utilisation (rule 2)",
     {"job": SR_JOB, "group": "be", "instance": "10.20.1.24:8040"},
     "BE メモリ使用量が一貫して高いことが検出されました。クエリの失敗を防ぐために、メモリサイズを拡張するか、BE ノードを追加することを検討してください",
     "BE内存占用已接近 BE 可用内存上限，为避免业务失败，请尽快拓展内存或增加BE节点"),
    ("[PROD] Disks Avail Capacity", D, "free-space ratio of the BE storage path below 0.2: disk capacity (rule 2)",
     {"job": SR_JOB, "group": "be", "instance": "10.20.1.25:8040", "path": "/data1/starrocks/storage"},
     "BE ディスクの利用可能スペースが 20% 未満であることが検出されました。ディスクスペースを解放するか、ディスクを拡張してください",
     "BE 磁盘可用空间已低于 20%，请尽快清理释放磁盘空间或扩容磁盘"),
    ("[PROD] FE JVM Heap Stat", M, "FE JVM heap used / heap limit above 80%: heap usage (rule 2)",
     {"job": SR_JOB, "group": "fe", "instance": "10.20.1.12:8030"},
     "FE ヒープメモリ使用量が高いことが検出されました。FE 設定ファイル fe.conf でヒープメモリ制限を調整してください",
     "FE 堆内存使用率过高，请在 FE 配置文件 fe.conf 中调整堆内存上限"),
]
for title, exp, why, labels, ja, zh in SR_RULES:
    grafana(SRJ, exp, why, title, labels, ja)
    grafana(SRZ, exp, why, title, labels, zh)

# ------------------------------------------------------------------ Russian: SFA-Routing's monitoring guide (rules file it asks for)
SFA = ("qahhor/SFA-routing", "docs/MONITORING_RU.md", "233f70d5f4ee483475be5a553cbff0bc7ee1d4f9")
SFA_L = {"job": "sfa-api", "instance": "sfa-api:8000"}
rule(SFA, H, "share of 5xx in http_requests_total above 5% (rule 4)", "HighErrorRate",
     {"severity": "critical", **SFA_L},
     {"summary": "Высокий уровень ошибок API",
      "description": "Более 5% запросов завершаются ошибкой в течение 5 минут"})
rule(SFA, N, "up{job=\"sfa-api\"} == 0 for 1m (rule 4)", "APIDown",
     {"severity": "critical", **SFA_L},
     {"summary": "API сервис недоступен",
      "description": "SFA-Routing API не отвечает более 1 минуты"})
rule(SFA, L, "p95 of http_request_duration_seconds above 5 s (rule 4)", "SlowResponseTime",
     {"severity": "warning", **SFA_L},
     {"summary": "Медленное время ответа API",
      "description": "P95 время ответа превышает 5 секунд"})
rule(SFA, M, "container memory usage / its limit above 0.9 (rule 2)", "HighMemoryUsage",
     {"severity": "warning", "namespace": "sfa", "pod": "sfa-api-6d8f9c7b54-x2kqp", "container": "api"},
     {"summary": "Высокое использование памяти",
      "description": "Контейнер использует более 90% доступной памяти"})
rule(SFA, CP, "db_connections_active > 180 with the limit stated (200): connections against a limit (rule 7)",
     "DatabaseConnectionsHigh", {"severity": "warning", **SFA_L},
     {"summary": "Много активных соединений с БД",
      "description": "Более 180 активных соединений (лимит 200)"})
rule(SFA, Q, "celery_queue_length > 100 for 10m: tasks waiting in a queue (rule 4)", "CeleryQueueBacklog",
     {"severity": "warning", "job": "celery-exporter", "instance": "celery-exporter:9808", "queue_name": "routing"},
     {"summary": "Большая очередь задач Celery",
      "description": "В очереди более 100 задач в течение 10 минут"})

# ------------------------------------------------------------------ Russian: an interview agent's connector rules
IAA = ("Bastard989/interview-analytics-agent-script-agent", "ops/prometheus_alerts.yml",
       "f796036474ab4ebcc4bf9568808bc2adbda5b7c8")
IAA_L = {"job": "api-gateway", "instance": "api-gateway:8010"}
rule(IAA, NULL, "failed reconnects of the last reconcile run above 0: failed jobs, not requests (rule 10)",
     "SberJazzReconcileHasFailures", {"severity": "warning", **IAA_L},
     {"summary": "SberJazz reconcile reports failures",
      "description": "Последний reconcile зафиксировал {{ $value }} failed reconnect.",
      "runbook_url": "docs/runbooks/alerts.md#sberjazzreconcilehasfailures"}, "3")
rule(IAA, NULL, "failed sessions of the last live-pull run above 0: failed jobs, not requests (rule 10)",
     "SberJazzLivePullHasFailures", {"severity": "warning", **IAA_L},
     {"summary": "SberJazz live-pull reports failures",
      "description": "Последний live-pull зафиксировал {{ $value }} failed sessions.",
      "runbook_url": "docs/runbooks/alerts.md#sberjazzlivepullhasfailures"}, "2")

# ------------------------------------------------------------------ Brazilian Portuguese: a hospital's kiosk and printer templates
WS = "WSauan/zabbix-templates-collection"
WSC = "a14854cbcc01f9424de1571a8ae440afebef7c31"
KIOSK = (WS, "templates/raspberry/common/Raspberry Kiosk SGA.yaml", WSC)
HP = (WS, "templates/printers/hp/HP Printer Professional.yaml", WSC)
PBI = (WS, "templates/raspberry/powerbi/Raspberry - PowerBI.yaml", WSC)
zabbix(KIOSK, NULL, "min of Firefox's CPU utilisation over 5m above 95%: CPU (rule 2); the loop or frozen page "
       "is a guess", "Firefox travado (CPU saturada) em {HOST.NAME}", "rpi-kiosk-sga-03", "Average",
       "O Firefox manteve um consumo de CPU acima de 95% por mais de 5 minutos. Isso é um forte indicativo de que a aplicação Web entrou em loop, travou o JavaScript ou a página congelou, impedindo a atualização da pagina.")
zabbix(KIOSK, N, "proc.num of firefox|chromium at 0 for 5 minutes: a process not running (rule 7)",
       "Firefox não está rodando no Raspberry {HOST.NAME}", "rpi-kiosk-sga-05", "High",
       "O processo do navegador Firefox foi encerrado ou não foi iniciado corretamente. Como o serviço depende do navegador para exibir o Kanban, o Kiosk está parado.")
zabbix(KIOSK, NULL, "the Pi's under-voltage bit set: power hardware; the supply and SD-card risk are guesses",
       "Energia: Sub-tensão Crítica AGORA {HOST.NAME}", "rpi-kiosk-sga-01", "High",
       "Indica que a voltagem do Raspberry Pi caiu abaixo de 4.63V neste exato momento. Isso é geralmente causado por uma fonte de alimentação de má qualidade ou cabo muito longo. Risco elevado de corromper o cartão SD e travar o sistema.")
zabbix(KIOSK, NULL, "sticky under-voltage/overheat bits since boot: hardware history",
       "Histórico: Problemas detectados desde o Boot {HOST.NAME}", "rpi-kiosk-sga-07", "Information",
       "Esta trigger avisa que, em algum momento desde que o aparelho foi ligado, ocorreu um evento de sub-tensão ou superaquecimento.")
zabbix(KIOSK, NULL, "soft temperature limit bit set, clock reduced: CPU throttling (rule 5); ventilation is advice",
       "Temperatura: Soft Limit Atingido {HOST.NAME}", "rpi-kiosk-sga-02", "Warning",
       "O processador atingiu 60°C. O firmware do Raspberry reduziu automaticamente a frequência (clock) para evitar que a temperatura suba mais. Embora o sistema continue funcionando, a performance será reduzida. Recomenda-se verificar a ventilação do local.")
zabbix(KIOSK, N, "systemd unit kiosk.service ActiveState not \"active\": a unit not running (rule 16)",
       "Serviço kiosk.service não esta rodando em {HOST.NAME}", "rpi-kiosk-sga-04", "High",
       "O serviço de sistema (kiosk.service) não está com o status \"active\". Este serviço é responsável por garantir a execução do script que carrega a interface visual do SGA.")
zabbix(HP, NULL, "the printer's paper-jam counter changed: a paper jam",
       "HP: Atolamento de papel detectado em {HOST.NAME}", "impressora-hp-rh01", "Average",
       "Trigger acionado quando ocorre uma interrupção física no fluxo de papel.")
zabbix(HP, NULL, "a toner/ink supply below 15%: printer consumables, not storage",
       "HP: Nível de Suprimento Baixo ({#SUPPLY_NAME}) em {HOST.NAME}", "impressora-hp-uti02", "Warning", "",
       {"{#SUPPLY_NAME}": "Black Cartridge HP 89A"})
zabbix(PBI, NULL, "no new value of the panel's last-update item in 125 checks: stale dashboard data",
       "Painel Desatualizado em {HOST.NAME}", "rpi-powerbi-dir01", "Warning", "")
zabbix(PBI, NULL, "nodata on the panel's last-update item for 25m: no-data on a non-liveness metric (rule 8)",
       "Painel deslogado (Tela de Login detectada) em {HOST.NAME}", "rpi-powerbi-dir02", "Warning", "")

# ------------------------------------------------------------------ Chinese: categraf's Flashduty entity rules for MySQL
# inputs/mysql/flashduty-entityalert-rules.yaml: each rule's summary and description, the description
# ending in advice ("请检查…", "请排查…"). Rendered as the alert Flashduty raises: the rule name as
# alertname, the entity's address, the rule's labels and the matched severity level.
CFM = ("flashcatcloud/categraf", "inputs/mysql/flashduty-entityalert-rules.yaml",
       "6a93d64d1ba20a58cf419d1a6c37f40c150806a3")


def flashduty(expected, why, name, severity, category, address, summary, description, value):
    rule(CFM, expected, why, name,
         {"severity": severity, "service": "mysql", "category": category, "collector": "categraf",
          "address": address},
         {"summary": summary, "description": description}, value)


flashduty(N, "min(mysql_up) == 0 on 3 checks: the exporter cannot reach MySQL, its liveness signal (rules 4, 8); "
          "the checklist is advice (rule 17)", "MySQL 实例不可用", "Critical", "availability", "10.40.2.11:3306",
          "MySQL 实例 {{ $labels.address }} 无法连接",
          "Categraf 无法连接或认证到该 MySQL 实例，mysql_up 当前值为 {{ $value }}。请检查实例进程、网络、监听地址及监控账号。", "0")
flashduty(NULL, "uptime below 300 s: one restart or a short uptime (rule 7)", "MySQL 实例近期重启", "Info",
          "availability", "10.40.2.12:3306", "MySQL 实例 {{ $labels.address }} 近期发生过重启",
          "实例运行时长不足 5 分钟，当前 uptime 为 {{ $value }} 秒。请确认重启是否符合预期，并检查错误日志。", "184")
flashduty(CP, "threads_connected / max_connections above 90%: connections against their limit (rules 2, 7)",
          "MySQL 连接使用率过高", "Critical", "capacity", "10.40.2.13:3306",
          "MySQL 实例 {{ $labels.address }} 连接使用率过高",
          "当前连接数占 max_connections 的 {{ $value }}%。请检查连接泄漏、连接池配置及突发流量。", "93.4")
flashduty(FD, "open_files / open_files_limit above 80%: open-file utilisation (rule 2)",
          "MySQL 文件句柄使用率过高", "Warning", "capacity", "10.40.2.14:3306",
          "MySQL 实例 {{ $labels.address }} 文件句柄使用率过高",
          "当前打开文件数占 open_files_limit 的 {{ $value }}%。请检查表数量、table_open_cache 和操作系统文件句柄限制。", "86.2")
flashduty(L, "new slow queries in 5 minutes above 10: slow queries (rule 4)", "MySQL 慢查询持续出现", "Warning",
          "performance", "10.40.2.15:3306", "MySQL 实例 {{ $labels.address }} 持续出现慢查询",
          "最近 5 分钟新增慢查询数为 {{ $value }}。请结合 slow query log 定位高耗时 SQL，并确认 long_query_time 配置。", "27")
flashduty(NULL, "increase of innodb_log_waits in 5 minutes above 0: log-buffer write stalls, a disk backlog "
          "look-alike (rule 5); the disk latency is advice", "MySQL InnoDB 日志写入等待", "Warning", "performance",
          "10.40.2.16:3306", "MySQL 实例 {{ $labels.address }} 出现 InnoDB 日志写入等待",
          "最近 5 分钟 InnoDB log waits 增量为 {{ $value }}，表示日志缓冲区写入受阻。请检查磁盘延迟、innodb_log_buffer_size 和写入压力。", "4")
flashduty(NULL, "the collector's own scrape time above 10 s: the monitor's collection, not the database's "
          "requests (rule 16)", "MySQL 采集耗时过长", "Warning", "monitoring", "10.40.2.17:3306",
          "MySQL 实例 {{ $labels.address }} 监控采集耗时过长",
          "Categraf 本次 MySQL 采集耗时为 {{ $value }} 秒。请检查数据库负载、网络延迟及已开启的高开销采集项。", "12.7")
flashduty(NULL, "slave_io_running == 0: replication stopped, broken not lagging (rule 5)",
          "MySQL 复制 IO 线程未运行", "Critical", "replication", "10.40.2.18:3306",
          "MySQL 实例 {{ $labels.address }} 复制 IO 线程未运行",
          "至少一个复制通道的 IO 线程未运行。请检查主库连通性、复制账号、错误日志和复制配置。", "0")
flashduty(NULL, "slave_sql_running == 0: replication stopped, broken not lagging (rule 5)",
          "MySQL 复制 SQL 线程未运行", "Critical", "replication", "10.40.2.19:3306",
          "MySQL 实例 {{ $labels.address }} 复制 SQL 线程未运行",
          "至少一个复制通道的 SQL 线程未运行。请检查复制错误、数据冲突和 relay log 状态。", "0")
flashduty(R, "seconds_behind_master minus SQL_Delay above 30 s: replication lag (rule 7)",
          "MySQL 复制延迟过高", "Warning", "replication", "10.40.2.20:3306",
          "MySQL 实例 {{ $labels.address }} 复制延迟过高",
          "扣除 SQL_Delay 后的最大复制延迟为 {{ $value }} 秒。请检查主从网络、SQL 线程执行能力和大事务。", "96")

# ------------------------------------------------------------------ Chinese: categraf's sample Nightingale rule set (no note)
CFI = ("flashcatcloud/categraf", "inputs/ipmi/ipmi_exporter_alert_rule.json", "c8d3614e622e3cf06428a9d1c70dd86f20fbfe4b")
family.add(CFI, N, f"{CFI[0]} {CFI[1]}: rule 服务器层-网络-网络健康检测-网络地址探活失败: ping_result_code != 0, the "
           "target not answering ping (rule 16)",
           {"alertname": "服务器层-网络-网络健康检测-网络地址探活失败", "rulename": "服务器层-网络-网络健康检测-网络地址探活失败",
            "busigroup": "biz-xxx-gateway", "ident": "categraf-prober-02", "target": "10.40.9.31"},
           {"trigger_value": "1"})

if __name__ == "__main__":
    family.write()
