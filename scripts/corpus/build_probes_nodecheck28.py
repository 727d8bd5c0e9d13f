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
mesos("bin/check-marathon-task.rb", ND, "ECONNREFUSED/SocketError from Marathon: 'could not be reached', "
      "the service is not there (rule 11)",
      "check-marathon-task-payments", "marathon-02", "UNKNOWN",
      "MarathonTaskCheck UNKNOWN: marathon task state could not be retrieved:\n"
      "Marathon on marathon-02.prod.local could not be reached", app="payments-api")
mesos("bin/check-mesos-failed-tasks.rb", NULL, "FAILED tasks over a count: failed tasks are not requests "
      "and not a host down (rule 10)",
      "check-mesos-failed-tasks", "mesos-master-01", "CRITICAL",
      "MesosFailedTasksCheck CRITICAL: The number of FAILED tasks [7] is bigger than provided [5]!")
mesos("bin/check-mesos-cpu-balance.rb", NULL, "a CPU usage difference between agents: CPU (rule 2)",
      "check-mesos-cpu-balance", "mesos-master-01", "CRITICAL",
      "MesosCpuBalanceCheck CRITICAL: There is a CPU diff of 62 bigger than 50 "
      "Hostname mesos-agent-12 uses 29% and Hostname mesos-agent-07 uses 91%")
mesos("bin/check-mesos-mem-balance.rb", NULL, "a memory usage difference between agents: balance, no "
      "memory near a limit (rule 2 counts utilisation against capacity, not a spread)",
      "check-mesos-mem-balance", "mesos-master-03", "WARNING",
      "MesosMemBalanceCheck WARNING: There is a Memory usage diff of 41 bigger than 40 "
      "Hostname mesos-agent-21 uses 47% and Hostname mesos-agent-03 uses 88%")


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
gcm("check_slurm.py", ND, "no slurmctld answers scontrol ping: the controllers are down (rule 11)",
    "slurmctld count", "h100-a-ctl2", "CRITICAL",
    "Insufficient slurmctld daemon count. Expected at least: 1 and found: 0")
gcm("check_ssh.py", ND, "ssh to the host refused on port 22: the peer's service is not there (rule 11)",
    "check ssh", "h100-a-login1", "CRITICAL",
    "Host h100-a-1304: ssh connection failed. error_code: 255, output: ssh: connect to host "
    "h100-a-1304 port 22: Connection refused\n")
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


# --- alces-software/nagios-base: an HPC integrator's own Nagios plugins (nagios-plugins/*), their
# output as a Nagios service notification forwarded by a mail-to-webhook bridge.
ALCES = ("alces-software/nagios-base", "edfc62134e53e0ee784cdfdbb5e866132a12753c")


def nagios(src, expected, why, host, service, state, output, **labels):
    """A Nagios service notification (notify-service-by-email wording) forwarded by a
    mail-to-webhook bridge: the notification title as summary, the mail body with the plugin
    output under "Additional Info" as description."""
    seed = host + service + output
    when = f"Sat Dec 5 {pick(seed + 'h', ['03', '07', '11', '14', '15'])}:{num(seed + 'm', 10, 59, 0)}:{num(seed + 's', 10, 59, 0)} UTC 2026"
    body = (f"***** Nagios *****\n\nNotification Type: PROBLEM\n\nService: {service}\nHost: {host}\n"
            f"Address: 10.{num(seed + 'a', 10, 60, 0)}.{num(seed + 'b', 1, 250, 0)}.{num(seed + 'c', 2, 250, 0)}\n"
            f"State: {state}\n\nDate/Time: {when}\n\nAdditional Info:\n\n{output}")
    lab = {"alertname": service, "sender": "nagios", "host": host, "state": state,
           "severity": state.lower()}
    lab.update(labels)
    ann = {"summary": f"** PROBLEM Service Alert: {host}/{service} is {state} **", "description": body}
    family.add(src, expected, why, lab, ann)


def alces(path, expected, why, host, service, state, output, **labels):
    nagios((ALCES[0], "nagios-plugins/" + path, ALCES[1]), expected, why, host, service, state, output,
           **labels)


alces("check_slurm.sh", ND, "sinfo -Nl lists nodes in state down: nodes down (rule 4)",
      "hpc-master1", "Slurm node status", "WARNING", "3 node(s) reporting down")
