#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_storage29.jsonl: storage capacity said without the words of a
file system: pools, datasets, volumes, thin pools, volume groups, snapshots, storage policies,
tablespaces, quotas, log dirs and object stores, and their look-alikes.

Capacity (disk_full): TrueNAS pool space usage and dataset quota alerts, NetApp Harvest's volume
used percentage and root-volume EMS rule, SeaweedFS with no free volumes, over its mount quota or
with no free space for a new volume, Docker's devicemapper thin pool below its minimum free data or
metadata blocks, LVM volume groups with insufficient free space, thin pools out of data space or low
on metadata, VDO and snapshot usage, ClickHouse's NOT_ENOUGH_SPACE, Nextcloud's storage full / almost
full and WebDAV InsufficientStorage, MinIO's XMinioStorageFull, Oracle's ORA-01536 (tablespace quota)
and ORA-30036 (undo tablespace), Kafka's log dir failing on "No space left on device".

Look-alikes (null): TrueNAS scrub paused, snapshot counts, SMART errors and spare blocks, pools and
boot pools not healthy; an LVM volume extended, a thin pool needing a check, thin over-provisioning
(a planning notice); a NetApp volume grown by autosize or resized by an operator, a failed drive;
SeaweedFS back within its quota and its volume size limit printed at start-up; MinIO's write quorum
lost to failed drives; Kafka's message and segment size limits and an I/O error on a log dir;
Kubernetes ResourceQuota refusals for requests.storage and requests.memory (rule 7).

Labels were decided from each alert's meaning under POLICY.md (rules 1, 2, 5, 7, 9, 12, 14, 16, 17)
before the classifier ran on the file; see the SOURCES.md section "probes_storage29".
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily, page_provenance, probe_item  # noqa: E402

family = ProbeFamily("probes_storage29.jsonl")
D = "disk_full"

# ---------------------------------------------------------------------------------------------
# TrueNAS middleware alert classes, as TrueNAS' alert services deliver them.
TN = "truenas/middleware"
TN_CAP = (TN, "src/middlewared/middlewared/alert/source/zpool_capacity.py",
          "8aa225d7329a54eb19320733e4009a17d0fb77fd")
TN_QUOTA = (TN, "src/middlewared/middlewared/alert/source/quota.py",
            "1cc0bf53873ea08d36e502323e9637c269a89ab6")
TN_SCRUB = (TN, "src/middlewared/middlewared/alert/source/scrub_paused.py",
            "029db2cd1d4c2ad86fd17d73d275839a38c4da35")
TN_SNAP = (TN, "src/middlewared/middlewared/alert/source/snapshot_count.py",
           "05157964b3d6457403594033c304c1b26fce054d")
TN_SMART = (TN, "src/middlewared/middlewared/alert/source/smart.py",
            "0e3c019d0f2e6c22af1395c330e1de5f267e57fe")
TN_VOL = (TN, "src/middlewared/middlewared/alert/source/volume_status.py",
          "b87ce9236abb94800678c8c77dc4195d08545bb4")
TN_BOOT = (TN, "src/middlewared/middlewared/alert/source/boot_pool.py",
           "029db2cd1d4c2ad86fd17d73d275839a38c4da35")


