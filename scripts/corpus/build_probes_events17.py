#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_events17.jsonl: event and journal lines delivered as alerts.

What the family tests: the reasons and messages of kubernetes/node-problem-detector (NPD), whose
conditions and events reach on-call as Kubernetes events forwarded by an event exporter, as a
node condition rule (kube-state-metrics) or as a log-pattern alert; and systemd's own journal
lines (src/core/service.c, src/core/unit.c) caught by a Loki ruler on {job="systemd-journal"},
a Graylog event definition or an Elastic watcher. Frames, hosts, units and values are made up;
the quoted reason and message strings are the data.

Labels, decided by hand under POLICY.md before the classifier ran on the file:
- NPD OOMKilling ("Killed process N (x) total-vm:...") and systemd's "A process of this unit has
  been killed by the OOM killer." / "Failed with result 'oom-kill'." / "systemd-oomd killed N
  process(es) in this unit." are `out_of_memory` (rule 1, rule 8: one OOM kill is the cause).
- NPD FrequentKubeletRestart / FrequentDockerRestart / FrequentContainerdRestart (5 starts in 20
  min), systemd's "Start request repeated too quickly." and "Failed with result
  'start-limit-hit'.", and "Scheduled restart job, restart counter is at N." with N >= 2 are
  `crash_loop` (rules 7, 9, 15).
- NPD DNSUnreachable ("DNS lookup to kubernetes.default is not working") is `dns_failure`
  (rule 7: resolution fails). NPD NTPIsDown ("ntp service is not running") is `node_down`
  (rules 7, 16: a service not running).
- Look-alikes, `null`: KernelOops, Ext4Error, IOError "Buffer I/O error", XfsShutdown,
  ReadonlyFilesystem "Remounting filesystem read-only" (a filesystem error, not a full one),
  CorruptDockerOverlay2, CorruptDockerImage, DockerContainerStartupFailure, UnregisterNetDevice,
  MemoryReadError (ECC, rule 5), CperHardwareError*, DiskBadBlock, CCPPCrash (one crash), NPD's
  recovery messages ("kubelet is functioning properly", "kernel has no deadlock", rule 14),
  one KubeletStart/DockerStart (one restart), "restart counter is at 1." (one restart), one
  "Main process exited, code=killed, status=9/KILL" without an OOM line, one "Failed with result
  'exit-code'." / 'core-dump' / 'timeout', one "Watchdog timeout (limit ...)!" (a liveness
  timeout that restarted once, as a liveness probe failing once, rule 15).