alces("check_slurm.sh", NULL, "nodes drained with the integrator's own 'Alces' reason: maintenance, "
      "planned work (rule 9)",
      "hpc-master1", "Slurm node status", "OK", "4 node(s) drained for maintenance by Alces")
alces("check_slurm.sh", NULL, "nodes whose reason is 'Kill task failed': a job's processes could not be "
      "killed on a host that is up; no host down, not a restart (rule 10: a job's failure)",
      "hpc-master1", "Slurm node status", "WARNING", "1 node(s) reporting kill task failed")
alces("check_slurm.sh", NULL, "the plugin's OK line: every node running (rule 14)",
      "hpc-master2", "Slurm node status", "OK", "Slurm okay - detected 212 running node(s)")
alces("check_service.sh", ND, "systemctl is-active not 0: the unit is not active, a service not running "
      "(rule 16)",
      "hpc-master2", "slurmctld service", "WARNING", "Service: slurmctld is not active!")
alces("check_service.sh", ND, "systemctl is-active not 0 for the accounting daemon: a service not running "
      "(rule 16)",
      "hpc-db1", "slurmdbd service", "WARNING", "Service: slurmdbd is not active!")
alces("check_ismounted", NULL, "a filesystem not mounted: no host down, no capacity; no signature",
      "login1", "Mount /users", "CRITICAL", "Filesystem /users not mounted")
alces("check_PSUs", NULL, "one of two power supplies not OK: hardware redundancy, the host is up",
      "compute-r07n12", "PSU redundancy", "WARNING", "PSU redundancy problem: 1 working PSU(s) of 2")
alces("check_ha_ops.sh", NULL, "a failed operation in Pacemaker's history: one failed op, no node down "
      "(rule 5)",
      "storage-ha1", "HA failed ops", "WARNING", "Processing failed op detected")

# --- VanAndelInstitute/Admin-Tools: check_offline_nodes.sh logs each Torque node that pbsnodes shows
# 'offline' or 'down' to syslog (logger), and a log alert forwards the line; watchLocalDisk.pl
# logs "DANGER ... OUT_OF_SPACE". The frame (a syslog log alert) is ours. watchPBSLogs.pl's
# "PBS TORQUE freeze detected automatically restarting torque_server" was left out (a hung server).
VAI = ("VanAndelInstitute/Admin-Tools", "7a87d2d147218b7a21f2c5d8c1aa7b21c17683e0")


def vai_log(path, expected, why, rule, line, **labels):
    lab = {"alertname": rule, "sender": "syslog-alert", "host": "master", "program": "root",
           "severity": "warning"}
    lab.update(labels)
    ann = {"summary": f"Log rule '{rule}' matched on master", "description": line}
    family.add((VAI[0], path, VAI[1]), expected, why, lab, ann)


vai_log("check_offline_nodes/check_offline_nodes.sh", ND, "pbsnodes shows the node 'down' (the MOM stopped "
        "answering the server): the node is down (rule 4)",
        "check_offline_nodes", "Dec  5 16:20:01 master root: node031 is down")
vai_log("check_offline_nodes/check_offline_nodes.sh", NULL, "pbsnodes 'offline' is set by an administrator "
        "(pbsnodes -o): a node taken out on purpose, as a cordoned node (rule 9)",
        "check_offline_nodes", "Dec  5 16:20:01 master root: node017 is offline")
vai_log("watchLocalDisk/watchLocalDisk.pl", DF, "a head-node filesystem at 98% or more: disk capacity (rule 2)",
        "watchLocalDisk", "Dec  5 16:15:02 master root: DANGER /var on head node at 99 percent full. OUT_OF_SPACE")

# --- angel-devicente/htcondor-nagios-plugins: Nagios plugins for an HTCondor pool (IAC/STFC) and a
# Check_MK local check (htcondorstatus.py) whose lines are "<state> <service> <perfdata> <text>".
HTC = ("angel-devicente/htcondor-nagios-plugins", "eee9a13055c88e672e64d2b310f60af351da5148")


def htc(path, expected, why, host, service, state, output, **labels):
    nagios((HTC[0], path, HTC[1]), expected, why, host, service, state, output, **labels)