def truenas_items():
    def alert(src, expected, why, klass, level, title, text, host, frame="alertmanager"):
        if frame == "alertmanager":
            labels = {"alertname": klass, "klass": klass, "level": level, "hostname": host,
                      "source": "truenas", "severity": level.lower()}
            ann = {"summary": title, "description": text}
        elif frame == "opsgenie":
            labels = {"alertname": f"TrueNAS {host}: {title}", "alias": f"{host}-{klass}",
                      "priority": "P2" if level == "CRITICAL" else "P3", "source": "TrueNAS"}
            ann = {"message": f"{title}", "description": f"{level}: {text}"}
        else:  # nagios check_truenas service notification
            state = "CRITICAL" if level == "CRITICAL" else "WARNING"
            code = "(C)" if level == "CRITICAL" else "(W)"
            labels = {"alertname": "check_truenas_alerts", "host": host, "service": "TrueNAS Alerts",
                      "state": state, "notification_type": "PROBLEM"}
            ann = {"summary": f"PROBLEM: {host}/TrueNAS Alerts is {state}",
                   "description": f"{state} - {code} {text}"}
        family.add(src, expected, f"TrueNAS alert {klass}: {why}", labels, ann)

    alert(TN_CAP, D, "pool space usage above 80% (warning class)", "ZpoolCapacityWarning", "WARNING",
          "Pool Space Usage Is Above 80%",
          'Space usage for pool "tank" is 84%. Optimal pool performance requires used space remain '
          "below 80%.", "nas01.lab.example")
    alert(TN_CAP, D, "pool space usage above 90% (critical class), via Opsgenie", "ZpoolCapacityCritical",
          "CRITICAL", "Pool Space Usage Is Above 90%",
          'Space usage for pool "media" is 93%. Optimal pool performance requires used space remain '
          "below 80%.", "truenas-media", frame="opsgenie")
    alert(TN_CAP, D, "boot pool capacity in a Nagios check_truenas notification",
          "ZpoolCapacityCritical", "CRITICAL", "Pool Space Usage Is Above 90%",
          'Space usage for pool "boot-pool" is 91%. Optimal pool performance requires used space '
          "remain below 80%.", "fs-backup-02", frame="nagios")
    alert(TN_CAP, D, "backup pool above 80%, another box", "ZpoolCapacityWarning", "WARNING",
          "Pool Space Usage Is Above 80%",
          'Space usage for pool "backup" is 88%. Optimal pool performance requires used space remain '
          "below 80%.", "fs-backup-02")
    alert(TN_QUOTA, D, "dataset quota above its warning threshold (a quota that refuses writes, rule 7)",
          "QuotaWarning", "WARNING", "Quota Exceeded on Dataset",
          "Quota exceeded on dataset tank/home/jdoe. Used 82.41% (82.4 GiB of 100 GiB).",
          "nas01.lab.example")
    alert(TN_QUOTA, D, "dataset refquota above its critical threshold", "QuotaCritical", "CRITICAL",
          "Critical Quota Exceeded on Dataset",
          "Refquota exceeded on dataset pool0/shares/finance. Used 97.06% (1.94 TiB of 2 TiB).",
          "truenas-media", frame="opsgenie")
    alert(TN_SCRUB, None, "scrub paused (pool maintenance, look-alike)", "ScrubPaused", "WARNING",
          "Scrub Is Paused", "Scrub for pool 'tank' is paused.", "nas01.lab.example")
    alert(TN_SNAP, None, "more snapshots than recommended (a count, not capacity)", "SnapshotTotalCount",
          "WARNING", "Too Many Snapshots Exist",
          "Your system has more snapshots (10412) than recommended (10000). Performance or functionality "
          "might degrade.", "fs-backup-02")
    alert(TN_SNAP, None, "SMB share snapshot count over the Previous Versions limit", "SnapshotCount",
          "WARNING", "Too Many Snapshots Exist For Dataset",
          "SMB share tank/projects has more snapshots (612) than recommended (512). File Explorer may not "
          "display all snapshots in the Previous Versions tab.", "nas01.lab.example")
    alert(TN_SMART, None, "low spare block reserve of an SSD (drive wear, not capacity)",
          "SMARTSpareBlockCount", "CRITICAL", "Low Spare Block Reserve",
          "sdc (MSA2213004LL) is reporting a low spare block reserve (87) .", "truenas-media",
          frame="opsgenie")
    alert(TN_SMART, None, "uncorrected SMART errors (device health)", "SMARTUncorrectedErrors", "WARNING",
          "Uncorrected Errors Detected", "14 uncorrectable errors reported for sdf (ZL2B8KQ1).",
          "fs-backup-02", frame="nagios")
    alert(TN_SMART, None, "failed SMART self-test", "SMARTFailedSelfTest", "WARNING", "Failed Selftest",
          "nvme1n1 (S4EWNX0R301245) failed a SMART selftest.", "nas01.lab.example")
    alert(TN_VOL, None, "pool degraded by a faulted device (degraded, rule 5 look-alike)", "VolumeStatus",
          "CRITICAL", "Pool Status Is Not Healthy",
          "Pool tank state is DEGRADED: One or more devices are faulted in response to persistent errors. "
          "Sufficient replicas exist for the pool to continue functioning in a degraded state.",
          "nas01.lab.example")
    alert(TN_BOOT, None, "boot pool not healthy (device state, not space)", "BootPoolStatus", "CRITICAL",
          "Boot Pool Status Is Not Healthy",
          "Boot pool status is DEGRADED: One or more devices could not be opened.", "fs-backup-02",
          frame="nagios")


# ---------------------------------------------------------------------------------------------
# NetApp Harvest's example Prometheus rules (ONTAP volumes, aggregates, EMS events).
HV = "NetApp/harvest"
HV_COMMIT = "7a7ba3dfd21216a4728d1f46c0af2350ee4df405"
HV_RULES = (HV, "container/prometheus/alert_rules.yml", HV_COMMIT)
HV_EMS = (HV, "container/prometheus/ems_alert_rules.yml", HV_COMMIT)


