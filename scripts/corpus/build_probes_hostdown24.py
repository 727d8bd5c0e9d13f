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

family.write()