def cmk_local(path, expected, why, host, line, **labels):
    """A Check_MK local check line as Check_MK's mail notification carries it: the service is
    the line's second field, the subject "Check_MK: host/service OLD -> NEW"."""
    code, service, _perf, text = line.split(" ", 3)
    new = {"0": "OK", "1": "WARN", "2": "CRIT", "3": "UNKN"}[code]
    lab = {"alertname": service, "sender": "check_mk", "host": host, "state": new,
           "severity": {"OK": "info", "WARN": "warning", "CRIT": "critical", "UNKN": "warning"}[new]}
    lab.update(labels)
    ann = {"summary": f"Check_MK: {host}/{service} OK -> {new}",
           "description": f"Host: {host}\nService: {service}\nState: {new}\nOutput: {text}"}
    family.add((HTC[0], path, HTC[1]), expected, why, lab, ann)


htc("check_condor_collector.py", ND, "the pool's collector daemon count is zero: a service not running (rule 7)",
    "condor-cm01", "HTCondor collector", "CRITICAL", "No collectors running.")
htc("check_condor_negotiator.py", ND, "no negotiator daemon in the pool: a service not running (rule 7)",
    "condor-cm01", "HTCondor negotiator", "CRITICAL", "No negotiators running.")
htc("check_condor_schedd.sh", ND, "the schedd no longer advertised to the collector: its ClassAd updates are "
    "its liveness signal (rule 8), the daemon is gone",
    "condor-cm01", "HTCondor schedd submit02", "CRITICAL", "Schedd is NOT advertised on submit02")
htc("check_condor_wn.py", ND, "worker nodes advertised below the required minimum: pool members lost "
    "(rule 11, as probes_nodedesc27's decision 2)",
    "condor-cm01", "HTCondor worker nodes", "CRITICAL", "WNs advertised => 61 [Required => 80]. ")
cmk_local("htcondorstatus.py", ND, "zero collectors running in the pool: a service not running (rule 7)",
          "condor-cm02", "2 Condor_num_collectors collectors=0 CRITICAL - 0 collectors running")
cmk_local("htcondorstatus.py", NULL, "a slot in activity 'Killing' (a job being killed): a job's state on a "
          "host that is up",
          "condor-cm02", "2 Condor_slot_slot1_12@wn-017 state=Killing CRITICAL - slot slot1_12@wn-017 in "
          "clientgroup njs is in state Killing")
cmk_local("htcondorstatus.py", NULL, "few idle workers in a client group: the pool is busy, capacity, no "
          "host down",
          "condor-cm02", "2 Condor_clientgroup_bigmem bigmem=0;2;1;0 CRITICAL - clientgroup bigmem has 12 "
          "total workers and 0 idle workers")
cmk_local("htcondorstatus.py", Q, "jobs idle in the queue over the threshold: jobs waiting to run (rule 4)",
          "condor-cm02", "2 Condor_idleCount idleCount=1843;500;1000;0 CRITICAL - idleCount 1843 jobs idle")
cmk_local("htcondorstatus.py", NULL, "jobs with expired tokens: token expiry (rule 5)",
          "condor-cm02", "1 Condor_expiredTokens - WARNING - 2 jobs with expired tokens: 88412.0, 88415.3")

# --- kubernetes/kops: `kops validate cluster` run as a scheduled job; the job's failure alert carries
# the validation errors table (pkg/validation/validate_cluster.go's messages). The frame is ours.
KOPS = ("kubernetes/kops", "pkg/validation/validate_cluster.go", "091d2b6be646f35838bca0bd71a367209103f2dc")


def kops(expected, why, cluster, rows):
    table = "VALIDATION ERRORS\nKIND\tNAME\t\tMESSAGE\n" + "\n".join("\t".join(r) for r in rows)
    lab = {"alertname": "KopsValidateClusterJobFailed", "job_name": "kops-validate-" + cluster.split(".")[0],
           "namespace": "infra-cron", "cluster": cluster, "severity": "warning"}
    ann = {"summary": f"CronJob infra-cron/kops-validate-{cluster.split('.')[0]} failed",
           "description": table + "\n\nValidation Failed"}
    family.add(KOPS, expected, why, lab, ann)


kops(ND, "validation error 'node \"…\" is not ready': a node NotReady (rule 4)", "stg-us2.k8s.example.org",
     [("Node", "ip-10-42-77-19.us-east-2.compute.internal",
       'node "ip-10-42-77-19.us-east-2.compute.internal" is not ready')])