def harvest_items():
    def add(src, expected, why, name, severity, summary, description=None, **labels):
        lab = {"alertname": name, "severity": severity, "datacenter": "dc1"}
        lab.update(labels)
        family.add(src, expected, f"NetApp Harvest rule '{name}': {why}", lab,
                   {"summary": summary, "description": description or summary})

    add(HV_RULES, D, "volume used percentage above 90%", "Volume Used Percentage Breach", "critical",
        "Volume [vol_oradata01] is [93.7%] used", cluster="ontap-prod-01", svm="svm_db",
        volume="vol_oradata01", job="harvest")
    add(HV_RULES, D, "another volume near full, rendered with the raw value", "Volume Used Percentage Breach",
        "critical", "Volume [nfs_homes] is [97.12345%] used", cluster="ontap-ams-2", svm="svm_nas",
        volume="nfs_homes", job="harvest")
    add(HV_EMS, D, "EMS mgmtgwd.rootvolrec.low.space: the node's root volume is low on space",
        "Node Root Volume Space Low", "critical",
        'The root volume on node "ontap-prod-01-02" is dangerously low on space. Less than 250 MB of free '
        "space remaining.", node="ontap-prod-01-02", cluster="ontap-prod-01", impact="Capacity")
    add(HV_EMS, None, "EMS wafl.vol.autoSize.done: volume grown by autosize (space added, look-alike)",
        "Volume Automatic Resizing Succeeded", "info",
        "Volume autosize: Automatic grow of volume 'vol_logs@vserver:4c1e0f2a' by 50GB is complete.",
        volume="vol_logs", cluster="ontap-prod-01", impact="Capacity")
    add(HV_RULES, None, "changelog: a volume's size changed by an operator (a setting, rule 9)",
        "Volume Modified", "info", "volume [vol_vmware_ds03] updated",
        "The [size] of volume [vol_vmware_ds03] has been updated. The previous value was [2TB], and the "
        "new value is [3TB].", object="volume", volume="vol_vmware_ds03", track="size",
        cluster="ontap-ams-2")
    add(HV_EMS, None, "EMS: drives not assigned to any node (configuration, look-alike)", "Unassigned Disks",
        "warning", '3 disks are currently unowned. Use the "disk assign" command to assign the disks to a '
        "system.", cluster="ontap-prod-01", node="ontap-prod-01-01")
    add(HV_RULES, None, "a failed drive (device health, look-alike)", "Disk failure", "critical",
        "Disk [1.0.17] is in failure state", disk="1.0.17", cluster="ontap-ams-2", job="harvest")


# ---------------------------------------------------------------------------------------------
# SeaweedFS master, volume server and FUSE mount (glog lines, HTTP answers).
SW = "seaweedfs/seaweedfs"
SW_COMMIT = "cc8364a03ebf5cf9f8eab3315ded2000cd07fff6"
SW_ASSIGN = (SW, "weed/server/master_grpc_server_assign.go", SW_COMMIT)
SW_HTTP = (SW, "weed/server/master_server_handlers.go", SW_COMMIT)
SW_QUOTA = (SW, "weed/mount/weedfs_quota.go", SW_COMMIT)
SW_STORE = (SW, "weed/storage/store.go", SW_COMMIT)
SW_COPY = (SW, "weed/server/volume_grpc_copy.go", SW_COMMIT)
SW_MASTER = (SW, "weed/server/master_server.go", SW_COMMIT)


