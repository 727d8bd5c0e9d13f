#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_storage19.jsonl: what a storage pool, a mail store and an
image registry say when they run out of something, quoted in the alerts of the hosts that run
them: ZFS's own command-line errors, kernel lines and ZED's notification mails (OpenZFS), the
Dovecot mail server's log lines (its master process, its login proxy, its delivery and quota
plugin) and Harbor's quota errors, quota webhooks and portal messages (in its translations).

What the family tests: words for a full pool or an exceeded storage quota that no rule was written
from ("out of space", "space quota exceeded", "Quota exceeded (mailbox for user is full)", "Not
enough disk quota", "will exceed the configured upper limit", "quota usage reach 85%"), a memory
failure of a mail server or of ZFS ("returned error 83 (Out of memory (service imap { vsz_limit=...
})", "pool_system_malloc(...): Out of memory", "internal error: out of memory", "System running low
on memory, aborting L2ARC rebuild."), descriptors ("epoll_create(): Too many open files",
"net_accept() failed: Too many open files"), a mail backend that is down as Dovecot's proxy words
it ("Host has been down for N secs", "connect(ip, port) failed: Connection refused"), and the
storage look-alikes that must stay null: faulted, degraded, removed and resilvering vdevs, a pool
suspended by I/O failures, scrub and trim finished, a data error, a rejected quota change, a
quota edited by an administrator, space freed by garbage collection, a read-only file system, a
corrupted cache record, a descriptor limit below its recommended floor and a process limit.

Labels, decided from each message's meaning under POLICY.md before the classifier ran on the file:
- `disk_full` (rule 2; rule 7's storage quota that refuses writes): ZFS's "out of space" (ENOSPC
  and EDQUOT map to it) on snapshot, create, bookmark and receive, "destination ... space quota
  exceeded.", Dovecot's quota plugin message and "Not enough disk quota" (EDQUOT), Harbor's
  storage quota overflow and its 85% quota warning (capacity toward a limit that refuses pushes).
- `out_of_memory` (rule 12, a runtime's or tool's own allocation failure; rule 2, memory pressure):
  Dovecot's FATAL_OUTOFMEM exits and allocator failures, ZFS's "internal error: out of memory" and
  the ARC's "System running low on memory".
- `fd_exhaustion`: EMFILE, "Too many open files", from epoll_create() and accept().
- `connection_pool_exhaustion` (rule 7, a connection count at its limit, "max reached"): Dovecot's
  "client_limit (N) reached, client connections are being dropped".
- `node_down` (rule 11): Dovecot's login proxy saying the backend host has been down, or that
  connecting to it was refused or found no route.
- `null`: device faults, degraded/removed/resilvering vdevs, checksum and data errors, scrub/trim
  finished (disk health and maintenance, rule 5 as session 19's capintl19 decided for S.M.A.R.T.);
  a pool suspended by uncorrectable I/O failures (no signature names a storage device's failure:
  the host and its services are up); a quota change rejected because the new size is below usage
  (a setting rejected, rules 9 and 12); a quota edited (rule 9); garbage collection that freed
  space (rule 14: space came back); "Read only file system" (as capintl19's read-only
  destination); a corrupted cache record; "fd limit (ulimit -n) is lower than required under max.
  load" (a configured limit below a floor, rule 16); fork() failing at `ulimit -u` (PIDs, rule 2);
  ZFS's "Large kmem_alloc" warning (a large allocation that succeeded) and "vsz_limit is too low"
  (a setting rejected at start-up, rule 12).

Left out as ambiguous (rule 6): Dovecot's "Inotify watch limit for user exceeded" (a kernel
watch limit, neither descriptors nor space), "process_limit (N) reached, client connections are
being dropped" (rule 16 makes process limits null, rule 7 makes a connection limit reached
`connection_pool_exhaustion`), Lua's "stack overflow (out of memory)" from luaL_checkstack (a
stack limit or an allocation failure), "Connection lost to LDAP server, reconnecting", "Timeout
while waiting for lock"; ZFS's "one or more devices is out of space" (zpool create on a device too
small), "size is greater than available space" (a reservation refused for want of space, but a
setting); QNAP's notification pages (www.qnap.com and qnap.com.cn are held out, so the vendor is
not used under any spelling) and OpenZFS's message pages (openzfs.github.io is held out).

Sources (strings only; hosts, pools, users, sizes and the frames are ours):
- openzfs/zfs at be7657e3f2788c4e5edb635d0bc5c24eff9eb2db: lib/libzfs/libzfs_util.c,
  lib/libzfs/libzfs_dataset.c, lib/libzfs/libzfs_sendrecv.c, cmd/zfs/zfs_main.c,
  cmd/zpool/zpool_main.c, module/zfs/zio.c, module/zfs/arc.c, module/os/linux/spl/spl-kmem.c,
  cmd/zed/zed.d/{statechange,scrub_finish,trim_finish,data}-notify.sh;