Left out as ambiguous (rule 6): TaskHung / KernelDeadlock / DockerHung ("task x:N blocked for
more than 120 seconds."): NPD names the condition a deadlock, the line only says a task waited
(rule 7's blocked processes; rule 8 name vs measurement); KubeletUnhealthy / ContainerdUnhealthy
(an application's "unhealthy", rule 9); ConntrackFull ("Conntrack table usage over 90%"): a
kernel NAT/connection table, between rule 17's "full tables that are not storage" and
connections against a limit; Ext4Warning lines, whose meaning depends on the warning.
"""
from probes_common import ProbeFamily


def pick(options, i):
    """A made-up value, stable per item number."""
    return options[i % len(options)]

NPD = "kubernetes/node-problem-detector"
NPD_C = "6632ca67148f7a23df9cdbd98d9e89b388561a3a"
SD = "systemd/systemd"
SERVICE_C = (SD, "src/core/service.c", "8017ed7e0e0ffaafcf9856f963928ca2a21340b6")
UNIT_C = (SD, "src/core/unit.c", "23a749f2857088547c8ef3966e96b37c71510a1b")


def npd(path):
    return (NPD, path, NPD_C)


NODES = ["gke-prod-pool-2-7f3a9c1e-x4kq", "ip-10-42-17-203.eu-west-1.compute.internal",
         "aks-nodepool1-31877464-vmss00000c", "k8s-worker-14.dc2.example.net",
         "node-gpu-03.ml.internal", "ip-172-20-88-41.ec2.internal", "worker-b-7.staging.lan",
         "gke-batch-pool-1-0c2d8e4f-9m2z"]
HOSTS = ["db-replica-02.prod.lan", "edge-proxy-5", "build-agent-11.ci.internal", "app-07.fra1",
         "mq-broker-3.prod.lan", "metrics-01.ops.internal", "api-park-19", "worker-legacy-04"]

# ---- NPD events: (src path, reason, source, message, label, why)
NPD_EVENTS = [
    ("config/kernel-monitor.json", "OOMKilling", "kernel-monitor",
     "Killed process 24817 (java) total-vm:8423112kB, anon-rss:6210044kB, file-rss:1208kB, shmem-rss:0kB",
     "out_of_memory", "the kernel's OOM killer"),
    ("config/kernel-monitor.json", "OOMKilling", "kernel-monitor",
     "Killed process 3310 (postgres) total-vm:2210344kB, anon-rss:1988012kB, file-rss:420kB",
     "out_of_memory", "the kernel's OOM killer"),
    ("config/kernel-monitor.json", "OOMKilling", "kernel-monitor",
     "Killed process 99120 (node) total-vm:1534220kB, anon-rss:1022316kB, file-rss:0kB, shmem-rss:12kB, UID:1000 pgtables:2480kB oom_score_adj:936",
     "out_of_memory", "the kernel's OOM killer"),
    ("config/kernel-monitor.json", "KernelOops", "kernel-monitor",
     "BUG: unable to handle kernel NULL pointer dereference at 0000000000000018",
     None, "a kernel oops (no signature)"),
    ("config/kernel-monitor.json", "KernelOops", "kernel-monitor",
     "divide error: 0000 [#1] SMP", None, "a kernel oops (no signature)"),
    ("config/kernel-monitor.json", "Ext4Error", "kernel-monitor",
     "EXT4-fs error (device nvme1n1p1): ext4_lookup:1785: inode #1310722: comm kubelet: deleted inode referenced: 1311015",
     None, "a filesystem error, not a full one"),
    ("config/kernel-monitor.json", "IOError", "kernel-monitor",
     "Buffer I/O error on dev sdb1, logical block 1048577, lost async page write",
     None, "a block I/O error"),
    ("config/kernel-monitor.json", "XfsHasShutdown", "kernel-monitor",
     "XFS (dm-3): Corruption of in-memory data detected. Shutting down filesystem",
     None, "a filesystem shut down on corruption"),
    ("config/kernel-monitor.json", "UnregisterNetDevice", "kernel-monitor",
     "unregister_netdevice: waiting for eth0 to become free. Usage count = 2",
     None, "a network device refcount wait"),
    ("config/kernel-monitor.json", "MemoryReadError", "kernel-monitor",
     "CE memory read error on CPU_SrcID#0_Ha#0_Chan#1_DIMM#0 (channel:1 slot:0 page:0x5a3b1 offset:0x0 grain:32 syndrome:0x0)",
     None, "a corrected ECC error (rule 5)"),
    ("config/kernel-monitor.json", "CperHardwareErrorFatal", "kernel-monitor",
     "{1}[Hardware Error]: event severity: fatal", None, "a hardware error report"),
    ("config/readonly-monitor.json", "FilesystemIsReadOnly", "kernel-monitor",
     "EXT4-fs (sda1): Remounting filesystem read-only", None,
     "a filesystem remounted read-only after errors, not full"),
    ("config/docker-monitor.json", "CorruptDockerOverlay2", "docker-monitor",
     "returned error: readlink /var/lib/docker/overlay2/l/ZK4TQ2OBV7WQ3LJ5HX: invalid argument",
     None, "a corrupt overlay2 layer"),
    ("config/docker-monitor.json", "CorruptDockerImage", "docker-monitor",
     "Error trying v2 registry: failed to register layer: rename /var/lib/docker/image/overlay2/layerdb/tmp/write-set-4127 /var/lib/docker/image/overlay2/layerdb/sha256/9c1f: directory not empty",
     None, "a corrupt image layer"),
    ("config/docker-monitor.json", "DockerContainerStartupFailure", "docker-monitor",
     "OCI runtime start failed: container process is already dead: unknown",
     None, "one container start failure"),
    ("config/abrt-adaptor.json", "CCPPCrash", "abrt-adaptor",
     "Process 18842 (rsyslogd) crashed in __strlen_avx2()", None, "one process crash"),
    ("config/disk-log-message-filelog.json", "DiskBadBlock", "disk-monitor",
     "412 Currently unreadable (pending) sectors", None, "bad disk sectors (no capacity)"),
    ("config/systemd-monitor.json", "KubeletStart", "systemd-monitor",
     "Started Kubernetes kubelet.", None, "one kubelet start (one restart)"),
    ("config/systemd-monitor.json", "DockerStart", "systemd-monitor",
     "Starting Docker Application Container Engine...", None, "one docker start (one restart)"),
    ("config/systemd-monitor.json", "ContainerdStart", "systemd-monitor",
     "Starting containerd container runtime...", None, "one containerd start (one restart)"),
]

# ---- NPD conditions: (src path, type, status, reason, message, label, why)
NPD_CONDITIONS = [
    ("config/systemd-monitor-counter.json", "FrequentKubeletRestart", "True", "FrequentKubeletRestart",
     "Found 5 matching logs, which meets the threshold of 5", "crash_loop",
     "kubelet started 5 times in 20 min"),
    ("config/systemd-monitor-counter.json", "FrequentDockerRestart", "True", "FrequentDockerRestart",
     "Found 6 matching logs, which meets the threshold of 5", "crash_loop",
     "docker started 5+ times in 20 min"),
    ("config/systemd-monitor-counter.json", "FrequentContainerdRestart", "True", "FrequentContainerdRestart",
     "Found 7 matching logs, which meets the threshold of 5", "crash_loop",
     "containerd started 5+ times in 20 min"),
    ("config/systemd-monitor-counter.json", "FrequentKubeletRestart", "False", "NoFrequentKubeletRestart",
     "kubelet is functioning properly", None, "a recovery status (rule 14)"),
    ("config/systemd-monitor-counter.json", "FrequentDockerRestart", "False", "NoFrequentDockerRestart",
     "docker is functioning properly", None, "a recovery status (rule 14)"),
    ("config/kernel-monitor.json", "KernelDeadlock", "False", "KernelHasNoDeadlock",
     "kernel has no deadlock", None, "a recovery status (rule 14)"),
    ("config/readonly-monitor.json", "ReadonlyFilesystem", "True", "FilesystemIsReadOnly",
     "Remounting filesystem read-only", None, "a read-only remount after errors, not full"),
    ("config/docker-monitor.json", "CorruptDockerOverlay2", "True", "CorruptDockerOverlay2",
     "returned error: readlink /var/lib/docker/overlay2/l/Q7M2: invalid argument", None,
     "a corrupt overlay2 layer"),
    ("config/kernel-monitor.json", "XfsShutdown", "True", "XfsHasShutdown",
     "XFS (nvme0n1p2): Log I/O Error Detected. Shutting down filesystem", None,
     "a filesystem shut down on I/O error"),
    ("config/plugin/dns_problem.sh", "DNSProblem", "True", "DNSUnreachable",
     "DNS lookup to kubernetes.default.svc.cluster.local is not working", "dns_failure",
     "name resolution fails"),
    ("config/plugin/check_ntp.sh", "NTPProblem", "True", "NTPIsDown",
     "ntp service is not running", "node_down", "a service not running (rules 7, 16)"),
    ("config/systemd-monitor-counter.json", "FrequentContainerdRestart", "False",
     "NoFrequentContainerdRestart", "containerd is functioning properly", None,
     "a recovery status (rule 14)"),
]

# ---- systemd journal lines: (src, unit, line, label, why)
JOURNAL = [
    (UNIT_C, "clickhouse-server.service", "A process of this unit has been killed by the OOM killer.",
     "out_of_memory", "systemd reports the OOM killer"),
    (UNIT_C, "elasticsearch.service", "Failed with result 'oom-kill'.", "out_of_memory",
     "unit result oom-kill"),
    (UNIT_C, "user@1000.service", "systemd-oomd killed 4 process(es) in this unit.", "out_of_memory",
     "systemd-oomd kills on memory pressure"),
    (UNIT_C, "ollama.service", "Failed with result 'oom-kill'.", "out_of_memory",
     "unit result oom-kill"),
    (UNIT_C, "rabbitmq-server.service", "Start request repeated too quickly.", "crash_loop",
     "start limit hit (rule 9)"),
    (UNIT_C, "kubelet.service", "Failed with result 'start-limit-hit'.", "crash_loop",
     "start-limit-hit (rule 9)"),
    (UNIT_C, "ceph-osd@12.service", "Start request repeated too quickly.", "crash_loop",
     "start limit hit (rule 9)"),
    (SERVICE_C, "vector.service", "Scheduled restart job, restart counter is at 14.", "crash_loop",
     "14 restarts"),
    (SERVICE_C, "grafana-agent.service", "Scheduled restart job, restart counter is at 5.", "crash_loop",
     "5 restarts"),
    (SERVICE_C, "celery-worker.service", "Scheduled restart job, restart counter is at 3.", "crash_loop",
     "3 restarts"),
    (SERVICE_C, "promtail.service", "Scheduled restart job, restart counter is at 27.", "crash_loop",
     "27 restarts"),
    (UNIT_C, "mongod.service", "A process of this unit has been killed by the OOM killer.",
     "out_of_memory", "systemd reports the OOM killer"),
    (UNIT_C, "containerd.service", "Start request repeated too quickly.", "crash_loop",
     "start limit hit (rule 9)"),
    (UNIT_C, "php8.2-fpm.service", "Failed with result 'start-limit-hit'.", "crash_loop",
     "start-limit-hit (rule 9)"),
    (SERVICE_C, "haproxy.service", "Scheduled restart job, restart counter is at 1.", None,
     "one restart (rule 7)"),
    (SERVICE_C, "nginx.service", "Main process exited, code=killed, status=9/KILL", None,
     "one SIGKILL with no OOM line"),
    (UNIT_C, "backup-sync.service", "Failed with result 'exit-code'.", None,
     "one failed unit (rule 5)"),
    (UNIT_C, "postgresql@15-main.service", "Failed with result 'core-dump'.", None,
     "one crash with a core dump"),
    (SERVICE_C, "redis-server.service", "Main process exited, code=dumped, status=11/SEGV", None,
     "one segfault"),
    (SERVICE_C, "snapd.service", "Watchdog timeout (limit 5min)!", None,
     "one watchdog timeout (as one liveness failure, rule 15)"),
    (UNIT_C, "consul.service", "Failed with result 'timeout'.", None,
     "a start/stop time limit on the unit itself (rule 10)"),
    (UNIT_C, "systemd-logind.service", "Failed with result 'watchdog'.", None,
     "one watchdog kill"),
    (SERVICE_C, "mysqld.service", "Main process exited, code=exited, status=1/FAILURE", None,
     "one exit with failure"),
]



def ev_exporter(i, reason, source, message, node, once=False):
    return ({"alertname": "KubernetesNodeEvent", "severity": pick(["warning", "critical"], i),
             "namespace": "default", "node": node, "reason": reason, "event_type": "Warning",
             "source_component": source, "cluster": pick(["prod-eu", "prod-us", "staging"], i)},
            {"summary": f"Event {reason} on node {node}",
             "description": f"Warning event from {source}: {message} (count: {1 if once else pick([1, 2, 3], i)})"})


def ev_loki_k8s(i, reason, source, message, node):
    return ({"alertname": "NodeProblemDetectorEvent", "severity": "warning", "instance": node,
             "job": "kubernetes-events"},
            {"summary": f"node-problem-detector reported {reason}",
             "description": f'count_over_time({{job="kubernetes-events"}} |= "{reason}" [10m]) > 0 on {node}. '
                            f'Last event: reason={reason} message="{message}"'})


def ev_graylog(i, reason, source, message, node):
    return ({"alertname": f"graylog-k8s-{reason.lower()}", "severity": "high", "source": "graylog",
             "host": node},
            {"message": f"Graylog event definition 'K8s node events' triggered: {reason} on {node}. "
                        f"Message: {message}",
             "summary": f"{reason} event on {node}"})


def cond_frame(i, ctype, status, reason, message, node):
    return ({"alertname": "KubeNodeConditionActive", "severity": "warning", "node": node,
             "condition": ctype, "status": status.lower(), "job": "kube-state-metrics"},
            {"summary": f"Node {node} has condition {ctype}={status}",
             "description": f"kube_node_status_condition{{condition=\"{ctype}\",status=\"{status.lower()}\"}} == 1 "
                            f"for 10m. Reason: {reason}. Message: {message}"})


def cond_exporter(i, ctype, status, reason, message, node):
    return ({"alertname": "NodeConditionChanged", "severity": "info" if status == "False" else "warning",
             "node": node, "reason": reason},
            {"message": f"[{node}] condition {ctype} is now {status}: {reason} - {message}"})


def j_loki(i, unit, line, host):
    return ({"alertname": "SystemdJournalPattern", "severity": "warning", "instance": host,
             "unit": unit, "job": "systemd-journal"},
            {"summary": f"{unit} on {host}",
             "description": f'{{job="systemd-journal", unit="{unit}"}} matched in the last 5m: '
                            f'"{unit}: {line}"'})


def j_graylog(i, unit, line, host):
    return ({"alertname": "journald-unit-events", "severity": "medium", "host": host},
            {"message": f"Graylog alert: stream 'journald' matched 1 message(s). "
                        f"{host} systemd[1]: {unit}: {line}"})


def j_elastic(i, unit, line, host):
    return ({"alertname": "watcher-systemd", "severity": "warning", "host_name": host,
             "systemd_unit": unit},
            {"summary": f"Watch [systemd-unit-alerts] fired for {host}",
             "description": f"1 hit in journalbeat-* where systemd.unit={unit}; "
                            f"message: {unit}: {line}"})


def j_alertmanager(i, unit, line, host, once=False):
    return ({"alertname": "SystemdUnitJournalError", "severity": "critical", "instance": f"{host}:9100",
             "name": unit, "team": pick(["platform", "data", "sre"], i)},
            {"summary": f"Journal of {unit} on {host} needs attention",
             "description": f"promtail matched the journal line \"{line}\" for {unit} "
                            f"({1 if once else pick([2, 1, 3], i)} match(es) in 15m)."})


# A look-alike that is "one" event is rendered with a count of one (count: 1, 1 match): a count of
# two starts or three watchdog timeouts would be a loop (rule 7). The first classifier run used a
# rendering that gave some look-alikes counts of 2 or 3; see SOURCES.md.


def frames_for(label, frames, k):
    """Positives in every frame; look-alikes in one or two (rotating) to keep the null share near 40%."""
    if label is not None:
        return frames
    return [frames[k % len(frames)]] + ([frames[(k + 1) % len(frames)]] if k % 4 == 0 else [])


def main():
    family = ProbeFamily("probes_events17.jsonl")
    n = 0
    for k, (path, reason, source, msg, label, why) in enumerate(NPD_EVENTS):
        for fr in frames_for(label, (ev_exporter, ev_loki_k8s, ev_graylog), k):
            node = pick(NODES, n)
            kw = {"once": True} if fr is ev_exporter and label is None else {}
            labels, ann = fr(n, reason, source, msg, node, **kw)
            family.add(npd(path), label, f"node-problem-detector {path} {reason}: {why}", labels, ann)
            n += 1
    for k, (path, ctype, status, reason, msg, label, why) in enumerate(NPD_CONDITIONS):
        for fr in frames_for(label, (cond_frame, cond_exporter, "loki"), k):
            node = pick(NODES, n)
            if fr == "loki":
                labels, ann = ev_loki_k8s(n, reason, "node-problem-detector", msg, node)
            else:
                labels, ann = fr(n, ctype, status, reason, msg, node)
            family.add(npd(path), label, f"node-problem-detector {path} {ctype}/{reason}: {why}",
                       labels, ann)
            n += 1
    for k, (src, unit, line, label, why) in enumerate(JOURNAL):
        for fr in frames_for(label, (j_loki, j_graylog, j_elastic, j_alertmanager), k):
            host = pick(HOSTS, n)
            kw = {"once": True} if fr is j_alertmanager and label is None else {}
            labels, ann = fr(n, unit, line, host, **kw)
            family.add(src, label, f"systemd {src[1]}: \"{line}\": {why}", labels, ann)
            n += 1
    family.write()


if __name__ == "__main__":
    main()