def seaweed_items():
    def log(src, expected, why, component, host, line, level="warning"):
        labels = {"alertname": "SeaweedFSLogPattern", "component": component, "instance": host,
                  "job": "loki-ruler", "severity": level}
        family.add(src, expected, f"SeaweedFS {component}: {why}", labels,
                   {"summary": f"SeaweedFS {component} on {host} logged a matching line",
                    "description": line})

    log(SW_ASSIGN, D, "assign failed, no writable volumes and no free volumes left", "master",
        "seaweed-master-0",
        'I1205 19:48:02.417733 master_grpc_server_assign.go:128] assign count:1 collection:"logs" '
        'replication:"001" {"collection":"logs","replication":"001"}: failed to find writable volumes '
        "for collection:logs replication:001 ttl: error: No writable volumes and no free volumes left for "
        '{"collection":"logs","replication":"001"}', level="critical")
    family.add(SW_HTTP, D, "SeaweedFS master /dir/assign answer: no free volumes left (synthetic upload check)",
               {"alertname": "SeaweedFSAssignCheckFailed", "probe": "weed-upload-smoke", "severity": "critical",
                "instance": "http://seaweed-master.storage:9333"},
               {"summary": "Upload smoke test could not get a file id",
                "description": 'GET /dir/assign?collection=media&replication=010 -> {"error":"failed to find '
                "writable volumes for collection:media replication:010 ttl: error: No writable volumes and no "
                'free volumes left for {\\"collection\\":\\"media\\",\\"replication\\":\\"010\\"}"}'})
    log(SW_QUOTA, D, "mount over its quota, writes answered ENOSPC (a quota that refuses writes)", "mount",
        "app-node-3", "W1205 19:51:40.002915 weedfs_quota.go:141] Quota Exceeded! quota:107374182400 "
        "used:107401293824")
    log(SW_STORE, D, "volume growth failed, the volume server has no free space left for a new volume",
        "master", "seaweed-master-0",
        "I1205 19:55:13.731102 master_grpc_server_volume.go:92] volume grow request failed: allocate volume "
        "1187 on seaweed-vol-4:8080: rpc error: code = Unknown desc = No more free space left",
        level="critical")
    family.add(SW_COPY, D, "SeaweedFS weed shell volume.balance: copy refused, no space left for the disk type",
               {"alertname": "CronJobOutputError", "cronjob": "seaweed-balance", "namespace": "storage",
                "severity": "warning"},
               {"summary": "seaweed-balance printed errors",
                "description": "attempt to move one volume error copy volume 402 from seaweed-vol-7:8080: rpc "
                "error: code = Unknown desc = no space left for disk type ssd"})
    log(SW_QUOTA, None, "mount back within its quota (recovery, rule 14)", "mount", "app-node-3",
        "W1205 20:21:03.556120 weedfs_quota.go:143] Within quota limit! quota:107374182400 "
        "used:98105643008", level="info")
    log(SW_MASTER, None, "volume size limit printed at start-up (a setting, rule 12)", "master",
        "seaweed-master-1", "I1205 18:00:01.004211 master_server.go:156] Volume Size Limit is 30000 MB",
        level="info")


# ---------------------------------------------------------------------------------------------
# Docker's devicemapper storage driver (thin pool minimum free space).
MOBY = ("moby/moby", "daemon/graphdriver/devmapper/deviceset.go", "c55a4ac7795c7606b548b38e24673733481e2167")
DM_DATA = ("devmapper: Thin Pool has {free} free data blocks which is less than minimum required {min} free "
           "data blocks. Create more free space in thin pool or use dm.min_free_space option to change "
           "behavior")
DM_META = ("devmapper: Thin Pool has {free} free metadata blocks which is less than minimum required {min} "
           "free metadata blocks. Create more free metadata space in thin pool or use dm.min_free_space "
           "option to change behavior")


def moby_items():
    family.add(MOBY, D, "Docker devicemapper: thin pool below its minimum free data blocks (daemon log)",
               {"alertname": "DockerDaemonErrors", "host": "ci-runner-14", "job": "journald",
                "unit": "docker.service", "severity": "warning"},
               {"summary": "dockerd on ci-runner-14 returned errors",
                "description": 'time="2026-12-05T19:41:22.118421907Z" level=error msg="Handler for POST '
                '/v1.41/containers/create returned error: ' + DM_DATA.format(free=4350, min=4454) + '"'})
    family.add(MOBY, D, "Docker devicemapper: an ECS task stopped with CannotCreateContainerError on the thin pool",
               {"alertname": "ECSTaskStoppedUnexpectedly", "cluster": "batch-ecs", "group": "service:thumbnailer",
                "stopCode": "TaskFailedToStart", "severity": "warning"},
               {"summary": "ECS task for thumbnailer stopped before running",
                "description": "stoppedReason: CannotCreateContainerError: Error response from daemon: "
                + DM_DATA.format(free=0, min=163840)})
    family.add(MOBY, D, "Docker devicemapper: docker run refused in a Jenkins build, no free data blocks",
               {"alertname": "JenkinsBuildFailed", "job_name": "maven-release", "node": "jenkins-agent-5",
                "severity": "warning"},
               {"summary": "maven-release #1482 failed on jenkins-agent-5",
                "description": "docker: Error response from daemon: " + DM_DATA.format(free=0, min=163840)
                + ".\nSee 'docker run --help'."})
    family.add(MOBY, D, "Docker devicemapper: thin pool below its minimum free metadata blocks",
               {"alertname": "DockerBuildFailed", "pipeline": "images/base", "runner": "docker-build-03",
                "severity": "warning"},
               {"summary": "docker build failed on docker-build-03",
                "description": "failed to prepare a4mv4dh8qcq283c7x47a4nwpg: "
                + DM_META.format(free=1012, min=1024)})