- dovecot/core at f28b5a92ec52eef0a111a095d00435756343dc94: src/master/service-process.c,
  src/master/service-monitor.c, src/master/master-settings.c, src/lib/mempool-system.c,
  src/lib/mempool-alloconly.c, src/lib-compression/istream-zlib.c, src/lib-compression/ostream-zlib.c,
  src/lmtp/lmtp-local.c, src/lib-ssl-iostream/dovecot-openssl-common.c, src/lib/ioloop-epoll.c,
  src/lib-master/master-service.c, src/login-common/login-proxy.c,
  src/plugins/quota/quota-settings.c, src/plugins/quota/quota-status.c,
  src/lib-storage/mail-error.h, src/lib-storage/mail-error.c, src/lib-lda/mail-deliver.c,
  src/lib-index/mail-cache.c, src/imap/imap-commands-util.c, src/lib-language/lang-filter-stemmer-snowball.c;
- goharbor/harbor at c50c7ddd6ea4e335a480b49c618281882ab7eec9: src/pkg/quota/errors.go,
  src/pkg/quota/types/format.go, src/server/middleware/quota/quota.go,
  src/controller/quota/controller.go, src/controller/event/topic.go,
  src/portal/src/i18n/lang/<lang>-lang.json (QUOTA.SAVE_SUCCESS, GC.DELETE_DETAIL), read from the
  mirror `fetch` leaves.
All three projects checked with /work/briefs/heldout_check.py: ok.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily, git_show  # noqa: E402

ZFS = "openzfs/zfs"
ZFS_C = "be7657e3f2788c4e5edb635d0bc5c24eff9eb2db"
DOVE = "dovecot/core"
DOVE_C = "f28b5a92ec52eef0a111a095d00435756343dc94"
HARBOR = "goharbor/harbor"
HARBOR_C = "c50c7ddd6ea4e335a480b49c618281882ab7eec9"

family = ProbeFamily("probes_storage19.jsonl")


def z(path):
    return (ZFS, path, ZFS_C)


def d(path):
    return (DOVE, path, DOVE_C)


def h(path):
    return (HARBOR, path, HARBOR_C)


D, M, F, C, N, NULL = "disk_full", "out_of_memory", "fd_exhaustion", "connection_pool_exhaustion", "node_down", None