kops(ND, "validation error 'master \"…\" is not ready': a control-plane node NotReady (rule 4)",
     "prod-eu1.k8s.example.org",
     [("Node", "ip-172-20-33-140.eu-west-1.compute.internal",
       'master "ip-172-20-33-140.eu-west-1.compute.internal" is not ready')])
kops(ND, "two nodes not ready, with a critical pod pending on account of them: the nodes NotReady decide (rule 4)",
     "prod-eu1.k8s.example.org",
     [("Node", "ip-172-20-61-8.eu-west-1.compute.internal",
       'node "ip-172-20-61-8.eu-west-1.compute.internal" is not ready'),
      ("Node", "ip-172-20-90-201.eu-west-1.compute.internal",
       'node "ip-172-20-90-201.eu-west-1.compute.internal" is not ready'),
      ("Pod", "kube-system/ebs-csi-node-7xq2d", 'system-node-critical pod "ebs-csi-node-7xq2d" is pending')])
kops(NULL, "a system-cluster-critical pod pending: a pending pod, nothing down (probes_nodedesc27: pending pods null)",
     "stg-us2.k8s.example.org",
     [("Pod", "kube-system/coredns-autoscaler-6f594f4c58-x2kqv",
       'system-cluster-critical pod "coredns-autoscaler-6f594f4c58-x2kqv" is pending')])

# --- lausser/check_nwc_health: network devices' checks; output "STATE - messages" as GLPlugin prints.
NWC = ("lausser/check_nwc_health", "21392811626cb0d041d35cbb74211260ca718610")
NWCP = "plugins-scripts/CheckNwcHealth/"


def nwc(path, expected, why, host, service, state, output, **labels):
    nagios((NWC[0], NWCP + path, NWC[1]), expected, why, host, service, state, output, **labels)


nwc("F5/F5BIGIP/Component/VipSubsystem.pm", ND, "a virtual server does not answer a TCP SYN ping: "
    "the service is unreachable (rules 4, 7)",
    "lb-f5-dc1a", "F5 VIP reachability", "CRITICAL",
    "CRITICAL - vs_shop_https:443 (shop.example.com) unreachable")
nwc("IFMIB/Component/InterfaceSubsystem.pm", NULL, "an interface operationally down while admin up: a link "
    "(rules 5, 9)",
    "core-sw-02", "Interface Gi1/0/24", "CRITICAL",
    "CRITICAL - fault condition is presumed to exist on GigabitEthernet1/0/24, "
    "GigabitEthernet1/0/24 is down/up (1000 Mbps)")
nwc("IFMIB/Component/InterfaceSubsystem.pm", NULL, "an interface shut by an administrator: a link, planned "
    "(rules 5, 9)",
    "access-sw-114", "Interface Fa0/7", "CRITICAL",
    "CRITICAL - FastEthernet0/7 is admin down, FastEthernet0/7 is down/down (100 Mbps)")
nwc("BGP/Component/PeerSubsystem.pm", NULL, "a BGP peer not established: a routing session, a link (rules 5, 11)",
    "edge-rtr-01", "BGP peers", "CRITICAL",
    "CRITICAL - peer 198.51.100.9 (AS64512) state is active (last error: Hold Timer Expired)")
nwc("BGP/Component/PeerSubsystem.pm", NULL, "a BGP peer stopped by an administrator: a link, planned work "
    "(rules 9, 11)",
    "edge-rtr-02", "BGP peers", "WARNING",
    "WARNING - peer 203.0.113.77 (AS65010) state is idle (is admin down)")

# --- fridim/nagios-plugin-check_galera_cluster: check_galera_cluster's status lines.
GAL = ("fridim/nagios-plugin-check_galera_cluster", "check_galera_cluster",
       "aa17849014180c2025beb6a36e268f6f54981744")
nagios(GAL, ND, "wsrep_cluster_size at or below the critical minimum: cluster members lost (rule 11, "
       "probes_nodedesc27's decision 2)",
       "galera-db2", "Galera cluster", "CRITICAL", "CRITICAL: number of NODES = 1 (wsrep_cluster_size)")
nagios(GAL, ND, "fewer members online than the state file remembers, the missing peer named: a member lost "
       "(rule 11)",
       "galera-db1", "Galera cluster", "WARNING",
       "WARNING: redundant  2 online / 3  total, missing peers: 10.40.2.13:3306")
nagios(GAL, NULL, "the node acting as donor for a state transfer: replication activity, not a node down and "
       "not measured lag (rule 5)",
       "galera-db3", "Galera cluster", "CRITICAL",
       "CRITICAL: node is not synced - actual state is: Donor/Desynced (wsrep_local_state_comment)")