# ---------------------------------------------------------------------------------------------
# LVM2: volume groups, thin pools, VDO and snapshots (dmeventd and command output).
LVM_COMMIT = "d804677c7565bff40c87ed830473674119f23f6a"
LVM_MANIP = ("lvmteam/lvm2", "lib/metadata/lv_manip.c", LVM_COMMIT)
LVM_THIN = ("lvmteam/lvm2", "lib/metadata/thin_manip.c", LVM_COMMIT)
LVM_VDO = ("lvmteam/lvm2", "daemons/dmeventd/plugins/vdo/dmeventd_vdo.c", LVM_COMMIT)
LVM_SNAP = ("lvmteam/lvm2", "daemons/dmeventd/plugins/snapshot/dmeventd_snapshot.c", LVM_COMMIT)


def lvm_items():
    def journal(src, expected, why, host, ident, line, severity="warning"):
        labels = {"alertname": "LVMWarningLogged", "host": host, "syslog_identifier": ident,
                  "job": "journald", "severity": severity}
        family.add(src, expected, f"LVM2 {ident}: {why}", labels,
                   {"summary": f"{ident} on {host} logged a warning", "description": line})

    def job(src, expected, why, name, host, output):
        labels = {"alertname": "ProvisioningJobFailed", "job_name": name, "host": host, "severity": "warning"}
        family.add(src, expected, f"LVM2 command output: {why}", labels,
                   {"summary": f"{name} failed on {host}", "description": output})

    job(LVM_MANIP, D, "lvcreate refused, the volume group has insufficient free space", "provision-vm-disk",
        "kvm-host-21", 'fatal: [kvm-host-21]: FAILED! => {"changed": false, "err": "  Volume group \\"vg_guests\\" '
        'has insufficient free space (1279 extents): 2560 required.\\n", "msg": "Creating logical volume '
        "'win2022-data' failed\", \"rc\": 5}")
    job(LVM_MANIP, D, "lvextend refused, extents needed beyond what is available", "grow-pg-volume",
        "db-host-07", "  Insufficient free space: 5120 extents needed, but only 1023 available")
    journal(LVM_THIN, D, "thin pool out of data space", "pve-node-2", "lvm",
            "WARNING: Thin pool pve/data is out of data space.", severity="critical")
    journal(LVM_THIN, D, "thin pool metadata free space below the minimum threshold", "kvm-host-21", "lvm",
            "WARNING: Remaining free space in metadata of thin pool vg_guests/tpool0 is too low (81.25% >= "
            "80.00%). Resize is recommended.")
    journal(LVM_VDO, D, "VDO pool usage above the warning threshold", "backup-07", "dmeventd",
            "WARNING: VDO vg_backup-vpool0-vpool vg_backup-vpool0 is now 87.40% full.")
    journal(LVM_SNAP, D, "snapshot exception store filling up", "db-host-07", "dmeventd",
            "WARNING: Snapshot vg_db-pgdata_snap is now 92.13% full.")
    job(LVM_MANIP, None, "thin pool data extended by lvextend (space added, look-alike)", "extend-thin-pool",
        "pve-node-2", "  Size of logical volume pve/data_tdata changed from 100.00 GiB (25600 extents) to "
        "120.00 GiB (30720 extents).\n  Logical volume pve/data successfully resized.")
    journal(LVM_THIN, None, "thin pool metadata needs a check (metadata health, not space)", "kvm-host-14",
            "lvm", "WARNING: Thin pool vg_guests/tpool1 needs check.")
    journal(LVM_THIN, None, "thin pool reporting errors (device state, not space)", "kvm-host-14", "lvm",
            "WARNING: Thin pool vg_guests/tpool1 is erroring.", severity="critical")
    journal(LVM_THIN, None, "thin volumes over-provisioned beyond the pool (a planning notice, nothing full)",
            "kvm-host-21", "lvm",
            "WARNING: Sum of all thin volume sizes (3.00 TiB) exceeds the size of thin pool vg_guests/tpool0 "
            "and the size of whole volume group (1.82 TiB).")


# ---------------------------------------------------------------------------------------------
# ClickHouse storage policies: NOT_ENOUGH_SPACE.
CH = ("ClickHouse/ClickHouse", "src/Disks/StoragePolicy.cpp", "bba593501d3d57d3635af75f6212894e59166ae1")