# ------------------------------------------------------------------------------------------- ZFS
def zfs():
    util = "lib/libzfs/libzfs_util.c"
    # ENOSPC/EDQUOT -> EZFS_NOSPC -> "out of space" after the command's own errbuf.
    family.add(z("lib/libzfs/libzfs_dataset.c"), D,
               "OpenZFS: snapshot refused, pool out of space (EZFS_NOSPC)",
               {"alertname": "CronJobFailed", "severity": "critical", "host": "pg-zfs-02",
                "job": "zfs-autosnap-hourly"},
               {"summary": "zfs-autosnap-hourly exited 1 on pg-zfs-02",
                "description": "stderr: cannot create snapshot 'tank/pgdata@autosnap_2026-12-04_09:00:00_hourly': out of space"})
    family.add(z("lib/libzfs/libzfs_sendrecv.c"), D,
               "OpenZFS: receive refused, destination dataset's quota exceeded (EDQUOT)",
               {"alertname": "BackupReplicationFailed", "severity": "warning", "instance": "bkp-zfs-01",
                "source_dataset": "tank/vm-104-disk-0"},
               {"summary": "syncoid run for tank/vm-104-disk-0 failed",
                "description": "cannot receive incremental stream: destination backup/pve/vm-104-disk-0 space quota exceeded."})
    family.add(z("lib/libzfs/libzfs_sendrecv.c"), D,
               "OpenZFS: receive of a new filesystem failed, out of space",
               {"alertname": "LokiLogPattern", "severity": "warning", "host": "archive-nas-3",
                "unit": "zrepl.service"},
               {"summary": "zrepl logged a failed receive",
                "description": "Dec 04 03:14:07 archive-nas-3 zrepl[2231]: job=pull-prod err=\"cannot receive new filesystem stream: out of space\""})
    family.add(z("lib/libzfs/libzfs_dataset.c"), D,
               "OpenZFS: volume creation failed, out of space",
               {"alertname": "VMProvisioningFailed", "severity": "critical", "node": "pve-ams-07",
                "vmid": "212"},
               {"summary": "Disk allocation failed for VM 212",
                "description": "zfs error: cannot create 'tank/vm-212-disk-1': out of space"})
    family.add(z("cmd/zfs/zfs_main.c"), D,
               "OpenZFS: bookmark refused, out of space",
               {"alertname": "PreUpgradeHookFailed", "severity": "warning", "host": "db-zfs-11",
                "hook": "pre-upgrade-bookmark"},
               {"message": "pre-upgrade hook failed: cannot create bookmark 'tank/mysql#pre-8.4': out of space"})
    family.add(z(util), D,
               "OpenZFS: snapshot refused, out of space, in a backup tool's summary",
               {"alertname": "SanoidSnapshotErrors", "severity": "critical", "instance": "fs-zfs-05:9100",
                "policy": "daily"},
               {"summary": "3 of 14 datasets could not be snapshotted",
                "description": "first error: cannot create snapshot 'data/home@autosnap_2026-12-04_00:00:01_daily': out of space"})
    family.add(z("lib/libzfs/libzfs_sendrecv.c"), D,
               "OpenZFS: incremental receive failed, out of space (replication job)",
               {"alertname": "ZfsReplicationFailing", "severity": "critical", "target": "dr-zfs-02",
                "dataset": "tank/erp"},
               {"summary": "Replication of tank/erp to dr-zfs-02 failing for 3 runs",
                "description": "last error: cannot receive incremental stream: out of space"})
    family.add(z("lib/libzfs/libzfs_dataset.c"), D,
               "OpenZFS: a storage driver could not create a zvol, out of space",
               {"alertname": "VolumeProvisioningErrors", "severity": "warning", "namespace": "storage",
                "pod": "zfs-localpv-node-7kq2d", "node": "k8s-worker-14"},
               {"summary": "Volume provisioning failing on k8s-worker-14",
                "description": "zfs create failed: cannot create 'zfspv-pool/pvc-3f1c2a9e-8d44-4b1e-9a51-7c0e2b6f1d03': out of space"})
    # Memory.
    family.add(z(util), M,
               "OpenZFS: libzfs no_memory(), 'internal error: out of memory' (a tool's allocation failure, rule 12)",
               {"alertname": "ZfsExporterScrapeError", "severity": "warning", "instance": "nas-ber-02:9134"},
               {"summary": "zfs list failed during collection on nas-ber-02",
                "description": "exec 'zfs list -Hp -t filesystem,volume' failed: internal error: out of memory"})
    family.add(z(util), M,
               "OpenZFS: libzfs 'internal error: out of memory' in a cron job",
               {"alertname": "CronJobFailed", "severity": "warning", "host": "backup-zfs-09",
                "job": "zfs-prune-snapshots"},
               {"summary": "zfs-prune-snapshots exited 1",
                "description": "last line of output: internal error: out of memory"})
    family.add(z("module/zfs/arc.c"), M,
               "OpenZFS: ARC aborts the L2ARC rebuild because the system is low on memory (memory pressure)",
               {"alertname": "KernelLogPattern", "severity": "warning", "host": "nas-fra-04",
                "facility": "kern"},
               {"summary": "kernel NOTICE on nas-fra-04",
                "description": "[  412.881930] NOTICE: System running low on memory, aborting L2ARC rebuild."})
    # Look-alikes.
    sc = "cmd/zed/zed.d/statechange-notify.sh"
    family.add(z(sc), NULL,
               "OpenZFS ZED: a device faulted by I/O errors (disk health, look-alike)",
               {"alertname": "ZedNotification", "severity": "critical", "host": "nas-backup-03",
                "pool": "tank"},
               {"summary": "ZFS device fault for pool tank on nas-backup-03",
                "description": "The number of I/O errors associated with a ZFS device exceeded\nacceptable levels. ZFS has marked the device as faulted.\n\n impact: Fault tolerance of the pool may be compromised.\n  state: FAULTED\n  vpath: /dev/disk/by-id/ata-WDC_WD80EFZX-68UW8N0_VK1ABCDE-part1"})
    family.add(z(sc), NULL,
               "OpenZFS ZED: a device degraded by checksum errors (look-alike)",
               {"alertname": "ZedNotification", "severity": "warning", "host": "media-zfs-01",
                "pool": "media"},
               {"summary": "ZFS device fault for pool media on media-zfs-01",
                "description": "The number of checksum errors associated with a ZFS device\nexceeded acceptable levels. ZFS has marked the device as\ndegraded.\n\n impact: Fault tolerance of the pool may be compromised.\n  state: DEGRADED"})
    family.add(z(sc), NULL,
               "OpenZFS ZED: a device was removed (look-alike)",
               {"alertname": "ZedNotification", "severity": "warning", "host": "vault-nas-2",
                "pool": "vault"},
               {"summary": "ZFS device fault for pool vault on vault-nas-2",
                "description": "ZFS has detected that a device was removed.\n\n impact: Fault tolerance of the pool may be compromised.\n  state: REMOVED"})
    zm = "cmd/zpool/zpool_main.c"
    family.add(z(zm), NULL,
               "OpenZFS zpool status: devices faulted by persistent errors, pool degraded (look-alike)",
               {"alertname": "ZpoolStatusNotOK", "severity": "warning", "instance": "pve-lon-03:9100",
                "pool": "rpool", "state": "DEGRADED"},
               {"summary": "zpool rpool is DEGRADED",
                "description": "status: One or more devices are faulted in response to persistent errors.\n\tSufficient replicas exist for the pool to continue functioning in a\n\tdegraded state.\naction: Replace the faulted device, or use 'zpool clear' to mark the device\n\trepaired."})
    family.add(z(zm), NULL,
               "OpenZFS zpool status: a device could not be opened, pool degraded (look-alike)",
               {"alertname": "ZpoolStatusNotOK", "severity": "warning", "instance": "ci-cache-zfs:9100",
                "pool": "cache", "state": "DEGRADED"},
               {"summary": "zpool cache is DEGRADED",
                "description": "status: One or more devices could not be opened.  Sufficient replicas exist for\n\tthe pool to continue functioning in a degraded state.\naction: Attach the missing device and online it using 'zpool online'."})
    family.add(z(zm), NULL,
               "OpenZFS zpool status: an unrecoverable error was corrected (look-alike)",
               {"alertname": "ZpoolErrorsDetected", "severity": "info", "host": "git-zfs-01", "pool": "repos"},
               {"message": "zpool repos: One or more devices has experienced an unrecoverable error.  An attempt was made to correct the error.  Applications are unaffected."})
    family.add(z(zm), NULL,
               "OpenZFS zpool status: resilver in progress (look-alike)",
               {"alertname": "ZpoolStatusNotOK", "severity": "info", "host": "nas-mad-06", "pool": "tank"},
               {"summary": "zpool tank on nas-mad-06 is resilvering",
                "description": "status: One or more devices is currently being resilvered.  The pool will\n\tcontinue to function, possibly in a degraded state.\naction: Wait for the resilver to complete."})
    family.add(z(zm), NULL,
               "OpenZFS zpool status: devices taken offline by the administrator (planned, rule 9)",
               {"alertname": "ZpoolStatusNotOK", "severity": "info", "host": "san-zfs-12", "pool": "vmstore"},
               {"summary": "zpool vmstore reports a status",
                "description": "status: One or more devices has been taken offline by the administrator.\n\tSufficient replicas exist for the pool to continue functioning in a\n\tdegraded state."})
    family.add(z(zm), NULL,
               "OpenZFS zpool status: features not enabled (routine status line)",
               {"alertname": "ZpoolStatusNotOK", "severity": "info", "host": "lab-zfs-02", "pool": "scratch"},
               {"summary": "zpool scratch reports a status",
                "description": "status: Some supported and requested features are not enabled on the pool.\n\tThe pool can still be used, but some features are unavailable."})
    family.add(z("module/zfs/zio.c"), NULL,
               "OpenZFS kernel: pool suspended after an uncorrectable I/O failure (device failure, no signature)",
               {"alertname": "KernelLogPattern", "severity": "critical", "host": "nfs-zfs-07",
                "facility": "kern"},
               {"summary": "ZFS warning in kernel log of nfs-zfs-07",
                "description": "WARNING: Pool 'export' has encountered an uncorrectable I/O failure and has been suspended."})
    family.add(z(zm), NULL,
               "OpenZFS zpool status: devices faulted in response to IO failures (pool suspended; look-alike)",
               {"alertname": "ZpoolStatusNotOK", "severity": "critical", "instance": "nfs-zfs-07:9100",
                "pool": "export", "state": "SUSPENDED"},
               {"summary": "zpool export is SUSPENDED",
                "description": "status: One or more devices are faulted in response to IO failures.\naction: Make sure the affected devices are connected, then run 'zpool clear'."})
    family.add(z(util), NULL,
               "OpenZFS libzfs: a command refused because pool I/O is suspended (look-alike)",
               {"alertname": "CronJobFailed", "severity": "warning", "host": "web-zfs-03",
                "job": "zfs-send-offsite"},
               {"summary": "zfs-send-offsite exited 1",
                "description": "cannot open 'tank/www': pool I/O is currently suspended"})
    family.add(z(zm), NULL,
               "OpenZFS zpool status: multihost writes failed, pool suspended (look-alike)",
               {"alertname": "ZpoolStatusNotOK", "severity": "critical", "host": "ha-zfs-a", "pool": "shared"},
               {"summary": "zpool shared is SUSPENDED",
                "description": "status: The pool is suspended because multihost writes failed or were delayed;\n\tanother system could import the pool undetected."})
    family.add(z("cmd/zed/zed.d/scrub_finish-notify.sh"), NULL,
               "OpenZFS ZED: scrub finished (look-alike)",
               {"alertname": "ZedNotification", "severity": "info", "host": "nas-osl-01", "pool": "tank"},
               {"summary": "ZFS scrub_finish event for tank on nas-osl-01",
                "description": "ZFS has finished a scrub:\n\n   eid: 418\n class: scrub_finish\n  host: nas-osl-01"})
    family.add(z("cmd/zed/zed.d/trim_finish-notify.sh"), NULL,
               "OpenZFS ZED: trim finished (look-alike)",
               {"alertname": "ZedNotification", "severity": "info", "host": "ssd-zfs-04", "pool": "fast"},
               {"summary": "ZFS trim_finish event for fast on ssd-zfs-04",
                "description": "ZFS has finished a trim:\n\n   eid: 77\n class: trim_finish\n  host: ssd-zfs-04"})
    family.add(z("cmd/zed/zed.d/data-notify.sh"), NULL,
               "OpenZFS ZED: a data error (checksum, look-alike)",
               {"alertname": "ZedNotification", "severity": "warning", "host": "photo-nas-1", "pool": "photos"},
               {"summary": "ZFS data error for photos on photo-nas-1",
                "description": "ZFS has detected a data error:\n\n   eid: 1290\n class: data\n  host: photo-nas-1\n error: 52\n objid: 54:118342\n  pool: photos"})
    family.add(z("lib/libzfs/libzfs_dataset.c"), NULL,
               "OpenZFS: a quota change refused, new size below usage (a setting rejected; look-alike)",
               {"alertname": "AnsibleTaskFailed", "severity": "info", "host": "home-zfs-01",
                "task": "set user dataset quotas"},
               {"summary": "Task 'set user dataset quotas' failed on home-zfs-01",
                "description": "cannot set property for 'tank/home/alice': size is less than current used or reserved space"})
    family.add(z("module/os/linux/spl/spl-kmem.c"), NULL,
               "OpenZFS SPL: a large kmem_alloc logged (an allocation that succeeded; look-alike)",
               {"alertname": "KernelWarnings", "severity": "warning", "host": "build-zfs-08"},
               {"summary": "kernel warnings on build-zfs-08",
                "description": "[88210.441207] Large kmem_alloc(135168, 0x1000), please file an issue at:\n[88210.441207] https://github.com/openzfs/zfs/issues/new"})


