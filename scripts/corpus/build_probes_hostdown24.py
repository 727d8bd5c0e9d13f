#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_hostdown24.jsonl: a host, node or service down as monitoring
tools other than Prometheus word it, in their translations: the Proxmox VE and Proxmox Datacenter
Manager web interfaces (proxmox/proxmox-i18n: "Node is offline", "{0} of {1} nodes are offline",
"Failed to reach {0} out of {1} remotes", "{0} OSD(s) down", "Unreachable"), the Proxmox HA
manager's fencing notification (proxmox/pve-ha-manager), Sensu Go's keepalive events
(sensu/sensu-go: "No keepalive sent from %s for %v seconds (>= %v)"), Statping-ng's service page
("Service has been offline for", in its translations), corosync's quorum-device log line
(corosync/corosync), rendered as the alerts that carry them: a dashboard scraper relaying a status
text, a notification mail relayed to Alertmanager, a Sensu event handler, a syslog relay.

Look-alikes that must stay null, in the same languages and frames: a datastore or node in
maintenance mode (rule 9), a subscription expired or missing on a node (licence expiry, rule 5),
package updates available (an outdated version), the host's CPU usage (rule 2), Sensu's passing
keepalive ("Keepalive last sent from ...", rule 14) and its resolution on deregistration (rule 9),
Statping-ng's "Online" after a failure (rule 14), corosync's "The network interface is down." (a
link, rule 9), LibreNMS's "Duplicate ICMP response detected!" (the host answers), the HA manager's
maintenance node state (rule 9).

Labels were decided from each message's meaning under POLICY.md before the classifier ran on the
file. Hosts, nodes, clusters, counts, durations and the frames are made up; the strings are the
sources' own at the commits below.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily, git_show, num, pick, po_messages  # noqa: E402

family = ProbeFamily("probes_hostdown24.jsonl")

I18N = "proxmox/proxmox-i18n"
I18N_COMMIT = "afe9a46e291834a3f559f18003fcdff870caadc3"
HA = "proxmox/pve-ha-manager"
HA_COMMIT = "b71218f279d57417dbcdd957128499695fe55171"
SENSU = "sensu/sensu-go"
SENSU_COMMIT = "3b6b79dbc6be264d26939b60aa160784cdc691a8"
STATPING = "statping-ng/statping-ng"
STATPING_COMMIT = "ad39c6523da055360f71f879a6b8824743484d92"
COROSYNC = "corosync/corosync"
COROSYNC_COMMIT = "65235a810d012b74821d15a8482cb498314cfd85"
LIBRENMS = "librenms/librenms"
LIBRENMS_COMMIT = "02a81ed0a5f53e9dcaa4b9c5b3ac6570423539c1"

_catalogues = {}


def tr(lang, msgid):
    """msgid's translation in proxmox-i18n's <lang>.po; a missing one is an error here."""
    if lang == "en":
        return msgid
    if lang not in _catalogues:
        _catalogues[lang] = po_messages(git_show(I18N, I18N_COMMIT, f"{lang}.po").decode("utf-8"))
    return _catalogues[lang][msgid]


def add_px(lang, expected, why, labels, annotations):
    path = f"{lang}.po" if lang != "en" else "pve-manager.pot"
    family.add((I18N, path, I18N_COMMIT), expected, f"proxmox-i18n {lang}: {why}", labels, annotations)


NODES = ["pve-a1", "pve-a2", "pve-a3", "pve-b1", "pve-b2", "hv-lager-01", "hv-lager-02",
         "pve-dmz-1", "pve-edge-4", "px-rz2-07", "px-rz2-08", "pve-lab-3"]
REMOTES = ["rz-nord", "rz-sued", "filiale-hh", "cluster-prod", "cluster-dev", "edge-sites"]


def node(seed):
    return pick("hd24-" + seed, NODES)


def remote(seed):
    return pick("hd24r-" + seed, REMOTES)


def n(seed, lo, hi):
    return int(num("hd24n-" + seed, lo, hi, 0))


# --- Frames (our own) ----------------------------------------------------------------------------

def pve_node(lang, nd, text, alertname="PveNodeStatus", severity="critical"):
    """A scraper of the Proxmox VE resource tree relaying a node's status tooltip as shown."""
    return ({"alertname": alertname, "node": nd, "cluster": "pve-" + remote(nd), "lang": lang,
             "severity": severity},
            {"summary": f"{nd}: {text}"})


