#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_fired23.jsonl: alerts as they really fired, pasted by the
people who received them into public GitHub issue and pull-request threads (Alertmanager
notifications and alert-bot issues, Grafana and CloudWatch alarms, Icinga/Nagios/Zabbix problem
lines, PagerDuty pages, uptime monitors' messages), from projects the corpus has not used for
this family, next to the look-alikes that must stay null (rule-evaluation failures, failed jobs,
watchdogs, absent series, config reloads, throttling, rollouts that did not finish).

Each item keeps the facts of the alert as it fired (its rule, its state, its labels and values,
the error it quoted) but is our own text: hosts, pods, namespaces and numbers are made up where
the thread redacted or left them out. Provenance is the thread: repo, `issues/N` or `pull/N`,
commit null (POLICY.md, "Provenance"); the project is the repository.

Every item is labelled by hand under tests/fixtures/corpus/POLICY.md (rules 1-17) from the alert's
meaning before the classifier ran on the file; the label is written next to the item.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily  # noqa: E402

family = ProbeFamily("probes_fired23.jsonl")


add = family.add_thread


def page(url, expected, why, labels, annotations=None):
    """An alert quoted on a public web page (an incident log, a journal entry): its project is the
    page's domain."""
    family.add_page(url, expected, f"{url.split('/')[2]}: {why}", labels, annotations)


# ====================================================================== request errors and latency
add("high_error_rate", "PostHog/posthog", 1446, "Grafana alert paging PagerDuty when 500 responses exceed 30",
    {"alertname": "500 responses", "grafana_folder": "app", "environment": "production"},
    {"message": "Number of HTTP 500 responses is 41 in the last 5 minutes (alert above 30)"})
add("high_error_rate", "alphagov/govuk-puppet", 9493, "Icinga check: licensify staging frontend 5xx rate too high",
    {"alertname": "licensify-frontend 5xx rate", "host": "backend-lb-1.staging", "state": "CRITICAL"},
    {"description": "CRITICAL: licensify frontend 5xx rate is 0.21 (critical above 0.1)"}, kind="pull")
add("high_error_rate", "alphagov/govuk-helm-charts", 2567, "High5xxRate of the chat app (503s excluded afterwards)",
    {"alertname": "High5xxRate", "namespace": "apps", "app": "govuk-chat", "severity": "critical"},
    {"summary": "High rate of 5xx responses from govuk-chat", "description": "6.2% of requests to govuk-chat returned 5xx over 5m"}, kind="pull")
add("high_latency", "alphagov/govuk-helm-charts", 2567, "LongRequestDuration of the chat app, moved from PagerDuty to Slack",
    {"alertname": "LongRequestDuration", "namespace": "apps", "app": "govuk-chat", "severity": "warning"},
    {"summary": "Requests to govuk-chat are taking a long time", "description": "p95 request duration of govuk-chat is 21.4s over 10m"}, kind="pull")
add("high_error_rate", "guardian/dotcom-rendering", 3181, "CloudWatch alarm: more than 100 requests a minute answered 5xx for 5 minutes",
    {"alertname": "DCR-PROD-5XX-errors", "metric": "HTTPCode_Target_5XX_Count", "state": "ALARM"},
    {"reason": "Threshold Crossed: 5 datapoints [412.0, 388.0, 350.0, 297.0, 221.0] were greater than the threshold (100.0)."}, kind="pull")

add("high_latency", "govuk-paas/paas-cf", 1095, "Datadog anomaly monitor on the Cloud Controller ELB latency (direction above)",
    {"alertname": "prod Abnormal API Latency - CC", "monitor_type": "query alert", "name": "prod-cf-cc"},
    {"message": "We're experiencing >= 0.3 change in ELB Latency.", "query": "avg(last_15m):anomalies(avg:aws.elb.latency{name:prod-cf-cc}, 'basic', 2, direction='above') > 0.3"}, kind="pull")

# ====================================================================== disks and memory
add("disk_full", "ooni/sysadmin", 156, "incident: 48h trend alert on disk usage fired at 5% free on the metadata DB host",
    {"alertname": "DiskWillFillIn48Hours", "instance": "hkgmetadb.infra.ooni.io:9100", "mountpoint": "/", "severity": "warning"},
    {"summary": "Disk on hkgmetadb.infra.ooni.io will fill in 48 hours", "description": "/ has 9.8 GB free (5%) and is predicted to be full within 48h at the current rate"})
add("disk_full", "Icinga/icinga2", 8435, "reminder Problem notification of the 'disk /' service sent to PagerDuty",
    {"alertname": "disk /", "host": "myserver01", "service": "disk /", "state": "CRITICAL", "notification_type": "PROBLEM"},
    {"output": "DISK CRITICAL - free space: / 1840 MB (4% inode=71%);"})
# A filesystem remounted read-only is not capacity (probes_slo22 decision 4); an RBL listing is reputation.
add(None, "Icinga/icinga2", 8435, "reminder Problem notification of the 'readonly' filesystem check",
    {"alertname": "readonly", "host": "myserver01", "service": "readonly", "state": "CRITICAL", "notification_type": "PROBLEM"},
    {"output": "CRITICAL - / is mounted read-only (errors=remount-ro)"})
add(None, "Icinga/icinga2", 8435, "reminder Problem notification of the rbl-ipv4 check (address listed on a blocklist)",
    {"alertname": "rbl-ipv4", "host": "myserver02", "service": "rbl-ipv4", "state": "CRITICAL", "notification_type": "PROBLEM"},
    {"output": "CRITICAL - 203.0.113.25 BLACKLISTED on 2 servers of 41 (zen.spamhaus.org, b.barracudacentral.org)"})
add("out_of_memory", "3box/3box-pinning-node", 344, "memory alerts on the pinning node kept firing, heap at its 512 MB maximum",
    {"alertname": "PinningNodeMemoryHigh", "service": "ipfs-pinning-node", "env": "prod", "cluster": "prod-ecs"},
    {"description": "Memory utilization of ipfs-pinning-node is 97% of its reservation; Node.js heap used 509 MB of its 512 MB max"}, kind="pull")
add("out_of_memory", "LD4P/sinopia", 216, "ECS task of Trellis stopped because its container ran out of memory",
    {"alertname": "sinopia-dev-trellis task stopped", "cluster": "sinopia-dev", "service": "trellis", "container": "trellis"},
    {"stoppedReason": "OutOfMemoryError: Container killed due to memory usage", "exitCode": "137"})
add("out_of_memory", "scality/metalk8s", 4042, "KubeContainerOOMKilled: container restarted after exceeding its memory limit",
    {"alertname": "KubeContainerOOMKilled", "namespace": "metalk8s-monitoring", "pod": "thanos-query-7d9c7f6b9-8xk2m",
     "container": "thanos-query", "node": "node-2", "severity": "warning"},
    {"summary": "OOMKill Surge: Pod killed by exceeding memory allocation limits (OOMKilled) in last hour.",
     "description": "Container metalk8s-monitoring/thanos-query-7d9c7f6b9-8xk2m/thanos-query in Node node-2 caused Pod restart by have been exceed its memory allocation limit (OOMKilled). This container accumulates a total of 3 restart(s)."}, kind="pull")
add("out_of_memory", "openshift/cluster-monitoring-operator", 676, "MultipleContainersOOMKilled (info): more than 10 OOM kills in 15 minutes",
    {"alertname": "MultipleContainersOOMKilled", "prometheus": "openshift-monitoring/k8s", "severity": "info"},
    {"message": "Multiple containers were out of memory killed within the past 15 minutes."}, kind="pull")

# ====================================================================== replication, certificates, liveness
add("replication_lag", "trimble-oss/dba-dash", 1232, "availability group lag alert: redo queue / redo rate in seconds",
    {"alertname": "AG Lag", "instance": "SQLAG-NODE2", "database": "Orders", "availability_group": "AG-PROD"},
    {"description": "Secondary replica SQLAG-NODE2 is 6 minutes behind the primary for database Orders (redo queue 1.9 GB)"})
add("replication_lag", "PostHog/posthog", 13991, "ClickHouse replication lag alert within the cluster",
    {"alertname": "ClickHouseReplicationLag", "cluster": "posthog", "instance": "ch-replica-3", "table": "sharded_events"},
    {"summary": "ClickHouse replica is lagging", "description": "Replica ch-replica-3 absolute delay is 940s on posthog.sharded_events"})
add("certificate_expiry", "datum-cloud/datum.net", 861, "SSL certificate warning into #prod-warning-alerts 21 days before expiry",
    {"alertname": "SSL certificate expiring", "monitor": "www.datum.net", "channel": "prod-warning-alerts"},
    {"description": "The SSL certificate for www.datum.net expires in 21 days"})
add("certificate_expiry", "department-of-veterans-affairs/notification-api", 130, "Datadog TLS monitor: certificate expiring within 30 days",
    {"alertname": "[notification-api] SSL certificate expiring soon", "env": "prod", "url": "api.notifications.va.gov"},
    {"message": "The TLS certificate of api.notifications.va.gov expires in 29 days (alert 30 days out) @slack-automatic-alerts"})
add("node_down", "input-output-hk/iohk-ops", 59, "Datadog process monitor: cardano-node process is down",
    {"alertname": "Critical: cardano-node process is down", "host": "node-3.cardano", "process": "cardano-node"},
    {"query": "\"process.up\".over(\"cardano-node\",\"process:cardano-node\").by(\"host\",\"process\").last(2).count_by_status()",
     "status": "CRITICAL"}, kind="pull")
add("node_down", "vint21h/nagios-check-supervisord", 5, "check_supervisord: supervisord refuses the connection (rule 11)",
    {"alertname": "supervisord", "host": "app-4", "service": "supervisord", "state": "CRITICAL"},
    {"output": "ERROR: Server communication problem. [Errno 111] Connection refused"})

# ====================================================================== more look-alikes
add(None, "govuk-paas/paas-cf", 1093, "Datadog CPU-load monitor of an EC2 instance (rule 2: CPU)",
    {"alertname": "prod CPU load", "host": "i-0a1b2c3d4e5f", "monitor_type": "metric alert"},
    {"message": "EC2 instance i-0a1b2c3d4e5f has at least 80% CPU usage on average for 30 minutes"}, kind="pull")
# ---------------------------------------------------------------- MIT Open Learning's Grafana alert storm and follow-ups
OL = "mitodl/ol-infrastructure"
add("out_of_memory", OL, 5503, "PodOOMKilledCritical, one of the four rules producing most Rootly pages",
    {"alertname": "PodOOMKilledCritical", "cluster": "applications-production", "namespace": "mitlearn",
     "pod": "celery-worker-5c8d9b7f6-2xkqp", "container": "celery-worker", "severity": "critical", "grafana_folder": "eks-general"},
    {"summary": "Container celery-worker in mitlearn was OOMKilled",
     "description": "Container celery-worker of pod celery-worker-5c8d9b7f6-2xkqp was terminated with reason OOMKilled (exit code 137)"}, kind="pull")
add("crash_loop", OL, 5503, "PodCrashLoopingCritical: churning pods minted new alert instances",
    {"alertname": "PodCrashLoopingCritical", "cluster": "applications-production", "namespace": "mitxonline-openedx",
     "pod": "lms-7f9d8c6b5-kq4zt", "container": "lms", "severity": "critical", "grafana_folder": "eks-general"},
    {"summary": "Pod lms-7f9d8c6b5-kq4zt is crash looping",
     "description": "Container lms restarted 5 times in the last 15 minutes and is in CrashLoopBackOff"}, kind="pull")
# An HPA pinned at min == max replicas is at its maximum by construction: capacity planning, not a resource (rule 2).
add(None, OL, 5072, "HPAAtMaxReplicasCritical firing continuously for an HPA pinned at min = max = 1",
    {"alertname": "HPAAtMaxReplicasCritical", "cluster": "applications-production", "namespace": "mitxonline-openedx",
     "horizontalpodautoscaler": "xqwatcher", "severity": "critical"},
    {"summary": "HPA xqwatcher is at its maximum replica count",
     "description": "HPA mitxonline-openedx/xqwatcher has been at max replicas (1 of 1) for more than 15 minutes"}, kind="pull")
add("high_latency", OL, 4417, "Grafana synthetic monitoring alert: MIT Learn API response time 30% above normal",
    {"alertname": "MIT Learn API response time", "grafana_folder": "grafana-synthetic-monitoring-app", "job": "MIT Learn API",
     "instance": "https://api.learn.mit.edu/api/v1/"},
    {"summary": "Response time of MIT Learn API is 30% greater than normal",
     "description": "Average probe duration 1.84s over the last 10m against a 1.35s baseline"})
# Clock synchronisation: no signature (its impact line is a guess, rule 17).
add(None, "awslabs/amazon-eks-ami", 130, "ClockSyncBroken firing all the time on EKS nodes where NTP never started",
    {"alertname": "ClockSyncBroken", "node": "ip-10-0-0-134.eu-west-1.compute.internal", "severity": "warning"},
    {"summary": "The clock is not being synced.", "impact": "Random things are about to break for our users",
     "detail": "Node: ip-10-0-0-134.eu-west-1.compute.internal"}, kind="pull")
add(None, "deckhouse/deckhouse", 1903, "NTPDaemonOnNodeDoesNotSynchronizeTime fired on 1 ms of drift while chrony slewed",
    {"alertname": "NTPDaemonOnNodeDoesNotSynchronizeTime", "node": "worker-3", "tier": "cluster", "severity_level": "5"},
    {"summary": "NTP daemon on node worker-3 have not synchronized time for too long.",
     "description": "Node worker-3 time differs from the chrony server time by 0.0013 seconds"}, kind="pull")

# ---------------------------------------------------------------- message brokers
add("queue_backlog", "alphagov/govuk-developer-docs", 2751, "Icinga alert: RabbitMQ high number of unprocessed messages on a queue",
    {"alertname": "rabbitmq-high-number-of-unprocessed-messages", "host": "rabbitmq-1.backend", "queue": "email_alert_service",
     "state": "CRITICAL"},
    {"output": "CRITICAL: 2314 messages ready on email_alert_service (critical above 1000)"}, kind="pull")
add("queue_backlog", "stackhpc/stackhpc-kayobe-config", 709, "RabbitMQ ready messages above a threshold (consumers not keeping up)",
    {"alertname": "RabbitMQTooManyReadyMessages", "instance": "controller-1:15692", "queue": "notifications.info", "vhost": "/",
     "severity": "warning"},
    {"description": "RabbitMQ has 18342 ready messages on queue notifications.info on controller-1:15692"}, kind="pull")
add("fd_exhaustion", "stackhpc/stackhpc-kayobe-config", 709, "RabbitMQFileDescriptorsUsage: open fds above 90% of the maximum",
    {"alertname": "RabbitMQFileDescriptorsUsage", "instance": "controller-2:15692", "severity": "warning"},
    {"description": "RabbitMQ file descriptors usage on controller-2:15692 is 93% (60917 of 65536)"}, kind="pull")

# ---------------------------------------------------------------- connection pools
add("connection_pool_exhaustion", "pulibrary/princeton_ansible", 6016, "Honeybadger fault: the application's Postgres pool overrun on staging",
    {"alertname": "Honeybadger fault", "project": "orangelight-staging", "environment": "staging", "class": "ActiveRecord::ConnectionTimeoutError"},
    {"message": "ActiveRecord::ConnectionTimeoutError: could not obtain a connection from the pool within 5.000 seconds (waited 5.002 seconds); all pooled connections were in use"})
add("connection_pool_exhaustion", "pgsty/pigsty", 682, "PostgresConnUsageHigh: connection usage above 70% of max_connections",
    {"alertname": "PostgresConnUsageHigh", "cls": "pg-meta", "ins": "pg-meta-1", "instance": "10.10.10.10:9630", "level": "1",
     "severity": "WARN"},
    {"summary": "WARN PostgresConnUsageHigh pg-meta-1@10.10.10.10:9630 76%",
     "description": "pg_connection_usage[ins=pg-meta-1, ip=10.10.10.10] = 76% > 70%"}, kind="pull")

# ---------------------------------------------------------------- incident logs and journals on web pages
OCR = "https://oncallready.polsia.app/runbooks/"
page(OCR + "queue-backlog", "queue_backlog", "example incident log: queue depth alert on email-send-queue (consumer stalled)",
     {"alertname": "QueueBacklog", "queue": "email-send-queue", "source": "sqs"},
     {"description": "Queue backlog: email-send-queue depth 4,821 messages"})
page(OCR + "memory-exhaustion", "out_of_memory", "example incident log: memory usage alert on an API server",
     {"alertname": "HighMemoryUsage", "host": "api-server-2", "severity": "critical"},
     {"description": "Memory usage 94% on api-server-2"})
page("https://jt.houk.space/journal/2026-03-04", "queue_backlog", "engineering journal: SEV-3 reporting consumer lag (third occurrence), resolved by redeploy",
     {"alertname": "Reporting Consumer Lag", "severity": "SEV-3", "service": "reporting-consumer", "topic": "sales-events"},
     {"description": "Kafka consumer group reporting-consumer is 184k messages behind on sales-events"})
page("http://mikesisk.com/", "out_of_memory", "blog: a development server crashed after its swap partition filled up",
     {"alertname": "SwapFull", "host": "dev-app-12", "severity": "critical"},
     {"description": "Swap usage on dev-app-12 is 100% (16 GiB of 16 GiB)"})

# ---------------------------------------------------------------- deployments, backups, cluster health, domains (rules 5, 9, 10)
add(None, "gitpod-io/gitpod", 14045, "ArgoCD application stuck OutOfSync, alert sent to the owning team's channel",
    {"alertname": "ArgoCDAppOutOfSync", "name": "server-prod", "team": "webapp", "environment": "production", "sync_status": "OutOfSync",
     "severity": "warning"},
    {"summary": "ArgoCD application server-prod has been OutOfSync for more than 30 minutes"}, kind="pull")
add(None, "keiretsu-labs/kubernetes-manifests", 2748, "VeleroScheduleLastBackupFailed: the newest backup of a schedule PartiallyFailed",
    {"alertname": "VeleroScheduleLastBackupFailed", "schedule": "bhaiya-backup", "backup": "bhaiya-backup-20260905080000",
     "phase": "PartiallyFailed", "cluster": "ottawa", "severity": "warning"},
    {"summary": "Latest Velero backup of schedule bhaiya-backup did not complete",
     "description": "Backup bhaiya-backup-20260905080000 is PartiallyFailed (2 errors)"}, kind="pull")
add(None, "keiretsu-labs/kubernetes-manifests", 2685, "Velero stale-success guard: no successful backup for 36 hours",
    {"alertname": "VeleroBackupStale", "schedule": "daily-cluster", "cluster": "ottawa", "severity": "warning"},
    {"summary": "No successful Velero backup in 36h", "description": "Last successful backup of daily-cluster finished 38h ago"}, kind="pull")
add(None, "canonical/opensearch-operator", 506, "OpenSearchClusterYellow: replica shards not allocated for 20 minutes",
    {"alertname": "OpenSearchClusterYellow", "cluster": "opensearch-prod", "juju_application": "opensearch", "severity": "warning"},
    {"summary": "Cluster health status is YELLOW",
     "message": "Cluster opensearch-prod health status has been YELLOW for at least 20m. Some cluster replicas shards are not allocated."}, kind="pull")
add(None, "nwesterhausen/domain-monitor", 81, "daily e-mail alert for a domain within a few days of its registration expiry",
    {"alertname": "Domain expiring", "domain": "example-shop.net", "registrar": "Namecheap"},
    {"subject": "Domain Monitor: example-shop.net expires soon", "body": "example-shop.net will expire in 4 days"})
add(None, "cisagov/manage.get.gov", 3675, "pre-expiration e-mail to domain managers 7 days before the .gov domain expires",
    {"alertname": "DomainExpirationReminder", "domain": "cityofexample.gov", "days_before": "7"},
    {"subject": "Your .gov domain expires in 7 days", "body": "The domain cityofexample.gov will expire on 2025-04-30. Renew it to keep it active."})

# ---------------------------------------------------------------- dead-letter queues (rule 12) next to a real backlog
add(None, "govuk-one-login/authentication-api", 5470, "CloudWatch alarm on the e-mail notification DLQ (12 undeliverable messages)",
    {"alertname": "email-notification-dlq-messages", "queue": "production-email-notification-dlq", "state": "ALARM", "namespace": "AWS/SQS"},
    {"reason": "Threshold Crossed: 1 datapoint [12.0] was greater than or equal to the threshold (10.0).",
     "description": "Messages on the email notification dead letter queue"}, kind="pull")
add(None, "nasa/cumulus-orca", 220, "dead-letter queue not-empty alarm of the staged recovery queue",
    {"alertname": "orca-staged-recovery-deadletter-queue-not-empty-alarm", "metric": "ApproximateNumberOfMessagesVisible", "state": "ALARM"},
    {"description": "Items are on the orca-staged-recovery-deadletter-queue queue"}, kind="pull")
add(None, "denoland/deno_registry2", 107, "CloudWatch alarm on visible messages in the build dead letter queue",
    {"alertname": "deno-registry2-prod-total-build-dlq-3f2a", "metric": "ApproximateNumberOfMessagesVisible", "state": "ALARM"},
    {"reason": "Threshold Crossed: 1 datapoint [31.0] was greater than the threshold (25.0)."}, kind="pull")
add("queue_backlog", "denoland/deno_registry2", 107, "CloudWatch alarm on old messages waiting in the build queue",
    {"alertname": "deno-registry2-prod-build-queue-age-3f2a", "metric": "ApproximateAgeOfOldestMessage", "queue": "deno-registry2-prod-build-queue",
     "state": "ALARM"},
    {"reason": "Threshold Crossed: 1 datapoint [1264.0] was greater than the threshold (600.0).",
     "description": "Oldest message in the build queue has been waiting for more than 10 minutes"}, kind="pull")

# ---------------------------------------------------------------- replication stopped or broken (rule 5)
add(None, "DataDog/dd-agent", 640, "agent event: the MySQL slave stopped replicating on an SQL error",
    {"alertname": "MySQL replication error", "host": "db-slave-2", "source": "mysql"},
    {"title": "MySQL replication error on db-slave-2",
     "text": "Last_SQL_Error: Error 'Duplicate entry '48213' for key 'PRIMARY'' on query. Default database: 'shop'"}, kind="pull")
add(None, "open-craft/ansible-playbooks", 134, "MySQL replica alert after STOP SLAVE: the replica is marked down",
    {"alertname": "MySQLReplicaNotRunning", "instance": "mysql-replica-2:9104", "job": "mysql", "severity": "critical"},
    {"summary": "MySQL replication is not running on mysql-replica-2",
     "description": "mysql_slave_status_slave_sql_running is 0 on mysql-replica-2 for 10 minutes"}, kind="pull")
# Interface drops counted by the capture tool: a link fault (rule 16).
add(None, "ntop/ntopng", 1677, "ntopng alert: interface drops above 10% of the traffic",
    {"alertname": "Interface Packet Drops", "interface": "eth1", "host": "probe-1"},
    {"description": "Too many packets dropped on interface eth1: 12.4% of the received packets in the last minute (threshold 10%)"})

# ---------------------------------------------------------------- databases: deadlocks, slow queries, wraparound
SUMO = "SumoLogic/sumologic-documentation"
add("deadlock", SUMO, 5287, "Sumo Logic PostgreSQL (OpenTelemetry) monitor: deadlocks detected",
    {"alertname": "Postgresql- High Rate Deadlock", "db_cluster": "orders-pg", "postgresql.database.name": "orders", "severity": "Critical"},
    {"description": "This alert is triggered when deadlocks in a Postgres instance are detected.", "value": "Count 3 (>= 1)"}, kind="pull")
add("high_latency", SUMO, 5287, "Sumo Logic PostgreSQL monitor: the instance is executing slow queries",
    {"alertname": "PostgreSQL - SlowQueries Alert", "db_cluster": "orders-pg", "severity": "Warning"},
    {"description": "This alert gets triggered when we detect that the PostgreSQL instance is executing slow queries.", "value": "Count 9 (> 5)"}, kind="pull")
add("node_down", SUMO, 5287, "Sumo Logic PostgreSQL monitor: the Postgres instance is down",
    {"alertname": "PostgreSQL - Instance Down Alert", "db_cluster": "orders-pg", "host": "pg-orders-2", "severity": "Critical"},
    {"description": "This alert gets triggered when the Postgres instance is down."}, kind="pull")
add("deadlock", "erikdarlingdata/PerformanceMonitor", 2713, "Postgres Deadlocks alert from the collected pg_deadlocks telemetry",
    {"alertname": "Postgres Deadlocks", "server": "pg-prod-01", "database": "inventory"},
    {"description": "2 deadlocks detected on pg-prod-01 (inventory) in the last 5 minutes"}, kind="pull")
# Transaction-ID age is wraparound, not a capacity (rule 2).
add(None, "cozystack/cozystack", 558, "CloudNativePG PGDatabaseXidAge (description and threshold disagree on the number)",
    {"alertname": "PGDatabaseXidAge", "namespace": "tenant-a", "pod": "postgres-app-1", "datname": "app", "severity": "warning"},
    {"summary": "Number of transactions from the frozen XID to the current one",
     "description": "Over 150,000,000 transactions from frozen xid on pod postgres-app-1"}, kind="pull")

# ---------------------------------------------------------------- name resolution
add("dns_failure", "govuk-paas/paas-cf", 1764, "DNS resolution alert: more than 10% of resolution probes failed in 15 minutes",
    {"alertname": "DNSResolutionWorking", "deployment": "staging", "instance": "api/2"},
    {"summary": "DNS resolution is failing on api/2", "description": "23% of DNS resolution probes from api/2 failed in the last 15 minutes"}, kind="pull")
add("dns_failure", "metalmatze/alertmanager-bot", 57, "bot log alert: the alertmanager host name does not resolve",
    {"alertname": "AlertmanagerBotErrors", "container": "alertmanager-bot", "host": "ops-docker-1"},
    {"description": "failed to get status ... Get http://alertmanager:9093/api/v1/status: dial tcp: lookup alertmanager on 127.0.0.11:53: no such host"})

# ---------------------------------------------------------------- rate limits quoted by log alerts (rules 3, 8)
add("rate_limited", "forseti-security/forseti-security", 3356, "log-based alert on the notifier's Slack webhook answers: 429",
    {"alertname": "ForsetiNotifierErrors", "project": "forseti-prod", "logName": "projects/forseti-prod/logs/forseti"},
    {"description": "[forseti-security][2.23.0] google.cloud.forseti.notifier.notifiers.slack_webhook(_send): <Response [429]> (37 times in 10m)"})
add("rate_limited", "Uninett/nav", 2170, "alert engine stops dispatching: Slack answers 429 TOO MANY REQUESTS",
    {"alertname": "AlertEngineDispatchFailed", "host": "nav.example.net", "dispatcher": "SlackDispatcher"},
    {"description": "Slack webhook returned 429 TOO MANY REQUESTS; dispatcher SlackDispatcher blacklisted, 212 notifications queued"})

# ---------------------------------------------------------------- load balancers and HTTP errors
add("high_error_rate", "CMSgov/beneficiary-fhir-data", 88, "CloudWatch metric-filter alarm: HTTP 500 errors detected over 5 minutes",
    {"alertname": "bfd-test-http-500", "namespace": "bfd-test/bfd-server", "metric": "http-requests/count/http-500", "state": "ALARM"},
    {"description": "HTTP 500 Errors detected in APP-ENV: bfd-test over a 5m period.",
     "reason": "Threshold Crossed: 1 datapoint [14.0] was greater than or equal to the threshold (1.0)."}, kind="pull")
# The load balancer refusing connections at its own maximum: a full pool (rules 7, 17).
add("connection_pool_exhaustion", "fourTheorem/slic-watch", 87, "ALB alarm on RejectedConnectionCount (load balancer at its maximum connections)",
    {"alertname": "LoadBalancer RejectedConnectionCount", "LoadBalancer": "app/shop-prod/5f2c1d0e9a8b7c6d", "namespace": "AWS/ApplicationELB",
     "state": "ALARM"},
    {"description": "The number of connections that were rejected because the load balancer had reached its maximum number of connections: 184 in 5 minutes"}, kind="pull")
add("node_down", "fourTheorem/slic-watch", 87, "ALB alarm on UnHealthyHostCount (targets failing health checks)",
    {"alertname": "LoadBalancer UnHealthyHostCount", "TargetGroup": "targetgroup/shop-api/1a2b3c4d5e6f7a8b", "namespace": "AWS/ApplicationELB",
     "state": "ALARM"},
    {"description": "The number of targets that are considered unhealthy: 2 of 3"}, kind="pull")

# ---------------------------------------------------------------- restarts: loops, and a deploy counted as restarts (rules 9, 15)
add("crash_loop", "kubermatic/kubermatic", 1024, "pod restarts alert: the machine controller restarted 5-7 times an hour",
    {"alertname": "KubePodRestartingTooMuch", "namespace": "kube-system", "pod": "machine-controller-6f8d7c9b5-x2kqp", "severity": "warning"},
    {"message": "Pod kube-system/machine-controller-6f8d7c9b5-x2kqp restarted 6 times in the last hour"}, kind="pull")
add("crash_loop", "nasa/harmony", 598, "PodRestartAlert: more than 3 restarts in 5 minutes",
    {"alertname": "PodRestartAlert", "namespace": "harmony", "pod": "query-cmr-7c9d8f6b5d-4kq2s", "container": "worker", "severity": "warning"},
    {"summary": "AlertManager has detected Pods in multiple restarting state."}, kind="pull")
add(None, "hyperlane-xyz/hyperlane-monorepo", 782, "pod restart alert fired by a deploy that recreated the pod (CPU counter resets counted as restarts)",
    {"alertname": "PodRestarted", "namespace": "testnet", "pod": "arbitrum-abacus-agent-validator-0", "grafana_folder": "agents"},
    {"description": "Pod arbitrum-abacus-agent-validator-0 started 1 time in the last 10 minutes (container_cpu_usage_seconds_total reset) after the rollout of release v0.4.2"})
# Temperatures and certificates' readiness: no signature (rules 5 and 9).
add(None, "dappnode/DNP_DAPPMANAGER", 1841, "temperature daemon notification: CPU above 95 C five times in the last hour",
    {"alertname": "cpu-temperature-warning", "host": "dappnode-nuc"},
    {"title": "CPU temperature is too high", "body": "The CPU temperature of your DAppNode has been above 95 C 5 times in the last hour"}, kind="pull")
add(None, "Qovery/console", 2972, "alert preset: a cert-manager Certificate whose Ready condition is false",
    {"alertname": "Certificate not ready", "service": "front-end", "namespace": "z7f3a1c2e", "name": "front-end-tls"},
    {"description": "kube_certmanager_certificate_condition{condition=\"Ready\"} == 0 for certificate front-end-tls"}, kind="pull")
add(None, "leptonai/gpud", 242, "dmesg component: EDAC correctable memory read errors on a GPU node",
    {"alertname": "EDACCorrectableErrors", "node": "gpu-node-17", "component": "memory"},
    {"description": "[...] EDAC MC1: 128 CE memory read error on CPU_SrcID#1_Ha#0_Chan#1_DIMM#1"}, kind="pull")

# A reconciliation suspended by an operator is planned work (rule 9), not a failure of anything.
add(None, "tyriis/home-ops", 30, "Slack notification pasted: a HelmRelease's reconciliation suspended for fifteen minutes",
    {"alertname": "ReconcilatonSuspended", "exported_namespace": "authentik-system", "kind": "HelmRelease", "name": "authentik",
     "prometheus": "observability/prometheus-prometheus", "severity": "warning"},
    {"summary": "HelmRelease authentik-system/authentik reconciliation has been suspended for more than fifteen minutes."})

# absent() of the agent's own `up` series: a no-data alert on its liveness signal (rule 8).
add("node_down", "SigNoz/signoz", 1463, "agent-down alert written as absent(up{...}) on the collector's own up series",
    {"alertname": "OtelCollectorAbsent", "host_name": "my-machine-hostname", "job": "otel-collector", "severity": "critical"},
    {"summary": "otel-collector on my-machine-hostname is not reporting",
     "description": "absent(up{host_name=\"my-machine-hostname\",job=\"otel-collector\"}) has been true for 5 minutes: the agent is down"})

# ====================================================================== look-alikes that stay null
# Rule evaluation failures: Prometheus failing to evaluate its own rules (rule 16, a monitor's own failure).
add(None, "soharaki/test", 6, "github-receiver issue: PrometheusRuleFailures of the kubernetes.rules group on OpenShift",
    {"alertname": "PrometheusRuleFailures", "container": "prometheus-proxy", "endpoint": "web", "instance": "10.128.0.29:9091",
     "job": "prometheus-k8s", "namespace": "openshift-monitoring", "pod": "prometheus-k8s-0",
     "rule_group": "/etc/prometheus/rules/prometheus-k8s-rulefiles-0/openshift-monitoring-prometheus-k8s-rules.yaml;kubernetes.rules",
     "service": "prometheus-k8s", "severity": "critical"}, {})

family.write()