# --------------------------------------------------------------------------------------- Dovecot
def dovecot():
    quota = "Quota exceeded (mailbox for user is full)"
    family.add(d("src/plugins/quota/quota-settings.c"), D,
               "Dovecot quota plugin: delivery refused, mailbox quota exceeded (storage quota, rule 7)",
               {"alertname": "MailDeliveryErrors", "severity": "warning", "host": "mx-store-02",
                "service": "dovecot-lmtp"},
               {"summary": "LMTP delivery failures on mx-store-02",
                "description": f"Dec 04 09:12:44 mx-store-02 dovecot: lmtp(j.moreau@corp.example)<23144><Hg3wL8x0cGfwWgAAbC1dVw>: msgid=<20261204091243.4F1A@crm.corp.example>: save failed to INBOX: {quota}"})
    family.add(d("src/plugins/quota/quota-status.c"), D,
               "Dovecot quota-status policy: 554 5.2.2 with the quota message (bounces; the quoted cause decides)",
               {"alertname": "PostfixRejectsHigh", "severity": "warning", "instance": "mx-in-01:9154"},
               {"summary": "Inbound rejects above 2% on mx-in-01",
                "description": f"top reject reason: 554 5.2.2 {quota}"})
    family.add(d("src/imap/imap-commands-util.c"), D,
               "Dovecot quota plugin: IMAP APPEND refused with OVERQUOTA, quota exceeded (synthetic check)",
               {"alertname": "SyntheticIMAPAppendFailed", "severity": "warning", "probe": "imap-append-canary",
                "target": "imap-03.corp.example:993"},
               {"summary": "IMAP append canary failed against imap-03",
                "description": f"APPEND to INBOX answered: a0004 NO [OVERQUOTA] {quota}"})
    family.add(d("src/lib-storage/mail-error.c"), D,
               "Dovecot: EDQUOT mapped to 'Not enough disk quota' on delivery",
               {"alertname": "MailDeliveryErrors", "severity": "warning", "host": "mbox-ham-01",
                "service": "dovecot-lda"},
               {"summary": "dovecot-lda failures on mbox-ham-01",
                "description": "lda(backup-reports)<4412><xk8AAF3wcGcMEQAA>: msgid=<nightly-8812@backup01>: save failed to INBOX: Not enough disk quota"})
    family.add(d("src/lib-storage/mail-error.h"), D,
               "Dovecot: 'Not enough disk quota' (EDQUOT) answered to an IMAP client with OVERQUOTA",
               {"alertname": "SyntheticIMAPAppendFailed", "severity": "warning", "probe": "imap-append-canary",
                "target": "imap-08.corp.example:993"},
               {"summary": "IMAP append canary failed against imap-08",
                "description": "APPEND to Drafts answered: a0004 NO [OVERQUOTA] Not enough disk quota"})
    # Memory.
    oom = "Out of memory (service imap { vsz_limit=256 MB }, you may need to increase it) - set CORE_OUTOFMEM=1 environment to get core dump"
    family.add(d("src/master/service-process.c"), M,
               "Dovecot master: a child exited with FATAL_OUTOFMEM at its vsz_limit",
               {"alertname": "DovecotFatalErrors", "severity": "critical", "host": "imap-07"},
               {"summary": "Fatal errors in dovecot log on imap-07",
                "description": f"dovecot: master: Error: service(imap): child 48211 returned error 83 ({oom})"})
    family.add(d("src/master/service-process.c"), M,
               "Dovecot master: FATAL_OUTOFMEM quoted by an error-ratio alert (the cause decides, rule 1)",
               {"alertname": "IMAPCommandErrorRatio", "severity": "warning", "service": "imap",
                "cluster": "mail-eu"},
               {"summary": "7.2% of IMAP commands fail",
                "description": "Error ratio above 5% for 10m. Most frequent log line: service(imap): child 51902 returned error 83 (Out of memory (service imap { vsz_limit=512 MB }, you may need to increase it) - set CORE_OUTOFMEM=1 environment to get core dump)"})
    family.add(d("src/lib/mempool-system.c"), M,
               "Dovecot lib: pool_system_malloc() Out of memory",
               {"alertname": "LogPatternMatched", "severity": "critical", "app": "dovecot", "host": "pop-02"},
               {"message": "pop3(newsletter@corp.example)<9921><a81fGg0xxA>: Fatal: pool_system_malloc(268435456): Out of memory"})
    family.add(d("src/lib/mempool-alloconly.c"), M,
               "Dovecot lib: block_alloc() Out of memory",
               {"alertname": "DovecotFatalErrors", "severity": "critical", "host": "idx-worker-4"},
               {"summary": "indexer-worker fatal on idx-worker-4",
                "description": "indexer-worker(legal@corp.example)<3310>: Fatal: block_alloc(33554432): Out of memory"})
    family.add(d("src/lib-compression/istream-zlib.c"), M,
               "Dovecot zlib: decompression failed, Out of memory",
               {"alertname": "LogPatternMatched", "severity": "warning", "app": "dovecot", "host": "imap-11"},
               {"message": "imap(a.ferrari@corp.example)<7761><q0bq3X>: Fatal: zlib.read(/srv/mail/a.ferrari/mdbox/storage/m.4821): Out of memory"})
    family.add(d("src/lib-ssl-iostream/dovecot-openssl-common.c"), M,
               "Dovecot OpenSSL glue: malloc Out of memory",
               {"alertname": "DovecotFatalErrors", "severity": "critical", "host": "imap-login-02"},
               {"summary": "imap-login fatal on imap-login-02",
                "description": "imap-login: Fatal: OpenSSL: malloc(32768): Out of memory"})
    family.add(d("src/lib-language/lang-filter-stemmer-snowball.c"), M,
               "Dovecot FTS: the stemmer failed, Out of memory",
               {"alertname": "LogPatternMatched", "severity": "warning", "app": "dovecot-indexer", "host": "fts-01"},
               {"message": "indexer-worker(research@corp.example)<1877>: Fatal: sb_stemmer_stem(len=48211) failed: Out of memory"})
    family.add(d("src/lib-compression/ostream-zlib.c"), M,
               "Dovecot zlib: deflateInit() Out of memory",
               {"alertname": "DovecotFatalErrors", "severity": "critical", "host": "lmtp-03"},
               {"summary": "lmtp fatal on lmtp-03",
                "description": "lmtp(invoices@corp.example)<6120><Yk3v>: Fatal: deflateInit(): Out of memory"})
    # Descriptors.
    family.add(d("src/lib/ioloop-epoll.c"), F,
               "Dovecot ioloop: epoll_create() EMFILE, Too many open files",
               {"alertname": "DovecotFatalErrors", "severity": "critical", "host": "imap-09"},
               {"summary": "Fatal errors in dovecot log on imap-09",
                "description": "imap(p.silva@corp.example)<2011>: Fatal: epoll_create(): Too many open files (you may need to increase /proc/sys/fs/epoll/max_user_instances)"})
    family.add(d("src/lib-master/master-service.c"), F,
               "Dovecot service: accept() failed with EMFILE",
               {"alertname": "LogPatternMatched", "severity": "critical", "app": "dovecot", "host": "lmtp-01"},
               {"message": "lmtp: Error: net_accept() failed: Too many open files"})
    family.add(d("src/master/service-monitor.c"), F,
               "Dovecot master: accept() failed with EMFILE, quoted by a log-count alert",
               {"alertname": "DovecotErrorLines", "severity": "warning", "host": "mail-fe-3"},
               {"summary": "212 error lines from dovecot master in 5m",
                "description": "most frequent: master: Error: service(imap-login): net_accept() failed: Too many open files"})
    # A connection limit reached.
    family.add(d("src/master/service-monitor.c"), C,
               "Dovecot master: client_limit reached, connections dropped (rule 7)",
               {"alertname": "LogPatternMatched", "severity": "warning", "app": "dovecot", "host": "imap-login-05"},
               {"message": "master: Warning: service(imap-login): client_limit (1000) reached, client connections are being dropped"})
    family.add(d("src/master/service-monitor.c"), C,
               "Dovecot master: client_limit reached with reuse_port",
               {"alertname": "DovecotWarnings", "severity": "warning", "host": "pop-fe-1"},
               {"summary": "dovecot warnings on pop-fe-1",
                "description": "master: Warning: service(pop3-login): client_limit (500) reached, client connections are being dropped (pid=20417, reuse_port=yes)"})
    # A backend down, as the login proxy says it.
    family.add(d("src/login-common/login-proxy.c"), N,
               "Dovecot login proxy: the backend host has been down (rule 11)",
               {"alertname": "ProxyBackendErrors", "severity": "critical", "host": "imap-proxy-1",
                "backend": "10.40.2.17"},
               {"summary": "IMAP proxy cannot reach backend 10.40.2.17",
                "description": "imap-login: Error: proxy(m.jensen@corp.example): Host has been down for 94 secs (last success was 1796369870)"})
    family.add(d("src/login-common/login-proxy.c"), N,
               "Dovecot login proxy: connect() refused by the backend (rule 11)",
               {"alertname": "LogPatternMatched", "severity": "critical", "app": "dovecot-proxy", "host": "imap-proxy-2"},
               {"message": "imap-login: Error: proxy(s.kim@corp.example): connect(10.40.2.21, 143) failed: Connection refused (after 0 secs, local=10.40.1.5:51234)"})
    family.add(d("src/login-common/login-proxy.c"), N,
               "Dovecot login proxy: no route to the backend, quoted by a login-failure ratio (rule 11)",
               {"alertname": "ProxyLoginFailureRatio", "severity": "warning", "service": "pop3-proxy"},
               {"summary": "12% of proxied POP3 logins fail",
                "description": "Most frequent reason: connect(10.40.3.9, 110) failed: No route to host (after 3 secs)"})
    family.add(d("src/login-common/login-proxy.c"), N,
               "Dovecot login proxy: the backend host has been down, in a log-count alert (rule 11)",
               {"alertname": "DovecotErrorLines", "severity": "warning", "host": "pop-proxy-2"},
               {"summary": "388 proxy errors in 5m on pop-proxy-2",
                "description": "most frequent: pop3-login: Error: proxy(j.berg@corp.example): Host has been down for 31 secs (last success was 1796371012)"})
    family.add(d("src/lmtp/lmtp-local.c"), D,
               "Dovecot LMTP: 552 5.2.2 with the quota message, in an MTA's bounce report",
               {"alertname": "MailBounceReport", "severity": "info", "instance": "mx-out-02"},
               {"summary": "bounced deliveries to mailstore",
                "description": "to=<h.olsen@corp.example>, relay=mailstore-1[10.40.2.30]:24, status=bounced (host mailstore-1 said: 552 5.2.2 <h.olsen@corp.example> Quota exceeded (mailbox for user is full) (in reply to end of DATA command))"})
    # Look-alikes.
    family.add(d("src/master/master-settings.c"), NULL,
               "Dovecot: descriptor limit below what max load needs (a limit below a floor, rule 16)",
               {"alertname": "DovecotWarnings", "severity": "info", "host": "imap-12"},
               {"summary": "dovecot start-up warning on imap-12",
                "description": "master: Warning: fd limit (ulimit -n) is lower than required under max. load (1024 < 4000), because of default_client_limit"})
    family.add(d("src/master/service-process.c"), NULL,
               "Dovecot master: fork() failed at ulimit -u (PIDs, rule 2)",
               {"alertname": "LogPatternMatched", "severity": "warning", "app": "dovecot", "host": "imap-04"},
               {"message": "master: Error: service(imap): fork() failed: Resource temporarily unavailable (ulimit -u 4096 reached?)"})
    family.add(d("src/lib-storage/mail-error.c"), NULL,
               "Dovecot: EROFS, 'Read only file system' (as capintl19's read-only destination)",
               {"alertname": "MailDeliveryErrors", "severity": "warning", "host": "mbox-ham-02",
                "service": "dovecot-lmtp"},
               {"summary": "LMTP delivery failures on mbox-ham-02",
                "description": "lmtp(r.costa@corp.example)<5512><bQ2x>: msgid=<a81@shop.example>: save failed to INBOX: Read only file system"})
    family.add(d("src/lib-index/mail-cache.c"), NULL,
               "Dovecot index: a corrupted cache record deleted (look-alike)",
               {"alertname": "LogPatternMatched", "severity": "info", "app": "dovecot", "host": "imap-06"},
               {"message": "imap(t.nguyen@corp.example)<4410>: Error: Mailbox INBOX: UID 48122: Deleting corrupted cache record: Broken MIME parts"})
    family.add(d("src/master/master-settings.c"), NULL,
               "Dovecot: vsz_limit rejected at start-up (a setting, rule 12)",
               {"alertname": "ConfigCheckFailed", "severity": "warning", "host": "imap-staging-1"},
               {"summary": "doveconf check failed on imap-staging-1",
                "description": "doveconf: Fatal: Error in configuration file /etc/dovecot/conf.d/10-master.conf: service(imap): vsz_limit is too low (did you mean \"unlimited\"?)"})


