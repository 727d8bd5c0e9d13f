#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_intl23.jsonl: Qt's own network, file and memory error strings
(qtbase, as the Qt Project translates them in qt/qttranslations) quoted inside log alerts, Windows
event alerts and application error alerts of Qt-based clients and services, next to look-alikes
from the same catalogues that share words (host, connection, proxy, certificate, domain, memory)
without naming one of the signatures.

The quoted strings are the Qt Project's own translations (`translations/qtbase_<lang>.ts`,
entries marked unfinished, obsolete or vanished skipped), with Qt's `%1` placeholders filled as the
Qt source fills them (a host name, a file name, the function name of QLocalSocket). Alert frames,
apps, hosts and counts are made up; no frame carries an English hint of the cause, so the
translated line is the only evidence. Labels are decided by hand under POLICY.md before the
classifier ran on the file (see tests/fixtures/corpus/SOURCES.md, section probes_intl23).
"""
import os
import sys
import xml.etree.ElementTree as ET

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import CE, D, DNS, M, N, NULL, T, ProbeFamily, git_show, num, pick  # noqa: E402,F401

QT = ("qt/qttranslations", "15290eb44fa00366cb7c7b6f44223886f38b627b")
family = ProbeFamily("probes_intl23.jsonl")
_ts = {}


def qt(lang, context, source):
    """The finished translation of `source` in Qt context `context`, qtbase_<lang>.ts."""
    if lang not in _ts:
        table = {}
        root = ET.fromstring(git_show(QT[0], QT[1], f"translations/qtbase_{lang}.ts"))
        for ctx in root.iter("context"):
            name = ctx.find("name").text
            for m in ctx.iter("message"):
                tr = m.find("translation")
                if tr is None or not tr.text or tr.get("type") in ("unfinished", "obsolete", "vanished"):
                    continue
                table[(name, m.find("source").text)] = tr.text
        _ts[lang] = table
    text = _ts[lang].get((context, source))
    assert text, (lang, context, source)
    return text


def fill(text, *values):
    for i, v in enumerate(values, 1):
        assert f"%{i}" in text, (text, values)
        text = text.replace(f"%{i}", str(v))
    return text


# ------------------------------------------------------------------------------ made-up apps
# (app, namespace or Windows host, Windows event source) of Qt-based clients and services.
APPS = {
    "pos": ("kassen-client", "filiale-047", "KassenClientSvc"),
    "hmi": ("hmi-panel", "werk2-linie4", "HmiPanelService"),
    "label": ("label-print-svc", "logistik", "LabelPrintService"),
    "scan": ("scan-station", "wareneingang", "ScanStationAgent"),
    "mqtt": ("telemetry-bridge", "iot-edge", "TelemetryBridge"),
    "sync": ("docviewer-sync", "office-apps", "DocViewerSync"),
    "kiosk": ("kiosk-shell", "lobby-displays", "KioskShell"),
    "lab": ("lab-instrument-gw", "labor-ost", "LabInstrumentGateway"),
    "map": ("map-tile-cache", "gis", "MapTileCache"),
    "ticket": ("ticket-printer-agent", "venue-ops", "TicketPrinterAgent"),
}
WINHOSTS = ["WS-KASSE-0412", "HMI-L4-02", "PRN-SRV-03", "SCAN-WE-07", "EDGE-GW-11", "VDI-POOL-118",
            "KIOSK-LOBBY-2", "LAB-PC-0031", "GIS-APP-01", "TIX-BOX-05"]


def ts(seed):
    return (f"2026-11-{num('d' + seed, 2, 27, 0):02d}T{num('h' + seed, 0, 23, 0):02d}:"
            f"{num('m' + seed, 0, 59, 0):02d}:{num('s' + seed, 0, 59, 0):02d}Z")


def frame(n, shape, app, line):
    name, ns, src = APPS[app]
    seed = f"{n}{shape}{app}"
    if shape == "loki":
        pod = f"{name}-{pick('p' + seed, ['7c9f8d6b5-', '5d8b7f9c4-', '6f4c9b8d7-'])}" \
              f"{pick('q' + seed, ['x2kqp', 'm8zrt', 'b4wnl', 'h7dfs'])}"
        return ({"alertname": "LogErrorLines", "severity": "warning", "namespace": ns, "app": name,
                 "pod": pod},
                {"summary": f"Error lines in {ns}/{name} logs",
                 "description": f"{num('c' + seed, 2, 60, 0)} lines matched |= \"error\" in the last 10m. "
                                f"Most recent:\n{ts(seed)} {line}"})
    host = WINHOSTS[list(APPS).index(app)]
    if shape == "win":
        return ({"alertname": "WindowsEventLogError", "severity": "warning",
                 "instance": f"{host}.corp.example:9182", "log": "Application", "source": src,
                 "event_id": str(pick("e" + seed, [1000, 1001, 2001, 3002]))},
                {"summary": f"Error event from {src} on {host}",
                 "description": f"Log Name: Application\nSource: {src}\nLevel: Error\n"
                                f"Computer: {host}.corp.example\nMessage: {line}"})
    if shape == "app":
        return ({"alertname": "ApplicationErrorReported", "severity": "error", "service": name,
                 "environment": "production",
                 "release": f"{name}@{num('r' + seed, 2, 6, 0)}.{num('v' + seed, 0, 14, 0)}.{num('x' + seed, 0, 9, 0)}"},
                {"summary": f"New issue in {name}",
                 "description": f"{line}\n\n{num('ev' + seed, 3, 240, 0)} events from "
                                f"{num('dv' + seed, 1, 30, 0)} devices since {ts(seed)}"})
    if shape == "elastic":
        host = host.lower()
        return ({"alertname": "LogThresholdExceeded", "severity": "warning", "service_name": name,
                 "host_name": host},
                {"summary": f"Log threshold alert for service.name: {name}",
                 "description": f"{num('c' + seed, 1, 25, 0)} log entries with log.level: error in the "
                                f"last 15 mins for service.name: {name}, host.name: {host}. "
                                f"Latest message: {line}"})
    raise ValueError(shape)


def add(n, expected, lang, ctx, msgid, shape, app, template, values=(), why="", inner=None):
    """One item: Qt's `msgid` (context `ctx`) in `lang`, `%1…` filled with `values` (and last with
    the translation of `inner` = (ctx, msgid), as Qt appends the system error text), put into
    `template` at {m}, inside a frame."""
    vals = list(values)
    if inner is not None:
        vals = vals + [qt(lang, *inner)]
    msg = fill(qt(lang, ctx, msgid), *vals) if vals else qt(lang, ctx, msgid)
    line = template.format(m=msg)
    labels, annotations = frame(n, shape, app, line)
    family.add((QT[0], f"translations/qtbase_{lang}.ts", QT[1]), expected,
               f"Qt qtbase [{ctx}] \"{msgid}\" ({lang}) in a {shape} alert: {why}", labels, annotations)


# ------------------------------------------------------------------------------ items
H = "QHttp"
AS = "QAbstractSocket"
NS = "QNativeSocketEngine"
HI = "QHostInfoAgent"
S5 = "QSocks5SocketEngine"
HS = "QHttpSocketEngine"
DL = "QDnsLookupRunnable"
IO = "QIODevice"
SSL = "QSslSocket"
RX = "QRegularExpression"
LS = "QLocalSocket"
DNSW = "the host-name lookup failed (rule 7)"
NODEW = "the peer is not there (rule 11)"
TOW = "a connect or read the caller gave up on (rules 11, 13)"

# dns_failure
add(1, DNS, "de", H, "Host %1 not found", "loki", "pos", "[sync] GET https://api.zentrale-hq.example/v2/preise: {m}",
    ["api.zentrale-hq.example"], DNSW)
add(2, DNS, "ja", H, "Host %1 not found", "win", "label", "HTTP request to https://labels.logistik-jp.example/print/queue: {m}",
    ["labels.logistik-jp.example"], DNSW)
add(3, DNS, "pt_BR", H, "Host %1 not found", "app", "kiosk", "ContentUpdater: https://cms.lojas-sul.example/feed.json: {m}",
    ["cms.lojas-sul.example"], DNSW)
add(4, DNS, "ko", H, "Host %1 not found", "elastic", "ticket", "POST https://tix-api.venue-seoul.example/v1/print: {m}",
    ["tix-api.venue-seoul.example"], DNSW)
add(6, DNS, "fr", AS, "Host not found", "loki", "mqtt", "QMqttClient broker=mqtt.usine-lyon.example:8883 state=Disconnected: {m}",
    (), DNSW)
add(7, DNS, "zh_CN", AS, "Host not found", "win", "hmi", "OPC UA gateway opc.werk-suzhou.example:4840: {m}",
    (), DNSW)
add(8, DNS, "it", HI, "Host not found", "app", "scan", "QHostInfo::fromName(\"erp.magazzino-milano.example\"): {m}",
    (), DNSW)
add(9, DNS, "pl", HI, "Host not found", "elastic", "lab", "lookupHost lims.laboratorium-krakow.example: {m}",
    (), DNSW)
add(10, DNS, "es", S5, "Proxy host not found", "loki", "sync", "proxy socks5://socks.oficina-madrid.example:1080: {m}",
    (), "the proxy's host name did not resolve (rule 7)")
add(11, DNS, "cs", S5, "Proxy host not found", "win", "kiosk", "proxy socks5://proxy.pobocka-brno.example:1080: {m}",
    (), "the proxy's host name did not resolve (rule 7)")
add(12, DNS, "nl", DL, "Non existent domain", "app", "mqtt", "QDnsLookup SRV _mqtt._tcp.fabriek-eindhoven.example: {m}",
    (), "NXDOMAIN (rule 7)")
add(13, DNS, "uk", DL, "Non existent domain", "loki", "lab", "QDnsLookup SRV _ldap._tcp.lab-kyiv.example: {m}",
    (), "NXDOMAIN (rule 7)")
add(14, DNS, "ru", DL, "Server failure", "elastic", "pos", "QDnsLookup A api.magazin-kazan.example: {m}",
    (), "SERVFAIL (rule 7)")
add(15, DNS, "hu", DL, "Server failure", "win", "ticket", "QDnsLookup SRV _ipp._tcp.jegy-budapest.example: {m}",
    (), "SERVFAIL (rule 7)")
add(16, DNS, "zh_TW", DL, "Server refused to answer", "loki", "map", "QDnsLookup A tiles.ditu-taipei.example: {m}",
    (), "REFUSED: the resolver refused the query, so the name did not resolve (rule 7)")

# node_down
add(17, N, "ja", NS, "Connection refused", "loki", "hmi", "Modbus TCP 10.40.2.17:502: {m}", (), NODEW)
add(18, N, "es", NS, "Connection refused", "win", "pos", "QTcpSocket 10.12.8.40:9100 (impresora tickets): {m}", (), NODEW)
add(19, N, "ru", NS, "Connection refused", "app", "mqtt", "broker mqtt.zavod-perm.example:1883: {m}", (), NODEW)
add(20, N, "ko", NS, "Connection refused", "elastic", "lab", "instrument 10.77.3.21:4001: {m}", (), NODEW)
add(21, N, "de", NS, "Host unreachable", "loki", "scan", "QTcpSocket 10.30.14.9:8080 (WMS): {m}", (), NODEW)
add(22, N, "zh_CN", NS, "Host unreachable", "win", "hmi", "PLC 192.168.20.31:102: {m}", (), NODEW)
add(23, N, "pl", NS, "Host unreachable", "app", "label", "printer 10.55.1.12:9100: {m}", (), NODEW)
add(24, N, "fr", NS, "Network unreachable", "elastic", "sync", "https://docs.siege-paris.example:443: {m}", (), NODEW)
add(25, N, "pt_BR", NS, "Network unreachable", "loki", "kiosk", "https://cms.lojas-sul.example:443: {m}", (), NODEW)
add(27, N, "it", LS, "%1: Connection refused", "loki", "pos", "ipc /run/kassen/fiscal.sock: {m}",
    ["QLocalSocket::connectToServer"], "the local server is not listening (rule 11)")
add(28, N, "cs", LS, "%1: Connection refused", "app", "scan", "ipc scanner-daemon: {m}",
    ["QLocalSocket::connectToServer"], "the local server is not listening (rule 11)")
add(29, N, "it", S5, "Connection to proxy refused", "elastic", "map", "proxy socks5://10.8.0.2:1080: {m}",
    (), "the proxy refused the TCP connection: it is not listening (rule 11)")
add(30, N, "nl", S5, "Connection to proxy refused", "win", "sync", "proxy socks5://10.1.4.4:1080: {m}",
    (), "the proxy refused the TCP connection: it is not listening (rule 11)")

# upstream_timeout
add(31, T, "zh_TW", NS, "Connection timed out", "loki", "lab", "instrument 10.77.3.40:4001: {m}", (), TOW)
add(32, T, "it", NS, "Connection timed out", "win", "pos", "https://api.negozi-roma.example:443: {m}", (), TOW)
add(33, T, "hu", NS, "Connection timed out", "app", "hmi", "OPC UA opc.gyar-gyor.example:4840: {m}", (), TOW)
add(35, T, "ja", HS, "Proxy server connection timed out", "loki", "sync", "proxy http://proxy.tokyo-hq.example:8080: {m}",
    (), "a connect to the proxy the caller gave up on (rules 11, 13)")
add(36, T, "sk", HS, "Proxy server connection timed out", "win", "kiosk", "proxy http://proxy.pobocka-kosice.example:3128: {m}",
    (), "a connect to the proxy the caller gave up on (rules 11, 13)")
add(37, T, "de", S5, "Connection to proxy timed out", "app", "map", "proxy socks5://socks.rz-nord.example:1080: {m}",
    (), "a connect to the proxy the caller gave up on (rules 11, 13)")
add(38, T, "fi", S5, "Connection to proxy timed out", "elastic", "ticket", "proxy socks5://socks.toimisto-oulu.example:1080: {m}",
    (), "a connect to the proxy the caller gave up on (rules 11, 13)")
add(39, T, "ko", AS, "Socket operation timed out", "loki", "hmi", "Modbus TCP 10.40.2.18:502 read holding registers: {m}",
    (), "the read of the PLC's reply timed out (rule 13)")
add(40, T, "zh_CN", AS, "Socket operation timed out", "win", "lab", "waitForReadyRead 10.77.3.22:4001: {m}",
    (), "the read of the instrument's reply timed out (rule 13)")

# disk_full
add(41, D, "es", IO, "No space left on device", "loki", "map", "QFile::write /var/cache/tiles/14/9521/6100.png: {m}", (),
    "ENOSPC (rule 2)")
add(42, D, "ru", IO, "No space left on device", "win", "scan", "QFile::write D:\\ScanSpool\\WE-20261114-0098.tif: {m}", (),
    "ENOSPC (rule 2)")
add(43, D, "ja", IO, "No space left on device", "app", "sync", "QSaveFile::commit ~/.cache/docviewer/sync.db: {m}", (),
    "ENOSPC (rule 2)")
add(44, D, "de", "QFile", "Failure to write block: %1", "loki", "label", "copy /srv/labels/out/batch-7781.pdf: {m}", (),
    "a block write failed with ENOSPC (rule 2)", inner=(IO, "No space left on device"))
add(45, D, "zh_CN", "QNetworkAccessFileBackend", "Write error writing to %1: %2", "elastic", "hmi", "{m}",
    ["file:///D:/HmiData/trend-2026-11.csv"],
    "a block write failed with ENOSPC (rule 2)", inner=(IO, "No space left on device"))
add(46, D, "pt_BR", "QNetworkAccessFileBackend", "Write error writing to %1: %2", "win", "kiosk", "{m}",
    ["file:///C:/KioskCache/video-loop-12.mp4"], "a block write failed with ENOSPC (rule 2)", inner=(IO, "No space left on device"))

# fd_exhaustion
add(47, "fd_exhaustion", "fr", IO, "Too many open files", "loki", "map", "QFile::open /var/cache/tiles/15/19040/12201.png: {m}",
    (), "EMFILE (rule 1)")
add(48, "fd_exhaustion", "tr", "QFile", "Cannot open for output: %1", "app", "sync", "{m}", (),
    "EMFILE while opening a file (rule 1)", inner=(IO, "Too many open files"))
add(49, "fd_exhaustion", "uk", IO, "Too many open files", "elastic", "mqtt", "QFile::open /var/lib/telemetry/spool/0000812.msg: {m}",
    (), "EMFILE (rule 1)")

# out_of_memory
add(50, M, "ru", SSL, "Insufficient memory", "win", "pos", "TLS https://ofd.magazin-kazan.example: {m}", (),
    "Schannel's allocation failure: the runtime's own out-of-memory (rule 12)")
add(51, M, "zh_TW", SSL, "Insufficient memory", "loki", "ticket", "TLS handshake tix-api.venue-taipei.example:443: {m}", (),
    "Schannel's allocation failure (rule 12)")
add(52, M, "ko", SSL, "Insufficient memory", "app", "lab", "TLS lims.lab-busan.example:443: {m}", (),
    "Schannel's allocation failure (rule 12)")
add(53, M, "pl", RX, "failed to allocate heap memory", "elastic", "scan", "QRegularExpression barcode filter: {m}", (),
    "PCRE2 could not allocate heap memory (rule 12)")
add(54, M, "fr", RX, "failed to allocate heap memory", "loki", "sync", "QRegularExpression search index: {m}", (),
    "PCRE2 could not allocate heap memory (rule 12)")
add(55, M, "nl", RX, "no more memory", "win", "label", "QRegularExpression template parser: {m}", (),
    "PCRE2 ran out of memory (rule 12)")

# null look-alikes: the same catalogue's words (host, connection, proxy, certificate, domain,
# memory, open, write) without a failed lookup, an absent peer, a timeout or an exhausted resource.
add(56, NULL, "de", HI, "Invalid hostname", "loki", "pos", "QHostInfo::fromName(\"kasse_047.filiale\"): {m}", (),
    "a malformed name rejected before any lookup (an input error, not resolution failing)")
add(57, NULL, "ja", HI, "Invalid hostname", "win", "label", "QHostInfo::fromName(\"prn 03\"): {m}", (),
    "a malformed name rejected before any lookup")
add(58, NULL, "es", HI, "Invalid hostname", "app", "kiosk", "settings.server = \"cms..lojas-sul.example\": {m}", (),
    "a malformed name rejected before any lookup")
add(59, NULL, "zh_CN", "QHostInfo", "No host name given", "elastic", "hmi", "OPC UA endpoint from config: {m}", (),
    "an empty setting, not a failed lookup")
add(60, NULL, "fr", "QHostInfo", "No host name given", "loki", "mqtt", "QMqttClient hostname=\"\": {m}", (),
    "an empty setting, not a failed lookup")
add(61, NULL, "ru", H, "Host requires authentication", "win", "sync", "GET https://docs.office-spb.example/api/list: {m}", (),
    "a 401 answer: the host is there and answered")
add(62, NULL, "pt_BR", H, "Host requires authentication", "loki", "scan", "GET https://wms.deposito-recife.example/api/ordens: {m}", (),
    "a 401 answer: the host is there and answered")
add(63, NULL, "ko", H, "Too many redirects", "app", "ticket", "GET https://tix-api.venue-seoul.example/login: {m}", (),
    "a redirect loop, not a resource limit")
add(64, NULL, "it", H, "Too many redirects", "elastic", "kiosk", "GET https://cms.negozi-roma.example/feed: {m}", (),
    "a redirect loop, not a resource limit")
add(65, NULL, "pl", H, "Too many redirects", "loki", "map", "GET https://tiles.mapy-gdansk.example/style.json: {m}", (),
    "a redirect loop, not a resource limit")
add(66, NULL, "zh_TW", SSL, "The host name did not match any of the valid hosts for this certificate", "win", "pos",
    "TLS pos-api.store-taichung.example:443: {m}", (), "a certificate name mismatch (null as in probes_dnsintl20)")
add(67, NULL, "nl", SSL, "The host name did not match any of the valid hosts for this certificate", "loki", "lab",
    "TLS lims.lab-utrecht.example:443: {m}", (), "a certificate name mismatch")
add(68, NULL, "tr", SSL, "The host name did not match any of the valid hosts for this certificate", "app", "sync",
    "TLS docs.ofis-ankara.example:443: {m}", (), "a certificate name mismatch")
add(69, NULL, "de", NS, "The remote host closed the connection", "elastic", "mqtt", "broker mqtt.werk-ulm.example:8883: {m}", (),
    "the peer answered and closed the connection (decision: a peer that closes is not down)")
add(70, NULL, "uk", NS, "The remote host closed the connection", "loki", "ticket", "10.90.0.7:9100: {m}", (),
    "the peer answered and closed the connection")
add(71, NULL, "cs", NS, "The remote host closed the connection", "win", "hmi", "OPC UA opc.zavod-plzen.example:4840: {m}", (),
    "the peer answered and closed the connection")
add(72, NULL, "ja", H, "Connection closed", "app", "label", "GET https://labels.logistik-jp.example/print/status: {m}", (),
    "a connection closed, nothing down or timed out")
add(73, NULL, "fr", NS, "The bound address is already in use", "loki", "lab", "QTcpServer::listen 0.0.0.0:4001: {m}", (),
    "a port conflict at start-up (EADDRINUSE), not one of the signatures")
add(74, NULL, "zh_CN", NS, "The bound address is already in use", "win", "mqtt", "QTcpServer::listen 0.0.0.0:1883: {m}", (),
    "a port conflict at start-up (EADDRINUSE)")
add(75, NULL, "es", "QNetworkReplyHttpImpl", "Operation canceled", "app", "map", "GET https://tiles.mapas-sevilla.example/13/4010/3190.png: {m}", (),
    "a request the caller aborted (rule 13: a caller that cancelled)")
add(76, NULL, "hu", "QNetworkReplyHttpImpl", "Operation canceled", "elastic", "sync", "GET https://docs.iroda-pecs.example/api/thumbs: {m}", (),
    "a request the caller aborted (rule 13)")
add(77, NULL, "ru", "QNetworkReplyHttpImpl", "Operation canceled", "loki", "kiosk", "GET https://cms.magazin-kazan.example/feed.json: {m}", (),
    "a request the caller aborted (rule 13)")
add(78, NULL, "pt_BR", DL, "Invalid domain name", "win", "ticket", "QDnsLookup SRV \"_ipp._tcp..bilheteria\": {m}", (),
    "a malformed query name rejected by the client, not a failed resolution")
add(79, NULL, "fi", DL, "Invalid domain name", "loki", "scan", "QDnsLookup A \"varasto_oulu\": {m}", (),
    "a malformed query name rejected by the client")
add(80, NULL, "de", SSL, "The certificate status response has expired", "app", "pos", "OCSP kassen-api.zentrale-hq.example: {m}", (),
    "a stale OCSP response, not the certificate's expiry (decision, like rule 5's token expiry)")
add(81, NULL, "ko", SSL, "The certificate status response has expired", "elastic", "ticket", "OCSP tix-api.venue-seoul.example: {m}", (),
    "a stale OCSP response, not the certificate's expiry")
add(82, NULL, "pl", AS, "Trying to connect while connection is in progress", "loki", "label", "printer 10.55.1.12:9100: {m}", (),
    "a programming error in the client's state handling")
add(83, NULL, "zh_TW", "QSaveFile", "Writing canceled by application", "win", "map", "QSaveFile tiles.mbtiles: {m}", (),
    "the application aborted its own write (nothing full)")
add(84, NULL, "tr", "QSaveFile", "Writing canceled by application", "app", "sync", "QSaveFile ~/.cache/docviewer/index.db: {m}", (),
    "the application aborted its own write")
add(85, NULL, "ja", H, "Proxy requires authentication", "loki", "sync", "GET https://docs.tokyo-hq.example/api/list via proxy.tokyo-hq.example:8080: {m}", (),
    "a 407 answer: the proxy is there and asks for credentials")
add(86, NULL, "it", S5, "Connection not allowed by SOCKSv5 server", "elastic", "mqtt", "proxy socks5://10.8.0.2:1080 → broker 10.20.0.5:8883: {m}", (),
    "the proxy's ruleset forbids the destination (SOCKS reply 02), nothing down")
add(87, NULL, "ru", RX, "too many capturing groups (maximum 65535)", "win", "scan", "QRegularExpression barcode filter: {m}", (),
    "a pattern limit, not memory (rule 12: a size limit is null)")
add(88, NULL, "es", SSL, "The certificate is self-signed, and untrusted", "loki", "hmi", "TLS opc.planta-bilbao.example:4843: {m}", (),
    "an untrusted certificate, not an expired one")
add(89, NULL, "hu", "QProcess", "Process crashed", "app", "lab", "QProcess instrument-driver.exe: {m}", (),
    "one crash, no restart loop (rule 15)")
add(90, NULL, "de", H, "Data downloaded is too large to store", "elastic", "kiosk", "GET https://cms.filiale-047.example/video/loop-4k.mp4: {m}", (),
    "a download larger than Qt's in-memory buffer limit: a size limit, not memory exhaustion (rule 12)")


# ------------------------------------------------------------------------------ KDE KIO
# KIO's job error texts (core/job_error.cpp, KIO::buildErrorString) as KDE's translators render
# them in po/<lang>/kio6.po, quoted by `kioclient6` in a workstation fleet's nightly share-sync
# unit (journald shipped to Loki, or to Elastic). The KDE/kio snapshot is larger than `fetch`
# brings here, so the msgstr texts were read with read_file at the commits below and are
# quoted verbatim (KUIT markup <filename> rendered as plain text, as kioclient prints it).
KIO_DE = ("KDE/kio", "po/de/kio6.po", "01326eca21152e01ac2e0e479c2c5a8258c089ed")
KIO_JA = ("KDE/kio", "po/ja/kio6.po", "01326eca21152e01ac2e0e479c2c5a8258c089ed")
KIO_ZH = ("KDE/kio", "po/zh_CN/kio6.po", "01326eca21152e01ac2e0e479c2c5a8258c089ed")
KIO_FR = ("KDE/kio", "po/fr/kio6.po", "00b8217facb6aea51dda26a930ebf7bad9e85da8")
KIO = {
    (KIO_DE, "Unknown proxy host\n%1"): "Unbekannter Proxy-Server\n%1",
    (KIO_DE, "There is not enough space on the disk to write %1."):
        "Es ist nicht ausreichend Platz auf dem Datenträger vorhanden, um %1 zu schreiben.",
    (KIO_DE, "The process for the %1 protocol died unexpectedly."):
        "Der Prozess für das Protokoll %1 wurde unerwartet beendet.",
    (KIO_JA, "Error. Out of memory.\n%1"): "エラー。メモリ不足です。\n%1",
    (KIO_JA, "No hostname specified."): "ホスト名が指定されていません。",
    (KIO_ZH, "Unknown host %1"): "未知的主机 %1",
    (KIO_ZH, "There is not enough space on the disk to write %1."): "磁盘上没有足够的空间写入 %1。",
    (KIO_ZH, "User canceled action\n%1"): "用户取消了操作\n%1",
    (KIO_ZH, "Cannot transfer <filename>%1</filename> because it is too large. The destination "
             "filesystem only supports files up to 4GiB"):
        "无法传输文件 <filename>%1</filename>，因为它的体积太大。目标文件系统仅支持不超过 4GiB 大小的文件。",
    (KIO_FR, "Unknown host %1"): "Hôte %1 inconnu",
    (KIO_FR, "Error. Out of memory.\n%1"): "Problème : plus de mémoire disponible.\n%1",
    (KIO_ZH, "Timeout on server\n%1"): "服务器超时\n%1",
    (KIO_FR, "File is too large to be trashed."): "Ce fichier est trop gros pour être mis à la corbeille.",
}
WS = {"de": ("ws-vertrieb-014", "rechenzentrum-nord"), "ja": ("ws-eigyo-207", "tokyo-hq"),
      "zh_CN": ("ws-caiwu-031", "shenzhen-office"), "fr": ("ws-compta-118", "siege-paris")}


def add_kio(n, expected, src, msgid, shape, value, why):
    lang = src[1].split("/")[1]
    text = KIO[(src, msgid)]
    msg = text.replace("%1", value).replace("<filename>", "").replace("</filename>", "")
    host, site = WS[lang]
    seed = f"kio{n}"
    line = f"{host} kioclient6[{num('pid' + seed, 1500, 42000, 0)}]: {msg}"
    if shape == "loki":
        labels = {"alertname": "LogErrorLines", "severity": "warning", "job": "systemd-journal",
                  "host": host, "site": site, "unit": "share-sync.service"}
        annotations = {"summary": f"Error lines from share-sync.service on {host}",
                       "description": f"{num('c' + seed, 1, 12, 0)} lines matched |= \"kioclient6\" "
                                      f"in the last 30m. Most recent:\n{ts(seed)} {line}"}
    else:
        labels = {"alertname": "LogThresholdExceeded", "severity": "warning",
                  "service_name": "share-sync", "host_name": host}
        annotations = {"summary": "Log threshold alert for service.name: share-sync",
                       "description": f"{num('c' + seed, 1, 12, 0)} log entries with log.level: error in "
                                      f"the last 15 mins for service.name: share-sync, host.name: {host}. "
                                      f"Latest message: {line}"}
    family.add(src, expected, f"KDE KIO job error \"{msgid}\" ({lang}) via kioclient6 in a {shape} alert: {why}",
               labels, annotations)


add_kio(91, DNS, KIO_FR, "Unknown host %1", "loki", "nas.siege-paris.example",
        "KIO's ERR_UNKNOWN_HOST: the host name did not resolve (rule 7)")
add_kio(92, DNS, KIO_ZH, "Unknown host %1", "elastic", "nas.bangong-shenzhen.example",
        "KIO's ERR_UNKNOWN_HOST (rule 7)")
add_kio(93, DNS, KIO_DE, "Unknown proxy host\n%1", "loki", "proxy.rz-nord.example",
        "KIO's ERR_UNKNOWN_PROXY_HOST: the proxy's name did not resolve (rule 7)")
add_kio(94, M, KIO_JA, "Error. Out of memory.\n%1", "loki", "sftp://archive.tokyo-hq.example/exports/2026-11.tar",
        "KIO's ERR_OUT_OF_MEMORY: the tool's own allocation failure (rule 12)")
add_kio(95, M, KIO_FR, "Error. Out of memory.\n%1", "elastic", "smb://nas.siege-paris.example/scans/",
        "KIO's ERR_OUT_OF_MEMORY (rule 12)")
add_kio(96, D, KIO_DE, "There is not enough space on the disk to write %1.", "elastic",
        "/srv/share-mirror/vertrieb/angebote-2026-11.tar", "KIO's ERR_DISK_FULL (rule 2)")
add_kio(97, D, KIO_ZH, "There is not enough space on the disk to write %1.", "loki",
        "/data/share-mirror/caiwu/2026-11.zip", "KIO's ERR_DISK_FULL (rule 2)")
add_kio(98, T, KIO_ZH, "Timeout on server\n%1", "loki", "webdav.bangong-shenzhen.example",
        "KIO's ERR_SERVER_TIMEOUT: the worker gave up waiting for the server's answer (rule 13)")
add_kio(99, NULL, KIO_JA, "No hostname specified.", "elastic", "",
        "an empty URL host: a configuration error, not a failed lookup")
add_kio(100, NULL, KIO_ZH, "User canceled action\n%1", "elastic", "smb://nas.bangong-shenzhen.example/caiwu/",
        "an action cancelled by a user (rule 9)")
add_kio(101, NULL, KIO_DE, "The process for the %1 protocol died unexpectedly.", "loki", "smb",
        "one worker process died once, no loop (rule 15)")
add_kio(102, NULL, KIO_ZH, "Cannot transfer <filename>%1</filename> because it is too large. The destination "
        "filesystem only supports files up to 4GiB", "loki", "caiwu-2026-q3.vhdx",
        "a FAT32 per-file size limit, not a full disk (rule 12: a size limit is null)")
add_kio(103, NULL, KIO_FR, "File is too large to be trashed.", "loki", "",
        "a trash size limit on one file, not a full disk")

family.write()
