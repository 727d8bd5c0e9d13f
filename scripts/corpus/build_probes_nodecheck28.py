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
mesos("bin/check-mesos-mem-balance.rb", NULL, "a memory usage difference between agents: balance, no "
      "memory near a limit (rule 2 counts utilisation against capacity, not a spread)",
      "check-mesos-mem-balance", "mesos-master-03", "WARNING",
      "MesosMemBalanceCheck WARNING: There is a Memory usage diff of 0.41 bigger than 0.4 "
      "between mesos-agent-03 (0.88) and mesos-agent-21 (0.47)")


# --- facebookresearch/gcm: GPU-cluster node health checks (gcm/health_checks/checks/*.py); the
# check's name is HealthCheckName's value, the message the check's own f-string.
GCM = ("facebookresearch/gcm", "1b7bde97195d32140f3a58b34bab3baa6d0797bb")


def gcm(path, expected, why, check, node, code, msg, **labels):
    """A GCM health check result as its alerting sink forwards it: the check name as alertname,
    the runner's title as summary, the check's message as description."""
    lab = {"alertname": check, "sender": "gcm-health-checks", "cluster": "rsc-h100-a", "node": node,
           "severity": {"CRITICAL": "critical", "WARN": "warning", "OK": "info"}[code]}
    lab.update(labels)
    ann = {"summary": f"health check '{check}' on {node} exited {code}", "description": msg}
    family.add((GCM[0], "gcm/health_checks/checks/" + path, GCM[1]), expected, why, lab, ann)


gcm("check_slurm.py", ND, "sinfo reports the node's own state 'down': the node is down (rule 4)",
    "slurm state", "h100-a-0412", "WARN", "node is in bad state: down, and cannot accept jobs.")
gcm("check_slurm.py", ND, "sinfo state 'down*' (* = not responding): the node is down and not answering (rule 4)",
    "slurm state", "h100-a-1187", "WARN", "node is in bad state: down*, and cannot accept jobs.")
gcm("check_slurm.py", NULL, "state 'maint': a maintenance reservation, planned work (rule 9)",
    "slurm state", "h100-a-0233", "WARN", "node is in bad state: maint, and cannot accept jobs.")
gcm("check_slurm.py", NULL, "the check's OK line: the node is idle and can accept jobs (rule 14)",
    "slurm state", "h100-a-0412", "OK", "node is in good state: idle, and can accept jobs.")
gcm("check_slurm.py", ND, "fewer slurmctld controllers answer scontrol ping than expected: a controller "
    "is down (rule 11: members lost, as nodedesc27's decision 2)",
    "slurmctld count", "h100-a-ctl1", "CRITICAL",
    "Insufficient slurmctld daemon count. Expected at least: 2 and found: 1")
gcm("check_ssh.py", ND, "ssh to the host fails with 'No route to host': the peer is not there (rule 11)",
    "check ssh", "h100-a-login2", "CRITICAL",
    "Host h100-a-0871: ssh connection failed. error_code: 255, output: ssh: connect to host "
    "h100-a-0871 port 22: No route to host\n")
gcm("check_service.py", ND, "systemctl is-active prints 'inactive': the unit is not active, a service "
    "that is not running (rule 16)",
    "service status", "h100-a-0655", "CRITICAL",
    "Service slurmd: not running. error_code: 3, output: inactive\n")
gcm("check_running_process.py", ND, "no process of that name in ps: a process count of zero (rule 7)",
    "running process", "h100-a-0309", "CRITICAL", "Process nvidia-fabricmanager: not running.")
gcm("check_node.py", NULL, "uptime below the threshold: a short uptime, one reboot (rule 7)",
    "check uptime", "h100-a-0940", "WARN", "Node recently booted. It's up for: 412 secs")
gcm("check_node.py", NULL, "a kernel module loaded fewer times than expected: no signature",
    "check module", "h100-a-0518", "CRITICAL", "Module doesn't appear enough times 0 < 1 threshold")
gcm("check_storage.py", DF, "disk usage above the critical threshold (rule 2)",
    "disk usage", "h100-a-0127", "CRITICAL", "Disk usage, 97%, is above critical threshold of 95%.\n",
    volume="/scratch")
gcm("check_service.py", NULL, "a package version mismatch: a version change, no signature (rule 9)",
    "package version", "h100-a-0127", "CRITICAL",
    "Version  missmatch. Expected version: 23.11.6 and found version: 23.02.7")
gcm("check_iblink.py", NULL, "an InfiniBand port not up: a link, not a node (rules 5, 9)",
    "check iblink", "h100-a-1022", "CRITICAL", "mlx5_3(ib3) is not up, link state is Down")
gcm("check_nvidia_smi.py", NULL, "fewer GPUs present than expected: a device missing, not a node down",
    "nvidia smi gpu_num", "h100-a-0774", "CRITICAL",
    "gpu_num check: exit_code: 2, Number of GPUs present, 7, is different than expected, 8\n")

family.write()