# ---------------------------------------------------------------------------------------- Harbor
LANGS = ["en-us", "de-de", "es-es", "fr-fr", "ko-kr", "pt-br", "ru-ru", "tr-tr", "zh-cn", "zh-tw"]


def i18n(lang):
    return json.loads(git_show(HARBOR, HARBOR_C, f"src/portal/src/i18n/lang/{lang}-lang.json"))


def harbor():
    overflow = ("adding 812.4 MiB of storage resource, which when updated to current usage of 19.6 GiB "
                "will exceed the configured upper limit of 20.0 GiB.")
    family.add(h("src/pkg/quota/errors.go"), D,
               "Harbor: a push exceeds the project's storage quota (QUOTA_EXCEED webhook)",
               {"alertname": "HarborWebhook", "severity": "critical", "event_type": "QUOTA_EXCEED",
                "project": "ml-platform"},
               {"summary": "QUOTA_EXCEED on ml-platform/trainer",
                "description": f"Details: {overflow}"})
    family.add(h("src/pkg/quota/errors.go"), D,
               "Harbor: docker push denied by the storage quota, in a CI job",
               {"alertname": "CIPipelineFailed", "severity": "warning", "pipeline": "payments-api",
                "stage": "publish"},
               {"summary": "publish stage of payments-api failed",
                "description": "denied: adding 1.3 GiB of storage resource, which when updated to current usage of 49.2 GiB will exceed the configured upper limit of 50.0 GiB."})
    family.add(h("src/server/middleware/quota/quota.go"), D,
               "Harbor: quota usage reached the warning percentage (QUOTA_WARNING; capacity toward a limit that refuses pushes)",
               {"alertname": "HarborWebhook", "severity": "warning", "event_type": "QUOTA_WARNING",
                "project": "data-eng"},
               {"summary": "QUOTA_WARNING on data-eng/spark-runner",
                "description": "Details: quota usage reach 85%: resource storage used 8.6 GiB of 10.0 GiB"})
    family.add(h("src/server/middleware/quota/quota.go"), D,
               "Harbor: quota warning relayed to chat",
               {"alertname": "RegistryNotification", "severity": "info", "registry": "harbor.corp.example"},
               {"message": "[harbor] project mobile: quota usage reach 90%: resource storage used 183.7 GiB of 200.0 GiB"})
    family.add(h("src/controller/quota/controller.go"), D,
               "Harbor core log: quota exceeded while processing a push",
               {"alertname": "LogPatternMatched", "severity": "warning", "app": "harbor-core",
                "namespace": "harbor"},
               {"message": "[ERROR] [/server/middleware/quota/quota.go:118]: Quota exceeded when processing the request of adding 402.0 MiB of storage resource, which when updated to current usage of 29.8 GiB will exceed the configured upper limit of 30.0 GiB."})
    family.add(h("src/pkg/quota/errors.go"), D,
               "Harbor: replication into a project refused by its storage quota",
               {"alertname": "HarborReplicationFailed", "severity": "warning", "policy": "pull-from-dockerhub-mirror",
                "project": "mirror"},
               {"summary": "Replication task failed for library/postgres:17",
                "description": "failed to push blob sha256:5c1f...: denied: adding 151.2 MiB of storage resource, which when updated to current usage of 499.9 GiB will exceed the configured upper limit of 500.0 GiB."})
    # Look-alikes from the portal, in Harbor's languages: a quota edited, GC that freed space.
    save = {lang: i18n(lang)["QUOTA"]["SAVE_SUCCESS"] for lang in LANGS}
    gc = {lang: i18n(lang)["GC"]["DELETE_DETAIL"] for lang in LANGS}
    portal = "src/portal/src/i18n/lang/{}-lang.json"
    for lang, project, who in [("en-us", "ml-platform", "admin"), ("de-de", "shop-backend", "k.weber"),
                               ("ko-kr", "game-assets", "jh.park"), ("zh-tw", "iot-firmware", "wl.chen")]:
        family.add(h(portal.format(lang)), NULL,
                   f"Harbor portal ({lang}): project quota edited by an administrator (rule 9, look-alike)",
                   {"alertname": "RegistryAuditEvent", "severity": "info", "registry": "harbor.corp.example",
                    "project": project, "operator": who},
                   {"summary": f"Quota of project {project} changed to 500 GiB",
                    "description": save[lang]})
    for lang, blobs, manifests, size in [("en-us", 1422, 87, "38.4 GiB"), ("fr-fr", 2030, 155, "71.0 GiB"),
                                         ("ru-ru", 318, 22, "6.2 GiB"), ("zh-cn", 904, 61, "25.7 GiB")]:
        text = (gc[lang].replace("{{blob}}", str(blobs)).replace("{{manifest}}", str(manifests))
                .replace("{{size}}", size))
        family.add(h(portal.format(lang)), NULL,
                   f"Harbor portal ({lang}): garbage collection freed space (rule 14, look-alike)",
                   {"alertname": "RegistryGCCompleted", "severity": "info", "registry": "harbor.corp.example",
                    "job": "gc-weekly"},
                   {"summary": "Harbor garbage collection finished",
                    "description": text})


def main():
    zfs()
    dovecot()
    harbor()
    family.write()


if __name__ == "__main__":
    main()