nagios(GAL, NULL, "the plugin's OK line: all members online (rule 14)",
       "galera-db1", "Galera cluster", "OK", "OK: running redundant 3 online / 3 total")

# --- anchor/nagios-plugin-elasticsearch: check_elasticsearch's messages (the status prefix is ours).
ESP = ("anchor/nagios-plugin-elasticsearch", "check_elasticsearch", "572e3e2a99ebf419498bb4dd640fd1b0718641c5")
nagios(ESP, ND, "fewer master-eligible nodes than configured (the -vv detail): cluster members lost "
       "(rule 11, probes_nodedesc27's decision 2)",
       "es-data-04", "ElasticSearch cluster", "WARNING",
       "WARNING: Missing master-eligible nodes Expected to find 3 master-eligible nodes in the cluster but "
       "only found 2")
nagios(ESP, ND, "urllib2.URLError's reason 'Connection refused' (the plugin's comment: 'The server could be "
       "down'): the node is not there (rule 11)",
       "es-data-07", "ElasticSearch cluster", "CRITICAL", "CRITICAL: [Errno 111] Connection refused")
nagios(ESP, NULL, "replica shards missing: cluster health yellow (rule 5)",
       "es-data-02", "ElasticSearch cluster", "WARNING",
       "WARNING: One or more indexes are missing replica shards.  Use -vv to list them.")
nagios(ESP, NULL, "Elasticsearch's own health red: cluster health (rule 5)",
       "es-data-05", "ElasticSearch cluster", "CRITICAL", "CRITICAL: Cluster reports degraded health: 'red'")

# --- openstack/osops-tools-monitoring (at its last commit before the repository was retired):
# nagios-plugins/*.sh and monitoring-for-openstack/oschecks (utils prints "CRITICAL: %s").
OSO = ("openstack/osops-tools-monitoring", "7427ee739296e93f18aed92f7150abf732fd92b3")


def oso(path, expected, why, host, service, state, output, **labels):
    nagios((OSO[0], path, OSO[1]), expected, why, host, service, state, output, **labels)


oso("nagios-plugins/nova-services.sh", ND, "nova service-list rows in State 'down': compute services down "
    "(rule 4)",
    "os-ctl-01", "Nova services", "CRITICAL",
    "CRITICAL - OpenStack Nova services down: 14 nova-compute; 22 nova-compute; ")
oso("nagios-plugins/cinder-services.sh", ND, "cinder service-list rows in State 'down': a volume service down "
    "(rule 4)",
    "os-ctl-01", "Cinder services", "CRITICAL",
    "CRITICAL - OpenStack Cinder services down: cinder-volume os-stor-02@ceph; ")
oso("monitoring-for-openstack/oschecks/nova.py", ND, "the client's connection to the Nova API refused "
    "(the exception's text quoted): the API is not there (rule 11)",
    "os-ctl-02", "Nova API", "CRITICAL",
    "CRITICAL: Cannot connect to nova: Unable to establish connection to http://10.0.0.10:8774/v2.1/flavors/detail: "
    "HTTPConnectionPool(host='10.0.0.10', port=8774): Max retries exceeded with url: /v2.1/flavors/detail "
    "(Caused by NewConnectionError('<urllib3.connection.HTTPConnection object at 0x7f3c2a1b5e50>: Failed to "
    "establish a new connection: [Errno 111] Connection refused'))\n")
oso("nagios-plugins/nova-services.sh", NULL, "the plugin's OK line (rule 14)",
    "os-ctl-02", "Nova services", "OK", "OK - All nodes up")
oso("monitoring-for-openstack/oschecks/utils.py", ND, "no process of that name: a process count of zero (rule 7)",
    "os-ctl-03", "nova-scheduler process", "CRITICAL", "CRITICAL: nova-scheduler is not running")
oso("monitoring-for-openstack/oschecks/pacemaker_host_check.py", ND, "a Pacemaker resource in state Stopped: a "
    "service stopped (rule 7)",
    "os-ctl-02", "pacemaker haproxy", "CRITICAL",
    "CRITICAL: pacemaker resource haproxy-clone is not started (Stopped)")