def clickhouse_items():
    family.add(CH, D, "ClickHouse NOT_ENOUGH_SPACE on an INSERT, in a server log alert",
               {"alertname": "ClickHouseServerErrors", "instance": "ch-shard2-replica1:9363",
                "job": "clickhouse-logs", "severity": "critical"},
               {"summary": "ClickHouse logged query errors on ch-shard2-replica1",
                "description": "2026.12.05 19:44:51.306211 [ 48213 ] {b4c1f0de-7a51-4f8e-9d6a-0f3c0c2b7e11} "
                "<Error> executeQuery: Code: 243. DB::Exception: Cannot reserve 5.00 GiB, not enough space. "
                "(NOT_ENOUGH_SPACE) (version 23.8.2.7 (official build)) (from 10.4.2.17:51322) (in query: "
                "INSERT INTO events.raw FORMAT Native)"})
    family.add(CH, D, "ClickHouse NOT_ENOUGH_SPACE in a background merge",
               {"alertname": "ClickHouseServerErrors", "instance": "ch-logs-03:9363", "job": "clickhouse-logs",
                "severity": "warning"},
               {"summary": "ClickHouse logged errors on ch-logs-03",
                "description": "2026.12.05 20:06:12.884019 [ 771 ] {} <Error> MergeTreeBackgroundExecutor: "
                "Exception while executing background task {otel.otel_logs::202612_1_5120_9}: Code: 243. "
                "DB::Exception: Cannot reserve 48.70 GiB, not enough space. (NOT_ENOUGH_SPACE)"})
    family.add(CH, D, "ClickHouse system.errors counter for NOT_ENOUGH_SPACE, last message quoted",
               {"alertname": "ClickHouseErrorCodeIncreasing", "error": "NOT_ENOUGH_SPACE", "code": "243",
                "instance": "ch-shard1-replica2:9363", "severity": "warning"},
               {"summary": "NOT_ENOUGH_SPACE errors increased by 37 in 15m on ch-shard1-replica2",
                "description": "last_error_message: Cannot reserve 12.31 GiB, not enough space"})


# ---------------------------------------------------------------------------------------------
# Nextcloud: the files app's storage warnings and the WebDAV quota plugin.
NC_JS = ("nextcloud/server", "apps/files/js/files.js", "ab35459cacea49eed0f6d9c5469dac75587df210")
NC_DAV = ("nextcloud/server", "apps/dav/lib/Connector/Sabre/QuotaPlugin.php",
          "38bfba89751ed4d020d5e01790d8a189f172ebb7")


def nextcloud_items():
    family.add(NC_JS, D, "Nextcloud files app: storage full banner caught by a browser synthetic test",
               {"alertname": "SyntheticsBrowserTestFailed", "test": "nextcloud-upload-journey",
                "location": "aws:eu-central-1", "severity": "warning"},
               {"summary": "[Synthetics] nextcloud-upload-journey failed at step 'upload report.pdf'",
                "description": "Assertion failed: notification bar shows \"Your storage is full, files can not "
                "be updated or synced anymore!\""})
    family.add(NC_JS, D, "Nextcloud files app: storage almost full banner (quota usage above 90%)",
               {"alertname": "SyntheticsBrowserTestWarning", "test": "nextcloud-login-journey",
                "location": "aws:us-east-1", "severity": "info"},
               {"summary": "[Synthetics] nextcloud-login-journey: unexpected notification",
                "description": "Notification text: \"Your storage is almost full (94%)\""})
    family.add(NC_DAV, D, "Nextcloud WebDAV quota plugin: upload refused, insufficient space (507)",
               {"alertname": "NextcloudLogErrors", "app": "webdav", "instance": "cloud.example.org",
                "severity": "warning"},
               {"summary": "Nextcloud logged errors at level 3",
                "description": '{"reqId":"Zq3xKfQ1bJwq8VtN2hUoJg","level":3,"app":"webdav","method":"PUT",'
                '"url":"/remote.php/dav/files/alice/Backups/vm-export.ova","message":"Insufficient space in '
                '/alice/files/Backups/vm-export.ova, 4294967296 required, 1073741824 available",'
                '"exception":"Sabre\\\\DAV\\\\Exception\\\\InsufficientStorage"}'})


# ---------------------------------------------------------------------------------------------
# MinIO S3 API error codes.
MINIO = ("minio/minio", "cmd/api-errors.go", "50c6c9d06f94dc0e56f767e7cb9f8bea4fdb8794")


def minio_items():
    family.add(MINIO, D, "MinIO XMinioStorageFull returned to an uploader (client error log)",
               {"alertname": "BackupUploadErrors", "service": "velero", "namespace": "velero",
                "severity": "warning"},
               {"summary": "velero could not upload backup objects",
                "description": "error putting object backups/nightly-20261205/nightly-20261205.tar.gz: "
                "XMinioStorageFull: Storage backend has reached its minimum free disk threshold. Please delete "
                "a few objects to proceed.\n\tstatus code: 500"})
    family.add(MINIO, D, "MinIO 5xx ratio alert whose top error is XMinioStorageFull (the cause decides, rule 1)",
               {"alertname": "S3GatewayErrorRatioHigh", "bucket": "loki-chunks", "cluster": "minio-prod",
                "severity": "critical"},
               {"summary": "12.4% of PUT requests to loki-chunks failed over 10m",
                "description": "Top error code: XMinioStorageFull (\"Storage backend has reached its minimum "
                "free disk threshold. Please delete a few objects to proceed.\")"})
    family.add(MINIO, None, "MinIO XMinioWriteQuorum: writes failing on failed drives (device failure)",
               {"alertname": "BackupUploadErrors", "service": "velero", "namespace": "velero",
                "severity": "warning"},
               {"summary": "velero could not upload backup objects",
                "description": "error putting object backups/hourly-20261205-19/restic/index: XMinioWriteQuorum: "
                "Multiple disks failures, unable to write data.\n\tstatus code: 503"})