def pdm_panel(lang, rm, text, alertname="PdmRemoteStatus", severity="critical"):
    """A scraper of the Proxmox Datacenter Manager dashboard relaying a panel line."""
    return ({"alertname": alertname, "remote": rm, "lang": lang, "severity": severity,
             "source": "proxmox-datacenter-manager"},
            {"summary": text, "description": f"remote {rm}: {text}"})


# --- Proxmox VE: node_down ---------------------------------------------------------------------

for lang in ["en", "de", "fr", "ja", "zh_CN", "ru", "pl", "ko", "sv", "pt_BR", "tr", "el_GR"]:
    nd = node("off" + lang)
    text = tr(lang, "Node is offline")
    add_px(lang, "node_down", f"\"Node is offline\" = \"{text}\" (a node down, rule 4)",
           *pve_node(lang, nd, text))

for lang in ["de", "es", "fr", "ja", "zh_CN", "ru", "ko", "sv"]:
    rm = remote("nof" + lang)
    k, total = n("a" + lang, 2, 4), n("b" + lang, 5, 9)
    text = tr(lang, "{0} of {1} nodes are offline").replace("{0}", str(k)).replace("{1}", str(total))
    add_px(lang, "node_down", f"\"{{0}} of {{1}} nodes are offline\" (nodes down, rule 4)",
           *pdm_panel(lang, rm, text))

for lang in ["de", "it", "zh_TW", "ru", "ko", "es"]:
    rm = remote("reach" + lang)
    k, total = n("c" + lang, 1, 3), n("d" + lang, 4, 8)
    text = tr(lang, "Failed to reach {0} out of {1} remotes").replace("{0}", str(k)).replace("{1}", str(total))
    add_px(lang, "node_down", "\"Failed to reach {0} out of {1} remotes\" (remotes unreachable, rule 4)",
           *pdm_panel(lang, rm, text, alertname="PdmRemotesUnreachable"))

for lang in ["de", "it", "ko", "zh_TW"]:
    rm = remote("osd" + lang)
    k = n("e" + lang, 1, 4)
    text = tr(lang, "{0} OSD(s) down").replace("{0}", str(k))
    add_px(lang, "node_down", "\"{0} OSD(s) down\" (storage daemons down, rule 4, as CephOSDDown in the corpus)",
           *pdm_panel(lang, rm, text, alertname="PdmCephStatus"))

for lang in ["de", "it", "ko", "cs"]:
    rm = remote("unr" + lang)
    text = tr(lang, "Unreachable")
    add_px(lang, "node_down", f"\"Unreachable\" = \"{text}\" (a remote unreachable, rule 4)",
           *pdm_panel(lang, rm, text, alertname="PdmRemoteStatus"))

# --- Proxmox: look-alikes (null) ---------------------------------------------------------------

for lang in ["ar", "de", "ja", "ru", "zh_CN", "nl"]:
    ds = pick("hd24ds-" + lang, ["backup-rz1", "store-nas02", "pbs-offsite", "vm-archiv"])
    text = tr(lang, "Datastore is in maintenance mode")
    add_px(lang, None, "\"Datastore is in maintenance mode\" (maintenance on purpose, rule 9)",
           {"alertname": "PbsDatastoreStatus", "datastore": ds, "instance": "pbs-01:8007",
            "lang": lang, "severity": "warning"},
           {"summary": f"{ds}: {text}"})

for lang in ["de", "fr", "it", "ja", "ru", "zh_TW"]:
    nd = node("maint" + lang)
    text = tr(lang, "Under Maintenance")
    add_px(lang, None, f"\"Under Maintenance\" = \"{text}\" (maintenance on purpose, rule 9)",
           *pve_node(lang, nd, text, severity="info"))

for lang in ["de", "es", "ja", "ru", "zh_CN"]:
    nd = node("sub" + lang)
    text = tr(lang, "Subscription set but expired for this server.")
    add_px(lang, None, "\"Subscription set but expired for this server.\" (a licence expiry, rule 5)",
           {"alertname": "PveSubscriptionCheck", "node": nd, "lang": lang, "severity": "warning"},
           {"summary": f"{nd}: {text}"})

for lang in ["fr", "ko", "pl", "sv"]:
    text = tr(lang, "You have at least one node without subscription.")
    add_px(lang, None, "\"You have at least one node without subscription.\" (a licence notice, rule 5)",
           {"alertname": "PveSubscriptionCheck", "cluster": "pve-" + remote("ws" + lang), "lang": lang,
            "severity": "info"},
           {"summary": text})

