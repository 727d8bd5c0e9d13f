#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_nodedown19.jsonl: a host being down or unreachable as
Icinga Web 2 (its monitoring module) and Icinga DB Web word it in their translations, and as
Ansible's default output prints an unreachable host, rendered as the alerts that carry them: an
Icinga notification forwarded by a chat bridge (its state word translated), an Icinga DB Web
history entry relayed to Alertmanager, an event-grid digest ("%d hosts down on %s"), a dashlet
count ("Hosts Down"), a host detail ("Not reachable"), an AWX/CI job that failed with
`fatal: [host]: UNREACHABLE! => {...}`, and OpenNMS's pathOutage event (English).

What the family tests: the words for a host that is DOWN or UNREACHABLE in Arabic, German,
Spanish (es_AR), Italian, Japanese, Georgian, Dutch, Brazilian Portuguese, Russian and Ukrainian
("متوقف", "UNERREICHBAR", "INALCANZABLE", "Non raggiungibile", "アクセスできません",
"ხელმიუწვდომელია", "is onbereikbaar", "INACESSÍVEL", "ОСТАНОВЛЕН", "НЕДОСЯЖНИЙ",
"узлов не отвечают", "Недоступних хостів"...), and Ansible's UNREACHABLE with the ssh error
that says the host is not there. The look-alikes that must stay null, in the same languages and
frames: recoveries ("Host hat sich erholt", "Узел восстановлен", "%d hosts ok on %s", a state
back UP: rule 14), flapping notices ("Host ... ist flapping", "Flapping begonnen", "フラッピング開始",
"СПОВІЩЕННЯ ПРО ФЛЕПІНГ"), downtime (maintenance) starts ("DOWNTIME START", "НАЧАЛО ВРЕМЕНИ
ПРОСТОЯ", "メンテナンス期間開始": work on purpose, rule 9), problem acknowledgements
("Problembestätigung", "Reconhecer problema do host"), service checks in WARNING or CRITICAL
whose output names no signature (an NTP offset, a temperature, a load average, a RAID battery),
and Ansible's UNREACHABLE whose ssh error is an authentication or host-key failure or a remote
temporary directory that could not be created (the host answered); OpenNMS's interfaceUp (a
recovery) and dataCollectionFailed (the monitor's own collection failing, rule 16).

Labels, decided from each message's meaning under POLICY.md before the classifier ran on the
file: a host in the DOWN or UNREACHABLE state, counted as down or unreachable, or "not reachable"
is `node_down` (rule 4; Icinga's UNREACHABLE, a host behind a failed parent, is unreachable to
us, as liveness6's UNREACHABLE notifications were labelled). Ansible's UNREACHABLE quoting "No
route to host", "Connection refused" or "Host is down" is `node_down` of that host (rule 11).
OpenNMS's pathOutage ("The state of node ... is unknown because the critical path to the node is
down") is `node_down`: the node cannot be reached behind its failed path, which is what Icinga's
UNREACHABLE says too (the path itself would be a link, but the alert is about the node).
Recovery notices, flapping notices, a downtime that starts and an acknowledgement are `null`
(rules 9, 14; a flapping notice reports that the state keeps changing, not that the host is down,
and an acknowledgement reports who is handling a problem, not the problem); a service check whose
output is a clock offset, a temperature, a load or a controller battery is `null` (rule 2: CPU
and load are null; the rest name no signature).

Left out as ambiguous (rule 6): Icinga DB Web's "%s ran into a problem" (no state named), soft
state changes (a first failed check that Icinga will retry), "%d services critical on %s"
without an output, Ansible's UNREACHABLE with "Connection timed out" (a connect timeout is
`upstream_timeout` under rule 11, but Ansible's host may be down: not settled), its "Data could
not be sent to remote host ... Make sure this host can be reached over ssh" (often a broken pipe
or a remote shell problem) and a PLAY RECAP line with only "unreachable=1" (Ansible counts
authentication failures as unreachable too); OpenNMS's interfaceDown ("All services are down on
interface <IP address>": an address of a node that may have others, neither settled as a node nor
as a link). Georgian "OK" ("დიახ", "yes") and Spanish "OK"
("ACEPTAR", "accept") are mistranslations a team would not forward; not used.

