#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_infra23.jsonl: alerts that open-source organisations' and
university sites' sysadmins wrote for their OWN servers and services, kept in their infrastructure
repositories (Puppet, Ansible, Nomad, Kubernetes manifests), each rendered as the alert that fires:
Prometheus rules as Alertmanager delivers them (rule labels plus the labels the annotations name,
templates filled in with made-up values), Nagios/NRPE checks and Cachet event-handler checks as a
Nagios notification relayed to Alertmanager (the plugin's status line in `description`).

Labels are decided from each rule's meaning (its expression, its text) under POLICY.md before the
classifier ran on the file (see the SOURCES.md section `probes_infra23.jsonl`). Hosts, instances,
values and namespaces are made up.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily  # noqa: E402

family = ProbeFamily("probes_infra23.jsonl")
CR, DF, DL, FD, M, N, Q = ("crash_loop", "disk_full", "replication_lag", "fd_exhaustion",
                           "out_of_memory", "node_down", "queue_backlog")
CE, DNS, E, L, T, R, CP, DK = ("certificate_expiry", "dns_failure", "high_error_rate", "high_latency",
                               "upstream_timeout", "rate_limited", "connection_pool_exhaustion", "deadlock")
NULL = None


def nagios(src, expected, why, host, service, state, output, extra=None):
    """A Nagios/NRPE service notification relayed to Alertmanager: the plugin's first output line is
    the description, as a Nagios-to-Alertmanager bridge sends it."""
    labels = {"alertname": service, "host": host, "service": service, "severity": state.lower(),
              "source": "nagios"}
    if extra:
        labels.update(extra)
    family.add(src, expected, why, labels,
               {"summary": f"{service} on {host} is {state}", "description": output})


# ------------------------------------------------------------------ OCF (UC Berkeley) Puppet rules
OCF_C = "60f8aa325bce4ef8cc6f69a909efdf4841931cc9"
OCF = "ocf/puppet"
OCF_NODE = (OCF, "modules/ocf_prometheus/files/rules.d/node.rules.yaml", OCF_C)
OCF_PRN = (OCF, "modules/ocf_prometheus/files/rules.d/printer.rules.yaml", OCF_C)
OCF_MIR = (OCF, "modules/ocf_prometheus/files/rules.d/mirror.rules.yaml", OCF_C)
OCF_CUPS = (OCF, "modules/ocf_prometheus/files/rules.d/cups.rules.yaml", OCF_C)

family.add(OCF_NODE, DF, "OCF DiskUsageTooHigh: filesystem used above 95% (rule 2)",
           {"alertname": "DiskUsageTooHigh", "instance": "tsunami", "mountpoint": "/var",
            "fstype": "ext4", "host_type": "server", "job": "node"},
           {"summary": "Disk usage on tsunami /var is at 96.41%"})
family.add(OCF_NODE, DF, "OCF DiskWillFillIn3Hours: predict_linear of avail bytes < 0 in 3h (rule 2, predicted)",
           {"alertname": "DiskWillFillIn3Hours", "instance": "fallingrocks", "mountpoint": "/opt/mirrors",
            "fstype": "zfs", "host_type": "server", "job": "node"},
           {"summary": "Disk usage on fallingrocks /opt/mirrors is predicted to run out in 3 hours"})
family.add(OCF_PRN, N, "OCF PrinterDown: up{job=\"printer\"} == 0 for 2m (a scrape target down, rule 4)",
           {"alertname": "PrinterDown", "instance": "logjam", "job": "printer"},
           {"summary": "Printer logjam is down"})
family.add(OCF_PRN, NULL, "OCF LowToner: toner level below 3% (a consumable, no signature)",
           {"alertname": "LowToner", "instance": "papercut", "job": "printer"},
           {"summary": "Low toner on papercut",
            "description": "papercut toner is at level 0.02, replace it soon!"})
family.add(OCF_MIR, DL, "OCF MirrorOutOfDate: upstream's last update minus the local mirror's > 24h "
           "(a mirror's lag behind the archive it replicates; policy decision 1)",
           {"alertname": "MirrorOutOfDate", "instance": "fallingrocks", "job": "mirrors", "project": "debian"},
           {"summary": "Mirror debian has not been updated in 1d 7h 12m 40s",
            "suggestion": "On fallingrocks: read the logs by running `journalctl -eu debian` or "
                          "`journalctl -eu ftpsync-debian`.",
            "description": "Local mirror: 2026-12-03 14:02:11 +0000 UTC,\n"
                           "Upstream mirror: 2026-12-04 21:14:51 +0000 UTC"})
family.add(OCF_MIR, NULL, "OCF HealthcheckNotRunning: a mirror health-check job not run in 3h "
           "(a job that did not run, rule 10)",
           {"alertname": "HealthcheckNotRunning", "instance": "fallingrocks", "job": "mirrors",
            "project": "ubuntu"},
           {"summary": "Healthcheck for ubuntu has not been run in 3h 41m 5s",
            "suggestion": "On fallingrocks: read the logs by running `journalctl -eu ubuntu-health`."})
family.add(OCF_CUPS, NULL, "OCF CUPSClassInconsistent: a printer in one print class only (configuration)",
           {"alertname": "CUPSClassInconsistent", "instance": "printhost", "printername": "logjam",
            "job": "cups"},
           {"summary": "Printer logjam is in rotation on either single or double, but not both",
            "remediation": "https://printhost.ocf.berkeley.edu/classes/"})

# ------------------------------------------------------------------ Ceph Sepia lab (ceph-cm-ansible)
CEPH_C = "dab2cbedbdbdce9b079a61896e5b986ab8423f36"
CEPH = "ceph/ceph-cm-ansible"
CHECK_MEM = (CEPH, "roles/common/files/nagios/check_mem.sh", CEPH_C)
SMART = (CEPH, "roles/common/files/libexec/smart.sh", CEPH_C)
PINGS = (CEPH, "roles/public_facing/templates/status.sepia.ceph.com/lab-pings.j2", CEPH_C)
OVPN = (CEPH, "roles/public_facing/templates/status.sepia.ceph.com/openvpn.j2", CEPH_C)

nagios(CHECK_MEM, M, "Sepia NRPE check_mem -w 85 -c 95: memory used at or above 95% (rule 2)",
       "smithi042.front.sepia.ceph.com", "check_mem", "CRITICAL",
       "MEMORY CRITICAL - Total: 64215 MB - Used: 61490 MB - 95% used!")
nagios(CHECK_MEM, M, "Sepia NRPE check_mem warning: memory used at or above 85% (rule 2)",
       "mira118.front.sepia.ceph.com", "check_mem", "WARNING",
       "MEMORY WARNING - Total: 15884 MB - Used: 13702 MB - 86% used!")
nagios(SMART, NULL, "Sepia NRPE check_smart: SMART attributes of drives failing (disk hardware health, "
       "as ECC errors, rule 5)",
       "reesi004.front.sepia.ceph.com", "check_smart", "CRITICAL",
       "CRITICAL - 2 of 12 drives need replacing")
nagios(SMART, NULL, "Sepia NRPE check_smart warning: drives sick (hardware health, rule 5)",
       "o10.front.sepia.ceph.com", "check_smart", "WARNING",
       "WARNING - 1 of 8 drives sick")
family.add(PINGS, NULL, "Sepia status page: partial packet loss to the Community Cage edge router "
           "(link quality, rule 16)",
           {"alertname": "Packet Loss", "component": "Community Cage Network", "state_type": "SOFT",
            "severity": "critical", "source": "cachet"},
           {"summary": "Community Cage Network: Packet Loss CRITICAL", "description": "40% packet loss"})
family.add(PINGS, N, "Sepia status page: 100% packet loss to the edge router over 10 pings "
           "(all pings failing, rules 11 and 16)",
           {"alertname": "Packet Loss", "component": "Community Cage Network", "state_type": "HARD",
            "severity": "critical", "source": "cachet"},
           {"summary": "Community Cage Network: Packet Loss CRITICAL", "description": "100% packet loss"})
family.add(OVPN, N, "Sepia status page: the OpenVPN server's port not answering while the internet is "
           "reachable (a server unreachable or its service not listening, rule 4)",
           {"alertname": "OpenVPN", "component": "OpenVPN Server", "state_type": "HARD",
            "severity": "critical", "source": "cachet"},
           {"summary": "OpenVPN Server: OpenVPN CRITICAL",
            "description": "gw.sepia.ceph.com is unreachable or port 1194 closed"})

# ------------------------------------------------------------------ SCaLE conference network (NixOS)
SCALE = ("socallinuxexpo/scale-network", "nix/nixos-modules/services/monitoring.nix",
         "b0196ff2fbe4233492e6b6c1a3b610a03f03aeb3")
for alert, summary, why in [
        ("ServerDown", "One or more servers are down", "count(up{job=\"integrations/unix\"} == 0) > 0 for 5m"),
        ("SwitchDown", "One or more switches are down", "count(up{job=\"switches_system\"} == 0) > 0 for 5m "
         "(a switch's own scrape failing: the device, not a link)"),
        ("ApDown", "One or more aps are down", "count(up{job=\"aps\"} == 0) > 0 for 5m (wireless access points)"),
        ("PiDown", "One or more pis are down", "count(up{job=\"pis\"} == 0) > 0 for 5m (the show floor's Raspberry Pis)")]:
    family.add(SCALE, N, f"SCaLE {alert}: {why} (rule 4: scrape targets down)",
               {"alertname": alert, "severity": "critical"}, {"summary": summary})

# ------------------------------------------------------------------ Software Heritage (Icinga via Puppet)
SWH_C = "16355ea51faead69533a133841c9452556e0d888"
SWH = "SoftwareHeritage/puppet-swh-site"
SWH_STATIC = (SWH, "site-modules/profile/manifests/icinga2/objects/static_checks.pp", SWH_C)
SWH_THANOS = (SWH, "site-modules/profile/manifests/thanos/prometheus_sidecar.pp", SWH_C)
nagios(SWH_STATIC, DL, "Software Heritage 'Postgresql replication lag (belvedere -> somerset)': "
       "check_prometheus_metric on sql_pg_stat_replication, critical above 2 GiB of lag (rule 7: database "
       "replication lag)",
       "belvedere.internal.softwareheritage.org", "Postgresql replication lag (belvedere -> somerset)",
       "CRITICAL", "CRITICAL - pg replication_lag belvedere somerset is 2684354560 | query_result=2684354560",
       {"check_command": "check_prometheus_metric", "source": "icinga2"})
nagios(SWH_THANOS, NULL, "Software Heritage 'thanos sidecar': time since the sidecar's last successful block "
       "upload to object storage above 3h (an overdue periodic upload, as a backup older than its "
       "maximum age: rule 10)",
       "pergamon.internal.softwareheritage.org", "thanos sidecar", "WARNING",
       "WARNING - thanos_sidecar_upload_lag is 13214 | query_result=13214",
       {"check_command": "check_prometheus_metric", "source": "icinga2"})

# ------------------------------------------------------------------ PyTorch CI infrastructure (test-infra)
PT_C = "61a77570f45416dc425c17d4a648376541a84732"
PT = "pytorch/test-infra"
PT_QUEUE = (PT, "tools/torchci/queue_alert.py", PT_C)
PT_CHECK = (PT, "tools/torchci/check_alerts.py", PT_C)
PT_HUD = (PT, "clickhouse_db_schema/grafana_alerts/broken_viable_strict.sql", PT_C)
family.add(PT_QUEUE, Q, "PyTorch queue alert to the AWS alerting lambda: more than 20 CI jobs waiting over an "
           "hour for a ROCm runner (work waiting to be consumed, rule 4)",
           {"alertname": "[Pytorch] Machine linux.rocm.gpu.2 has a long queue", "source": "test-infra-queue-alerts",
            "priority": "P2", "team": "rocm-queue", "state": "FIRING"},
           {"title": "[Pytorch] Machine linux.rocm.gpu.2 has a long queue",
            "summary": "Machine linux.rocm.gpu.2 has 34 jobs in queue for 1.42 hours",
            "description": "Machine linux.rocm.gpu.2 has 34 jobs in queue for 1.42 hours",
            "dashboard_url": "https://hud.pytorch.org/metrics"})
family.add(PT_QUEUE, NULL, "PyTorch queue alert RESOLVED: the same alarm closed with 0 jobs in queue "
           "(a recovery, rule 14)",
           {"alertname": "[Pytorch] Machine linux.rocm.gpu.mi300.2 has a long queue",
            "source": "test-infra-queue-alerts", "priority": "P2", "team": "rocm-queue", "state": "RESOLVED"},
           {"title": "[Pytorch] Machine linux.rocm.gpu.mi300.2 has a long queue",
            "summary": "Machine linux.rocm.gpu.mi300.2 has 0 jobs in queue for 0 hours",
            "description": "Machine linux.rocm.gpu.mi300.2 has 0 jobs in queue for 0 hours"})
family.add(PT_QUEUE, Q, "PyTorch queue-alert issue: runner types with more than 50 queued jobs for over 30 "
           "minutes / an hour (jobs waiting, rule 4)",
           {"alertname": "queue-alert", "repo": "pytorch/test-infra", "source": "github-issue"},
           {"title": "[Pytorch] There are 3 machines with long queues",
            "description": "Within the last 5 minutes, these machines had long queues (exact numbers may be out "
                           "of date):\n- linux.2xlarge, 212 machines, 0.74 hours\n- linux.4xlarge, 87 machines, "
                           "0.61 hours\n- linux.g5.4xlarge.nvidia.gpu, 64 machines, 1.35 hours\n\nPlease look at "
                           "the hud metrics page for more info."})
family.add(PT_CHECK, NULL, "PyTorch pytorch-alert issue: CI jobs failing recurrently on main (failed jobs are "
           "not requests, rule 10)",
           {"alertname": "pytorch-alert", "repo": "pytorch/test-infra", "source": "github-issue"},
           {"title": "[Pytorch] There are 2 Recurrently Failing Jobs on pytorch/pytorch main",
            "description": "Within the last 50 commits, there are the following failures on the main branch of "
                           "pytorch: \n- [trunk / linux-jammy-cuda12.8-py3.10-gcc11 / test (default)]"
                           "(https://hud.pytorch.org/hud/pytorch/pytorch/main/1)\n- [pull / linux-jammy-py3.10-gcc11"
                           " / test (crossref)](https://hud.pytorch.org/hud/pytorch/pytorch/main/1)\n"
                           "Please review the errors and revert if needed."})
family.add(PT_CHECK, NULL, "PyTorch warning issue: no flaky-test issue filed in 14 days (a bot that may have "
           "stopped; nothing of a signature)",
           {"alertname": "pytorch-alert", "repo": "pytorch/test-infra", "source": "github-issue"},
           {"title": "[Pytorch][Warning] No flaky test issues have been detected in the past 14 days!",
            "description": "No issues have been filed in the past 14 days for the repository pytorch/test-infra."})
family.add(PT_HUD, NULL, "PyTorch Grafana alert on ClickHouse: a viable/strict blocking job failing on 3 "
           "consecutive commits (failed CI jobs, rule 10)",
           {"alertname": "HUD is broken - 3 commits in a row (<=5 jobs failing)", "grafana_folder": "pytorch-ci",
            "workflow_name": "trunk", "job_group": "linux-jammy-cuda12.8-py3.10-gcc11 / test (default)"},
           {"summary": "HUD is broken - 3 commits in a row (<=5 jobs failing)"})

# ------------------------------------------------------------------ Magic Castle (Alliance/Compute Canada HPC)
MC = ("ComputeCanada/puppet-magic_castle", "data/common.yaml", "7d84d4bbfd62fffc2b42e2de0a1c153893bec0d5")
family.add(MC, N, "Magic Castle Slurm-nodes-down: slurm_nodes_down > 0 (compute nodes in the DOWN state, rule 4)",
           {"alertname": "Slurm-nodes-down", "severity": "critical", "instance": "mgmt1:8081", "job": "exporter"},
           {"summary": "Slurm reports down nodes",
            "description": "slurmctld on mgmt1:8081 reports 3 nodes in the DOWN state"})
family.add(MC, DF, "Magic Castle Filesystem-low-on-avail-space (warning): under 10% available for 5m (rule 2)",
           {"alertname": "Filesystem-low-on-avail-space", "severity": "warning", "instance": "nfs1:9100",
            "device": "/dev/vdb", "mountpoint": "/project", "fstype": "xfs", "job": "exporter"},
           {"summary": "Instance nfs1:9100's /dev/vdb has less than 10% space available",
            "description": "nfs1:9100's /dev/vdb(mountpoint=/project) has 7.84% space available"})
family.add(MC, DF, "Magic Castle Filesystem-low-on-avail-space (critical): under 5% available for 1m (rule 2)",
           {"alertname": "Filesystem-low-on-avail-space", "severity": "critical", "instance": "login1:9100",
            "device": "/dev/vda1", "mountpoint": "/", "fstype": "xfs", "job": "exporter"},
           {"summary": "Instance login1:9100's /dev/vda1 has less than 5% space available",
            "description": "login1:9100's /dev/vda1(mountpoint=/) has 3.12% space available"})
family.add(MC, NULL, "Magic Castle Puppet-Failure: puppet_report_events{name=\"Failure\"} > 0 (a failed "
           "configuration run, rule 10)",
           {"alertname": "Puppet-Failure", "severity": "error", "host": "node7", "instance": "puppet:9100",
            "job": "exporter"},
           {"summary": "Instance node7 reported puppet failure", "description": "node7 reported 2 errors"})

# ------------------------------------------------------------------ Apache Software Foundation (infrastructure-puppet)
ASF_SVN = ("apache/infrastructure-puppet", "modules/rootbin_asf/files/bin/check_svnmirror_lock.pl",
           "ff92d239037acc2f7a4f90d6b34e5a293404de58")
family.add(ASF_SVN, DL, "ASF check_svnmirror_lock.pl cron mail: the svn mirror's revision behind the master's, "
           "no stale lock, a sync started (a mirror's lag behind the repository it replicates, rule 7; "
           "policy decision 1)",
           {"alertname": "check_svnmirror_lock", "host": "svn-us.apache.org", "source": "cron"},
           {"summary": "Cron <root@svn-us> check_svnmirror_lock.pl --master=https://svn-master.apache.org/repos/asf "
                       "--slave=https://svn-us.apache.org/repos/asf",
            "description": "Master and mirror out of sync!\nNo stale lock detected.\nMaster url: "
                           "https://svn-master.apache.org/repos/asf\nMaster revision: 1921874\nSlave url: "
                           "https://svn-us.apache.org/repos/asf\nSlave revision: 1921861\nSyncing ..."})

# ------------------------------------------------------------------ Mozilla Release Engineering (build-puppet)
MR_C = "843736f8ddcc970e5c1becc3fe6d51fd65d81c56"
MR = "mozilla-releng/build-puppet"
MR_PENDING = (MR, "modules/scriptworker/templates/check_pending_scriptworker_tasks.erb", MR_C)
MR_PMCERTS = (MR, "modules/nrpe/files/check_puppetmaster_certs", MR_C)
MR_AGENT = (MR, "modules/nrpe/files/check_puppet_agent", MR_C)
nagios(MR_PENDING, Q, "Mozilla RelEng check_pending_scriptworker_tasks: Taskcluster tasks pending for the "
       "scriptworker pool at or above the critical threshold (work waiting to be consumed, rule 4)",
       "signingworker-3.srv.releng.use1.mozilla.com", "check_pending_scriptworker_tasks", "CRITICAL",
       "PENDING_TASKS CRITICAL - 37/10 pending tasks for scriptworker-prov-v1:signing-linux-v1")
nagios(MR_PENDING, Q, "Mozilla RelEng check_pending_scriptworker_tasks warning: pending tasks at or above 5 "
       "(rule 4)",
       "beetmoverworker-1.srv.releng.usw2.mozilla.com", "check_pending_scriptworker_tasks", "WARNING",
       "PENDING_TASKS WARNING - 7/5 pending tasks")
nagios(MR_PMCERTS, CE, "Mozilla RelEng check_puppetmaster_certs: CA and master certificates within 30 days "
       "of expiry (openssl x509 -checkend; the files listed are certificates)",
       "releng-puppet2.srv.releng.scl3.mozilla.com", "check_puppetmaster_certs", "CRITICAL",
       "Certs/CRLs expiring soon:  root-ca.crt releng-puppet2.srv.releng.scl3.mozilla.com-ca.crt")
nagios(MR_AGENT, NULL, "Mozilla RelEng check_puppet_agent: last Puppet run older than the critical "
       "threshold (a periodic job that has not run, rule 10)",
       "b-linux64-hp-0031.build.releng.scl3.mozilla.com", "check_puppet_agent", "CRITICAL",
       "CRITICAL: Last run was 9315 seconds ago. crit is 7200")
nagios(MR_AGENT, NULL, "Mozilla RelEng check_puppet_agent: the last Puppet run had errors (a failed run, "
       "rule 10)",
       "t-yosemite-r7-0112.test.releng.mdc1.mozilla.com", "check_puppet_agent", "CRITICAL",
       "CRITICAL: Last run had 1 or more errors. Check the logs")

# ------------------------------------------------------------------ ASF KIF ("Kill It With Fire") mails
KIF = ("apache/infrastructure-kif", "kif.py", "4737eb8da88691297c82e4cb06a7ed7824c2903e")


def kif(expected, why, host, trigger, action, rule):
    """KIF's e-mail (email_template.txt) relayed as an alert: the trigger line is kif.py's `lstr`,
    prefixed by "- " in the mail."""
    family.add(KIF, expected, f"ASF KIF rule {rule}: {why}",
               {"alertname": "KIF", "host": host, "rule": rule, "source": "kif"},
               {"summary": f"[KIF] events triggered on {host}",
                "description": f"Hullo there,\n\nKIF has detected the following issues on {host}:\n\n- {trigger}\n\n"
                               f"As a precaution, the following commands were run to fix issues:\n\n- {action}\n\n"
                               "With regards and sighs,\nYour loyal KIF service."})


kif(M, "postfix master over its maxmemory 50% trigger (memory utilisation of the host, rule 2; the restart "
    "is KIF's remedy, the memory the cause)", "mail-relay-he-fi.apache.org",
    "      - postfix: '/usr/lib/postfix/sbin/master -w' is using 61.7% memory, max allowed is 50.5%",
    "service postfix restart", "postfix")
kif(M, "slapd over its maxmemory 50% trigger (rule 2)", "ldap-us.apache.org",
    "      - slapd: '/usr/sbin/slapd -h ldap:/// ldapi:/// ldaps:/// -g openldap -u openldap' is using 55.2% "
    "memory, max allowed is 50.5%", "service slapd restart", "slapd")
kif(NULL, "a gitweb git process in zombie state, killed (a zombie process: no signature)",
    "gitbox2-he-fi.apache.org", "      - gitwebzombies: '/usr/bin/git upload-pack --strict --timeout=0 .' is in "
    "state 'zombie'", "KILL PID 281734 with sig 9", "gitwebzombies")
kif(NULL, "a Jenkins agent process older than 36h, killed (process age: no signature)",
    "asf946.gq1.ygridcore.net", "      - jenkins_node_hung_processes: 'java -Xmx2g -jar surefirebooter.jar' is "
    "141327 seconds old, max allowed is 129600", "KILL PID 90213 with sig 9", "jenkins_node_hung_processes")
kif(NULL, "a git-remote-https checkout older than 30 minutes, killed (a stuck process by age: no signature)",
    "tlpserver-he-fi.apache.org", "      - staged_git_frozen: '/usr/lib/git-core/git-remote-https origin "
    "https://gitbox.apache.org/repos/asf/kafka-site.git' is 2214 seconds old, max allowed is 1800",
    "KILL PID 7731 with sig 9", "staged_git_frozen")

# ------------------------------------------------------------------ OONI (ooni/devops, Ansible prometheus role)
OONI_C = "6cadabd2cfee707fc5d12ab9b889bc1581da0566"
OONI_R = ("ooni/devops", "ansible/roles/prometheus/files/alert_rules.yml", OONI_C)
OONI_O = ("ooni/devops", "ansible/roles/prometheus/files/alert_ooni.yml", OONI_C)


def ooni(src, expected, why, labels, annotations):
    family.add(src, expected, f"OONI {labels['alertname']}: {why}", labels, annotations)


ooni(OONI_R, N, "up != 1 for 5m, including HTTP scrape failures (rule 4)",
     {"alertname": "InstanceDown", "instance": "backend-hel.ooni.org:9100", "job": "node", "env": "prod"},
     {"summary": "backend-hel.ooni.org:9100  [prod]  is not `up`"})
ooni(OONI_R, N, "up != 1 for 5m of an EC2 host (rule 4)",
     {"alertname": "InstanceDown", "instance": "10.0.3.41:9100", "job": "node", "ec2_name": "oonith-prod-2",
      "ec2_host": "ec2-3-75-112-18.eu-central-1.compute.amazonaws.com", "env": "prod"},
     {"summary": "oonith-prod-2  (ec2-3-75-112-18.eu-central-1.compute.amazonaws.com)  [prod]  is not `up`"})
ooni(OONI_R, NULL, "node_systemd_system_running != 1, `systemctl is-system-running` degraded: some unit "
     "failed (a failed systemd unit, rules 5 and 7)",
     {"alertname": "systemd", "instance": "monitoring.ooni.org:9100", "job": "node"},
     {"summary": "monitoring.ooni.org:9100 is not OK, check `systemctl list-units | grep failed`"})
ooni(OONI_R, NULL, "disk I/O time above 800ms/s for 2h (disk I/O, rule 5)",
     {"alertname": "IOHigh", "instance": "backend-fsn.ooni.org:9100", "job": "node", "device": "sda"},
     {"summary": "backend-fsn.ooni.org:9100/sda spends 912.4ms/s in IO over 2 hours"})
ooni(OONI_R, NULL, "CPU above 0.75 cores for 8h (rule 2: CPU)",
     {"alertname": "CPUHigh", "instance": "ams-pg-test.ooni.org:9100", "job": "node"},
     {"summary": "ams-pg-test.ooni.org:9100 has 0.93 of CPU core used over 8 hours"})
ooni(OONI_R, NULL, "received bandwidth above 50 Mbit/s for 1h (network bandwidth, rule 2)",
     {"alertname": "NetworkRXHigh", "instance": "th1.ooni.nu:9100", "job": "node", "device": "eth0"},
     {"summary": "th1.ooni.nu:9100/eth0 gets 63.21Mbit/s"})
ooni(OONI_R, NULL, "15-minute load average above 8 for 1h (load, rule 2)",
     {"alertname": "LoadAverageHigh", "instance": "backend-hel.ooni.org:9100", "job": "node"},
     {"summary": "backend-hel.ooni.org:9100 has LA15 11.4"})
ooni(OONI_R, M, "node_vmstat_oom_kill increasing: kernel OOM kills in 5m (rule 1: the OOM killer ran)",
     {"alertname": "OOM", "instance": "10.0.2.17:9100", "job": "node", "ec2_name": "oonidataapi-prod",
      "env": "prod"},
     {"summary": "oonidataapi-prod prod had 2 OOMs in 5m"})
ooni(OONI_R, DF, "filesystem predicted to fill within a week from a day's growth (rule 2, predicted)",
     {"alertname": "DiskWillFillInAWeek", "instance": "backend-fsn.ooni.org:9100", "job": "node",
      "mountpoint": "/data", "device": "/dev/md2", "fstype": "ext4"},
     {"summary": "backend-fsn.ooni.org:9100 becomes /dev/full soon",
      "description": "In 4d 6h 12m 3s `/data` will be full. 41.23GiB available, 9.71GiB/day growth.\n"})
ooni(OONI_R, DF, "under 10 GiB and under 20% available (rule 2)",
     {"alertname": "DiskFull", "instance": "ams-pg.ooni.org:9100", "job": "node", "mountpoint": "/var/lib/postgresql",
      "device": "/dev/sdb1", "fstype": "ext4"},
     {"summary": "ams-pg.ooni.org:9100/var/lib/postgresql is almost full",
      "description": "7.412GiB ~ 6% available at ams-pg.ooni.org:9100/var/lib/postgresql.\n"})
ooni(OONI_R, DF, "free inodes below 50% (inode capacity, rule 2)",
     {"alertname": "DiskInodesOver50pct", "instance": "backend-hel.ooni.org:9100", "job": "node",
      "mountpoint": "/var/lib/ooniapi", "device": "/dev/sda3", "fstype": "ext4"},
     {"summary": "`df -i` at backend-hel.ooni.org:9100 over 50%",
      "description": "43.7% inodes available at /var/lib/ooniapi."})
ooni(OONI_R, NULL, "node_exporter's textfile collector failing (a monitor's own collection, rule 16)",
     {"alertname": "TextfileError", "instance": "backend-fsn.ooni.org:9100", "job": "node"},
     {"summary": "Broken `textfile` at backend-fsn.ooni.org:9100"})
ooni(OONI_R, NULL, "a textfile metric not rewritten for over 2h (a stale collector file, rule 16)",
     {"alertname": "TextfileJam", "instance": "backend-hel.ooni.org:9100", "job": "node",
      "file": "/run/nodeexp/db_backup_status.prom"},
     {"summary": "Stale `textfile` at backend-hel.ooni.org:9100",
      "description": "`/run/nodeexp/db_backup_status.prom` is 7h old."})
ooni(OONI_R, NULL, "scraped samples halved against a day ago (Prometheus's own health, rule 16)",
     {"alertname": "ScrapeSamplesLoss"},
     {"summary": "Lots of `scrape_samples_scraped` lost",
      "description": "Now ~ 412.1k, 24h ago ~ 987.6k."})
ooni(OONI_R, N, "blackbox probe_success == 0 for 60m on an onion service (blackbox probe failure, rule 4)",
     {"alertname": "BlackboxDown", "instance": "http://2lzg3f4r3eapfi6j.onion/", "job": "onion testhelpers"},
     {"summary": "http://2lzg3f4r3eapfi6j.onion/ endpoint down"})
ooni(OONI_R, N, "blackbox probe_success == 0 for 10m (blackbox probe failure, rule 4)",
     {"alertname": "BlackboxDown", "instance": "https://explorer.ooni.org/", "job": "blackbox_https"},
     {"summary": "https://explorer.ooni.org/ endpoint down"})
ooni(OONI_R, CE, "probe_ssl_earliest_cert_expiry close: the certificate expires (the summary's \"`certbot` "
     "failed\" names the renewal, the measurement is the expiry)",
     {"alertname": "SSLCertExpires", "instance": "https://api.ooni.io/", "job": "blackbox_https"},
     {"summary": "`certbot` failed at https://api.ooni.io/",
      "description": "SSL cert for  expires in 19 days."})
ooni(OONI_R, NULL, "Alertmanager failing to send notifications (the monitor's own delivery, no signature)",
     {"alertname": "AlertmanagerNotificationsFailing", "instance": "localhost:9093", "integration": "slack",
      "job": "alertmanager"},
     {"summary": "Alertmanager localhost:9093 fails slack notifications."})
ooni(OONI_O, NULL, "the NAS's rsync backup returning a non-zero exit code for 48h (a failed backup, rule 10)",
     {"alertname": "NASRsyncFailure", "exported_instance": "hellais-nas", "job": "pushgateway"},
     {"summary": "hellais-nas `rsync` exitcode: 23"})
ooni(OONI_O, DL, "a web mirror's content mtime behind the newest mirror's for 11m (a mirror's lag, policy "
     "decision 1)",
     {"alertname": "MirrorDiverged", "instance": "ooni.torproject.org:443", "job": "ooni-web"},
     {"summary": "Mirror ooni.torproject.org:443 lags by 2h 5m 12s",
      "description": "Run `make update-site`."})
ooni(OONI_O, N, "a test helper's up != 1 for 5m (rule 4)",
     {"alertname": "TestHelperDown", "instance": "c.th.ooni.org:9100", "domain": "c.th.ooni.org", "job": "node"},
     {"summary": "test helper down: c.th.ooni.org:9100 (c.th.ooni.org)"})

# ------------------------------------------------------------------ DTU Niflheim's Slurm strigger mails (Slurm_tools)
DTU_C = "05c7ebc854fa80f16b6b06f8f30d4077a3ac0a53"
DTU = "OleHolmNielsen/Slurm_tools"


def strigger(script, expected, why, subject, body, host="que.fysik.dtu.dk"):
    """A Slurm trigger script's mail (mailx -s SUBJECT root) relayed as an alert."""
    family.add((DTU, f"triggers/{script}", DTU_C), expected, f"DTU Niflheim {script}: {why}",
               {"alertname": script, "host": host, "cluster": "niflheim", "source": "strigger"},
               {"summary": subject, "description": body})


strigger("notify_nodes_down", N, "strigger --node --down fired: a compute node DOWN, reason \"Node "
         "unexpectedly rebooted\" (a node down, rule 4)", "Nodes down: x073",
         "Fri Dec  4 21:41:07 2026\nNODELIST   NODES PARTITION       STATE CPUS    S:C:T MEMORY TMP_DISK WEIGHT "
         "AVAIL_FE REASON              \nx073           1   xeon24*        down   24   2:12:1 257000   140000      1 "
         "xeon2650 Node unexpectedly re\n\nRecent jobs running on nodes x073\n"
         "Setting new trigger --node --down --program=/usr/local/bin/notify_nodes_down")
strigger("notify_slurmdbd_down", N, "strigger --primary_slurmdbd_failure: the accounting daemon slurmdbd "
         "is not responding to slurmctld (a daemon down, rule 4)", "Slurmdbd failure: ",
         "The slurmdbd configuration in slurm.conf:\nAccountingStorageHost   = slurmdb\n"
         "Setting new trigger --primary_slurmdbd_failure --program=/usr/local/bin/notify_slurmdbd_down")
strigger("notify_slurmdbd_resumed", NULL, "strigger --primary_slurmdbd_resumed: slurmdbd back (a recovery, "
         "rule 14)", "Slurmdbd resumed: ",
         "The slurmdbd configuration in slurm.conf:\nAccountingStorageHost   = slurmdb\n"
         "Setting new trigger --primary_slurmdbd_resumed --program=/usr/local/bin/notify_slurmdbd_resumed")
strigger("notify_primary_database_failure", N, "strigger --primary_database_failure: slurmdbd lost its "
         "primary MySQL/MariaDB database (the database down, rule 4)", "Slurm primary database failure: ",
         "Setting new trigger --primary_database_failure --program=/usr/local/bin/notify_primary_database_failure",
         host="slurmdb.fysik.dtu.dk")
strigger("notify_primary_database_resumed_operation", NULL, "strigger --primary_database_resumed_operation "
         "(a recovery, rule 14)", "Slurm primary database resumed operation: ",
         "Setting new trigger --primary_database_resumed_operation "
         "--program=/usr/local/bin/notify_primary_database_resumed_operation", host="slurmdb.fysik.dtu.dk")
strigger("notify_primary_slurmctld_resumed_operation", NULL, "strigger "
         "--primary_slurmctld_resumed_operation: the controller resumed (a recovery, rule 14)",
         "Primary slurmctld resumed operation: ",
         "Setting new trigger --primary_slurmctld_resumed_operation "
         "--program=/usr/local/bin/notify_primary_slurmctld_resumed_operation")
strigger("notify_slurmctld_acct_buffer_full", Q, "strigger --primary_slurmctld_acct_buffer_full: "
         "slurmctld's buffer of accounting records waiting for slurmdbd is full (records waiting to be "
         "sent, as Fluentd's full buffer under rule 17)", "Slurmctld acct buffer is full: ",
         "Setting new trigger --primary_slurmctld_acct_buffer_full "
         "--program=/usr/local/bin/notify_slurmctld_acct_buffer_full")

family.write()