# ---------------------------------------------------------------------------------------------
# Oracle tablespace quota and undo tablespace errors (error-help pages).
ORA_QUOTA = "https://oracledaybyday.pages.dev/oracle-errors/ora-01536"
ORA_UNDO = "https://www.oracledaybyday.com/oracle-errors/ora-30036"
ORA_LOB = "https://www.oracledaybyday.com/oracle-errors/ora-01691"
ORA_PART = "https://oracledaybyday.com/oracle-errors/ora-01688"


def oracle_items():
    def add(url, expected, why, labels, ann):
        family.append(probe_item(labels, ann, expected, f"Oracle {why}", url.split("/")[2],
                                 page_provenance(url)))

    add(ORA_QUOTA, D, "ORA-01536: a user's tablespace quota exhausted (a quota that refuses writes, rule 7)",
        {"alertname": "AppLogErrorPattern", "service": "crm-import", "namespace": "batch", "job": "loki-ruler",
         "severity": "warning"},
        {"summary": "Error pattern matched in logs of crm-import",
         "description": "sample: java.sql.SQLException: ORA-01536: space quota exceeded for tablespace 'USERS'"})
    add(ORA_QUOTA, D, "ORA-01536 on a reporting schema, in an OEM incident",
        {"alertname": "Incident: Alert Log Error", "target": "RPTDB_rpt-db-01", "target_type": "Database Instance",
         "severity": "Critical"},
        {"summary": "ORA-01536 reported by session of RPT_OWNER",
         "description": "ORA-01536: space quota exceeded for tablespace 'RPT_DATA'"})
    add(ORA_UNDO, D, "ORA-30036: undo tablespace cannot extend (tablespace full)",
        {"alertname": "OracleAlertLogError", "instance": "erp-db-02", "oracle_sid": "ERPPRD",
         "job": "oracle-alertlog", "severity": "critical"},
        {"summary": "ORA- error in alert log of ERPPRD",
         "description": "ORA-30036: unable to extend segment by 8 in undo tablespace 'UNDOTBS1'"})
    add(ORA_UNDO, D, "ORA-30036 quoted by a failed nightly ETL run (the quoted cause decides)",
        {"alertname": "ETLRunFailed", "dag": "ledger_rollup", "task": "merge_postings", "severity": "warning"},
        {"summary": "ledger_rollup.merge_postings failed after 2 retries",
         "description": "cx_Oracle.DatabaseError: ORA-30036: unable to extend segment by 1024 in undo "
         "tablespace 'UNDOTBS2'"})
    add(ORA_LOB, D, "ORA-01691: a LOB segment cannot extend in its tablespace",
        {"alertname": "OracleAlertLogError", "instance": "dms-db-01", "oracle_sid": "DMSPRD",
         "job": "oracle-alertlog", "severity": "critical"},
        {"summary": "ORA- error in alert log of DMSPRD",
         "description": "ORA-01691: unable to extend lob segment DMS.SYS_LOB0000093512C00004$$ in tablespace "
         "DOCS_LOB"})
    add(ORA_PART, D, "ORA-01688: a table partition cannot extend in its tablespace (Zabbix trigger)",
        {"alertname": "Oracle: alert log contains ORA- errors", "host": "dwh-db-01", "severity": "High",
         "source": "zabbix"},
        {"summary": "Oracle: alert log contains ORA- errors",
         "description": "Last value: ORA-01688: unable to extend table SALES.ORDERS_HIST partition P_2026_12 by "
         "8192 in tablespace HIST_2026"})


# ---------------------------------------------------------------------------------------------
# Kafka broker log dirs and append limits.
KAFKA = ("apache/kafka", "core/src/main/scala/kafka/log/Log.scala", "188fab701e0de9e4ed49e1f3cc8c28058c754299")