for lang in ["de", "es", "ja", "ru", "zh_CN"]:
    nd = node("upd" + lang)
    k = n("upd" + lang, 3, 40)
    text = tr(lang, "Package updates are available")
    add_px(lang, None, "\"Package updates are available\" (an outdated version, nothing down)",
           {"alertname": "PveUpdatesAvailable", "node": nd, "lang": lang, "severity": "info"},
           {"summary": f"{nd}: {text} ({k})"})

for lang in ["de", "fr", "ja", "ru", "zh_TW"]:
    nd = node("cpu" + lang)
    val = num("cpu" + lang, 91, 99.5, 1)
    text = tr(lang, "Host CPU usage")
    add_px(lang, None, "\"Host CPU usage\" above a threshold (CPU is null, rule 2)",
           {"alertname": "PveHostCpuHigh", "node": nd, "lang": lang, "severity": "warning"},
           {"summary": f"{nd}: {text} {val}%", "description": f"{text} > 90% (5m)"})

# --- Proxmox HA manager: fencing notification (English) -----------------------------------------
HA_SUBJECT = "src/templates/default/fencing-subject.txt.hbs"
HA_BODY = "src/templates/default/fencing-body.txt.hbs"
HA_STATES = "src/PVE/HA/NodeStatus.pm"


def fence_mail(nd, cluster, success, others):
    """The HA manager's fencing mail relayed to Alertmanager by a mail-to-webhook bridge."""
    subject = f"Successfully fenced node '{nd}'" if success else f"Trying to fence node '{nd}'"
    action = (f"The PVE HA manager successfully fenced '{nd}'." if success
              else f"The PVE HA manager will now fence '{nd}'.")
    status = (f"fencing: acknowledged - got agent lock for node '{nd}'" if success
              else f"Try to fence node '{nd}'")
    nodes = "\n".join(f"  - {o}: online" for o in others) + f"\n  - {nd}: fence"
    body = (f"The node '{nd}' in cluster '{cluster}' failed\nand needs manual intervention.\n\n{action}\n"
            f"Status:    {status}\nTimestamp: 2026-12-03 04:17:52\n\nCluster Node Status:\n"
            f"--------------------\n{nodes}")
    return ({"alertname": "PveHaFencing", "node": nd, "cluster": cluster, "type": "fencing",
             "severity": "critical"},
            {"summary": subject, "description": body})


for nd, cl, ok in [("pve-b2", "prod-rz1", False), ("hv-lager-02", "lager", True), ("px-rz2-07", "rz2", False)]:
    others = [o for o in ["pve-b1", "px-rz2-08", "hv-lager-01"] if o != nd][:2]
    family.add((HA, HA_BODY, HA_COMMIT), "node_down",
               "pve-ha-manager fencing mail: \"The node ... failed and needs manual intervention\" "
               "(a cluster member failed and is fenced, rule 11)", *fence_mail(nd, cl, ok, others))

family.add((HA, HA_STATES, HA_COMMIT), None,
           "pve-ha-manager node state 'maintenance': \"node is a member of quorate partition but currently "
           "not able to do work\" (maintenance mode on purpose, rule 9)",
           {"alertname": "PveHaNodeState", "node": "pve-a3", "ha_state": "maintenance", "severity": "warning"},
           {"summary": "HA node pve-a3 in state 'maintenance'",
            "description": "node is a member of quorate partition but currently not able to do work"})

# --- Sensu Go keepalive events (English) --------------------------------------------------------
KEEPALIVED = "backend/keepalived/keepalived.go"


def sensu(entity, status, output, ns="default", history=None):
    """A Sensu Go event sent to Alertmanager by a handler: the check's output is the description."""
    labels = {"alertname": "keepalive", "entity": entity, "namespace": ns, "check": "keepalive",
              "status": str(status), "severity": {0: "ok", 1: "warning", 2: "critical"}[status]}
    ann = {"description": output, "summary": f"Sensu keepalive {entity}"}
    if history:
        ann["history"] = history
    return labels, ann


for entity, ns, status, secs, thr in [("web-front-5", "default", 1, 134, 120),
                                       ("db-billing-3", "prod", 2, 368, 180),
                                       ("kiosk-lobby-2", "retail", 1, 1216, 120)]:
    family.add((SENSU, KEEPALIVED, SENSU_COMMIT), "node_down",
               "sensu-go keepalived: \"No keepalive sent from %s for %v seconds (>= %v)\" (the agent's own "
               "heartbeat missing, rules 4 and 8)",
               *sensu(entity, status, f"No keepalive sent from {entity} for {secs} seconds (>= {thr})", ns))

