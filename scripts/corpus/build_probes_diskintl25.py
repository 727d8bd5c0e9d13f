#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_diskintl25.jsonl: a full disk (and an exhausted allocator) as
backup, snapshot, recording and virtualisation tools word it in their own translations, relayed
into alerts (a failed backup or snapshot job, a log-pattern alert on the journal, a relayed desktop
notification, a Loki sample), with English anchors of the same messages, and look-alikes that share
their words but report no failure.

What the family tests: "not enough (free) disk space" in German, French, Spanish, Italian, Russian,
Japanese, Chinese, Polish, Brazilian Portuguese, Korean, Dutch, Swedish, Ukrainian, Czech,
Hungarian, Finnish and Turkish; and null look-alikes: free-space and memory readouts ("%d
snapshots, %s free", "Disk space available", "Memory Usage", "%s of %s"), settings ("Estimated
memory usage", "Do not empty memory cache ..."), a macOS permission named "Full Disk Access", a
storage directory set or missing, a VM's memory saved to disk, a completed backup with sizes.

Labels, decided from each message's meaning under POLICY.md before the classifier ran on the file:
- `disk_full` (rule 2: a write or an operation refused for want of disk, volume or pool space;
  rule 1 inside a failed-job frame): Timeshift's "Not enough disk space (< N)" with "Select
  another device or free up some space"; OBS Studio's "Insufficient disk space" / "There is not
  sufficient disk space to continue recording."; virt-install's "There is not enough free space to
  create the disk. N M requested > N M available" and "There is not enough free space on the
  storage pool to create the volume. (...)"; Systemback's "Not enough free disk space to complete
  the process." and "There is not enough free space."; Sonarr's "Not enough free space (...) to
  import after download" and "Temporary location ... has less than 1 GB free space".
- `out_of_memory` (rule 12: a tool's own allocation failure; rule 2: memory pressure): Ardour's audio
  backend "Out Of Memory Error" in English and eight translations; Bareos "Out of memory requesting
  N bytes"; resticprofile "available memory is < 100 MB (option 'min-memory' ...)".
- `null`: readouts and settings listed above (rules 14, 16: a status or a setting, nothing
  failed); Vorta's "Vorta needs Full Disk Access for complete Backups" (a permission, decision 1 in
  SOURCES.md); Vorta's "Backup finished." with file counts and sizes; Systemback's storage
  directory set, not available or not writable (not full); Sonarr's "Unable to get free space for:"
  (the monitor could not read the figure, rule 16); Bareos's "Max Volume bytes=... exceeded.
  Marking Volume ... as Full." (volume rotation by design, decision 2); resticprofile's "OS memory
  information not available" (rule 16); Ardour's session clean-up "The following file was deleted
  from %2, releasing %3 %4bytes of disk space" (space freed on purpose, rule 9).

Frames, hosts, sizes, paths and values are our own; only the quoted strings come from the sources.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import D, M, ProbeFamily  # noqa: E402

NULL = None

TS_C = "8958d97432e709045c9aeea834afb9f8c3b8554b"
OBS_C = "f86e9c1d59c9fce27ab962d2aca94f76d90abc04"
VM_C = "2450354f39f79af97a7c63f74c22eafdff94942a"
SB_C = "c2e1e348c65e6a795fc6bc208ab440374f1b8015"
VORTA_C = "7f83935f25c672e24d3241cf968679b9c939ea72"
SONARR_C = "49df353fa14c453929b79f32144b2c8c86d94b09"
BAREOS_C = "eda204c31c76ecaf419ecf6279ec5707baaac1ed"


def ts_po(lang):
    return ("linuxmint/timeshift", f"po/{lang}.po", TS_C)


TS_SRC = ("linuxmint/timeshift", "src/Core/SnapshotRepo.vala", TS_C)


def obs_ini(lang):
    return ("obsproject/obs-studio", f"frontend/data/locale/{lang}.ini", OBS_C)


def vm_po(lang):
    return ("virt-manager/virt-manager", f"po/{lang}.po", VM_C)


VM_DISK = ("virt-manager/virt-manager", "virtinst/diskbackend.py", VM_C)
VM_POOL = ("virt-manager/virt-manager", "virtinst/storage.py", VM_C)


def sb_ts(lang):
    return ("FabioLolix/systemback", f"lang/systemback_{lang}.ts", SB_C)


SB_SRC = ("FabioLolix/systemback", "systemback-cli/systemback-cli.cpp", SB_C)


def vorta_ts(lang):
    return ("borgbase/vorta", f"src/vorta/i18n/ts/vorta.{lang}.ts", VORTA_C)


VORTA_APP = ("borgbase/vorta", "src/vorta/application.py", VORTA_C)
SONARR_FREE = ("Sonarr/Sonarr", "src/NzbDrone.Core/DecisionEngine/Specifications/FreeSpaceSpecification.cs",
               SONARR_C)
SONARR_UPDATE = ("Sonarr/Sonarr", "src/NzbDrone.Core/Update/InstallUpdateService.cs", SONARR_C)
SONARR_DISK = ("Sonarr/Sonarr", "src/NzbDrone.Core/DiskSpace/DiskSpaceService.cs", SONARR_C)
BAREOS_MEM = ("bareos/bareos", "core/src/lib/mem_pool.cc", BAREOS_C)
BAREOS_VOL = ("bareos/bareos", "core/src/dird/next_vol.cc", BAREOS_C)
RP_MAIN = ("creativeprojects/resticprofile", "main.go", "9eac2a80fb2533cf852bc624b6886ab97619c06d")
ARDOUR_C = "22ed8656c2533e325322ff11831448e5123e0d4b"
ARDOUR_BACKEND = ("Ardour/ardour", "libs/ardour/audio_backend.cc", ARDOUR_C)


def ardour_po(lib, lang):
    return ("Ardour/ardour", f"{lib}/po/{lang}.po", ARDOUR_C)

family = ProbeFamily("probes_diskintl25.jsonl")

HOSTS = ["ws-kiel-014", "studio-rec-02", "kvm-node-07", "lab-pc-231", "backup-gw-03", "media-srv-01",
         "edit-bay-05", "hv-lyon-12", "kiosk-0419", "nas-archive-2", "stream-pc-09", "dev-ws-118"]


def frame(n, app, text, failed_job=True):
    """The n-th frame relaying `text` from `app`. Failed-job frames only when failed_job is true
    (look-alikes go to frames that assert nothing of their own)."""
    host = HOSTS[n % len(HOSTS)]
    first = text.split("\n")[0]
    shapes = 5 if failed_job else 3
    s = n % shapes
    if s == 0:
        return ({"alertname": "JournalPatternMatched", "severity": "warning", "instance": f"{host}:9100",
                 "job": "node", "unit": f"{app}.service"},
                {"summary": f"{app} logged a matching line on {host}",
                 "description": f"{app}[{1200 + n * 37}]: {text}"})
    if s == 1:
        return ({"alertname": "DesktopNotificationRelayed", "severity": "info", "host": host,
                 "app_name": app, "fleet": "managed-desktops"},
                {"summary": first,
                 "description": text})
    if s == 2:
        return ({"alertname": "LokiLogLineAlert", "severity": "warning", "app": app,
                 "host": host, "cluster": "site-ops"},
                {"message": f"count_over_time({{app=\"{app}\", host=\"{host}\"}} [15m]) > 0",
                 "sample": text})
    if s == 3:
        return ({"alertname": "BackupJobFailed", "severity": "critical", "host": host, "tool": app,
                 "job": f"{app}-nightly"},
                {"summary": f"{app} job on {host} did not complete",
                 "description": f"Exit status 1. Last message: {text}"})
    return ({"alertname": "ScheduledTaskFailed", "severity": "warning", "instance": host,
             "task": f"{app}-{['hourly', 'daily', 'weekly'][n % 3]}", "error_message": first},
            {"summary": f"Scheduled task on {host} failed",
             "description": text})


N = [0]


def add(src, expected, source, app, text, failed_job=True, project=None):
    labels, ann = frame(N[0], app, text, failed_job=failed_job)
    N[0] += 1
    family.add(src, expected, source, labels, ann, project=project)


# --- Timeshift: "Not enough disk space" (status_message) + status_details -----------------------
TS_NOSPACE = {
    "de": ("Nicht genügend Speicherplatz", "Bitte anderes Gerät auswählen oder etwas Speicherplatz freigeben"),
    "fr": ("L’espace disque est insuffisant", "Choisir un autre périphérique ou libérer de l’espace"),
    "ru": ("Недостаточно места на накопителе", "Выберите другое устройство или освободите место"),
    "ja": ("ディスク容量が足りません", "別のデバイスを選択するか、ディスクに空きを作ってください"),
    "zh_CN": ("可用磁盘空间不足", "请选择另一个设备或腾出一些空间"),
    "pl": ("Brak wystarczającej ilości miejsca na dysku", "Wybierz inne urządzenie lub zwolnij trochę miejsca na dysku"),
    "pt_BR": ("Espaço insuficiente em disco", "Selecionar outro dispositivo ou algum espaço livre"),
    "ko": ("충분한 디스크 공간이 없습니다", "다른 장치를 선택하거나 공간을 늘리세요"),
}
TS_NEED = ["1 GB", "12.4 GB", "1 GB", "8.7 GB", "1 GB", "20.3 GB", "1 GB", "5.2 GB"]
for i, (lang, (msg, det)) in enumerate(TS_NOSPACE.items()):
    add(ts_po(lang), D, f"Timeshift ({lang}) \"Not enough disk space\" + \"Select another device or free up "
        "some space\": the snapshot device has less free space than the snapshot needs (rule 2)",
        "timeshift", f"{msg} (< {TS_NEED[i]})\n{det}")
add(TS_SRC, D, "Timeshift (en) \"Not enough disk space\" status of the snapshot device (rule 2)", "timeshift",
    "Not enough disk space (< 1 GB)\nSelect another device or free up some space")

TS_OK = {"de": "%d Schnappschüsse, %s frei", "es": "%d instantáneas, %s libres", "it": "%d istantanee, %s libero",
         "uk": "%d знімки, %s вільно"}
TS_OK_V = [(14, "212.6 GB"), (9, "87.3 GB"), (22, "143.0 GB"), (6, "58.9 GB")]
for i, (lang, fmt) in enumerate(TS_OK.items()):
    n, free = TS_OK_V[i]
    add(ts_po(lang), NULL, f"Timeshift ({lang}) \"OK\" status \"%d snapshots, %s free\": a routine status line "
        "with space left (rule 14)", "timeshift", "OK\n" + fmt.replace("%d", str(n)).replace("%s", free),
        failed_job=False)
add(TS_SRC, NULL, "Timeshift (en) \"OK\" status \"%d snapshots, %s free\" (rule 14)", "timeshift",
    "OK\n17 snapshots, 96.4 GB free", failed_job=False)
TS_FREE = {"nl": "Vrije ruimte", "tr": "Boş alan"}
for lang, word in TS_FREE.items():
    add(ts_po(lang), NULL, f"Timeshift ({lang}) debug line \"Free space: %s\" on opening the snapshot device: a "
        "readout (rule 14)", "timeshift", f"{word}: 301.7 GB", failed_job=False)
TS_CALC = {"it": "Calcolo lo spazio richiesto su disco..."}
for lang, line in TS_CALC.items():
    add(ts_po(lang), NULL, f"Timeshift ({lang}) \"Calculating required disk space...\": a progress line, "
        "nothing failed (null)", "timeshift", line, failed_job=False)

# --- OBS Studio: Output.RecordNoSpace -------------------------------------------------------------
OBS_NOSPACE = {
    "de-DE": ("Nicht genügend Speicherplatz", "Es gibt nicht genügend Speicherplatz, um die Aufnahme fortzusetzen."),
    "es-ES": ("No hay suficiente espacio en disco", "No hay suficiente espacio en disco para continuar grabando."),
    "it-IT": ("Spazio su disco insufficiente", "Non c'è abbastanza spazio sul disco per continuare la registrazione."),
    "ja-JP": ("ディスク領域の不足", "録画を継続するのに十分なディスク領域がありません。"),
    "zh-CN": ("磁盘空间不足", "没有足够磁盘空间来继续录像。"),
    "ko-KR": ("디스크 공간 부족", "녹화를 계속하기 위한 디스크 공간이 부족합니다."),
    "nl-NL": ("Onvoldoende schijfruimte", "Er is onvoldoende schijfruimte om door te gaan met opnemen."),
    "sv-SE": ("Otillräckligt diskutrymme", "Det finns inte tillräckligt med diskutrymme för att fortsätta spela in."),
    "uk-UA": ("Недостатньо місця на диску", "Для продовження запису немає достатньо місця на диску."),
}
for lang, (title, msg) in OBS_NOSPACE.items():
    add(obs_ini(lang), D, f"OBS Studio ({lang}) Output.RecordNoSpace \"Insufficient disk space\" / \"There is not "
        "sufficient disk space to continue recording.\": recording stopped for want of disk space (rule 2)",
        "obs", f"{title}\n{msg}")
add(obs_ini("en-US"), D, "OBS Studio (en) Output.RecordNoSpace: recording stopped for want of disk space "
    "(rule 2)", "obs", "Insufficient disk space\nThere is not sufficient disk space to continue recording.")

OBS_STATS = [("es-ES", "Espacio en disco disponible", "412.7 GB"),
             ("fr-FR", "Utilisation de la mémoire", "1342.5 MB"), ("ru-RU", "Использование памяти", "987.0 MB")]
for lang, label, val in OBS_STATS:
    add(obs_ini(lang), NULL, f"OBS Studio ({lang}) stats dock readout \"{label}\" (Basic.Stats.HDDSpaceAvailable "
        "or Basic.Stats.MemoryUsage): a readout, nothing failed (rule 14)", "obs", f"{label}: {val}",
        failed_job=False)
OBS_EST = [("de-DE", "Achtung: Der geschätzte RAM-Verbrauch von 3072 MiB ist höher als die empfohlenen 2048 MiB."),
           ("ja-JP", "警告: 推定メモリ使用量 4096 MiB は推奨される最大値 2048 MiB を超えています"),
           ("tr-TR", "Tahmini bellek kullanımı: 512 MB"),
           ("zh-CN", "无法预估内存使用量，请设置内存使用量上限。")]
for lang, line in OBS_EST:
    add(obs_ini(lang), NULL, f"OBS Studio ({lang}) replay-buffer settings estimate of memory use "
        "(Basic.Settings.Output.ReplayBuffer.Estimate*): a setting's estimate or warning against a recommended "
        "maximum, no memory exhausted (rules 9, 16)", "obs", line, failed_job=False)
add(obs_ini("en-US"), NULL, "OBS Studio (en) replay-buffer EstimateTooLarge: a setting's estimate against a "
    "recommended maximum (rules 9, 16)", "obs",
    "Warning: Estimated memory usage of 3584 MiB is larger than recommended maximum of 2048 MiB", failed_job=False)

# --- virt-install: not enough free space for a disk or pool volume --------------------------------
VM_DISKMSG = {
    "fr": ("Il n’y a pas assez d’espace disque libre pour créer le disque.", "{a} Mio nécessaires > {b} Mio disponibles"),
    "es": ("No hay espacio libre suficiente para crear el disco.", "{a} M solicitado(s) > {b} M disponible(s)"),
    "ru": ("Недостаточно места для создания диска.", "Запрошено {a} МБ > доступно {b} МБ"),
    "ja": ("ディスクを作成するための十分な空き領域がありません。", "{a} MBの要求 > {b} MBの空き"),
    "pl": ("Nie ma wystarczającej ilości wolnego miejsca na dysku.", "{a}\u2009M zażądano > {b}\u2009M dostępne"),
    "tr": ("Diski oluşturmak için yeterli boş alan yok.", "{a} M istenen > {b} M kullanılabilir"),
    "uk": ("Для створення цього диска недостатньо вільного місця.", "Запит {a} МБ > Доступно {b} МБ"),
}
VM_SIZES = [(20480, 8123), (40960, 17302), (102400, 55871), (30720, 12045), (51200, 49870), (25600, 3311),
            (81920, 40210)]
for i, (lang, (msg, req)) in enumerate(VM_DISKMSG.items()):
    a, b = VM_SIZES[i]
    add(vm_po(lang), D, f"virt-install ({lang}) \"There is not enough free space to create the disk.\" + "
        "\"%(mem1)s M requested > %(mem2)s M available\": a disk image refused for want of space (rule 2)",
        "virt-install", f"ERROR    {msg} {req.format(a=a, b=b)}")
add(VM_DISK, D, "virt-install (en) \"There is not enough free space to create the disk.\" (rule 2)", "virt-install",
    "ERROR    There is not enough free space to create the disk. 61440 M requested > 20187 M available")
VM_POOLMSG = {
    "de": "Auf dem Speicherpool ist nicht genügend freier Speicherplatz vorhanden, um das Volume zu erstellen. "
          "({a} M angeforderte Zuweisung > {b} M verfügbar)",
    "it": "Spazio insufficiente nel pool di archiviazione per creare il volume ({a} M richiesti da allocare > "
          "{b} M disponibili).",
    "zh_CN": "存储池中没有足够空间来创建卷。({a} M 需要的空间 > {b} M 可用空间)",
    "pt_BR": "Não há espaço livre suficiente no pool de armazenamento para criar o volume. ({a} M de alocação "
             "solicitada > {b} M disponíveis)",
    "ko": "볼륨을 작성하는 데 충분한 여유 공간이 저장소 풀에 없습니다. ({a} M 요청된 할당 > {b} M 사용 가능)",
}
for i, (lang, msg) in enumerate(VM_POOLMSG.items()):
    a, b = VM_SIZES[(i + 3) % len(VM_SIZES)]
    add(vm_po(lang), D, f"virt-install ({lang}) \"There is not enough free space on the storage pool to create the "
        "volume.\": a volume refused for want of pool space (rule 2; rule 7: a pool that refuses writes)",
        "virt-install", f"ERROR    {msg.format(a=a, b=b)}")
add(VM_POOL, D, "virt-install (en) \"There is not enough free space on the storage pool to create the volume.\" "
    "(rule 2)", "virt-install", "ERROR    There is not enough free space on the storage pool to create the volume. "
    "(102400 M requested allocation > 65530 M available)")
VM_AVAIL = [("de", "<b>vg_guests's</b> verfügbarer Platz: 412.33 GiB"),
            ("zh_CN", "<b>default 的</b> 可用空间： 87.90 GiB"),
            ("uk", "Доступне місце на <b>images</b>: 1.21 TiB")]
for lang, line in VM_AVAIL:
    add(vm_po(lang), NULL, f"virt-manager ({lang}) \"<b>%(volume)s's</b> available space: %(size)s\": a free-space "
        "label of the new-volume dialog (rule 14)", "virt-manager", line, failed_job=False)
VM_SAVE = [("fr", "Sauvegarde de la mémoire de la machine virtuelle vers le disque "),
           ("it", "Salvataggio della memoria della macchina virtuale su disco. ")]
for lang, line in VM_SAVE:
    add(vm_po(lang), NULL, f"virt-manager ({lang}) \"Saving virtual machine memory to disk\": a VM being saved on "
        "purpose (rule 9)", "virt-manager", line.strip() + " (win11-build)", failed_job=False)
add(vm_po("pl"), NULL, "virt-manager (pl) \"%(current-memory)s of %(total-memory)s\": the memory readout of the "
    "details page (rule 14)", "virt-manager", "Pamięć: 3072 MiB z\xa08192 MiB", failed_job=False)

# --- Systemback: not enough free disk space ------------------------------------------------------
SB_NOSPACE = {
    "de": "Nicht genügend freier Speicherplatz für die Fertigstellung des Prozesses vorhanden.",
    "es": "No hay suficiente espacio libre en el disco para completar el proceso.",
    "ru": "Не хватает свободного места на диске, чтобы завершить процесс.",
    "cs": "Pro dokončení procesu není na disku dostatek volného prostoru.",
    "hu": "Nincs elég szabad tárhely a folyamat befejezéséhez.",
    "fi": "Ei tarpeeksi vapaata levytilaa prosessin suorittamiseen.",
}
for lang, line in SB_NOSPACE.items():
    add(sb_ts(lang), D, f"Systemback ({lang}) \"Not enough free disk space to complete the process.\": a restore "
        "point or copy aborted for want of space (rule 2)", "systemback", line)
SB_NOFREE = {"fr": "Il n'y a pas assez d'espace libre.", "zh_CN": "剩余空间不足。", "uk": "Не достатньо вільного місця."}
for lang, line in SB_NOFREE.items():
    add(sb_ts(lang), D, f"Systemback ({lang}) \"There is not enough free space.\" (the Live image or copy "
        "dialog): the target has too little space (rule 2)", "systemback", line)
add(SB_SRC, D, "Systemback (en) \"Not enough free disk space to complete the process.\" (rule 2)", "systemback",
    "Not enough free disk space to complete the process.")
SB_SET = {"es": "Se estableció un directorio para la ruta de almacenamiento.",
          "uk": "Зазначений шлях каталогу зберігання встановлено."}
for lang, line in SB_SET.items():
    add(sb_ts(lang), NULL, f"Systemback ({lang}) \"The specified storage directory path is set.\": a setting "
        "changed (rule 9)", "systemback", line, failed_job=False)
SB_CACHE = {"ru": "Не очищать кэш памяти в конце некоторых процессов",
            "hu": "Ne ürítse a memória-gyorsítótárat a folyamatok végén"}
for lang, line in SB_CACHE.items():
    add(sb_ts(lang), NULL, f"Systemback ({lang}) option \"Do not empty memory cache at the end of some "
        "processes\" enabled: a setting (rule 9)", "systemback", line + ": on", failed_job=False)
SB_NODIR = {"de": "Das Speicherverzeichnis der Wiederherstellungspunkte ist nicht verfügbar oder nicht beschreibbar!",
            "cs": "Složka s body obnovení není dostupná nebo do ní nelze zapisovat!"}
for lang, line in SB_NODIR.items():
    add(sb_ts(lang), NULL, f"Systemback ({lang}) \"The restore points storage directory is not available or not "
        "writable!\": a missing or read-only directory, not a full one (decision 3)", "systemback", line,
        failed_job=False)

# --- Vorta (BorgBackup GUI): "Full Disk Access" is a macOS permission; a finished backup with sizes ---
VORTA_FDA = {"de": "Für komplette Backups benötigt Vorta Vollzugriff auf die Festplatte",
             "fr": "Vorta a besoin de l'Accès complet au disque pour effectuer les sauvegardes",
             "it": "Vorta richiede l'accesso completo al disco per completare i backup",
             "nl": "Vorta heeft volledige schijftoegang nodig om volledige back-ups te kunnen maken"}
for lang, line in VORTA_FDA.items():
    add(vorta_ts(lang), NULL, f"Vorta ({lang}) \"Vorta needs Full Disk Access for complete Backups\": a macOS "
        "privacy permission, not a full disk (decision 1)", "vorta", line, failed_job=False)
add(VORTA_APP, NULL, "Vorta (en) \"Vorta needs Full Disk Access for complete Backups\" (decision 1)", "vorta",
    "Vorta needs Full Disk Access for complete Backups\nWithout this, some files will not be accessible and you may "
    "end up with an incomplete backup. Please set Full Disk Access permission for Vorta in System Preferences > "
    "Security & Privacy.", failed_job=False)
add(vorta_ts("ru"), NULL, "Vorta (ru) \"Backup finished.\" with BorgJob's \"Files\", \"Original\", "
    "\"Deduplicated\" sizes: a completed backup (null)", "vorta",
    "[Default] Архивация завершена.\nФайлы: 184213, Исходный размер: 41.7 GB, После дедупликации: 312.4 MB",
    failed_job=False)
add(vorta_ts("fr"), NULL, "Vorta (fr) \"Backup finished.\" with BorgJob's \"Files\", \"Original\", "
    "\"Deduplicated\" sizes: a completed backup (null)", "vorta",
    "[Laptop] Sauvegarde terminée.\nFichiers: 96544, Original: 18.2 GB, Dédupliqué: 88.9 MB", failed_job=False)

# --- Sonarr (English): import rejected for want of free space; update warning; no reading ----------
add(SONARR_FREE, D, "Sonarr FreeSpaceSpecification \"Not enough free space (...) to import after download\": a "
    "download rejected because the root folder would fall below its minimum free space (rule 2)", "sonarr",
    "Not enough free space (100 MB) to import after download: 41.2 MB. (Settings: Media Management: Minimum Free "
    "Space)")
add(SONARR_FREE, D, "Sonarr FreeSpaceSpecification \"Importing after download will exceed available disk space\" "
    "(rule 2)", "sonarr", "Importing after download will exceed available disk space")
add(SONARR_UPDATE, D, "Sonarr InstallUpdateService \"Temporary location ... has less than 1 GB free space\": "
    "a capacity warning on the temp disk (rule 2)", "sonarr",
    "Temporary location '/tmp/sonarr_update' has less than 1 GB free space, Sonarr may not be able to update "
    "itself.")
add(SONARR_DISK, NULL, "Sonarr DiskSpaceService \"Unable to get free space for:\": the figure could not be read, "
    "nothing says the disk is full (rule 16)", "sonarr",
    "Unable to get free space for: /mnt/media/tv", failed_job=False)

# --- Bareos (English): pool memory allocation failure; volume rotation ---------------------------
add(BAREOS_MEM, M, "Bareos mem_pool.cc \"Out of memory requesting %d bytes\": the daemon's own allocation failed "
    "(rule 12)", "bareos-sd", "Out of memory requesting 1048576 bytes")
add(BAREOS_VOL, NULL, "Bareos next_vol.cc \"Max Volume bytes=%s exceeded. Marking Volume \"%s\" as Full.\": a volume "
    "rotated at its configured size, the job goes on (decision 2)", "bareos-dir",
    "Max Volume bytes=53,687,091,200 exceeded. Marking Volume \"Full-0042\" as Full.", failed_job=False)

# --- resticprofile (English): run refused under memory pressure ----------------------------------
add(RP_MAIN, M, "resticprofile main.go \"available memory is < %v MB (option 'min-memory' ...)\": the run refused "
    "because available memory is below its floor (rule 2: memory pressure)", "resticprofile",
    "available memory is < 100 MB (option 'min-memory' in the 'global' section)")
add(RP_MAIN, NULL, "resticprofile main.go \"OS memory information not available\": the figure could not be read "
    "(rule 16)", "resticprofile", "OS memory information not available", failed_job=False)

# --- Ardour: the audio backend's "Out Of Memory Error"; clean-up and status-bar readouts ----------
ARDOUR_OOM = {"de": "Fehler: Speichermangel", "es": "Error de falta de memoria",
              "it": "Errore di memoria insufficiente", "ja": "メモリー不足エラー", "pl": "Błąd braku pamięci",
              "ru": "Ошибка: закончилась свободная память", "sv": "Minne fullt-fel", "cs": "Chyba: nedostatek paměti"}
for lang, line in ARDOUR_OOM.items():
    add(ardour_po("libs/ardour", lang), M, f"Ardour ({lang}) AudioBackend error \"Out Of Memory Error\": the audio "
        "engine could not allocate memory (rule 12)", "ardour", line)
add(ARDOUR_BACKEND, M, "Ardour (en) AudioBackend error \"Out Of Memory Error\" (rule 12)", "ardour",
    "Out Of Memory Error")
ARDOUR_CLEAN = {
    "de": "Die folgende Datei wurde von /home/ana/Sessions/Hoerspiel/interchange/Hoerspiel/audiofiles\ngelöscht und "
          "gab 412 megabytes Speicherplatz frei",
    "fr": "Le fichier suivant a été éffacé de /srv/sessions/concert/interchange/concert/audiofiles,\nlibérant 87 "
          "mégaoctets d'espace disque",
    "sv": "Följande fil har raderats från /home/erik/Sessions/demo/interchange/demo/audiofiles,\nvilket frigör 2 "
          "gigabyte diskutrymme",
    "pl": "Następujący plik został usunięty z /home/kasia/Sesje/podcast/interchange/podcast/audiofiles,\nuwalniając "
          "640 megabajt przestrzeni dyskowej",
}
for lang, line in ARDOUR_CLEAN.items():
    add(ardour_po("gtk2_ardour", lang), NULL, f"Ardour ({lang}) session clean-up \"The following file was deleted "
        "from %2, releasing %3 %4bytes of disk space\": space freed on purpose (rule 9)", "ardour", line,
        failed_job=False)

family.write()