Sources (each checked with /work/briefs/heldout_check.py: ok): Icinga/L10n (the translations of
Icinga Web 2's monitoring module and of Icinga DB Web, src/<module>/<lang>/LC_MESSAGES/icinga.po,
read from the local mirror at the commit below; the separate icinga-notifications-web catalogue
there is not used, its project being held out), ansible/ansible (the default callback's
"fatal: [%s]: UNREACHABLE! => %s" and the ssh connection plugin's "Failed to connect to the host
via ssh:" at the commit below, its action plugin's "Failed to create temporary directory"; the
ssh client's own errors after them are OpenSSH's standard messages), OpenNMS/opennms
(opennms-base-assembly/.../events/opennms.events.xml, the same file and commit as
probes_nodes9's, events it did not use: pathOutage, dataCollectionFailed, interfaceUp). Hosts,
addresses, dates, counts, comments and check outputs are made up; the frames are our own.
"""
import json
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily, git_show, num, pick, po_messages  # noqa: E402

family = ProbeFamily("probes_nodedown19.jsonl")

L10N = "Icinga/L10n"
L10N_COMMIT = "a95102ab72e71b6c89e550a18e967c8e1d10b0ae"
MON = "icingaweb2-module-monitoring"
IDB = "icingadb-web"
ANSIBLE = "ansible/ansible"
ANSIBLE_COMMIT = "c9ac477e53a99e95781f333eec3329a935c1bf95"
ANSIBLE_CALLBACK = "lib/ansible/plugins/callback/default.py"
ANSIBLE_ACTION = "lib/ansible/plugins/action/__init__.py"
ANSIBLE_SSH = "lib/ansible/plugins/connection/ssh.py"

_catalogues = {}


def po_path(module, lang):
    return f"src/{module}/{lang}/LC_MESSAGES/icinga.po"


def tr(module, lang, msgid):
    """msgid's translation in one catalogue; a missing one is an error in this builder."""
    key = (module, lang)
    if key not in _catalogues:
        _catalogues[key] = po_messages(git_show(L10N, L10N_COMMIT, po_path(module, lang)).decode("utf-8"))
    return _catalogues[key][msgid]


def add_icinga(module, lang, expected, why, labels, annotations):
    family.add((L10N, po_path(module, lang), L10N_COMMIT), expected,
               f"Icinga/L10n {module} {lang}: {why}", labels, annotations)


HOSTS = ["fw-filiale-07", "sw-core-2", "esx-b12", "mail-gw-1", "nas-archiv", "rtr-wan-ost",
         "db-billing-3", "ap-lager-4", "pbx-central", "srv-print-02", "ups-rz1-a", "cam-gate-3",
         "ldap-02", "kvm-node-14", "vpn-concentrator", "web-front-5"]


def host(seed):
    return pick("nd19-" + seed, HOSTS)


def ip(seed):
    return f"10.{int(num(seed + 'a', 10, 90, 0))}.{int(num(seed + 'b', 1, 250, 0))}.{int(num(seed + 'c', 2, 250, 0))}"


# --- Frames -------------------------------------------------------------------------------------

def chat_state(lang, h, state, ntype="PROBLEM", title=None, output=None):
    """An Icinga notification forwarded by a chat bridge: the translated state word is the text."""
    labels = {"alertname": "IcingaNotification", "host": h, "state": state,
              "notification_type": ntype, "lang": lang}
    ann = {"summary": f"{h}: {state}"}
    if title:
        ann["message"] = f"{title}\n{h} — {state}"
    if output:
        ann["description"] = output
    return labels, ann


def history(lang, line, h):
    """An Icinga DB Web history entry relayed to Alertmanager by an event-stream exporter."""
    return ({"alertname": "IcingaDBHistory", "host": h, "severity": "critical", "lang": lang},
            {"summary": line, "description": f"{h} ({ip(h + lang)}) — 2026-12-03 04:{int(num(h + lang, 10, 59, 0))}:07"})


def digest(lang, line, kind="down"):
    """A nightly digest that reads Icinga Web 2's event grid and alerts on a non-zero cell."""
    return ({"alertname": "IcingaEventGridDigest", "source": "icingaweb2", "lang": lang,
             "severity": "warning" if kind == "ok" else "critical"},
            {"summary": line})


def dashlet(lang, title, n, hosts):
    """A dashboard scraper alerting when a dashlet's count is above zero."""
    return ({"alertname": "IcingaDashletCount", "dashlet": title, "lang": lang, "severity": "critical"},
            {"summary": f"{title}: {n}", "description": ", ".join(hosts)})


def detail(lang, h, phrase):
    """A host detail view scraped by a status-page bot."""
    return ({"alertname": "StatusPageBot", "host": h, "lang": lang},
            {"message": f"{h} ({ip(h)}): {phrase}"})


# --- Icinga: node_down ---------------------------------------------------------------------------

for i, lang in enumerate(["ar_SA", "es_AR", "ka_GE", "ru_RU", "uk_UA"]):
    h = host("down" + lang)
    state = tr(MON, lang, "DOWN")
    title = tr(MON, lang, "Host Problems") if lang != "es_AR" else None
    add_icinga(MON, lang, "node_down", f"\"DOWN\" = \"{state}\" (a host down, rule 4)",
               *chat_state(lang, h, state, title=title))

# Japanese "Down (停止)", Italian "Giù": the capitalised state name
for lang in ["ja_JP", "it_IT"]:
    h = host("Down" + lang)
    state = tr(MON, lang, "Down")
    add_icinga(MON, lang, "node_down", f"\"Down\" = \"{state}\" (a host down, rule 4)",
               *chat_state(lang, h, state, title=tr(MON, lang, "Host Problems")))

for lang in ["ar_SA", "de_DE", "es_AR", "ka_GE", "pt_BR", "ru_RU", "uk_UA"]:
    h = host("unr" + lang)
    state = tr(MON, lang, "UNREACHABLE")
    add_icinga(MON, lang, "node_down", f"\"UNREACHABLE\" = \"{state}\" (a host unreachable, rule 4)",
               *chat_state(lang, h, state))

for lang in ["ar_SA", "de_DE", "es_AR", "it_IT", "ja_JP", "ru_RU", "uk_UA"]:
    h = host("nr" + lang)
    phrase = tr(MON, lang, "Not reachable")
    add_icinga(MON, lang, "node_down", f"\"Not reachable\" = \"{phrase}\" (a host unreachable, rule 4)",
               *detail(lang, h, phrase))

for lang in ["ar_SA", "de_DE", "es_AR", "ja_JP", "ru_RU", "uk_UA"]:
    n = int(num("hd" + lang, 2, 9, 0))
    line = tr(MON, lang, "%d hosts down on %s") % (n, "2026-12-03")
    add_icinga(MON, lang, "node_down", f"\"%d hosts down on %s\" (hosts down, rule 4)",
               *digest(lang, line))

for lang in ["ar_SA", "de_DE", "ja_JP", "ru_RU", "uk_UA"]:
    n = int(num("hu" + lang, 2, 9, 0))
    line = tr(MON, lang, "%d hosts unreachable on %s") % (n, "2026-12-03")
    add_icinga(MON, lang, "node_down", f"\"%d hosts unreachable on %s\" (hosts unreachable, rule 4)",
               *digest(lang, line))

for lang in ["es_AR", "ka_GE", "ru_RU", "uk_UA"]:
    title = tr(MON, lang, "Hosts Down")
    n = int(num("dl" + lang, 2, 5, 0))
    hosts = sorted({host(f"dl{lang}{k}") for k in range(n + 2)})[:n]
    add_icinga(MON, lang, "node_down", f"dashlet \"Hosts Down\" = \"{title}\" (hosts down, rule 4)",
               *dashlet(lang, title, len(hosts), hosts))

for lang in ["de_DE", "nl_NL", "uk_UA"]:
    h = host("iu" + lang)
    line = f"{h} {tr(IDB, lang, 'is unreachable')}"
    if lang != "uk_UA":
        line = f"{tr(IDB, lang, 'Hard state changed')}: {line}"
    add_icinga(IDB, lang, "node_down", "\"is unreachable\" (a host unreachable, rule 4)",
               *history(lang, line, h))

h = host("hu-ka")
add_icinga(IDB, "ka_GE", "node_down", "'Host \"%s\" is unreachable' (a host unreachable, rule 4)",
           *history("ka_GE", tr(IDB, "ka_GE", 'Host "%s" is unreachable') % h, h))

# Icinga DB Web's lower-case state word in a history line
for lang in ["ja_JP", "uk_UA", "es_AR"]:
    h = host("idbdown" + lang)
    word = tr(IDB, lang, "down")
    line = f"{h}: {word}"
    if lang == "uk_UA":
        line = f"{tr(IDB, lang, 'Hard state changed')}: {h} {word}"
    add_icinga(IDB, lang, "node_down", f"\"down\" = \"{word}\" (a host down, rule 4)",
               *history(lang, line, h))

# --- Icinga: null look-alikes --------------------------------------------------------------------

for lang in ["de_DE", "nl_NL", "ru_RU", "uk_UA"]:
    h = host("rec" + lang)
    add_icinga(IDB, lang, None, "\"%s recovered\" (a recovery, rule 14; look-alike)",
               {"alertname": "IcingaDBHistory", "host": h, "severity": "info", "lang": lang},
               {"summary": tr(IDB, lang, "%s recovered") % h,
                "description": tr(IDB, lang, "Host recovered")})

for lang in ["de_DE", "es_AR", "ja_JP", "ru_RU"]:
    n = int(num("ok" + lang, 20, 140, 0))
    line = tr(MON, lang, "%d hosts ok on %s") % (n, "2026-12-03")
    add_icinga(MON, lang, None, "\"%d hosts ok on %s\" (hosts fine, rule 14; look-alike)",
               *digest(lang, line, "ok"))

for lang in ["ar_SA", "ru_RU", "uk_UA"]:
    h = host("up" + lang)
    state = tr(MON, lang, "UP")
    add_icinga(MON, lang, None, f"\"UP\" = \"{state}\" in a RECOVERY notification (rule 14; look-alike)",
               *chat_state(lang, h, state, ntype="RECOVERY"))

for lang in ["de_DE", "nl_NL", "uk_UA"]:
    h = host("flap" + lang)
    line = tr(IDB, lang, 'Host "%s" is in flapping state') % h
    add_icinga(IDB, lang, None, "'Host \"%s\" is in flapping state' (a flapping notice; look-alike)",
               {"alertname": "IcingaDBHistory", "host": h, "severity": "warning", "lang": lang},
               {"summary": line, "description": f"{tr(IDB, lang, 'Flapping started')}: 2026-12-03 02:41:55"})

for lang in ["es_AR", "ja_JP", "ru_RU"]:
    h = host("fs" + lang)
    rate = num("fs" + lang, 31, 48)
    add_icinga(MON, lang, None, "\"Flapping started\" (a flapping notice; look-alike)",
               *chat_state(lang, h, tr(MON, lang, "Flapping started"), ntype="FLAPPINGSTART",
                           output=f"State change rate {rate}% (threshold 30%)"))

for lang in ["de_DE", "uk_UA"]:
    h = host("fn" + lang)
    add_icinga(MON, lang, None, "\"FLAPPING NOTIFICATION\" (a flapping notice; look-alike)",
               {"alertname": "IcingaNotification", "host": h, "notification_type": "FLAPPINGSTART",
                "lang": lang},
               {"summary": f"{tr(MON, lang, 'FLAPPING NOTIFICATION')}: {h}"})

COMMENTS = ["firmware upgrade, ticket CHG-4471", "rack move, planned", "replacing PSU B",
            "OS patching window", "switch stack re-cabling"]
for i, lang in enumerate(["de_DE", "es_AR", "ja_JP", "ru_RU", "uk_UA"]):
    h = host("dt" + lang)
    add_icinga(MON, lang, None, "\"DOWNTIME START\" (a maintenance window starts, rule 9; look-alike)",
               {"alertname": "IcingaNotification", "host": h, "notification_type": "DOWNTIMESTART",
                "lang": lang},
               {"summary": f"{tr(MON, lang, 'DOWNTIME START')}: {h}",
                "description": f"Comment by ops-{i + 1}: {COMMENTS[i % len(COMMENTS)]}"})

ACK = {"de_DE": "Problem acknowledgement", "ja_JP": "Problem acknowledgement",
       "pt_BR": "Acknowledge Host Problem",
       "uk_UA": "Problem acknowledgement"}
for lang, msgid in ACK.items():
    h = host("ack" + lang)
    add_icinga(MON, lang, None, f"\"{msgid}\" (an acknowledgement, someone is on it; look-alike)",
               {"alertname": "IcingaNotification", "host": h, "notification_type": "ACKNOWLEDGEMENT",
                "lang": lang},
               {"summary": f"{tr(MON, lang, msgid)}: {h}",
                "description": "Author: nightshift; comment: vendor case opened, on site at 08:00"})

SERVICE_OUT = [
    ("ntp", "NTP CRITICAL: Offset 4.218 secs"),
    ("temperature", "Inlet temperature 41 C (critical above 38 C)"),
    ("load", "CRITICAL - load average: 23.41, 21.07, 18.93"),
    ("raid-battery", "BBU learn cycle in progress, write cache disabled"),
    ("ntp", "NTP WARNING: Offset 0.812 secs"),
]
SERVICE_STATE = [("de_DE", "CRITICAL"), ("ru_RU", "CRITICAL"), ("uk_UA", "CRITICAL"),
                 ("it_IT", "WARNING"), ("pt_BR", "WARNING")]
for i, (lang, msgid) in enumerate(SERVICE_STATE):
    h = host("svc" + lang)
    svc, out = SERVICE_OUT[i]
    state = tr(MON, lang, msgid)
    add_icinga(MON, lang, None, f"a service \"{msgid}\" = \"{state}\" whose output names no signature (look-alike)",
               {"alertname": "IcingaNotification", "host": h, "service": svc, "state": state,
                "notification_type": "PROBLEM", "lang": lang},
               {"summary": f"{svc} @ {h}: {state}", "description": out})

nl_state = tr(MON, "nl_NL", "CRITICAL")
add_icinga(MON, "nl_NL", None, f"a service \"CRITICAL\" = \"{nl_state}\" whose output names no signature (look-alike)",
           {"alertname": "IcingaNotification", "host": host("svcnl"), "service": "ups-runtime",
            "state": nl_state, "notification_type": "PROBLEM", "lang": "nl_NL"},
           {"summary": f"ups-runtime @ {host('svcnl')}: {nl_state}",
            "description": "UPS on battery, runtime remaining 14 min"})

# --- Ansible --------------------------------------------------------------------------------------

def unreachable(h, msg):
    return "fatal: [%s]: UNREACHABLE! => %s" % (h, json.dumps(
        {"changed": False, "msg": f"Failed to connect to the host via ssh: {msg}", "unreachable": True},
        indent=4))


def add_ansible(expected, why, labels, annotations, path=ANSIBLE_SSH):
    family.add((ANSIBLE, path, ANSIBLE_COMMIT), expected,
               f"ansible/ansible: {why}; the 'fatal: [%s]: UNREACHABLE! => %s' line of {ANSIBLE_CALLBACK}",
               labels, annotations)


ANSIBLE_CASES = [
    ("node_down", "ssh 'No route to host' (rule 11)", "db-reporting-2", "10.41.7.22",
     "ssh: connect to host 10.41.7.22 port 22: No route to host"),
    ("node_down", "ssh 'Connection refused' (rule 11)", "kafka-b3", "10.41.9.13",
     "ssh: connect to host 10.41.9.13 port 22: Connection refused"),
    ("node_down", "ssh 'Host is down' (rule 11)", "edge-cache-07", "172.20.3.7",
     "ssh: connect to host 172.20.3.7 port 22: Host is down"),
    ("node_down", "ssh 'Network is unreachable' (rule 11)", "branch-pos-12", "192.168.112.5",
     "ssh: connect to host 192.168.112.5 port 22: Network is unreachable"),
    (None, "ssh 'Permission denied (publickey)': the host answered (authentication; look-alike)",
     "app-api-4", "10.41.3.54",
     "deploy@10.41.3.54: Permission denied (publickey,gssapi-keyex,gssapi-with-mic)."),
    (None, "ssh 'Host key verification failed': the host answered (look-alike)",
     "jump-01", "10.41.0.10", "Host key verification failed."),
    (None, "ssh 'Too many authentication failures': the host answered (look-alike)",
     "gitlab-runner-3", "10.41.5.33",
     "Received disconnect from 10.41.5.33 port 22:2: Too many authentication failures\r\n"
     "Disconnected from 10.41.5.33 port 22"),
]
FRAMES = ["awx", "ci", "log", "awx", "ci", "log", "awx"]
for (expected, why, h, addr, msg), frame in zip(ANSIBLE_CASES, FRAMES):
    text = unreachable(h, msg)
    if frame == "awx":
        labels = {"alertname": "AWXJobFailed", "job_template": "patch-linux-monthly",
                  "inventory": "production", "severity": "warning"}
        ann = {"summary": "Job #48213 'patch-linux-monthly' failed", "description": text}
    elif frame == "ci":
        labels = {"alertname": "PipelineFailed", "pipeline": "deploy-infra", "stage": "ansible",
                  "severity": "warning"}
        ann = {"summary": "deploy-infra failed at stage ansible",
               "message": "TASK [Gathering Facts] ***\n" + text}
    else:
        labels = {"alertname": "LogPatternMatch", "job": "ansible-pull", "host": h}
        ann = {"summary": "ansible-pull reported a failure", "description": text.replace("\n", " ")}
    add_ansible(expected, f"UNREACHABLE! with {why}", labels, ann)

# The temporary directory: the host answered, the remote shell could not mkdir.
add_ansible(None, "UNREACHABLE! 'Failed to create temporary directory' (the host answered; look-alike)",
            {"alertname": "AWXJobFailed", "job_template": "collect-facts", "inventory": "lab"},
            {"summary": "Job #48377 'collect-facts' failed",
             "description": "fatal: [lab-nfs-2]: UNREACHABLE! => " + json.dumps(
                 {"changed": False, "msg": "Failed to create temporary directory. In some cases, you may "
                  "have been able to authenticate and did not have permissions on the target directory. "
                  "Consider changing the remote tmp path in ansible.cfg to a path rooted in \"/tmp\".",
                  "unreachable": True})}, path=ANSIBLE_ACTION)

# --- OpenNMS ----------------------------------------------------------------------------------------

ONMS = ("OpenNMS/opennms", "opennms-base-assembly/src/main/filtered/etc/events/opennms.events.xml",
        "0e7cae7d2fd46783cce19844364c0b393c6b6706")
PATH_OUTAGE = [
    ("cam-depot-11", "10.88.0.1", "ICMP", {"alertname": "pathOutage", "severity": "major"}, "logmsg"),
    ("atm-branch-204", "172.30.204.1", "ICMP",
     {"alertname": "OpenNMS alarm", "uei": "uei.opennms.org/nodes/pathOutage", "severity": "MAJOR"}, "both"),
    ("plc-line-3", "10.91.3.254", "SNMP", {"alertname": "pathOutage", "nodelabel": "plc-line-3"}, "descr"),
]
for node, gw, svc, labels, shape in PATH_OUTAGE:
    labels = dict(labels, nodelabel=node)
    logmsg = f"{node} path outage. Critical path = {gw} {svc}"
    descr = (f"The state of node {node} is unknown because the critical path to the node is down.")
    ann = {"logmsg": logmsg} if shape == "logmsg" else (
        {"description": descr} if shape == "descr" else {"logmsg": logmsg, "description": descr})
    family.add(ONMS, "node_down",
               "OpenNMS event definition: pathOutage (the node cannot be reached behind its critical "
               "path; unreachable, rule 4, as Icinga's UNREACHABLE)", labels, ann, project="OpenNMS/opennms")

family.add(ONMS, None, "OpenNMS event definition: dataCollectionFailed (the monitor's own collection "
           "failed, rule 16; look-alike)",
           {"alertname": "dataCollectionFailed", "severity": "minor", "nodelabel": "san-ctrl-b",
            "service": "SNMP"},
           {"logmsg": "SNMP data collection on interface 10.77.12.9 failed with 'Unable to retrieve "
            "ifTable: request timed out'."}, project="OpenNMS/opennms")
family.add(ONMS, None, "OpenNMS event definition: interfaceUp (a recovery, rule 14; look-alike)",
           {"alertname": "interfaceUp", "severity": "normal", "nodelabel": "rtr-branch-12"},
           {"logmsg": "Interface 10.12.0.1 is up.",
            "description": "The interface 10.12.0.1 which was previously down is now up."},
           project="OpenNMS/opennms")

if __name__ == "__main__":
    family.write()
