#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_queue22.jsonl: job-queue metrics of two exporters that no
corpus used yet, as the alerts written on them fire — Sidekiq's metrics as
sidekiq-prometheus-exporter documents them (its README's metric table) and asynq's queue
metrics as its Prometheus collector describes them (x/metrics/metrics.go) — with the look-alikes
that share their words: dead, retried, scheduled, archived and completed jobs, failed jobs,
throughput, a job running too long, a recurring job that did not run, a paused queue.

What the family tests: backlog worded as a job system words it ("latency" meaning the age of the
oldest waiting job, "enqueued", "pending", "queue size"), next to the same system's other job
counts that are not work waiting for a consumer.

Frames: each item is a Prometheus rule on one documented metric, rendered as Alertmanager delivers
it (alertname, severity, the metric's labels `name`/`queue`/`state`, job, instance, namespace),
its summary ours and its description quoting the metric's documented help text. The alert names,
thresholds and label values are made up; the metric names, label names and help texts are the
sources' own.

Labels, decided by hand under POLICY.md before the classifier ran on the file:
- `queue_backlog` (rules 4, 12): Sidekiq's `sidekiq_queue_latency_seconds` (seconds since the
  oldest job was pushed to the queue), `sidekiq_queue_enqueued_jobs` and `sidekiq_enqueued_jobs`
  (enqueued jobs); asynq's `asynq_queue_latency_seconds` (the oldest pending task waiting to be
  processed), `asynq_queue_size` (tasks in a queue: queue depth) and `asynq_tasks_enqueued_total`
  with `state="pending"` or `state="active"` (rule 12 names active and pending jobs).