family.add((SENSU, KEEPALIVED, SENSU_COMMIT), None,
           "sensu-go keepalived: \"Keepalive last sent from %s at %s\" (a passing keepalive, rule 14)",
           *sensu("web-front-5", 0, "Keepalive last sent from web-front-5 at 2026-12-03 04:22:10 +0000 UTC",
                  history="1,1,1,0"))
family.add((SENSU, "backend/keepalived/deregisterer.go", SENSU_COMMIT), None,
           "sensu-go deregisterer: \"Resolving due to entity deregistering\" (an entity removed on purpose, rule 9)",
           *sensu("build-agent-17", 0, "Resolving due to entity deregistering", "ci"))

# --- Statping-ng service page (translations) ----------------------------------------------------
STATPING_LANG = {"en": "english", "de": "german", "fr": "french", "es": "spanish", "it": "italian",
                 "ru": "russian", "cs": "czech", "sv": "swedish", "zh": "chinese"}
_statping = {}


def st(lang, key):
    import re
    if lang not in _statping:
        _statping[lang] = git_show(STATPING, STATPING_COMMIT,
                                   f"frontend/src/languages/{STATPING_LANG[lang]}.js").decode("utf-8")
    m = re.search(r"^\s*" + key + r': "(.*)",?$', _statping[lang], re.M)
    return m.group(1)


SERVICES = ["Kundenportal", "API Gateway", "Webshop", "VPN", "Mail (IMAP)", "Intranet", "Ticketsystem"]
for lang in ["en", "de", "fr", "es", "it", "ru", "cs", "sv", "zh"]:
    svc = pick("hd24st-" + lang, SERVICES)
    mins = n("st" + lang, 4, 55)
    text = st(lang, "service_offline_time")
    family.add((STATPING, f"frontend/src/languages/{STATPING_LANG[lang]}.js", STATPING_COMMIT), "node_down",
               f"statping-ng {lang}: \"Service has been offline for\" = \"{text}\" (a service down, rule 4)",
               {"alertname": "StatpingServiceStatus", "service": svc, "lang": lang, "severity": "critical"},
               {"summary": f"{svc}: {text} {mins}m"})

for lang in ["de", "ru", "zh"]:
    svc = pick("hd24so-" + lang, SERVICES)
    text = st(lang, "online")
    family.add((STATPING, f"frontend/src/languages/{STATPING_LANG[lang]}.js", STATPING_COMMIT), None,
               f"statping-ng {lang}: \"Online\" = \"{text}\" after a failure (a recovery, rule 14)",
               {"alertname": "StatpingServiceStatus", "service": svc, "lang": lang, "severity": "info",
                "status": "resolved"},
               {"summary": f"{svc}: {text}"})

# --- corosync log lines (English) ---------------------------------------------------------------

def syslog(host, line, alertname):
    return ({"alertname": alertname, "host": host, "program": "corosync", "severity": "warning"},
            {"summary": f"corosync on {host}", "description": line})


family.add((COROSYNC, "exec/votequorum.c", COROSYNC_COMMIT), "node_down",
           "corosync votequorum: \"lost contact with quorum device %s\" (the quorum device stopped answering, "
           "a voting member unreachable, rule 11)",
           *syslog("pve-b1", "corosync[1873]: [VOTEQ ] lost contact with quorum device Qdevice", "CorosyncQdevice"))
family.add((COROSYNC, "exec/totemudpu.c", COROSYNC_COMMIT), None,
           "corosync totemudpu: \"The network interface is down.\" (interface link status, rule 9)",
           *syslog("pve-a1", "corosync[1402]: [TOTEM ] The network interface is down.", "CorosyncLogNotice"))

# --- LibreNMS ICMP check (English) --------------------------------------------------------------
family.add((LIBRENMS, "LibreNMS/Polling/ConnectivityHelper.php", LIBRENMS_COMMIT), None,
           "LibreNMS ConnectivityHelper: \"Duplicate ICMP response detected! This could indicate a network "
           "issue.\" (the device answers; fping's exit code is reset to up)",
           {"alertname": "LibreNMSEventlog", "device": "sw-core-2", "type": "icmp", "severity": "warning"},
           {"summary": "Duplicate ICMP response detected! This could indicate a network issue.",
            "description": "sw-core-2 (10.20.0.2) eventlog type icmp, severity 4"})

family.write()