oso("monitoring-for-openstack/oschecks/pacemaker_host_check.py", NULL, "the resource runs on another node: "
    "the check's OK line, nothing down",
    "os-ctl-03", "pacemaker vip", "OK",
    "OK: pacemaker resource vip__public doesn't run on this node (but on os-ctl-01)")
oso("monitoring-for-openstack/oschecks/nova.py", LAT, "the Nova API's flavor listing took longer than the "
    "critical limit: response time (rule 4)",
    "os-ctl-01", "Nova API", "CRITICAL",
    "CRITICAL: Get flavors took more than 10 seconds, it's too long.|response_time=14")
oso("nagios-plugins/swift-healthcheck.sh", NULL, "the proxy's healthcheck answers 'DISABLED BY FILE': taken "
    "out by an operator's disable file, planned work (rule 9)",
    "swift-proxy-02", "Swift proxy healthcheck", "UNKNOWN",
    "CRITICAL - Swift Proxy healthcheck is reporting DISABLED BY FILE")

# --- more Sensu 1.x plugins (sensu-plugin's "<Class> <STATUS>: <message>" output), same frame as Mesos.
PCMK = ("sensu-plugins/sensu-plugins-pacemaker", "bin/check-cluster-health.rb",
        "78a53bd23c63d89862208574a6274b64d4345571")
CBASE = ("sensu-plugins/sensu-plugins-couchbase", "bin/check-couchbase-cluster.rb",
         "da5a7635eae04a985ea08d9a632d8dac9ddf370a")
CHEF = ("sensu-plugins/sensu-plugins-chef", "a9170ed122067cea28b8bb18748adabc48c3be85")
SAGG = ("sensu-plugins/sensu-plugins-sensu", "bin/check-aggregate.rb", "97659e4864f5880cd60feb4e7c65d0b015a8a2f6")

sensu(PCMK, ND, "crm_mon nodes expected up but not online: cluster members lost (rule 11); a standby node "
      "stays online, so this count is not planned standby",
      "check-pacemaker-cluster", "ha-db-1", "CRITICAL", "CheckClusterHealth CRITICAL: 1/3 node(s) offline!")
sensu(PCMK, NULL, "resources with failed=true on nodes that are online: failed operations, no node down (rule 5)",
      "check-pacemaker-cluster", "ha-web-2", "CRITICAL", "CheckClusterHealth CRITICAL: 2/14 resources failed!")
sensu(CBASE, ND, "the cluster has fewer nodes than the configured size: a member lost (rule 11, "
      "probes_nodedesc27's decision 2)",
      "check-couchbase-cluster", "cb-node-01", "CRITICAL",
      "CheckCouchbaseCluster CRITICAL: Cluster's size is 3, 4 expected")
sensu(CBASE, NULL, "a rebalance running: work done on purpose (rule 9)",
      "check-couchbase-cluster", "cb-node-02", "WARNING",
      "CheckCouchbaseCluster WARNING: Cluster rebalance status running")
sensu(CBASE, NULL, "nodes on an unexpected version: a version difference (rule 9)",
      "check-couchbase-cluster", "cb-node-01", "CRITICAL",
      "CheckCouchbaseCluster CRITICAL: Unexpected couchbase's version on nodes: [\"cb-node-04.prod:8091\"]")
sensu((CHEF[0], "bin/check-chef-node.rb", CHEF[1]), NULL, "a node object missing from the Chef server: "
       "inventory, not the host's state",
       "check-chef-node-web07", "chef-mon-01", "CRITICAL",
       "ChefNodeChecker CRITICAL: Node web-07.prod not found - 404 \"Object Not Found\"")
sensu(SAGG, ND, "the aggregate of the clients' keepalive check: clients reporting critical keepalives are "
      "silent clients (rule 8: a liveness signal)",
      "aggregate-keepalive", "sensu-server-01", "CRITICAL",
      "CheckAggregate CRITICAL: Number of nodes down exceeds threshold (3 out of 20 nodes reporting critical)",
      aggregate="keepalive")
sensu(SAGG, DF, "the same default wording 'Number of nodes down' over the disk-usage check's results: the "
      "aggregated measurement is disk usage, so the nodes are critical on disk, not down (rules 2, 17)",
      "aggregate-check-disk-usage", "sensu-server-01", "CRITICAL",
      "CheckAggregate CRITICAL: Number of nodes down exceeds threshold (4 out of 12 nodes reporting critical)",
      aggregate="check-disk-usage")

family.write()