- `node_down` (rule 7): `sidekiq_processes` at zero (a process count of zero).
- `null`: dead jobs and asynq's archived tasks (dead-lettered, rule 12), jobs waiting for their
  next retry and asynq's `retry` state (retried jobs, rule 12), scheduled jobs and asynq's
  `scheduled` state (work for later, rule 12), asynq's `completed` state (retained finished
  tasks), failed jobs and a failed/processed ratio (rule 10: failed jobs are not requests), a drop
  in processed jobs (throughput), `sidekiq_queue_max_processing_time_seconds` (the oldest job of a
  queue *executing* for a long time: the job's own run, rule 10), a sidekiq-scheduler recurring job
  that has not run for a while (a job that did not run, as probes_rules20's backup job), and a
  paused asynq queue (an operator's action, rule 9).

Left out (rule 6): `sidekiq_busy_workers` against `sidekiq_workers` (worker utilisation: a pool's
utilisation or CPU-like load? as Puma thread utilisation in probes_rules20), `sidekiq_workers` at
zero (no worker threads while processes may run), `asynq_queue_memory_usage_approx_bytes` over a
fixed threshold (a memory figure with no stated limit, rule 8), `sidekiq_cron_jobs` and
`sidekiq_scheduler_enabled_jobs` (configuration counts).
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily  # noqa: E402

SK = ("Strech/sidekiq-prometheus-exporter", "README.md", "01c359454b994468c852f50d2c709f09ca6d8396")
AQ = ("hibiken/asynq", "x/metrics/metrics.go", "2be092891b9853fa88d2ca429801a4cb5938ae94")

Q = "queue_backlog"
N = "node_down"
NULL = None

HELP_SK = {
    "latency": "The number of seconds between oldest job being pushed to the queue and current time",
    "q_enq": "The number of enqueued jobs in the queue",
    "enq": "The number of enqueued jobs",
    "dead": "The number of jobs being dead",
    "retry": "The number of jobs scheduled for the next try",
    "sched": "The number of jobs scheduled for a future execution",
    "failed": "The total number of failed jobs",
    "processed": "The total number of processed jobs",
    "maxproc": "The number of seconds between oldest job of the queue being executed and current time",
    "procs": "The number of processes",
    "lastrun": "The number of minutes since the last recurring job was executed and current time",
}
HELP_AQ = {
    "latency": "Number of seconds the oldest pending task is waiting in pending state to be processed.",
    "size": "Number of tasks in a queue",
    "enq": "Number of tasks enqueued; broken down by queue and state.",
    "failed": "Number of tasks failed; broken down by queue",
    "processed": "Number of tasks processed (both succeeded and failed); broken down by queue",
    "paused": "Number of queues paused",
}


def sk(ns, extra=None):
    labels = {"job": "sidekiq-exporter", "instance": "sidekiq-exporter.%s.svc:9292" % ns,
              "namespace": ns, "service": "sidekiq-exporter"}
    labels.update(extra or {})
    return labels


def aq(ns, extra=None):
    labels = {"job": "asynq-metrics", "instance": "asynq-exporter.%s.svc:2112" % ns,
              "namespace": ns, "service": "asynq-exporter"}
    labels.update(extra or {})
    return labels


# (src, expected, reason, alertname, severity, labels, summary, description)
ITEMS = [
    # --- Sidekiq: queue_backlog ---
    (SK, Q, "sidekiq_queue_latency_seconds: age of the oldest job waiting in the queue",
     "SidekiqQueueLatencyHigh", "warning", sk("shop", {"name": "default"}),
     "Sidekiq queue default latency is high",
     "sidekiq_queue_latency_seconds{name=\"default\"} = 742s (threshold 300s). "
     + HELP_SK["latency"] + "."),
    (SK, Q, "sidekiq_queue_latency_seconds over 15 minutes on the mailers queue",
     "SidekiqQueueLatency", "critical", sk("billing", {"name": "mailers"}),
     "Jobs in Sidekiq queue mailers are waiting too long",
     "The oldest job in queue mailers was pushed 1312 seconds ago (> 900s for 10m)."),
    (SK, Q, "sidekiq_queue_latency_seconds phrased as the queue's latency only",
     "SidekiqLatency", "warning", sk("search", {"name": "indexing"}),
     "Sidekiq latency on indexing is 184s",
     "Queue indexing: " + HELP_SK["latency"] + " is 184 (threshold 120)."),
    (SK, Q, "sidekiq_queue_latency_seconds across all queues",
     "SidekiqJobsWaiting", "critical", sk("platform", {"name": "critical"}),
     "Sidekiq jobs not being picked up",
     "Queue critical has not been drained: oldest job pushed 46m ago, no worker has picked it up."),
    (SK, Q, "sidekiq_queue_enqueued_jobs per queue above a threshold",
     "SidekiqQueueSize", "warning", sk("shop", {"name": "default"}),
     "Sidekiq queue default has 18233 jobs",
     "sidekiq_queue_enqueued_jobs{name=\"default\"} = 18233 > 10000. " + HELP_SK["q_enq"] + "."),
    (SK, Q, "sidekiq_queue_enqueued_jobs growing",
     "SidekiqQueueGrowing", "warning", sk("media", {"name": "thumbnails"}),
     "Sidekiq queue thumbnails keeps growing",
     "Enqueued jobs in queue thumbnails grew by 5410 over the last 30 minutes (now 7702)."),
    (SK, Q, "sidekiq_queue_enqueued_jobs on a low-priority queue",
     "SidekiqQueueDepth", "info", sk("analytics", {"name": "low"}),
     "Sidekiq queue low depth above 50000",
     "Queue low holds 61870 enqueued jobs. " + HELP_SK["q_enq"] + "."),
    (SK, Q, "sidekiq_enqueued_jobs (all queues)",
     "SidekiqEnqueuedJobsHigh", "warning", sk("shop"),
     "Too many enqueued Sidekiq jobs",
     "sidekiq_enqueued_jobs = 25114 (threshold 20000) for 15m. " + HELP_SK["enq"] + "."),
    (SK, Q, "sidekiq_enqueued_jobs as a backlog without the word queue",
     "SidekiqBacklog", "critical", sk("billing"),
     "Sidekiq backlog is 41230 jobs",
     "41230 jobs are enqueued and waiting for a Sidekiq worker."),
    (SK, Q, "sidekiq_queue_latency_seconds as time spent waiting in the queue",
     "SidekiqTimeInQueue", "warning", sk("search", {"name": "searchkick"}),
     "Jobs spend too long in Sidekiq queue searchkick",
     "Time in queue for searchkick is 9m 12s (sidekiq_queue_latency_seconds > 300 for 10m)."),
    (SK, Q, "sidekiq_queue_latency_seconds, a Grafana-managed rule's wording",
     "Sidekiq queue latency", "critical",
     sk("shop", {"name": "default", "grafana_folder": "Sidekiq", "rulename": "Sidekiq queue latency"}),
     "Sidekiq queue latency above 10 minutes",
     "[FIRING:1] Sidekiq queue latency (default) - B=641.2: oldest job pushed to default 641s ago."),
    (SK, Q, "sidekiq_queue_enqueued_jobs described as jobs waiting",
     "SidekiqJobsWaitingInQueue", "warning", sk("media", {"name": "uploads"}),
     "4818 jobs waiting in Sidekiq queue uploads",
     "Queue uploads: 4818 enqueued jobs waiting for workers for more than 20 minutes."),
    # --- Sidekiq: look-alikes ---
    (SK, N, "sidekiq_processes == 0: no Sidekiq process (process count zero, rule 7)",
     "SidekiqProcessesDown", "critical", sk("shop"),
     "No Sidekiq processes running",
     "sidekiq_processes = 0 for 5m. " + HELP_SK["procs"] + "."),
    (SK, NULL, "sidekiq_dead_jobs: dead jobs (dead-lettered, rule 12)",
     "SidekiqDeadJobs", "warning", sk("shop"),
     "Sidekiq dead set has 312 jobs",
     "sidekiq_dead_jobs = 312 > 100. " + HELP_SK["dead"] + "."),
    (SK, NULL, "sidekiq_dead_jobs increase",
     "SidekiqDeadJobsIncreasing", "warning", sk("billing"),
     "New jobs in the Sidekiq dead set",
     "27 jobs moved to the dead set in the last hour after exhausting their retries."),
    (SK, NULL, "sidekiq_retry_jobs: jobs scheduled for their next try (rule 12)",
     "SidekiqRetryJobsHigh", "warning", sk("media"),
     "Sidekiq retry set is large",
     "sidekiq_retry_jobs = 1480 > 1000. " + HELP_SK["retry"] + "."),
    (SK, NULL, "sidekiq_scheduled_jobs: work for later (rule 12)",
     "SidekiqScheduledJobs", "info", sk("shop"),
     "Sidekiq scheduled set above 20000",
     "sidekiq_scheduled_jobs = 23511. " + HELP_SK["sched"] + "."),
    (SK, NULL, "increase of sidekiq_failed_jobs_total (failed jobs, rule 10)",
     "SidekiqJobsFailing", "warning", sk("billing"),
     "Sidekiq jobs are failing",
     "94 Sidekiq jobs failed in the last 10 minutes (increase of sidekiq_failed_jobs_total). "
     + HELP_SK["failed"] + "."),
    (SK, NULL, "rate of sidekiq_processed_jobs_total dropped (throughput)",
     "SidekiqThroughputDropped", "warning", sk("shop"),
     "Sidekiq processed jobs rate dropped",
     "Processed jobs per minute fell to 12 (7-day average at this hour: 840). "
     + HELP_SK["processed"] + "."),
    (SK, NULL, "sidekiq_processed_jobs_total not increasing (throughput)",
     "SidekiqNoJobsProcessed", "info", sk("analytics"),
     "No Sidekiq jobs processed",
     "sidekiq_processed_jobs_total has not increased for 30 minutes."),
    (SK, NULL, "sidekiq_queue_max_processing_time_seconds: a job executing for long (its own run, rule 10)",
     "SidekiqLongRunningJob", "warning", sk("media", {"name": "transcode"}),
     "Sidekiq job in queue transcode running for 2h",
     "sidekiq_queue_max_processing_time_seconds{name=\"transcode\"} = 7260. " + HELP_SK["maxproc"] + "."),
    (SK, NULL, "sidekiq_queue_max_processing_time_seconds on another queue",
     "SidekiqQueueMaxProcessingTime", "warning", sk("billing", {"name": "invoices"}),
     "Oldest running job in queue invoices exceeds 30m",
     "The oldest job of queue invoices started executing 2214 seconds ago."),
    (SK, NULL, "sidekiq_scheduler_time_since_last_run_minutes: a recurring job that did not run",
     "SidekiqSchedulerJobNotRun", "warning", sk("shop", {"name": "NightlyReportJob"}),
     "Recurring job NightlyReportJob has not run",
     "sidekiq_scheduler_time_since_last_run_minutes{name=\"NightlyReportJob\"} = 1570 (> 1500). "
     + HELP_SK["lastrun"] + "."),
    # --- asynq: queue_backlog ---
    (AQ, Q, "asynq_queue_latency_seconds: oldest pending task waiting to be processed",
     "AsynqQueueLatencyHigh", "warning", aq("notify", {"queue": "default"}),
     "asynq queue default latency high",
     "asynq_queue_latency_seconds{queue=\"default\"} = 431 (> 300). " + HELP_AQ["latency"]),
    (AQ, Q, "asynq_queue_latency_seconds on the critical queue",
     "AsynqCriticalQueueLatency", "critical", aq("payments", {"queue": "critical"}),
     "Tasks in asynq queue critical waiting over 2 minutes",
     "Oldest pending task in queue critical has been waiting 168s to be processed."),
    (AQ, Q, "asynq_queue_latency_seconds worded as latency",
     "AsynqLatency", "warning", aq("crawler", {"queue": "fetch"}),
     "asynq latency 95s on queue fetch",
     "Queue fetch latency is 95s for 10m."),
    (AQ, Q, "asynq_queue_size: tasks in a queue (queue depth)",
     "AsynqQueueSizeHigh", "warning", aq("notify", {"queue": "emails"}),
     "asynq queue emails has 52018 tasks",
     "asynq_queue_size{queue=\"emails\"} = 52018 > 50000. " + HELP_AQ["size"] + "."),
    (AQ, Q, "asynq_queue_size growing",
     "AsynqQueueGrowing", "warning", aq("crawler", {"queue": "parse"}),
     "asynq queue parse growing",
     "Number of tasks in queue parse increased by 12950 in 1h (deriv > 0 for 30m)."),
    (AQ, Q, "asynq_tasks_enqueued_total{state=\"pending\"}",
     "AsynqPendingTasksHigh", "warning", aq("notify", {"queue": "default", "state": "pending"}),
     "Too many pending asynq tasks in default",
     "asynq_tasks_enqueued_total{queue=\"default\",state=\"pending\"} = 9120 > 5000. " + HELP_AQ["enq"]),
    (AQ, Q, "pending tasks without the word queue",
     "AsynqPendingTasks", "critical", aq("payments", {"queue": "critical", "state": "pending"}),
     "3411 pending tasks in critical",
     "3411 tasks are pending and have not been picked up by a worker for 15m."),
    (AQ, Q, "asynq_tasks_enqueued_total{state=\"active\"} (rule 12: active jobs)",
     "AsynqActiveTasksHigh", "warning", aq("crawler", {"queue": "fetch", "state": "active"}),
     "asynq active tasks in fetch above 500",
     "asynq_tasks_enqueued_total{queue=\"fetch\",state=\"active\"} = 742. " + HELP_AQ["enq"]),
    (AQ, Q, "asynq_queue_latency_seconds on the low-priority queue",
     "AsynqLowQueueLatency", "info", aq("notify", {"queue": "low"}),
     "Tasks waiting 12m in asynq queue low",
     "The oldest pending task in queue low has been waiting 731 seconds (threshold 600s)."),
    (AQ, Q, "asynq_queue_size as queue depth",
     "AsynqQueueDepth", "critical", aq("payments", {"queue": "default"}),
     "asynq queue depth 120k in default",
     "Queue default depth is 120344 tasks (asynq_queue_size > 100000 for 15m)."),
    (AQ, Q, "pending tasks in another queue",
     "AsynqPendingTasksHigh", "warning", aq("crawler", {"queue": "low", "state": "pending"}),
     "Too many pending asynq tasks in low",
     "asynq_tasks_enqueued_total{queue=\"low\",state=\"pending\"} = 27411 > 5000. " + HELP_AQ["enq"]),
    # --- asynq: look-alikes ---
    (AQ, NULL, "state=\"archived\": tasks archived after their retries (dead-lettered, rule 12)",
     "AsynqArchivedTasks", "warning", aq("notify", {"queue": "default", "state": "archived"}),
     "asynq archived tasks in default",
     "asynq_tasks_enqueued_total{queue=\"default\",state=\"archived\"} = 214 > 100. " + HELP_AQ["enq"]),
    (AQ, NULL, "archived tasks increasing",
     "AsynqArchivedTasksIncreasing", "warning", aq("payments", {"queue": "critical", "state": "archived"}),
     "New archived tasks in queue critical",
     "18 tasks were archived in queue critical in the last 30 minutes."),
    (AQ, NULL, "state=\"retry\": tasks waiting for a retry (rule 12)",
     "AsynqRetryTasks", "warning", aq("crawler", {"queue": "fetch", "state": "retry"}),
     "asynq retry tasks in fetch",
     "asynq_tasks_enqueued_total{queue=\"fetch\",state=\"retry\"} = 1288 > 1000. " + HELP_AQ["enq"]),
    (AQ, NULL, "state=\"scheduled\": work for later (rule 12)",
     "AsynqScheduledTasks", "info", aq("notify", {"queue": "emails", "state": "scheduled"}),
     "asynq scheduled tasks in emails",
     "asynq_tasks_enqueued_total{queue=\"emails\",state=\"scheduled\"} = 40211. " + HELP_AQ["enq"]),
    (AQ, NULL, "state=\"completed\": retained finished tasks",
     "AsynqCompletedTasksRetained", "info", aq("crawler", {"queue": "parse", "state": "completed"}),
     "Many completed tasks retained in parse",
     "asynq_tasks_enqueued_total{queue=\"parse\",state=\"completed\"} = 300452. " + HELP_AQ["enq"]),
    (AQ, NULL, "rate of asynq_tasks_failed_total (failed tasks, rule 10)",
     "AsynqTasksFailing", "warning", aq("payments", {"queue": "critical"}),
     "asynq tasks failing in critical",
     "rate(asynq_tasks_failed_total{queue=\"critical\"}[5m]) = 0.8/s. " + HELP_AQ["failed"] + "."),
    (AQ, NULL, "failed/processed ratio of tasks (failed tasks are not requests, rule 10)",
     "AsynqTaskFailureRatio", "warning", aq("notify", {"queue": "default"}),
     "asynq task failure ratio 12% in default",
     "12.4% of tasks processed in queue default failed over the last 15 minutes."),
    (AQ, NULL, "asynq_tasks_processed_total rate dropped (throughput)",
     "AsynqProcessingStalled", "warning", aq("crawler", {"queue": "parse"}),
     "asynq processed tasks rate dropped in parse",
     "rate(asynq_tasks_processed_total{queue=\"parse\"}[10m]) fell to 0.02/s (was 14/s). "
     + HELP_AQ["processed"] + "."),
    (AQ, NULL, "asynq_queue_paused_total == 1: a paused queue (operator action, rule 9)",
     "AsynqQueuePaused", "info", aq("notify", {"queue": "emails"}),
     "asynq queue emails is paused",
     "asynq_queue_paused_total{queue=\"emails\"} = 1 for 30m. " + HELP_AQ["paused"] + "."),
]


def main():
    family = ProbeFamily("probes_queue22.jsonl")
    for src, expected, reason, alert, severity, labels, summary, description in ITEMS:
        lab = {"alertname": alert, "severity": severity}
        lab.update(labels)
        family.add(src, expected, f"{src[0]} {src[1]}: {reason}", lab,
                   {"summary": summary, "description": description})
    family.write()


if __name__ == "__main__":
    main()
