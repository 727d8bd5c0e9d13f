#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_apm23.jsonl: alarm rules of APM and tracing products and the
messages they render, delivered the way their webhook, mail, chat or PagerDuty channels hand them
to the daemon.

Products: Apache SkyWalking's `alarm-settings.yml` rules (their `message` templates, English and
the Chinese translations teams write into the same file) and its DingTalk/WeChat text template;
Glowroot's alert mails, Slack attachments and PagerDuty events (metric, gauge and heartbeat
conditions); and further products added below in their own sections.

What the family tests: sentences that are whole alarm messages rather than rule names ("Response
time of service order-svc is more than 1000ms in 3 minutes of last 10 minutes", "Successful rate
of service ... is lower than 80%", "95th percentile over the last 5 minutes is greater than or
equal to the alert threshold of 2000 milliseconds."), and look-alikes that share their words but
are not a signature: throughput (transaction count), CPU load, thread and GC counts, a short
uptime, recovery messages ("is no longer greater than or equal to", "Receving heartbeat again.").

Labels are decided from each rule's meaning under tests/fixtures/corpus/POLICY.md before the
classifier ran on the file; the reasons are next to each item. Hosts, services, endpoints, agents
and values are made up; the frames are ours.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily  # noqa: E402

family = ProbeFamily("probes_apm23.jsonl")

E, L, N, D, P = ("high_error_rate", "high_latency", "node_down", "disk_full",
                 "connection_pool_exhaustion")

# ---- Apache SkyWalking: alarm-settings.yml rules and their messages --------------------------
# The SkyWalking repositories themselves are held out; these are teams' copies of the rules.

SW_WEBHOOK = ("sjkcdpc/skywalking-webhook", "alarm-settings.yml",
              "5963b69c4f7eb1d2cfc21ee2de5b8adc253a2dc1")
SW_DAOCLOUD = ("DaoCloud/DX-DMP-Public-Docs", "skywalking/alarm.md",
               "994a14c974a0830d1c8d99afc96d50fc80b29cc3")


def sw_webhook(rule, scope, name, message, extra=None):
    """SkyWalking's webhook payload (scope, name, ruleName, alarmMessage) mapped to an alert."""
    labels = {"alertname": rule, "sender": "skywalking", "scope": scope, "name": name}
    labels.update(extra or {})
    return labels, {"description": message}


def sw_dingtalk(message):
    """The DingTalk/WeChat hook's text template: "Apache SkyWalking Alarm: \\n %s."."""
    return ({"alertname": "SkyWalkingAlarm", "channel": "dingtalk-ops"},
            {"message": f"Apache SkyWalking Alarm: \n {message}."})


def sw_copy(rule, service, message, namespace):
    """An Alertmanager-style copy a relay makes of the webhook payload."""
    return ({"alertname": rule, "service": service, "severity": "warning", "namespace": namespace},
            {"summary": message})


# service_resp_time_rule: service_resp_time > 50000 (ms), 3 times in 10 minutes.
msg = ("Response time of service order-center is more than 50000ms in 3 minutes of last "
       "10 minutes.")
why = "SkyWalking service_resp_time_rule: a service's average response time over its threshold (rule 4)"
family.add(SW_WEBHOOK, L, why, *sw_webhook("service_resp_time_rule", "SERVICE", "order-center", msg))
family.add(SW_WEBHOOK, L, why, *sw_dingtalk(
    "Response time of service payment-gateway is more than 50000ms in 3 minutes of last 10 minutes."))
family.add(SW_WEBHOOK, L, why, *sw_copy(
    "service_resp_time_rule", "user-profile",
    "Response time of service user-profile is more than 50000ms in 3 minutes of last 10 minutes.",
    "mall-prod"))

# service_sla_rule: service_sla < 8000 (80.00%), 2 times in 10 minutes.
why = ("SkyWalking service_sla_rule: the successful rate of a service's requests below 80%, an "
       "error ratio (rule 4)")
family.add(SW_WEBHOOK, E, why, *sw_webhook(
    "service_sla_rule", "SERVICE", "order-center",
    "Successful rate of service order-center is lower than 80% in 2 minutes of last 10 minutes"))
family.add(SW_WEBHOOK, E, why, *sw_dingtalk(
    "Successful rate of service coupon-service is lower than 80% in 2 minutes of last 10 minutes"))
family.add(SW_WEBHOOK, E, why, *sw_copy(
    "service_sla_rule", "inventory-api",
    "Successful rate of service inventory-api is lower than 80% in 2 minutes of last 10 minutes",
    "mall-prod"))

# service_resp_time_percentile_rule: service_percentile > 1000 at p50..p99, 3 times in 10 minutes.
why = ("SkyWalking service_resp_time_percentile_rule: response-time percentiles over 1000 ms "
       "(rule 4)")
family.add(SW_WEBHOOK, L, why, *sw_webhook(
    "service_resp_time_percentile_rule", "SERVICE", "search-api",
    "Percentile response time of service search-api alarm in 3 minutes of last 10 minutes, due to "
    "more than one condition of p50 > 1000, p75 > 1000, p90 > 1000, p95 > 1000, p99 > 1000"))
family.add(SW_WEBHOOK, L, why, *sw_dingtalk(
    "Percentile response time of service checkout-bff alarm in 3 minutes of last 10 minutes, due "
    "to more than one condition of p50 > 1000, p75 > 1000, p90 > 1000, p95 > 1000, p99 > 1000"))

# service_instance_resp_time_rule: an instance's response time (entity "{instance} of {service}").
why = "SkyWalking service_instance_resp_time_rule: an instance's response time over 50000 ms (rule 4)"
family.add(SW_WEBHOOK, L, why, *sw_webhook(
    "service_instance_resp_time_rule", "SERVICE_INSTANCE",
    "a3f9c2e1b7d04e55@10.42.3.17 of order-center",
    "Response time of service instance a3f9c2e1b7d04e55@10.42.3.17 of order-center is more than "
    "50000ms in 2 minutes of last 10 minutes"))
family.add(SW_WEBHOOK, L, why, *sw_copy(
    "service_instance_resp_time_rule", "member-service",
    "Response time of service instance member-service-7d9f8b6c4-xk2lp of member-service is more "
    "than 50000ms in 2 minutes of last 10 minutes", "member"))

# DaoCloud's reference configuration: the same rules with "in last 10 minutes" and an endpoint rule.
why = "SkyWalking endpoint_avg_rule: an endpoint's average response time over its threshold (rule 4)"
family.add(SW_DAOCLOUD, L, why, *sw_webhook(
    "endpoint_avg_rule", "ENDPOINT", "POST:/api/v1/orders in order-center",
    "Response time of endpoint POST:/api/v1/orders in order-center is more than 1000ms in last "
    "10 minutes."))
family.add(SW_DAOCLOUD, L, why, *sw_dingtalk(
    "Response time of endpoint {GET}/goods/detail/{id} in goods-service is more than 1000ms in "
    "last 10 minutes."))
why = "SkyWalking service_resp_time_rule (DaoCloud's copy): a service's response time (rule 4)"
family.add(SW_DAOCLOUD, L, why, *sw_webhook(
    "service_resp_time_rule", "SERVICE", "dubbox-provider",
    "Response time of service dubbox-provider is more than 1000ms in last 10 minutes."))
why = "SkyWalking service_sla_rule (DaoCloud's copy): the successful rate of a service below 80% (rule 4)"
family.add(SW_DAOCLOUD, E, why, *sw_dingtalk(
    "Successful rate of service dubbox-consumer is lower than 80% in last 10 minutes."))
why = ("SkyWalking service_instance_resp_time_rule (DaoCloud's copy): an instance's response time "
       "(rule 4)")
family.add(SW_DAOCLOUD, L, why, *sw_copy(
    "service_instance_resp_time_rule", "dubbox-provider",
    "Response time of service instance 9b1e0f6a@172.16.8.41 of dubbox-provider is more than "
    "1000ms in last 10 minutes.", "dubbo"))

# DaoCloud's Chinese list of the default rules, written as the message of each rule.
why_cn = ("SkyWalking default rule as DaoCloud's Chinese documentation words it, used as the rule's "
          "message: {}")
family.add(SW_DAOCLOUD, L, why_cn.format("a service's average response time over 1 s (rule 4)"),
           *sw_webhook("service_resp_time_rule", "SERVICE", "trade-center",
                       "trade-center：过去3分钟内服务平均响应时间超过1秒。"))
family.add(SW_DAOCLOUD, E, why_cn.format("a service's success rate below 80%, an error ratio (rule 4)"),
           *sw_dingtalk("trade-center：服务成功率在过去2分钟内低于80%。"))
family.add(SW_DAOCLOUD, L, why_cn.format("an instance's average response time over 1 s (rule 4)"),
           *sw_copy("service_instance_resp_time_rule", "trade-center",
                    "trade-center-5c7d9-qm4zx：服务实例在过去2分钟内的平均响应时间超过1秒。", "trade"))
family.add(SW_DAOCLOUD, L, why_cn.format("an endpoint's average response time over 1 s (rule 4)"),
           *sw_webhook("endpoint_avg_rule", "ENDPOINT", "/order/submit in trade-center",
                       "/order/submit in trade-center：端点平均响应时间过去2分钟超过1秒。"))

# ---- Glowroot: alert mails, Slack attachments and PagerDuty events ---------------------------

GR_ALERT = ("glowroot/glowroot", "common2/src/main/java/org/glowroot/common2/repo/util/AlertingService.java",
            "0861d9175086122889df03236534d6c76e7282d8")
GR_GAUGES = ("glowroot/glowroot", "common2/src/main/java/org/glowroot/common2/repo/util/Gauges.java",
             "6119de2ff2622481cb30766aa448584620b3162c")
GR_HEARTBEAT = ("glowroot/glowroot", "central/src/main/java/org/glowroot/central/HeartbeatAlertingService.java",
                "45f63c1f12dc27d873ede0f32a1d7995f2decafb")


def gr_mail(agent, subject, message, severity="high"):
    """Glowroot's alert mail: subject "[<agent>] <subject>", the message as its text."""
    return ({"alertname": f"[{agent}] {subject}", "sender": "glowroot", "agent": agent,
             "severity": severity}, {"description": message})


def gr_slack(central, agent, subject, message):
    """Glowroot's Slack attachment fallback: "[central] [agent] subject - message"."""
    return ({"alertname": "GlowrootAlert", "channel": "#apm-alerts"},
            {"message": f"[{central}] [{agent}] {subject} - {message}"})


def gr_pagerduty(agent, subject, message, cls, severity="critical"):
    """Glowroot's PagerDuty event: summary subject + two newlines + message, class, source."""
    return ({"alertname": subject, "source": agent, "class": cls, "severity": severity,
             "client": "Glowroot"}, {"summary": f"{subject}\n\n{message}"})


why = ("Glowroot metric alert transaction:x-percentile: a transaction type's response-time "
       "percentile at or over its threshold (rule 4)")
family.add(GR_ALERT, L, why, *gr_mail(
    "billing-app::app-prod-17", "Web",
    "95th percentile over the last 5 minutes is greater than or equal to the alert threshold of "
    "2000 milliseconds.\n\n"))
family.add(GR_ALERT, L, why, *gr_slack(
    "Glowroot Central EU", "claims-portal", "Web - /claims/submit",
    "99th percentile over the last 10 minutes is greater than or equal to the alert threshold of "
    "5000 milliseconds.\n\n"))
family.add(GR_ALERT, L, why, *gr_pagerduty(
    "ledger-batch::batch-04", "Background",
    "90th percentile over the last 15 minutes is greater than or equal to the alert threshold of "
    "30000 milliseconds.\n\n", "metric: transaction:x-percentile"))
why = "Glowroot metric alert transaction:average: average response time at or over its threshold (rule 4)"
family.add(GR_ALERT, L, why, *gr_mail(
    "storefront::web-eu-03", "Web - /cart/checkout",
    "Average over the last 5 minutes is greater than or equal to the alert threshold of 1500 "
    "milliseconds.\n\n"))
family.add(GR_ALERT, L, why, *gr_pagerduty(
    "storefront::web-eu-04", "Web",
    "Average over the last 1 minute is greater than or equal to the alert threshold of 800 "
    "milliseconds.\n\n", "metric: transaction:average", "error"))

why = "Glowroot metric alert error:rate: the error rate of a transaction type's requests (rule 4)"
family.add(GR_ALERT, E, why, *gr_mail(
    "billing-app::app-prod-17", "Web",
    "Error rate over the last 5 minutes is greater than or equal to the alert threshold of "
    "5.0percent.\n\n"))
family.add(GR_ALERT, E, why, *gr_slack(
    "Glowroot Central EU", "claims-portal", "Web - /claims/status",
    "Error rate over the last 10 minutes is greater than or equal to the alert threshold of "
    "2.0percent.\n\n"))
why = "Glowroot metric alert error:count: a count of failed transactions (requests) (rule 4)"
family.add(GR_ALERT, E, why, *gr_pagerduty(
    "storefront::web-eu-03", "Web",
    "Error count over the last 1 minute is greater than or equal to the alert threshold of 50.0.\n\n",
    "metric: error:count"))
why = ("Glowroot metric alert error:count with an error-message filter quoting HikariCP's "
       "'Connection is not available, request timed out': the pool's own exhaustion decides (rule 1)")
family.add(GR_ALERT, P, why, *gr_mail(
    "ledger-api::app-prod-22", "Web",
    "error count containing \"Connection is not available, request timed out after 30000ms\" over "
    "the last 5 minutes is greater than or equal to the alert threshold of 10.0.\n\n"))

why = ("Glowroot heartbeat condition: no heartbeat from the agent in its window, a no-data alert "
       "on the target's own liveness signal (rule 8)")
family.add(GR_HEARTBEAT, N, why, *gr_mail(
    "billing-app::app-prod-17", "Heartbeat", "Heartbeat not received in the last 300 seconds.\n\n",
    "critical"))
family.add(GR_HEARTBEAT, N, why, *gr_pagerduty(
    "claims-portal::app-prod-31", "Heartbeat", "Heartbeat not received in the last 120 seconds.\n\n",
    "heartbeat"))

# Look-alikes (null).
family.add(GR_HEARTBEAT, None,
           "Glowroot heartbeat condition resolved ('Receving heartbeat again.'): the condition is "
           "over (rule 14)",
           *gr_slack("Glowroot Central EU", "billing-app::app-prod-17", "Heartbeat",
                     "Receving heartbeat again.\n\n"))
family.add(GR_ALERT, None,
           "Glowroot transaction:x-percentile alert resolved ('is no longer greater than or equal "
           "to'): the condition is over (rule 14)",
           *gr_mail("billing-app::app-prod-17", "Web",
                    "95th percentile over the last 5 minutes is no longer greater than or equal to "
                    "the alert threshold of 2000 milliseconds.\n\n"))
family.add(GR_ALERT, None,
           "Glowroot error:rate alert resolved ('is no longer greater than or equal to'): the "
           "condition is over (rule 14)",
           *gr_slack("Glowroot Central EU", "claims-portal", "Web - /claims/status",
                     "Error rate over the last 10 minutes is no longer greater than or equal to the "
                     "alert threshold of 2.0percent.\n\n"))
family.add(GR_ALERT, None,
           "Glowroot transaction:count alert, lower bound: few transactions (throughput), nothing "
           "fails or slows",
           *gr_mail("storefront::web-eu-03", "Web",
                    "Transaction count over the last 15 minutes is less than or equal to the alert "
                    "threshold of 10.0.\n\n"))
family.add(GR_ALERT, None,
           "Glowroot transaction:count alert, upper bound: many transactions (throughput), nothing "
           "fails or slows",
           *gr_pagerduty("ledger-batch::batch-04", "Background",
                         "Transaction count over the last 5 minutes is greater than or equal to the "
                         "alert threshold of 200000.0.\n\n", "metric: transaction:count", "warning"))
why_g = "Glowroot gauge alert ({}): {}"
family.add(GR_GAUGES, None, why_g.format("java.lang / OperatingSystem / ProcessCpuLoad", "CPU (rule 2)"),
           *gr_mail("billing-app::app-prod-17", "java.lang / OperatingSystem / ProcessCpuLoad",
                    "Average over the last 5 minutes is greater than or equal to the alert threshold "
                    "of 0.9.\n\n"))
family.add(GR_GAUGES, None, why_g.format("java.lang / OperatingSystem / SystemCpuLoad", "CPU (rule 2)"),
           *gr_slack("Glowroot Central EU", "claims-portal::app-prod-31",
                     "java.lang / OperatingSystem / SystemCpuLoad",
                     "Average over the last 10 minutes is greater than or equal to the alert "
                     "threshold of 0.85.\n\n"))
family.add(GR_GAUGES, None, why_g.format("java.lang / Threading / ThreadCount",
                                         "a thread count, no signature's resource"),
           *gr_mail("ledger-api::app-prod-22", "java.lang / Threading / ThreadCount",
                    "Average over the last 5 minutes is greater than or equal to the alert threshold "
                    "of 800.\n\n"))
family.add(GR_GAUGES, None, why_g.format("GarbageCollector CollectionCount per second",
                                         "a GC count, no signature's resource"),
           *gr_pagerduty("ledger-api::app-prod-22",
                         "java.lang / GarbageCollector / G1 Young Generation / CollectionCount",
                         "Average over the last 5 minutes is greater than or equal to the alert "
                         "threshold of 4 per second.\n\n",
                         "metric: gauge:java.lang:type=GarbageCollector,name=G1 Young Generation:"
                         "CollectionCount[counter]", "warning"))
family.add(GR_GAUGES, None, why_g.format("java.lang / Runtime / Uptime, lower bound",
                                         "a short uptime is one restart at most (rule 7)"),
           *gr_mail("storefront::web-eu-04", "java.lang / Runtime / Uptime",
                    "Average over the last 5 minutes is less than or equal to the alert threshold of "
                    "600000 milliseconds.\n\n"))
why = ("Glowroot gauge alert org.glowroot / FileSystem / <mount> / PercentFull: a file system's "
       "used percent at or over its threshold (rule 2)")
family.add(GR_GAUGES, D, why, *gr_mail(
    "ledger-batch::batch-04", "org.glowroot / FileSystem / \"/var/lib/ledger\" / PercentFull",
    "Average over the last 5 minutes is greater than or equal to the alert threshold of 90 "
    "percent.\n\n"))
family.add(GR_GAUGES, D, why, *gr_slack(
    "Glowroot Central EU", "claims-portal::app-prod-31",
    "org.glowroot / FileSystem / \"/\" / PercentFull",
    "Average over the last 15 minutes is greater than or equal to the alert threshold of 95 "
    "percent.\n\n"))

# ---- CAT (dianping/cat): Transaction and exception alarms, their recovery notice --------------
# Title from the decorators, content from the rule checker (RuleType.buildRuleMessage) and the
# transactionAlert.ftl mail template; the alarm interval line is AlertManager's.

CAT_RULE = ("dianping/cat", "cat-home/src/main/java/com/dianping/cat/report/alert/RuleType.java",
            "8282a1ead2fdab7a3fb984167d7f915e64d7f0c4")
CAT_TX = ("dianping/cat", "cat-home/src/main/java/com/dianping/cat/report/alert/transaction/TransactionAlert.java",
          "02c088692fe96940ac117cc20cef131dc28a1b8e")
CAT_TX_DECO = ("dianping/cat",
               "cat-home/src/main/java/com/dianping/cat/report/alert/sender/decorator/TransactionDecorator.java",
               "5dfe3d62f29cdfa2bf111e77f460e6a77b470798")
CAT_EXC_DECO = ("dianping/cat",
                "cat-home/src/main/java/com/dianping/cat/report/alert/sender/decorator/ExceptionDecorator.java",
                "5dfe3d62f29cdfa2bf111e77f460e6a77b470798")
CAT_EXC = ("dianping/cat", "cat-home/src/main/java/com/dianping/cat/report/alert/exception/AlertException.java",
           "09c4a1bc38c8a442def56e4509db999d3412147f")
CAT_MGR = ("dianping/cat", "cat-home/src/main/java/com/dianping/cat/report/alert/sender/AlertManager.java",
           "02c088692fe96940ac117cc20cef131dc28a1b8e")


def cat_tx_mail(domain, metric, content, date="2026-12-04 14:32:00", level="error"):
    """CAT's Transaction alarm mail: its decorator's title, transactionAlert.ftl's body."""
    title = f"[CAT Transaction告警] [项目: {domain}] [监控项: {metric}]"
    body = (f"告警时间：{date}<br/>\n告警类型：Transaction<br/>\n告警指标：{metric}<br/>\n"
            f"告警内容：{content}\n<br/>[告警间隔时间]5分钟")
    return ({"alertname": title, "sender": "cat", "domain": domain, "level": level},
            {"description": body})


def cat_tx_weixin(domain, metric, content):
    """The same alarm relayed to a WeChat work group as one text line."""
    return ({"alertname": "CatAlarm", "channel": "weixin", "domain": domain},
            {"message": f"[CAT Transaction告警] [项目: {domain}] [监控项: {metric}] {content}"})


why = ("CAT Transaction alarm on the avg monitor (average duration of a transaction type) over its "
       "MaxVal threshold: response time (rule 4)")
family.add(CAT_TX, L, why, *cat_tx_mail(
    "order-web", "URL-All-avg",
    "[实际值:1523.4 1688.2 1702.9 ] [最大阈值: 1000.0 ][告警时间:2026-12-04 14:32:00]"))
family.add(CAT_TX, L, why, *cat_tx_weixin(
    "member-service", "PigeonService-All-avg",
    "[实际值:812.5 930.1 1044.7 ] [最大阈值: 500.0 ][告警时间:2026-12-04 09:05:00]"))
why = ("CAT Transaction alarm on the avg monitor of SQL transactions (average query duration) over "
       "its threshold: slow queries (rule 4)")
family.add(CAT_TX, L, why, *cat_tx_mail(
    "trade-core", "SQL-All-avg",
    "[实际值:356.2 402.8 388.0 ] [最大阈值: 200.0 ][告警时间:2026-12-04 22:11:00]", level="warning"))
why = ("CAT Transaction alarm on the failRatio monitor (failed / total transactions of a type) over "
       "its MaxVal threshold: an error ratio of requests (rule 4)")
family.add(CAT_TX, E, why, *cat_tx_mail(
    "order-web", "URL-All-failRatio",
    "[实际值:0.2 0.3 0.3 ] [最大阈值: 0.1 ][告警时间:2026-12-04 14:33:00]"))
family.add(CAT_TX, E, why, *cat_tx_weixin(
    "payment-api", "PigeonCall-All-failRatio",
    "[实际值:0.1 0.2 0.2 ] [最大阈值: 0.1 ][告警时间:2026-12-04 03:47:00]"))

# Look-alikes on the count monitor (throughput) and the recovery notice.
why = ("CAT Transaction alarm on the count monitor with a MinVal rule: too few transactions "
       "(throughput), nothing fails or slows")
family.add(CAT_TX, None, why, *cat_tx_mail(
    "order-web", "URL-All-count",
    "[实际值:12.0 9.0 7.0 ] [最小阈值: 100.0 ][告警时间:2026-12-04 04:02:00]", level="warning"))
family.add(CAT_TX, None, why, *cat_tx_weixin(
    "coupon-service", "URL-All-count",
    "[实际值:0.0 0.0 0.0 ] [最小阈值: 10.0 ][告警时间:2026-12-04 04:15:00]"))
why = ("CAT Transaction alarm on the count monitor with a FluDescPer rule: transaction count fell "
       "against the earlier minutes (a drop of load), nothing fails or slows")
family.add(CAT_RULE, None, why, *cat_tx_mail(
    "search-web", "URL-All-count",
    "[实际值:5210.0 5166.0 4987.0 2140.0 ] [波动下降百分比:58.9% 58.6% 57.1% ] [波动下降百分比阈值: "
    "50.0% ][告警时间:2026-12-04 20:31:00][波动下降百分比为以最后一分钟的数据为基准，前面每分钟的值比基准值下降的百分比]",
    level="warning"))
why = ("CAT Transaction alarm on the count monitor with a FluAscPer rule: transaction count rose "
       "against the earlier minutes (a rise of load), nothing fails or slows")
family.add(CAT_RULE, None, why, *cat_tx_weixin(
    "search-web", "URL-All-count",
    "[实际值:2100.0 2230.0 2190.0 6840.0 ] [波动上升百分比:225.7% 206.7% 212.3% ] [波动上升百分比阈值: "
    "100.0% ][告警时间:2026-12-04 12:00:00][波动上升百分比为以最后一分钟的数据为基准，前面每分钟的值比基准值上升的百分比]"))
why = ("CAT Transaction alarm on the count monitor with a SumMaxVal rule: many transactions in the "
       "window (throughput), nothing fails or slows")
family.add(CAT_RULE, None, why, *cat_tx_mail(
    "gateway-web", "URL-All-count",
    "[实际值:61200.0 63400.0 65150.0 ] [实际值总和:189750.0] [总和最大阈值: 150000.0 ][告警时间:"
    "2026-12-04 19:58:00]", level="warning"))
why = "CAT recovery notice ('[告警恢复] ... [告警已恢复]'): the condition is over (rule 14)"
family.add(CAT_MGR, None, why,
           {"alertname": "[告警恢复] [告警类型 Transaction告警][order-web URL-All-avg]", "sender": "cat",
            "domain": "order-web"},
           {"description": "[告警已恢复][恢复时间]2026-12-04 14:52"})
family.add(CAT_MGR, None, why,
           {"alertname": "CatAlarm", "channel": "weixin", "domain": "order-web"},
           {"message": "[告警恢复] [告警类型 Transaction告警][order-web URL-All-failRatio] "
                       "[告警已恢复][恢复时间]2026-12-04 14:58"})


def cat_exception(domain, exceptions, channel=None):
    """CAT's exception alarm: title "[CAT异常告警] [项目: X]", content the exceptions as name=count."""
    title = f"[CAT异常告警] [项目: {domain}]"
    content = "[" + ", ".join(exceptions) + "]"
    if channel:
        return ({"alertname": "CatAlarm", "channel": channel, "domain": domain},
                {"message": f"{title} : {content}[时间: 2026-12-04 16:38]"})
    return ({"alertname": title, "sender": "cat", "domain": domain, "level": "error"},
            {"description": f"{title} : {content}[时间: 2026-12-04 16:38]<br/>[告警间隔时间]5分钟"})


why = ("CAT exception alarm: a count of exceptions an application logged, quoting only "
       "NullPointerException (rule 8: a count of logged errors is not a request error ratio, and the "
       "exception names no signature's cause)")
family.add(CAT_EXC_DECO, None, why, *cat_exception(
    "business-gateway", ["java.lang.NullPointerException=6", "Total=6"]))
family.add(CAT_EXC, None, why, *cat_exception(
    "member-service", ["java.lang.NullPointerException=214", "Total=214"], channel="weixin"))
why = ("CAT exception alarm quoting IllegalArgumentException and DuplicateKeyException: logged "
       "exceptions that name no signature's cause (rule 8)")
family.add(CAT_EXC_DECO, None, why, *cat_exception(
    "trade-core", ["java.lang.IllegalArgumentException=37",
                   "org.springframework.dao.DuplicateKeyException=12", "Total=49"]))
why = ("CAT exception alarm quoting java.lang.OutOfMemoryError: the runtime's own allocation "
       "failure decides (rules 8, 12)")
family.add(CAT_EXC_DECO, "out_of_memory", why, *cat_exception(
    "report-service", ["java.lang.OutOfMemoryError=3", "Total=3"]))
why = ("CAT exception alarm quoting memcached's CheckedOperationTimeoutException: the client gave up "
       "waiting for the cache's answer, the quoted error decides (rules 8, 13)")
family.add(CAT_EXC, "upstream_timeout", why, *cat_exception(
    "user-base-service", ["net.spy.memcached.internal.CheckedOperationTimeoutException=1342",
                          "Total=1342"]))
why = ("CAT exception alarm quoting Druid's GetConnectionTimeoutException (timed out waiting for a "
       "pooled connection): the pool's exhaustion decides (rules 1, 8)")
family.add(CAT_EXC, P, why, *cat_exception(
    "order-service", ["com.alibaba.druid.pool.GetConnectionTimeoutException=88", "Total=88"],
    channel="weixin"))

# ---- Glowroot: synthetic monitors and more look-alikes ---------------------------------------

GR_SYNTH = ("glowroot/glowroot", "central/src/main/java/org/glowroot/central/SyntheticMonitorService.java",
            "041e5c91dffc9251722c1d0e1e4067d70988d9e1")
why = ("Glowroot synthetic monitor 'resulted in error: Connection refused': the monitored endpoint "
       "refused the connection, which names it as not there (rules 7, 11)")
family.add(GR_SYNTH, N, why, *gr_mail(
    "storefront", "Glowroot alert - storefront - storefront health",
    "storefront health resulted in error: Connection refused (Connection refused)", "critical"))
family.add(GR_SYNTH, N, why, *gr_slack(
    "Glowroot Central EU", "claims-portal", "Glowroot alert - claims-portal - claims login page",
    "claims login page resulted in error: Connection refused (Connection refused)"))
family.add(GR_SYNTH, None,
           "Glowroot synthetic monitor resolved ('time is no longer greater than or equal to'): "
           "the condition is over (rule 14)",
           *gr_mail("storefront", "Glowroot alert - storefront - storefront health",
                    "storefront health time is no longer greater than or equal to the alert "
                    "threshold of 5000 milliseconds."))
family.add(GR_GAUGES, None, why_g.format("java.lang / ClassLoading / LoadedClassCount",
                                         "a loaded-class count, no signature's resource"),
           *gr_mail("ledger-api::app-prod-22", "java.lang / ClassLoading / LoadedClassCount",
                    "Average over the last 30 minutes is greater than or equal to the alert threshold "
                    "of 40000.\n\n", "medium"))
family.add(GR_GAUGES, None,
           "Glowroot gauge alert org.glowroot / FileSystem / <mount> / PercentFull resolved ('is no "
           "longer greater than or equal to'): the condition is over (rule 14)",
           *gr_slack("Glowroot Central EU", "ledger-batch::batch-04",
                     "org.glowroot / FileSystem / \"/var/lib/ledger\" / PercentFull",
                     "Average over the last 5 minutes is no longer greater than or equal to the "
                     "alert threshold of 90 percent.\n\n"))

# ---- SigNoz: rules built from its alert recipes, with the default annotations ----------------
# The rule's name and labels carry the meaning; SigNoz's default description and summary only
# quote the value and the threshold.

SZ_DEFAULTS = ("SigNoz/signoz", "frontend/src/container/CreateAlertRule/defaults.ts",
               "35c5c481460bc20ec0f8e0bdbd37634cacfaf349")
SZ_RECIPES = ("SigNoz/signoz.io", "data/docs/alerts-management/user-guides/example-alerts.mdx",
              "0e8e945ab150a1c968f3f23fd86e5b3ea7d01ff0")


def signoz(name, value, threshold, labels, severity="warning"):
    """A SigNoz rule firing with its default description and summary."""
    lab = {"alertname": name, "severity": severity, "ruleSource": "signoz"}
    lab.update(labels)
    return lab, {
        "description": f"This alert is fired when the defined metric (current value: {value}) "
                       f"crosses the threshold ({threshold})",
        "summary": f"The rule threshold is set to {threshold}, and the observed metric value is "
                   f"{value}"}


why = ("SigNoz recipe 'Alert on high error rate for an endpoint': error spans / all spans of a "
       "route, in percent, above 5 (rule 4)")
family.add(SZ_RECIPES, E, why, *signoz(
    "High error rate for an endpoint", 7.3, 5,
    {"service.name": "checkout", "http.route": "/api/v1/cart/checkout"}, "critical"))
family.add(SZ_RECIPES, E, why, *signoz(
    "checkout-api error rate", 12.8, 5, {"service.name": "checkout-api", "http.route": "/orders"}))
why = ("SigNoz recipe 'Alert on high latency for an endpoint': P99 span duration of an operation "
       "above 1200 ms (rule 4)")
family.add(SZ_RECIPES, L, why, *signoz(
    "High latency for an endpoint", 1873.4, 1200,
    {"service.name": "frontend", "name": "HTTP GET /product"}))
family.add(SZ_RECIPES, L, why, *signoz(
    "P99 latency - payment-service", 2410, 1200,
    {"service.name": "payment-service", "name": "PaymentService/Charge"}, "critical"))
why = ("SigNoz recipe 'Alert on host or pod memory usage': used / total memory of a host above 0.7 "
       "(rule 2)")
family.add(SZ_RECIPES, "out_of_memory", why, *signoz(
    "Host memory usage", 0.86, 0.7, {"host.name": "ip-10-0-3-41"}, "critical"))
why = ("SigNoz recipe 'Alert when request rate drops to zero': a server-span rate below its "
       "threshold is a drop of load, nothing fails or slows")
family.add(SZ_RECIPES, None, why, *signoz(
    "Request rate drops to zero", 0.2, 1, {"service.name": "recommendation"}))
family.add(SZ_RECIPES, None, why, *signoz(
    "ad-service request rate low", 0, 1, {"service.name": "ad-service", "span.kind": "SPAN_KIND_SERVER"}))
why = ("SigNoz recipe 'Alert when a service stops sending data': a no-data alert on "
       "signoz_calls_total, a metric that is not the service's liveness signal (rule 8)")
family.add(SZ_RECIPES, None, why,
           {"alertname": "Service stops sending data", "severity": "critical",
            "service.name": "email-service", "ruleSource": "signoz"},
           {})
why = "SigNoz recipe 'Alert on container CPU usage': k8s.container.cpu_limit_utilization above 0.8, CPU (rule 2)"
family.add(SZ_RECIPES, None, why, *signoz(
    "Container CPU usage", 0.93, 0.8,
    {"k8s.namespace.name": "shop", "k8s.pod.name": "cart-7c9d8f6b5-2xkqp",
     "k8s.container.name": "cart"}))
why = ("SigNoz recipe 'Alert on a spike in error logs': a share of ERROR/FATAL log lines, quoting "
       "no error (rule 8)")
family.add(SZ_RECIPES, None, why, *signoz(
    "Spike in error logs", 9.4, 5, {"service.name": "quote-service"}))
why = ("SigNoz recipe 'Alert when no business events occur': fewer than one 'order placed' log in "
       "60 minutes, a business flow, not a request error or a liveness signal")
family.add(SZ_RECIPES, None, why, *signoz(
    "No business events occur", 0, 1, {"merchant.id": "m-20417"}))
why = ("SigNoz anomaly-detection default (z-score threshold 3): a deviation from the expected value "
       "without a direction or a resource, no signature's symptom")
family.add(SZ_DEFAULTS, None, why, *signoz(
    "frontend calls anomaly", 3.7, 3, {"service.name": "frontend", "ruleType": "anomaly_rule"}))

family.write()
