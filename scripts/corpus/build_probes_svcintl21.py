#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_svcintl21.jsonl: translated host and service state messages
of two monitoring tools that ship their own translations, as a non-English team receives them:
ntopng's alert and report strings (scripts/locales/<lang>.lua: German, French, Spanish, Italian,
Japanese, Chinese, Korean) and NagVis's front-end messages (nagvis.po: German, French, Spanish,
Brazilian Portuguese, Russian, Chinese, Georgian).

What the family tests: wording no rule writer here has read for a host that is not there:
ntopng's active-monitoring alert "Host ... is unreachable" ("ist nicht erreichbar", "est
inaccessible", "es inalcanzable", "non è raggiungibile", "に到達できません", "无法访问",
"연결할 수 없습니다"), its gateway-unreachable alert ("scheint nicht erreichbar zu sein", "semble
inaccessible", "sembra essere irragiungibile"), its network-scan report ("Host ausgefallen oder
nicht erreichbar", "Hôte en panne ou inaccessible", "Host caído o inalcanzable", "호스트가
다운되었거나"), its REST answers for an SNMP device that does not answer ("Keine Antwort vom
SNMP-Gerät", "SNMP 设备无应答") and an instance check whose destination is unreachable; NagVis's
"backend reported as dead by the statusHost" ("Der Status-Host ist nicht erreichbar", "报告后端僵死",
"მკვდარი") and its failed connection to a monitoring core's socket with "Connection refused".

Look-alikes that must stay null: an active-monitoring measurement above its threshold for ICMP
round-trip time or below it for throughput (link quality, POLICY.md rule 16), an SNMP device
"has been restarted" (one restart, rule 7), "no more traffic detected on interface" (a link,
rules 5 and 9), the scan report's "hosts no longer down" (a recovery, rule 14), "restored
connection with the Cloud" (a recovery), ntopng's own periodic activity running too long or
"blocked in queue" (a time limit on the tool's own run, rule 10), NagVis's host in the pending
state (no check result yet) and "the problem has been acknowledged" (an operator's
acknowledgement: planned work on a known problem, not a new fault).

Labels, decided from each text's meaning under POLICY.md before the classifier ran on the file:
a host, gateway, SNMP device, instance or monitoring backend that is unreachable, down, does not
answer or refuses the connection is `node_down` (rule 4; rule 11 for "Connection refused", rule 16
for an SNMP device's availability); everything in the look-alike list is `null`.

Policy decisions where POLICY.md was silent (see the SOURCES section): a pending host (first check
not yet run) is `null`: nothing has been measured; an acknowledgement message is `null`: it
records an operator's action, not a state.

Left out as ambiguous (rule 6): ntopng's "No answer from host ...: please check that SNMP is up and
the community is set to the correct value" (a wrong community string reads the same), its
"Stopped" (ntopng stopping, by an operator or not), "throughput check failed" and "speedtest
execution failed" (a check failing without saying down, rule 7), "InfluxDB unreachable or too
slow", "this flow has been reset and probably the server application is down" (a guess, rule 17),
"Host pool ... has disconnected from the network" (a group of devices leaving the network, not
said to be down); NagVis's French "backend dead" string, which reads "cannot connect to the
backend, the host is <statusHost>" and so names no state once rendered, and its "Unable to connect
to livestatus socket ... does not exist. Maybe Nagios is not running" (a guess on a missing
socket file). Strings a language does not translate (the same as English) are not used.

Sources: ntop/ntopng scripts/locales/<lang>.lua at e21c91d7e1e1d8d8a62943860b6de5f1777b40b8;
NagVis/nagvis share/frontend/nagvis-js/locale/<lang>/LC_MESSAGES/nagvis.po at
cfd758e0ecb223356fd12c79dc0bcb05a75f6d38; both read from local mirrors (`fetch`). HTML tags in
ntopng's strings are dropped and HTML entities decoded, as a mail or chat client shows them;
%{...} and [...] placeholders are filled with made-up hosts, addresses and values. The frames
(ntopng's webhook and syslog endpoints forwarded into Alertmanager, a chat relay, a scan report
mail turned into an alert, a NagVis status-page scraper) are our own.
"""
import html
import os
import re
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily, git_show, num, pick, po_messages  # noqa: E402

NTOP = "ntop/ntopng"
NTOP_COMMIT = "e21c91d7e1e1d8d8a62943860b6de5f1777b40b8"
NAGVIS = "NagVis/nagvis"
NAGVIS_COMMIT = "cfd758e0ecb223356fd12c79dc0bcb05a75f6d38"

family = ProbeFamily("probes_svcintl21.jsonl")


def lua_strings(lang):
    """dotted.key -> string of an ntopng locale table (nested `["k"] = { ... }` tables)."""
    raw = git_show(NTOP, NTOP_COMMIT, f"scripts/locales/{lang}.lua").decode("utf-8")
    out, path = {}, []
    for line in raw.split("\n"):
        s = line.strip()
        opened = re.match(r'(?:\["?([^"\]]+)"?\]|(\w+))\s*=\s*\{\s*$', s)
        if opened:
            path.append(opened.group(1) or opened.group(2))
            continue
        if re.match(r"^\},?\s*$", s):
            if path:
                path.pop()
            continue
        leaf = re.match(r'\["?([^"\]]+)"?\]\s*=\s*"(.*)",?\s*$', s)
        if leaf:
            value = leaf.group(2).replace('\\"', '"').replace("\\\\", "\\")
            out[".".join(path + [leaf.group(1)])] = value
    return out


NT = {lang: lua_strings(lang) for lang in ["en", "de", "fr", "es", "it", "jp", "cn", "ko"]}


def ntop(lang, key):
    """The translated string, or None when missing or still English."""
    t = NT[lang].get(key)
    if not t or t == NT["en"].get(key):
        return None
    return t


def nagvis(lang):
    raw = git_show(NAGVIS, NAGVIS_COMMIT,
                   f"share/frontend/nagvis-js/locale/{lang}/LC_MESSAGES/nagvis.po").decode("utf-8")
    return po_messages(raw)


def render(t, **values):
    """Fills %{name} and [NAME] placeholders, drops HTML tags and decodes entities."""
    for k, v in values.items():
        t = t.replace("%{" + k + "}", str(v)).replace("[" + k.upper() + "]", str(v))
    t = re.sub(r"<[^>]+>", "", t)
    t = html.unescape(t).replace("%%", "%")
    return re.sub(r"\s+", " ", t).strip()


HOSTS = ["fw-edge-02.lyon.example", "nas-archiv.kanzlei.example", "pbx01.oficina.example",
         "srv-erp.stabilimento.example", "db-tokyo-03.example", "hq-core-sw1.example",
         "kiosk-17.tienda.example", "vpn-gw.seoul.example", "ap-lager-4.example",
         "mail02.praefektur.example", "cam-nvr-2.example", "plc-gw.werk3.example"]
GATEWAYS = ["WAN1-Fibra", "DSL-Backup", "LTE-Failover", "MPLS-Zentrale", "ISP2-Orange",
            "Uplink-KT"]
SCRIPTS = ["minute.lua", "5min.lua", "second.lua", "housekeeping.lua", "hourly.lua"]


def ip(seed):
    return f"10.{num(seed + 'a', 10, 60, 0)}.{num(seed + 'b', 0, 254, 0)}.{num(seed + 'c', 2, 250, 0)}"


def ntop_frame(n, lang, key, message, entity, kind):
    """ntopng's alert as it reaches the team, in one of four frames of our own."""
    shape = n % 4
    sev = pick(f"sev{n}{key}", ["warning", "error", "critical"])
    if shape == 0:
        labels = {"alertname": "NtopngAlert", "severity": sev, "entity": entity,
                  "alert_type": kind, "source": "ntopng-webhook", "locale": lang}
        ann = {"summary": message}
    elif shape == 1:
        labels = {"alertname": "NtopngSyslogPattern", "severity": sev, "job": "syslog-ng",
                  "instance": "ntop-probe-01:514", "program": "ntopng"}
        ann = {"summary": f"ntopng alert matched on {entity}",
               "description": f"ntopng[{num(key + str(n), 1200, 9800, 0)}]: [{kind}] {message}"}
    elif shape == 2:
        labels = {"alertname": "ChatRelay", "severity": sev, "channel": "#netops",
                  "sender": "ntopng", "target": entity}
        ann = {"message": f"ntopng ({entity}): {message}"}
    else:
        labels = {"alertname": "NtopngAlert", "severity": sev, "instance": entity,
                  "ntopng_instance": "ntopng.noc.example:3000", "alert_type": kind}
        ann = {"summary": kind, "description": message}
    return labels, ann


def add_ntop(n, lang, keys, expected, why, message, entity, kind):
    labels, ann = ntop_frame(n, lang, keys[0], message, entity, kind)
    src = f"ntop/ntopng scripts/locales/{lang}.lua ({', '.join(keys)}): {why}"
    family.add((NTOP, f"scripts/locales/{lang}.lua", NTOP_COMMIT), expected, src, labels, ann)


n = 0
NT_LANGS = ["de", "fr", "es", "it", "jp", "cn", "ko"]
for li, lang in enumerate(NT_LANGS):
    s = lambda x: f"{lang}-{x}"  # noqa: E731

    # node_down: active monitoring, host unreachable
    t = ntop(lang, "alert_messages.ping_host_unreachable_v3")
    if t:
        h = pick(s("ping"), HOSTS)
        add_ntop(n, lang, ["alert_messages.ping_host_unreachable_v3"], "node_down",
                 "an active-monitoring check finds the host unreachable (rule 4)",
                 render(t, host=h, numeric_ip=f"[{ip(s('ping'))}]"), h, "active_monitoring")
        n += 1
    # node_down: gateway unreachable, title + message
    t = ntop(lang, "alert_messages.gateway_unreachable")
    title = ntop(lang, "alerts_dashboard.gateway_unreachable")
    if t and title:
        g = pick(s("gw"), GATEWAYS)
        add_ntop(n, lang, ["alert_messages.gateway_unreachable", "alerts_dashboard.gateway_unreachable"],
                 "node_down", "a gateway the system can no longer reach (rule 4)",
                 title + ": " + render(t, name=g), g, title)
        n += 1
    # node_down: REST answers for an SNMP device and an instance check
    if True:
        t = ntop(lang, "rest_consts.SNMP_DEVICE_UNREACHABLE")
        if t:
            h = pick(s("snmp"), HOSTS)
            labels = {"alertname": "SnmpDevicePollFailed", "severity": "critical", "device": h,
                      "job": "ntopng-snmp-poller", "locale": lang}
            ann = {"summary": f"SNMP poll of {h} via ntopng REST failed",
                   "description": f'rc=-{num(s("rc"), 10, 60, 0)} rc_str="SNMP_DEVICE_UNREACHABLE" '
                                  f'rc_str_hr="{t}"'}
            family.add((NTOP, f"scripts/locales/{lang}.lua", NTOP_COMMIT), "node_down",
                       f"ntop/ntopng scripts/locales/{lang}.lua (rest_consts.SNMP_DEVICE_UNREACHABLE): "
                       "an SNMP device that does not answer its poll (rule 16: the target's availability)",
                       labels, ann)
            n += 1
    if True:
        t = ntop(lang, "rest_consts.INFRASTRUCTURE_INSTANCE_CHECK_FAILED")
        if t:
            h = pick(s("infra"), ["ntopng-branch-07.example", "ntopng-dc2.example",
                                  "ntopng-filiale-milano.example", "ntopng-osaka.example"])
            labels = {"alertname": "NtopngInfrastructureCheck", "severity": "critical",
                      "instance": h, "job": "ntopng-infrastructure"}
            ann = {"summary": f"Infrastructure check of {h} failed",
                   "description": f"{t} (rc_str=INFRASTRUCTURE_INSTANCE_CHECK_FAILED, "
                                  f"{num(s('f'), 3, 9, 0)} consecutive checks)"}
            family.add((NTOP, f"scripts/locales/{lang}.lua", NTOP_COMMIT), "node_down",
                       f"ntop/ntopng scripts/locales/{lang}.lua (rest_consts.INFRASTRUCTURE_INSTANCE_CHECK_FAILED): "
                       "a monitored ntopng instance whose destination is unreachable (rule 4)",
                       labels, ann)
            n += 1
    # node_down: network-scan report mail
    t = ntop(lang, "hosts_stats.page_scan_hosts.host_is_not_up_and_running")
    if t:
        h = pick(s("scan"), HOSTS)
        labels = {"alertname": "NtopngHostScan", "severity": "warning", "host": h,
                  "scan_type": "tcp_portscan", "source": "ntopng-vs-report"}
        ann = {"summary": f"{h} ({ip(s('scan'))}): {t}"}
        family.add((NTOP, f"scripts/locales/{lang}.lua", NTOP_COMMIT), "node_down",
                   f"ntop/ntopng scripts/locales/{lang}.lua (hosts_stats.page_scan_hosts.host_is_not_up_and_running): "
                   "a scanned host found down or unreachable (rule 4)", labels, ann)
        n += 1
    t = ntop(lang, "hosts_stats.page_scan_hosts.email.num_failed_scanned_hosts")
    if t:
        k = num(s("nf"), 2, 9, 0)
        labels = {"alertname": "ScanReportMail", "severity": "warning", "mailbox": "noc@example",
                  "sender": "ntopng"}
        ann = {"summary": "ntopng scan report", "description": render(t, num=k) + " — " +
               ", ".join(HOSTS[(num(s("h0"), 0, 11, 0) + 5 * i) % len(HOSTS)] for i in range(min(k, 3))) + ("…" if k > 3 else "")}
        family.add((NTOP, f"scripts/locales/{lang}.lua", NTOP_COMMIT), "node_down",
                   f"ntop/ntopng scripts/locales/{lang}.lua (hosts_stats.page_scan_hosts.email.num_failed_scanned_hosts): "
                   "a scan report counting hosts down or unreachable (rule 4)", labels, ann)
        n += 1

    # look-alikes (null)
    if lang not in ("it", "es", "ko"):
        t = ntop(lang, "alert_messages.measurement_too_high_msg")
        if t:
            h = pick(s("rtt"), HOSTS)
            thr = pick(s("thr"), [80, 100, 150, 200])
            add_ntop(n, lang, ["alert_messages.measurement_too_high_msg"], None,
                     "an ICMP round-trip time above its threshold: link quality (rule 16)",
                     render(t, host=h, numeric_ip=f"[{ip(s('rtt'))}]",
                            am_value=num(s("v"), thr + 20, thr * 4, 1), unit="ms", threshold=thr),
                     h, "active_monitoring (icmp rtt)")
            n += 1
    if lang in ("de", "es", "jp"):
        t = ntop(lang, "alert_messages.measurement_too_low_msg")
        if t:
            h = pick(s("tp"), HOSTS)
            add_ntop(n, lang, ["alert_messages.measurement_too_low_msg"], None,
                     "a throughput measurement below its threshold: link quality (rule 16)",
                     render(t, host=h, numeric_ip=f"[{ip(s('tp'))}]",
                            am_value=num(s("tv"), 2, 40, 1), unit="Mbit/s", threshold=50),
                     h, "active_monitoring (throughput)")
            n += 1
    if li != 5:
        t = ntop(lang, "alerts_dashboard.alert_snmp_device_reset_description")
        if t:
            h = pick(s("rst"), HOSTS)
            add_ntop(n, lang, ["alerts_dashboard.alert_snmp_device_reset_description"], None,
                     "an SNMP device restarted once (rules 7 and 15: one restart)",
                     render(t, url="#", device=h), h, "snmp_device_reset")
            n += 1
    t = ntop(lang, "hosts_stats.page_scan_hosts.email.num_no_longer_down_now")
    if t:
        labels = {"alertname": "ScanReportMail", "severity": "info", "mailbox": "noc@example",
                  "sender": "ntopng"}
        ann = {"summary": "ntopng scan report",
               "description": render(t, num=num(s("nl"), 1, 6, 0))}
        family.add((NTOP, f"scripts/locales/{lang}.lua", NTOP_COMMIT), None,
                   f"ntop/ntopng scripts/locales/{lang}.lua (hosts_stats.page_scan_hosts.email.num_no_longer_down_now): "
                   "a scan report counting hosts that are no longer down: a recovery (rule 14)",
                   labels, ann)
        n += 1
    if lang in ("de", "fr", "ko"):
        t = ntop(lang, "cloud.reconnected")
        if t:
            labels = {"alertname": "NtopngCloudConnection", "severity": "info",
                      "instance": "ntop-probe-01.example"}
            ann = {"summary": t}
            family.add((NTOP, f"scripts/locales/{lang}.lua", NTOP_COMMIT), None,
                       f"ntop/ntopng scripts/locales/{lang}.lua (cloud.reconnected): "
                       "a connection restored: a recovery (rule 14)", labels, ann)
            n += 1
    if lang in ("jp", "de"):
        t = ntop(lang, "alert_messages.slow_periodic_activity")
        if t:
            sc = pick(s("sc"), SCRIPTS)
            add_ntop(n, lang, ["alert_messages.slow_periodic_activity"], None,
                     "ntopng's own periodic script running too long or late: a time limit on the tool's own run (rule 10)",
                     render(t, script=sc, max_duration=pick(s("md"), ["60 s", "5 min", "1 s"])),
                     "ntop-probe-01.example", "slow_periodic_activity")
            n += 1
    if lang in ("de", "it", "jp"):
        t = ntop(lang, "alerts_dashboard.alert_snmp_traffic_change_detected_message_down")
        if t:
            h = pick(s("if"), HOSTS)
            port = pick(s("port"), ["GigabitEthernet0/12", "ge-0/0/7", "Port 24", "xe-1/0/3"])
            add_ntop(n, lang, ["alerts_dashboard.alert_snmp_traffic_change_detected_message_down"], None,
                     "no more traffic on one interface of a device: a link, not a node (rules 5 and 9)",
                     render(t, port_url="#", port_index=num(s("pi"), 1, 48, 0), port=port, url="#",
                            device=ip(s("if")), device_name=h, http_prefix=""),
                     h, "snmp_traffic_change")
            n += 1


# NagVis
def nagvis_frame(n, lang, text, host, kind):
    shape = n % 3
    if shape == 0:
        labels = {"alertname": "NagVisMapError", "severity": "critical", "map": "rechenzentrum",
                  "job": "nagvis-scraper", "locale": lang}
        ann = {"summary": text}
    elif shape == 1:
        labels = {"alertname": "NagVisStatusBanner", "severity": "warning", "instance": host,
                  "frontend": "nagvis.noc.example"}
        ann = {"summary": f"NagVis: {kind}", "description": text}
    else:
        labels = {"alertname": "ChatRelay", "severity": "warning", "channel": "#monitoring",
                  "sender": "nagvis-bot"}
        ann = {"message": text}
    return labels, ann


NV_LANGS = ["de_DE", "fr_FR", "es_ES", "pt_BR", "ru_RU", "zh_CN", "ka_GE"]
NV_HOSTS = ["naemon-core-01", "icinga-sat-lyon", "nagios-dmz", "livestatus-hq", "omd-site-prod"]
DEAD = "The backend is reported as dead by the statusHost ([STATUSHOST])."
SOCK = "Unable to connect to the [SOCKET] in backend [BACKENDID]: [MSG]"
PENDING = "hostIsPending"
ACK = "The problem has been acknowledged."
for li, lang in enumerate(NV_LANGS):
    d = nagvis(lang)
    path = f"share/frontend/nagvis-js/locale/{lang}/LC_MESSAGES/nagvis.po"
    s = lambda x: f"nv-{lang}-{x}"  # noqa: E731

    def add_nv(msgid, expected, why, text, host, kind):
        global n
        labels, ann = nagvis_frame(n, lang, text, host, kind)
        family.add((NAGVIS, path, NAGVIS_COMMIT), expected,
                   f"NagVis/nagvis {path} (msgid \"{msgid}\"): {why}", labels, ann)
        n += 1

    if d.get(DEAD) and lang != "fr_FR":
        h = pick(s("dead"), NV_HOSTS)
        add_nv(DEAD, "node_down",
               "a monitoring backend reported dead (unreachable) by its status host (rule 4)",
               render(d[DEAD], statushost=h), h, "backend")
    if d.get(SOCK):
        h = pick(s("sock"), NV_HOSTS)
        msg = pick(s("msg"), ["Connection refused", "No route to host"])
        add_nv(SOCK, "node_down",
               f"the connection to a monitoring core's Livestatus socket fails with \"{msg}\" (rule 11)",
               render(d[SOCK], socket=f"tcp:{h}.example:6557", backendid=h.replace("-", "_"),
                      msg=msg), h, "backend")
    if d.get(PENDING) and lang in ("de_DE", "fr_FR", "ru_RU", "zh_CN"):
        h = pick(s("pend"), HOSTS)
        add_nv(PENDING, None,
               "a host in the pending state: no check result yet (policy silent; decided null)",
               render(d[PENDING], host=h), h, "host")
    if d.get(ACK):
        h = pick(s("ack"), HOSTS)
        add_nv(ACK, None,
               "an operator's acknowledgement of a known problem (policy silent; decided null)",
               f"{h}: {d[ACK]}", h, "acknowledgement")

family.write()