def kafka_items():
    def log(expected, why, host, line, level="critical"):
        labels = {"alertname": "KafkaBrokerLogErrors", "instance": host, "job": "kafka-server-log",
                  "severity": level}
        family.add(KAFKA, expected, f"Kafka broker: {why}", labels,
                   {"summary": f"Kafka broker {host} logged errors", "description": line})

    log(D, "appending records failed, No space left on device (log dir failure)", "kafka-2.prod",
        "[2026-12-05 19:52:11,402] ERROR Error while appending records to orders-7 in dir /var/lib/kafka/data "
        "(kafka.server.LogDirFailureChannel)\njava.io.IOException: No space left on device")
    family.add(KAFKA, D, "Kafka: log dir failure on ENOSPC quoted by a Datadog log monitor",
               {"alertname": "[Kafka] Log directory failure on broker", "host": "kafka-5.eu",
                "monitor_type": "log alert", "priority": "P1"},
               {"summary": "More than 0 log events matched status:error service:kafka \"LogDirFailureChannel\"",
                "description": "ERROR Error while appending records to clickstream-11 in dir /data/kafka-1 "
                "(kafka.server.LogDirFailureChannel) java.io.IOException: No space left on device"})
    log(None, "appending records failed on an I/O error (device failure, not capacity)", "kafka-3.prod",
        "[2026-12-05 20:03:40,918] ERROR Error while appending records to payments-2 in dir /data/kafka-2 "
        "(kafka.server.LogDirFailureChannel)\njava.io.IOException: Input/output error")
    log(None, "a message batch larger than max.message.bytes (a size limit, not storage)", "kafka-1.prod",
        "[2026-12-05 19:58:02,113] ERROR [ReplicaManager broker=1] Error processing append operation on "
        "partition events-2 (kafka.server.ReplicaManager)\norg.apache.kafka.common.errors.RecordTooLargeException: "
        "Message batch size is 1310720 bytes in append topartition events-2 which exceeds the maximum "
        "configured size of 1048588.", level="warning")
    log(None, "a batch larger than the segment size (a size limit, not storage)", "kafka-1.prod",
        "[2026-12-05 19:59:47,551] ERROR [ReplicaManager broker=1] Error processing append operation on "
        "partition metrics-0 (kafka.server.ReplicaManager)\n"
        "org.apache.kafka.common.errors.RecordBatchTooLargeException: Message batch size is 1073741900 bytes "
        "in append to partition metrics-0, which exceeds the maximum configured segment size of 1073741824.",
        level="warning")


# ---------------------------------------------------------------------------------------------
# Kubernetes ResourceQuota refusals (accounting allowances, rule 7).
OCP_QUOTA = ("ChenruiGu0107/verification-tests", "features/admin/quota.feature",
             "11594a3c43bf8e5ab8e57b65d413f1b323e7688d")
CKAD = ("freqq/ckad-prep", "bmuschko-crash-course/05-defining-resource-requirements.md",
        "f20789828c226877b8912061bfe1b9aef92a105b")


def quota_items():
    family.add(OCP_QUOTA, None, "Kubernetes: a PVC refused by a requests.storage ResourceQuota (an accounting "
               "allowance, rule 7)",
               {"alertname": "KubeEventWarning", "namespace": "analytics", "reason": "FailedCreate",
                "involved_object": "StatefulSet/warehouse", "severity": "warning"},
               {"summary": "StatefulSet analytics/warehouse: FailedCreate",
                "description": "create Claim data-warehouse-2 for Pod warehouse-2 in StatefulSet warehouse failed "
                "error: persistentvolumeclaims \"data-warehouse-2\" is forbidden: exceeded quota: "
                "quota-pvc-storage, requested: requests.storage=5Gi, used: requests.storage=5Gi, limited: "
                "requests.storage=8Gi"})
    family.add(OCP_QUOTA, None, "Kubernetes: a storage ResourceQuota refusal in an Argo CD sync failure",
               {"alertname": "ArgoCDSyncFailed", "name": "reports-api", "project": "team-bi", "severity": "warning"},
               {"summary": "Application reports-api sync failed",
                "description": "one or more objects failed to apply, reason: persistentvolumeclaims \"pvc-2\" is "
                "forbidden: exceeded quota: quota-pvc-storage-1, requested: requests.storage=5Gi, used: "
                "requests.storage=5Gi, limited: requests.storage=2Gi"})
    family.add(CKAD, None, "Kubernetes: a pod refused by a requests.memory ResourceQuota (a memory quota, rule 7)",
               {"alertname": "KubeEventWarning", "namespace": "rq-demo", "reason": "FailedCreate",
                "involved_object": "ReplicaSet/busybox-6d4f8", "severity": "warning"},
               {"summary": "ReplicaSet rq-demo/busybox-6d4f8: FailedCreate",
                "description": "Error creating: pods \"busybox-6d4f8-k2x9q\" is forbidden: exceeded quota: app, "
                "requested: requests.memory=1G, used: requests.memory=0, limited: requests.memory=500m"})


truenas_items()
harvest_items()
seaweed_items()
moby_items()
lvm_items()
clickhouse_items()
nextcloud_items()
minio_items()
oracle_items()
kafka_items()
quota_items()
family.write()
