#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_nodecheck28.jsonl: a host, node or service down said only in
a check's output or a description, under a summary that names a check, a job or a monitor rather
than the host's state; with null look-alikes of the same shape (checks critical for another
reason, failed tasks, balance checks, drained/offline-by-admin nodes, recoveries).

Each alert is rendered as a webhook bridge from the monitoring tool delivers it to Alertmanager:
`alertname` = the check's name, `summary` = the notification title, `description` = the check's
output. Labels were decided from each source's meaning under tests/fixtures/corpus/POLICY.md
before the classifier ran on the file. Hosts, values and times are made up; the output strings
are the sources' own format strings with their fields filled in.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily, num, pick  # noqa: E402

ND, NULL = "node_down", None
DF, OOM, CL, LAT, Q = "disk_full", "out_of_memory", "crash_loop", "high_latency", "queue_backlog"

family = ProbeFamily("probes_nodecheck28.jsonl")

MESOS = ("sensu-plugins/sensu-plugins-mesos", "cb3aceafeddd89df2a4e11c9f5a4a6c63db242f1")


def sensu(src, expected, why, check, client, status, output, **labels):
    """A Sensu 1.x check result as a handler bridge forwards it to Alertmanager: the mailer
    handler's subject ("ALERT - client/check: STATUS") as summary, the plugin output (its
    class name, status and message, as sensu-plugin prints them) as description."""
    lab = {"alertname": check, "sender": "sensu", "client": client, "check": check,
           "severity": status.lower()}
    lab.update(labels)
    ann = {"summary": f"ALERT - {client}/{check}: {status}", "description": output}
    family.add(src, expected, why, lab, ann)


def mesos(path, expected, why, check, client, status, output, **labels):
    sensu((MESOS[0], path, MESOS[1]), expected, why, check, client, status, output, **labels)


# --- sensu-plugins/sensu-plugins-mesos: node-status checks (ECONNREFUSED / non-200 -> "is not
# responding"; RestClient::RequestTimeout -> "connection timed out", left out: one timed-out probe)
mesos("bin/check-mesos.rb", ND, "Mesos master refused the connection or answered non-200: "
      "'Mesos on <server> is not responding' -- the service is down (rules 4, 11)",
      "check-mesos", "mesos-master-02", "CRITICAL",
      "MesosNodeStatus CRITICAL: Mesos on mesos-master-02.dc1.internal is not responding",
      cluster="dc1-mesos")
mesos("bin/check-marathon.rb", ND, "Marathon refused the connection: the service is down (rules 4, 11)",
      "check-marathon", "marathon-01", "CRITICAL",
      "MarathonNodeStatus CRITICAL: Marathon Service on marathon-01.prod.local is not responding\n"
      "Marathon Service on marathon-03.prod.local is not responding", cluster="prod")
mesos("bin/check-chronos.rb", ND, "Chronos not responding (refused or non-200): the service is down (rule 4)",
      "check-chronos", "chronos-sched-1", "CRITICAL",
      "ChronosNodeStatus CRITICAL: Chronos on chronos-sched-1 is not responding")
mesos("bin/check-metronome.rb", ND, "Metronome not responding (refused or non-200): the service is down (rule 4)",
      "check-metronome", "dcos-master-3", "CRITICAL",
      "MetronomeNodeStatus CRITICAL: Metronome on dcos-master-3.corp.example.net is not responding")
mesos("bin/check-mesos.rb", NULL, "the check's OK output: Mesos is running, a recovery (rule 14)",
      "check-mesos", "mesos-master-01", "OK",
      "MesosNodeStatus OK: Mesos is running on mesos-master-01,mesos-master-02,mesos-master-03")
mesos("bin/check-marathon-task.rb", ND, "0 of 3 tasks of the app running: the service has no running "
      "instance, as a process count of zero (rules 7, 16)",
      "check-marathon-task-payments", "marathon-02", "CRITICAL",
      "MarathonTaskCheck CRITICAL: 0/3 payments-api tasks running", app="payments-api")
mesos("bin/check-mesos-failed-tasks.rb", NULL, "FAILED tasks over a count: failed tasks are not requests "
      "and not a host down (rule 10)",
      "check-mesos-failed-tasks", "mesos-master-01", "CRITICAL",
      "MesosFailedTasksCheck CRITICAL: The number of FAILED tasks [7] is bigger than provided [5]!")
mesos("bin/check-mesos-cpu-balance.rb", NULL, "a CPU usage difference between agents: CPU (rule 2)",
      "check-mesos-cpu-balance", "mesos-master-01", "CRITICAL",
      "MesosCpuBalanceCheck CRITICAL: There is a CPU diff of 0.62 bigger than 0.5 "
      "between mesos-agent-07 (0.91) and mesos-agent-12 (0.29)")
mesos("bin/check-mesos-running-tasks.rb", NULL, "running tasks below a fixed value: a task count with no "
      "host down said (nothing settled names it a node)",
      "check-mesos-running-tasks", "mesos-master-03", "CRITICAL",
      "MesosRunningTaskCheck CRITICAL: The number of running tasks cluster is lower than 40!")

family.write()
