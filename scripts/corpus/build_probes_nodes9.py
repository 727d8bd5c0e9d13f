"""Builds tests/fixtures/corpus/probes_nodes9.jsonl: hosts and services down or unreachable, name
resolution failing, and their look-alikes, from monitoring tools and cluster-membership
messages not used before (OpenNMS, fping, memberlist, Healthchecks.io, Statping-ng,
blackbox_exporter, Naemon, RabbitMQ, Patroni, swarmkit, Nova, Masakari, Cassandra, Galera,
Cacti thold and its translations, curl, musl, BIND tools, Unbound). Labels follow POLICY.md."""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily  # noqa: E402

P = {
 'onms': ('OpenNMS/opennms','opennms-base-assembly/src/main/filtered/etc/events/opennms.events.xml','0e7cae7d2fd46783cce19844364c0b393c6b6706'),
 'bgp': ('OpenNMS/opennms','opennms-base-assembly/src/main/filtered/etc/events/BGP4.events.xml','428eb99b9cbcc9c1bf6554806c158244cc671e08'),
 'fping': ('schweikert/fping','src/fping.c','ab20b150b83af45a0f70fff2b40355f5878fd0d9'),
 'ml': ('hashicorp/memberlist','state.go','1b4c746c0e53bce51547d38f14d4772f85da2708'),
 'hc': ('healthchecks/healthchecks','hc/integrations/pd/templates/pd_description.html','29b5ec251059034b79e0120e2ff0c3e35d7bd9f8'),
 'hcsms': ('healthchecks/healthchecks','hc/integrations/sms/templates/sms_message.html','29b5ec251059034b79e0120e2ff0c3e35d7bd9f8'),
 'hctg': ('healthchecks/healthchecks','hc/integrations/telegram/templates/telegram_message.html','29b5ec251059034b79e0120e2ff0c3e35d7bd9f8'),
 'hcsubj': ('healthchecks/healthchecks','templates/emails/alert/subject.txt','29b5ec251059034b79e0120e2ff0c3e35d7bd9f8'),
 'sp': ('statping-ng/statping-ng','notifiers/telegram.go','ad39c6523da055360f71f879a6b8824743484d92'),
 'spmail': ('statping-ng/statping-ng','notifiers/email.go','ad39c6523da055360f71f879a6b8824743484d92'),
 'spmm': ('statping-ng/statping-ng','notifiers/mattermost.go','ad39c6523da055360f71f879a6b8824743484d92'),
 'spsns': ('statping-ng/statping-ng','notifiers/amazon_sns.go','ad39c6523da055360f71f879a6b8824743484d92'),
 'spgot': ('statping-ng/statping-ng','notifiers/gotify.go','ad39c6523da055360f71f879a6b8824743484d92'),
 'sprt': ('statping-ng/statping-ng','types/services/routine.go','ad39c6523da055360f71f879a6b8824743484d92'),
 'bbu': ('prometheus/blackbox_exporter','prober/utils.go','e39d7d415684f31b907dce55201a435fe2c2cf0d'),
 'bbtcp': ('prometheus/blackbox_exporter','prober/tcp.go','e39d7d415684f31b907dce55201a435fe2c2cf0d'),
 'bbicmp': ('prometheus/blackbox_exporter','prober/icmp.go','e39d7d415684f31b907dce55201a435fe2c2cf0d'),
 'bbdns': ('prometheus/blackbox_exporter','prober/dns.go','e39d7d415684f31b907dce55201a435fe2c2cf0d'),
 'nmcmd': ('naemon/naemon-core','sample-config/conf.d/commands.cfg.in','2805e0ddeef5d1b3ece28db0ac4149256c756b55'),
 'nmhost': ('naemon/naemon-core','src/naemon/objects_host.c','2805e0ddeef5d1b3ece28db0ac4149256c756b55'),
 'nmchk': ('naemon/naemon-core','src/naemon/checks_host.c','2805e0ddeef5d1b3ece28db0ac4149256c756b55'),
 'nmdt': ('naemon/naemon-core','src/naemon/downtime.c','2805e0ddeef5d1b3ece28db0ac4149256c756b55'),
 'rmq': ('rabbitmq/rabbitmq-server','deps/rabbit/src/rabbit_node_monitor.erl','5b09e556da53b8473f26843a2493d8460ced8c8e'),
 'rmqm': ('rabbitmq/rabbitmq-server','deps/rabbit/src/rabbit_maintenance.erl','5b09e556da53b8473f26843a2493d8460ced8c8e'),
 'patctl': ('zalando/patroni','patroni/ctl.py','a4a6dc02997db2ae5392261b697dd547c6258f41'),
 'patha': ('zalando/patroni','patroni/ha.py','a4a6dc02997db2ae5392261b697dd547c6258f41'),
 'patetcd': ('zalando/patroni','patroni/dcs/etcd.py','a4a6dc02997db2ae5392261b697dd547c6258f41'),
 'patrw': ('zalando/patroni','patroni/postgresql/rewind.py','a4a6dc02997db2ae5392261b697dd547c6258f41'),
 'swarm': ('moby/swarmkit','manager/dispatcher/dispatcher.go','3e72cb64da35ce043dcb9afa9ce9938ae7ca9379'),
 'swarmgl': ('moby/swarmkit','manager/orchestrator/global/global.go','3e72cb64da35ce043dcb9afa9ce9938ae7ca9379'),
 'novasg': ('openstack/nova','nova/servicegroup/drivers/db.py','00a030403f672b975364c855b7d25b40ef83e757'),
 'novaex': ('openstack/nova','nova/exception.py','00a030403f672b975364c855b7d25b40ef83e757'),
 'novapl': ('openstack/nova','nova/scheduler/client/report.py','00a030403f672b975364c855b7d25b40ef83e757'),
 'novacell': ('openstack/nova','nova/compute/api.py','00a030403f672b975364c855b7d25b40ef83e757'),
 'msk': ('openstack/masakari-monitors','masakarimonitors/hostmonitor/host_handler/handle_host.py','249cf198488f6315487676bd12305271611bad78'),
 'curl': ('curl/curl','lib/vdns/hostip.c','5c61e168698a72b87437d58ed728bcdea6d5db42'),
 'curlerr': ('curl/curl','docs/libcurl/libcurl-errors.md','5c61e168698a72b87437d58ed728bcdea6d5db42'),
 'musl': ('bminor/musl','src/network/gai_strerror.c','86373b4999bfd9a9379bc4a3ca877b1c80a2a340'),
 'host': ('isc-projects/bind9','bin/dig/host.c','bf74540dfe23bcb77afa62f65d1a290535435747'),
 'nsl': ('isc-projects/bind9','bin/dig/nslookup.c','bf74540dfe23bcb77afa62f65d1a290535435747'),
 'dig': ('isc-projects/bind9','bin/dig/dighost.c','bf74540dfe23bcb77afa62f65d1a290535435747'),
 'unb': ('NLnetLabs/unbound','util/module.c','7fb79b0677a03d6922c29880854e8fdeb271679e'),
 'unbit': ('NLnetLabs/unbound','iterator/iterator.c','7fb79b0677a03d6922c29880854e8fdeb271679e'),
 'cass': ('apache/cassandra','src/java/org/apache/cassandra/gms/Gossiper.java','0074d64915fbff95794ed81263f15d0116b4e8d3'),
 'galevs': ('codership/galera','gcomm/src/evs_proto.cpp','f47405c8b849386939d545ac71671c5c8e62e18c'),
 'galgm': ('codership/galera','gcomm/src/gmcast.cpp','f47405c8b849386939d545ac71671c5c8e62e18c'),
 'thold': ('Cacti/plugin_thold','includes/settings.php','1eb406bd0f81f3204358cce7bd43c8bb5adc8e4a'),
}
def thold_po(lang): return ('Cacti/plugin_thold','locales/po/%s.po'%lang,'1eb406bd0f81f3204358cce7bd43c8bb5adc8e4a')
family = ProbeFamily('probes_nodes9.jsonl')


def add(p, labels, ann, exp, src):
    """`p` is a key of P or a (repo, path, commit) tuple."""
    family.add(p if isinstance(p, tuple) else P[p], exp, src, labels, ann)


N='node_down'; D='dns_failure'; Z=None; L='high_latency'

# ---------------- OpenNMS ----------------
S='OpenNMS event definition'
add('onms',{'alertname':'nodeDown','severity':'major','nodelabel':'db-prod-03','source':'opennms'},{'summary':'Node db-prod-03 is down.','description':'All interfaces on node db-prod-03 are down. New outage records have been created and service level availability calculations will be impacted until this outage is resolved.'},N,S+': nodeDown')
add('onms',{'alertname':'OpenNMS alarm','severity':'MAJOR','uei':'uei.opennms.org/nodes/nodeDown','node':'sw-core-edge-2'},{'logmsg':'Node sw-core-edge-2 is down. Node outage detected: all critical services unavailable'},N,S+': nodeDown logmsg')
add('onms',{'alertname':'uei.opennms.org/nodes/nodeDown','severity':'critical','nodelabel':'pbx-lon-01'},{'description':'Node pbx-lon-01 is down.'},N,S+': nodeDown uei as alert name')
add('onms',{'alertname':'nodeDown','nodelabel':'ups-dc2-b'},{},N,S+': nodeDown with no annotations')
add('onms',{'alertname':'OpenNMS: nodeLostService','severity':'minor','service':'ICMP','interface':'10.20.1.15','nodelabel':'cam-gate-04'},{'summary':'ICMP outage identified on interface 10.20.1.15 with reason code: Timeout exceeded for ICMP.'},N,S+': nodeLostService (ICMP)')
add('onms',{'alertname':'nodeLostService','severity':'minor','service':'HTTPS','interface':'172.16.4.21','nodelabel':'intranet-web-1'},{'description':'A HTTPS outage was identified on interface 172.16.4.21. A new Outage record has been created and service level availability calculations will be impacted until this outage is resolved.','logmsg':'HTTPS outage identified on interface 172.16.4.21 with reason code: Connection refused.'},N,S+': nodeLostService (HTTPS)')
add('onms',{'alertname':'nodeLostService','service':'SSH','interface':'10.9.0.33'},{'logmsg':'SSH outage identified on interface 10.9.0.33 with reason code: No route to host.'},N,S+': nodeLostService (SSH)')
add('onms',{'alertname':'remote nodeLostService','severity':'minor','service':'HTTP','location':'Frankfurt'},{'logmsg':'HTTP outage identified on interface 203.0.113.80 from the remote poller 7 in location Frankfurt with reason code: Connect timed out.'},N,S+': remote poller nodeLostService')
add('onms',{'alertname':'nodeUp','severity':'normal','nodelabel':'db-prod-03'},{'summary':'Node db-prod-03 is up.','description':'Node db-prod-03 which was previously down is now up.'},Z,S+': nodeUp (recovery)')
add('onms',{'alertname':'nodeRegainedService','severity':'normal','service':'ICMP','interface':'10.20.1.15'},{'logmsg':'The ICMP outage on interface 10.20.1.15 has been cleared. Service is restored.'},Z,S+': nodeRegainedService (recovery)')
add('onms',{'alertname':'outageResolved','service':'HTTPS','interface':'172.16.4.21'},{'logmsg':'The HTTPS outage on interface 172.16.4.21 has been resolved.'},Z,S+': outageResolved (recovery)')
add('onms',{'alertname':'interfaceOperDown','severity':'minor','nodelabel':'sw-access-3f'},{'logmsg':'Operational status Down on interface ifname:Gi1/0/17 ifindex:10117 ifdescr:GigabitEthernet1/0/17'},Z,S+': snmp interfaceOperDown (port link status)')
add('onms',{'alertname':'interfaceAdminDown','nodelabel':'rtr-branch-12'},{'logmsg':'Administration status Down on interface ifname:Tu100 ifindex:45 ifdescr:Tunnel100'},Z,S+': snmp interfaceAdminDown (port shut on purpose)')
add('onms',{'alertname':'dataLinkFailed','severity':'minor'},{'logmsg':'Data Link Failed between sw-core-1:Te1/1/1 and sw-dist-4:Te1/0/48'},Z,S+': linkd dataLinkFailed (a link)')
add('onms',{'alertname':'interfaceUnmanaged','nodelabel':'lab-printer-2'},{'logmsg':'The interface 10.77.3.9 is being forcibly unmanaged.'},Z,S+': interfaceUnmanaged (operator action)')
add('onms',{'alertname':'nodeDeleted','nodelabel':'old-nas-01'},{'logmsg':'Node 412 was deleted.'},Z,S+': nodeDeleted')
add('onms',{'alertname':'notificationsTurnedOff','severity':'minor'},{'description':'Notifications have been disabled. The administrator has disabled notifications on OpenNMS. No pages or emails will be sent until notifications are reenabled.'},Z,S+': notificationsTurnedOff')
add('bgp',{'alertname':'bgpBackwardTransition','severity':'warning','nodelabel':'rtr-edge-ams-1'},{'logmsg':'bgpBackwardTransition trap received bgpPeerRemoteAddr=198.51.100.9 bgpPeerLastError=0604 bgpPeerState=idle(1)'},Z,S+': BGP4-MIB bgpBackwardTransition (BGP session down)')
add('bgp',{'alertname':'bgpEstablished','nodelabel':'rtr-edge-ams-1'},{'logmsg':'bgpEstablished trap received bgpPeerRemoteAddr=198.51.100.9 bgpPeerLastError=0000 bgpPeerState=established(6)'},Z,S+': BGP4-MIB bgpEstablished')
add('onms',{'alertname':'OpenNMS nodeDown','nodelabel':'fw-dmz-02','lang':'fr'},{'summary':'Le nœud fw-dmz-02 est injoignable','description':'Toutes les interfaces du nœud fw-dmz-02 sont hors service (nodeDown). Une panne a été ouverte.'},N,S+': nodeDown, team-written French notification')

# ---------------- fping ----------------
S='fping output in a check result'
add('fping',{'alertname':'PingTargetUnreachable','severity':'critical','target':'10.40.2.17','job':'fping-exporter'},{'summary':'10.40.2.17 is unreachable','description':'fping -u reported: 10.40.2.17 is unreachable'},N,S+': is unreachable')
add('fping',{'alertname':'HostPing','host':'kiosk-lobby-2'},{'message':'kiosk-lobby-2 is unreachable'},N,S+': is unreachable (bare)')
add('fping',{'alertname':'ICMPHostUnreachable','severity':'warning','instance':'10.12.8.40'},{'description':'ICMP Host Unreachable from 10.12.8.1 for ICMP Echo sent to 10.12.8.40'},N,S+': ICMP Host Unreachable warning')
add('fping',{'alertname':'ClusterReachability','severity':'critical','group':'ceph-mons'},{'summary':'Not enough hosts reachable (required: 2, reachable: 0)'},N,S+': min-reachable failed')
add('fping',{'alertname':'ClusterReachability','severity':'info','group':'ceph-mons'},{'summary':'Enough hosts reachable (required: 2, reachable: 3)'},Z,S+': min-reachable satisfied')
add('fping',{'alertname':'PingCheck','host':'nvr-02'},{'description':'nvr-02 is alive'},Z,S+': is alive')
add('fping',{'alertname':'PingTargetUnreachable','target':'db-replica-7.int.example.net'},{'description':'fping: db-replica-7.int.example.net: Name does not resolve'},D,S+': name lookup failed (musl gai_strerror)')
add('fping',{'alertname':'FpingLookup','target':'printer-3.office.lan'},{'error':'printer-3.office.lan: can\'t forward-lookup address (Name does not resolve)'},D,S+': forward lookup failed')
add('fping',{'alertname':'ICMPNetworkUnreachable','instance':'192.0.2.77'},{'description':'ICMP Network Unreachable from 10.0.0.1 for ICMP Echo sent to 192.0.2.77'},N,S+': ICMP Network Unreachable')

# ---------------- memberlist ----------------
S='memberlist log line in a log-based alert'
add('ml',{'alertname':'GossipMemberFailed','severity':'warning','cluster':'loki-ring'},{'summary':'memberlist suspects ingester-4 is down','description':'[INFO] memberlist: Suspect ingester-4 has failed, no acks received'},N,S+': suspect has failed')
add('ml',{'alertname':'MemberlistNodeFailed','severity':'critical'},{'log':'2026/11/30 04:12:09 [INFO] memberlist: Marking nomad-client-17 as failed, suspect timeout reached (2 peer confirmations)'},N,S+': marking as failed')
add('ml',{'alertname':'LogAlert','app':'mimir'},{'message':'level=info msg="memberlist: Marking store-gateway-2-6f4c as failed, suspect timeout reached (0 peer confirmations)"'},N,S+': marking as failed, logfmt')
add('ml',{'alertname':'GossipSuspect','app':'consul-esm'},{'description':'[INFO] memberlist: Suspect esm-b has failed, no acks received'},N,S+': suspect has failed')
add('ml',{'alertname':'GossipRefute','severity':'info'},{'description':'[WARN] memberlist: Refuting a suspect message (from: worker-3)'},Z,S+': refuting a suspect message (node says it is alive)')
add('ml',{'alertname':'Gossip-Knoten ausgefallen','severity':'warning','lang':'de'},{'summary':'Knoten cache-2 antwortet nicht mehr auf Gossip-Pings','description':'memberlist hat cache-2 als ausgefallen markiert (suspect timeout reached).'},N,S+': team-written German summary of a member marked failed')

# ---------------- healthchecks ----------------
S='Healthchecks.io notification'
add('hc',{'alertname':'healthchecks','check':'web-03 heartbeat','severity':'critical'},{'description':'web-03 heartbeat is DOWN (success signal did not arrive on time, grace time passed).'},N,S+': host heartbeat check DOWN by timeout')
add('hcsms',{'alertname':'Healthchecks.io','check':'edge-router-keepalive'},{'message':'Healthchecks.io: The check "edge-router-keepalive" is DOWN (success signal did not arrive on time, grace time passed).'},N,S+': keepalive heartbeat DOWN (SMS)')
add('hctg',{'alertname':'hc-alert','project':'homelab'},{'message':'🔴 The check nas-01 uptime ping is DOWN (success signal did not arrive on time, grace time passed).'},N,S+': host ping heartbeat DOWN (Telegram)')
add('hcsubj',{'alertname':'DOWN | vpn-gw-2 agent heartbeat'},{},N,S+': email subject, agent heartbeat down')
add('hc',{'alertname':'healthchecks','check':'nightly-db-backup'},{'description':'nightly-db-backup is DOWN (received a failure signal).'},Z,S+': a job reported one failure (a failed job, not a host)')
add('hcsms',{'alertname':'Healthchecks.io','check':'invoice-export'},{'message':'Healthchecks.io: The check "invoice-export" is DOWN (received a failure signal).'},Z,S+': a job reported one failure')
add('hc',{'alertname':'healthchecks','check':'web-03 heartbeat'},{'description':'web-03 heartbeat received a ping and is now UP'},Z,S+': recovery')
add('hctg',{'alertname':'hc-alert'},{'message':'🟢 The check nas-01 uptime ping is now UP. The downtime lasted 14 minutes.'},Z,S+': recovery with downtime')

# ---------------- statping-ng ----------------
S='Statping-ng notifier message'
add('sp',{'alertname':'statping','service':'Customer API'},{'message':"Your service 'Customer API' is currently offline!"},N,S+': telegram failure')
add('spmail',{'alertname':'Service Grafana is Offline'},{},N,S+': email subject')
add('spmm',{'alertname':'statping','service':'Jira'},{'text':':x: The service Jira has gone offline.'},N,S+': mattermost failure')
add('spsns',{'alertname':'statping-sns','service':'payments-gw'},{'message':'payments-gw is offline and has been down for 6 minutes'},N,S+': SNS failure')
add('spgot',{'alertname':'statping','service':'Matrix homeserver'},{'title':'Matrix homeserver','message':"Your service 'Matrix homeserver' is currently failing! Reason: Dial Error dial tcp 10.8.0.12:8448: connect: no route to host"},N,S+': gotify failure with dial error')
add('spgot',{'alertname':'statping','service':'internal-wiki'},{'title':'internal-wiki','message':"Your service 'internal-wiki' is currently failing! Reason: Could not get IP address for domain wiki.corp.example, lookup wiki.corp.example on 127.0.0.11:53: no such host"},D,S+': failure because the domain did not resolve')
add('sprt',{'alertname':'StatpingFailure','service':'ldap'},{'issue':'Could not get IP address for TCP service ldap.int.example.org, lookup ldap.int.example.org on 10.96.0.10:53: server misbehaving'},D,S+': TCP service lookup failed')
add('sprt',{'alertname':'StatpingFailure','service':'grpc-search'},{'issue':'Could not get IP address for GRPC service search.svc.local, lookup search.svc.local: i/o timeout'},D,S+': gRPC service lookup timed out')
add('sp',{'alertname':'statping','service':'Customer API'},{'message':"Your service 'Customer API' is currently online!"},Z,S+': recovery')
add('spmail',{'alertname':'Service Grafana is Back Online'},{},Z,S+': recovery email subject')
add('spsns',{'alertname':'statping-sns','service':'payments-gw'},{'message':'payments-gw is back online and was down for 6 minutes'},Z,S+': recovery SNS')
add('sp',{'alertname':'statping','service':'Tienda online','lang':'es'},{'message':"Tu servicio 'Tienda online' está caído: no responde desde hace 4 minutos."},N,S+': team-written Spanish failure notification')

# ---------------- blackbox_exporter ----------------
S='blackbox_exporter probe debug log quoted in an alert'
add('bbu',{'alertname':'BlackboxProbeFailed','severity':'critical','instance':'https://status.internal.example','module':'http_2xx'},{'summary':'Probe failed for https://status.internal.example','description':'Probe log: level=error msg="Resolution with IP protocol failed" target=status.internal.example ip_protocol=ip6 err="lookup status.internal.example on 10.0.0.2:53: no such host"'},D,S+': resolution failed')
add('bbu',{'alertname':'ProbeDNSResolution','instance':'api.partner.example'},{'description':'Resolution with IP protocol failed target=api.partner.example err="lookup api.partner.example: Temporary failure in name resolution"'},D,S+': resolution failed (temporary)')
add('bbu',{'alertname':'BlackboxProbeFailed','instance':'tcp://mq.int:5671','module':'tcp_connect'},{'description':'msg="Resolution with IP protocol failed" target=mq.int err="lookup mq.int on 127.0.0.53:53: server misbehaving"'},D,S+': resolution failed (server misbehaving)')
add('bbtcp',{'alertname':'BlackboxProbeFailed','severity':'critical','instance':'10.30.4.8:5432','module':'tcp_connect'},{'summary':'TCP probe to 10.30.4.8:5432 failed','description':'Error dialing TCP err="dial tcp 10.30.4.8:5432: connect: no route to host"'},N,S+': dial no route to host')
add('bbtcp',{'alertname':'EndpointDown','instance':'smtp-relay-2:25','module':'smtp_starttls'},{'description':'msg="Error dialing TCP" err="dial tcp 10.1.9.20:25: connect: connection refused"'},N,S+': dial connection refused')
add('bbicmp',{'alertname':'BlackboxProbeFailed','instance':'10.44.0.9','module':'icmp'},{'summary':'ICMP probe to 10.44.0.9 failed','description':'level=warn msg="Timeout reading from socket" err="read ip4 0.0.0.0: i/o timeout"; probe_success is 0 for the last 5 minutes'},N,S+': ICMP echo not answered')
add('bbicmp',{'alertname':'HostDown','instance':'camera-17.site-b','module':'icmp_ipv4'},{'description':'Host camera-17.site-b does not answer ping: blackbox icmp probe logged "Timeout reading from socket"'},N,S+': ICMP timeouts')
add('bbdns',{'alertname':'DNSProbeFailed','instance':'10.0.0.53','module':'dns_soa'},{'description':'msg="Rcode is not one of the valid rcodes" rcode=2 string_rcode=SERVFAIL valid_rcodes=NOERROR'},D,S+': SERVFAIL answer')
add('bbdns',{'alertname':'DNSProbeFailed','instance':'ns2.example.org','module':'dns_a_www'},{'description':'Rcode is not one of the valid rcodes rcode=3 string_rcode=NXDOMAIN valid_rcodes=NOERROR (query www.example.org A)'},D,S+': NXDOMAIN answer')
add('bbdns',{'alertname':'DNSServerDown','severity':'critical','instance':'10.0.0.54:53','module':'dns_udp'},{'summary':'DNS server 10.0.0.54 does not answer','description':'Error while sending a DNS query err="read udp 10.0.5.3:41122->10.0.0.54:53: i/o timeout"'},N,S+': DNS server not answering (probe of the server)')
add('bbdns',{'alertname':'BlackboxSlowDNSLookup','severity':'warning','instance':'10.0.0.53'},{'summary':'Slow DNS lookups on 10.0.0.53','description':'probe_dns_duration_seconds has been above 1s for 10 minutes (current 1.8s)'},L,S+': DNS latency (probe_dns_duration_seconds)')
add('bbdns',{'alertname':'DNSLookupLatencyHigh','instance':'1.1.1.1'},{'description':'avg_over_time(probe_dns_duration_seconds[5m]) = 0.74s, above the 0.5s threshold'},L,S+': DNS latency')
add('bbu',{'alertname':'BlackboxProbeFailed','instance':'https://shop.example.jp','lang':'ja'},{'summary':'shop.example.jp の名前解決に失敗しました','description':'Resolution with IP protocol failed target=shop.example.jp err="lookup shop.example.jp: no such host"'},D,S+': resolution failed, team-written Japanese summary')

# ---------------- Naemon ----------------
S='Naemon notification / log'
add('nmcmd',{'alertname':'** PROBLEM Host Alert: db02 is DOWN **'},{'description':'***** Naemon *****\n\nNotification Type: PROBLEM\nHost: db02\nState: DOWN\nAddress: 10.2.0.12\nInfo: (Host check timed out after 30.01 seconds)'},N,S+': host DOWN email')
add('nmcmd',{'alertname':'naemon','notification_type':'PROBLEM','host':'pos-store-114','state':'DOWN'},{'subject':'** PROBLEM Host Alert: pos-store-114 is DOWN **'},N,S+': host DOWN subject')
add('nmcmd',{'alertname':'** PROBLEM Host Alert: ap-floor3-07 is UNREACHABLE **'},{'description':'Notification Type: PROBLEM\nHost: ap-floor3-07\nState: UNREACHABLE\nAddress: 10.3.7.7\nInfo: parent host sw-floor3 is DOWN'},N,S+': host UNREACHABLE')
add('nmhost',{'alertname':'NaemonLog','host':'mail-01'},{'log':'[1733050211] HOST ALERT: mail-01;DOWN;HARD;3;(Host check timed out after 30.01 seconds)'},N,S+': HOST ALERT log line')
add('nmhost',{'alertname':'NaemonLog','host':'vpn-02'},{'log':'[1733050890] HOST ALERT: vpn-02;UNREACHABLE;HARD;5;(Host check timed out after 10.00 seconds)'},N,S+': HOST ALERT unreachable log line')
add('nmchk',{'alertname':'HostCheck','host':'build-agent-9','state':'DOWN'},{'output':'(Host check timed out after 60.02 seconds)'},N,S+': host check output with DOWN state')
add('nmcmd',{'alertname':'** RECOVERY Host Alert: db02 is UP **'},{'description':'Notification Type: RECOVERY\nHost: db02\nState: UP\nAddress: 10.2.0.12'},Z,S+': recovery')
add('nmdt',{'alertname':'NaemonLog','host':'db02'},{'log':'[1733049000] HOST DOWNTIME ALERT: db02;STARTED; Host has entered a period of scheduled downtime'},Z,S+': scheduled downtime started')
add('nmdt',{'alertname':'NaemonLog','host':'esx-07'},{'log':'[1733052600] HOST DOWNTIME ALERT: esx-07;STOPPED; Host has exited from a period of scheduled downtime'},Z,S+': scheduled downtime ended')
add('nmcmd',{'alertname':'** DOWNTIMESTART Host Alert: esx-07 is UP **'},{'description':'Notification Type: DOWNTIMESTART\nHost: esx-07\nState: UP\nInfo: planned firmware upgrade'},Z,S+': downtime start notification')
add('nmcmd',{'alertname':'** PROBLEM Service Alert: web-04/HTTP is WARNING **'},{'description':'Notification Type: PROBLEM\nService: HTTP\nHost: web-04\nState: WARNING\nInfo: HTTP OK but response took 4.812 seconds (warning above 3 seconds)'},L,S+': service WARNING on a slow response only')

# ---------------- RabbitMQ ----------------
S='RabbitMQ node monitor log line in a log alert'
add('rmq',{'alertname':'RabbitMQNodeDown','severity':'critical','cluster':'rabbit-prod'},{'summary':'A RabbitMQ peer left the cluster unexpectedly','description':"node 'rabbit@mq-2' down: net_tick_timeout"},N,S+': node down, net_tick_timeout')
add('rmq',{'alertname':'LokiRabbitLog','app':'rabbitmq'},{'log':"2026-11-30 03:14:22.801 [info] <0.512.0> rabbit on node 'rabbit@mq-prod-3' down"},N,S+': rabbit on node down')
add('rmq',{'alertname':'RabbitMQPeerDown','cluster':'events'},{'description':"node 'rabbit@events-1' down: connection_closed"},N,S+': node down, connection_closed')
add('rmq',{'alertname':'LokiRabbitLog','app':'rabbitmq'},{'log':"2026-11-30 03:19:40.112 [info] <0.512.0> rabbit on node 'rabbit@mq-prod-3' up"},Z,S+': rabbit on node up')
add('rmq',{'alertname':'RabbitMQPeerUp','cluster':'events'},{'description':"node 'rabbit@events-1' up"},Z,S+': node up')
add('rmqm',{'alertname':'RabbitMQMaintenance','severity':'info','node':'rabbit@mq-prod-2'},{'description':'This node is being put into maintenance (drain) mode'},Z,S+': maintenance drain')
add('rmqm',{'alertname':'LokiRabbitLog','app':'rabbitmq'},{'log':'[warning] <0.9981.0> Suspended all listeners and will no longer accept client connections'},Z,S+': listeners suspended for maintenance')
add('rmqm',{'alertname':'RabbitMQMaintenance','node':'rabbit@mq-prod-2'},{'description':'Node is ready to be shut down for maintenance or upgrade'},Z,S+': ready for maintenance shutdown')

# ---------------- Patroni ----------------
S='Patroni log/ctl message'
add('patctl',{'alertname':'PatroniMemberUnreachable','severity':'warning','cluster':'pg-orders'},{'description':'patronictl: Member pg-orders-2 is not accessible'},N,S+': member not accessible')
add('patha',{'alertname':'PatroniDCSUnreachable','severity':'critical','cluster':'pg-billing'},{'summary':'Patroni cannot reach etcd','description':'pg-billing-1: demoted self because DCS is not accessible and I was a leader'},N,S+': DCS not accessible')
add('patha',{'alertname':'LokiPatroni','app':'patroni'},{'log':'2026-11-30 02:01:55,410 ERROR: Error communicating with DCS'},N,S+': error communicating with DCS')
add('patrw',{'alertname':'PatroniRewindFailed','cluster':'pg-geo'},{'log':'WARNING: Failed to rewind because primary pg-geo-1 become unreachable'},N,S+': primary unreachable during rewind')
add('patetcd',{'alertname':'LokiPatroni','app':'patroni'},{'log':'2026-11-30 02:03:10,007 WARNING: failed to resolve host etcd-2.etcd.svc: [Errno -2] Name or service not known'},D,S+': etcd host did not resolve')
add('patetcd',{'alertname':'PatroniEtcdDNS','cluster':'pg-core'},{'description':'failed to resolve host etcd-0.infra.local: [Errno -3] Try again'},D,S+': etcd host lookup (musl EAI_AGAIN text)')
add('patha',{'alertname':'LokiPatroni','app':'patroni'},{'log':'2026-11-30 02:10:00,001 INFO: no action. I am (pg-orders-2), a secondary, and following a leader (pg-orders-1)'},Z,S+': routine HA loop line')

# ---------------- Docker Swarm ----------------
S='Docker Swarm (swarmkit) node status'
add('swarm',{'alertname':'SwarmNodeDown','severity':'critical','node':'swarm-worker-5'},{'description':'docker node ls: swarm-worker-5 Status=Down Availability=Active, message: heartbeat failure'},N,S+': node Down, heartbeat failure')
add('swarm',{'alertname':'SwarmNodeNotReady','node':'swarm-mgr-2'},{'description':'node swarm-mgr-2 state down: heartbeat failure for node in "unknown" state'},N,S+': heartbeat failure in unknown state')
add('swarm',{'alertname':'DockerSwarmNodeStatus','node_id':'k3j9x8','hostname':'edge-lb-1'},{'summary':'Swarm node edge-lb-1 is Down','description':'Node status is Down since 03:22 UTC (heartbeat failure); tasks are being rescheduled'},N,S+': node Down')
add('swarmgl',{'alertname':'SwarmNodeDrained','severity':'info','node':'swarm-worker-2'},{'description':'Node swarm-worker-2 availability set to drain by an operator; global service tasks removed from it'},Z,S+': node drained on purpose')
add('swarmgl',{'alertname':'SwarmNodeAvailability','node':'swarm-worker-9'},{'description':'docker node update --availability drain swarm-worker-9 (kernel patching)'},Z,S+': node drained for patching')

# ---------------- OpenStack ----------------
S='OpenStack Nova message'
add('novasg',{'alertname':'NovaServiceDown','severity':'critical','binary':'nova-compute','host':'cmp-12'},{'description':'Seems service nova-compute on host cmp-12 is down. Last heartbeat was 2026-11-30 03:41:10. Elapsed time is 187.4'},N,S+': service seems down (servicegroup)')
add('novasg',{'alertname':'OpenStackServiceHeartbeat','binary':'nova-conductor','host':'ctl-2'},{'log':'DEBUG nova.servicegroup.drivers.db Seems service nova-conductor on host ctl-2 is down. Last heartbeat was 2026-11-30 03:40:02. Elapsed time is 95.1'},N,S+': conductor seems down')
add('novaex',{'alertname':'NovaComputeUnavailable','host':'cmp-31'},{'description':'ComputeServiceUnavailable: Compute service of cmp-31 is unavailable at this time.'},N,S+': ComputeServiceUnavailable')
add('novaex',{'alertname':'NovaHypervisorUnavailable','host':'cmp-08'},{'description':'HypervisorUnavailable: Connection to the hypervisor is broken on host'},N,S+': hypervisor connection broken')
add('novapl',{'alertname':'LokiNova','app':'nova-scheduler'},{'log':'ERROR nova.scheduler.client.report Placement API service is not responding.'},N,S+': placement not responding')
add('novacell',{'alertname':'LokiNova','app':'nova-api'},{'log':'WARNING nova.compute.api Cell 3f8e2a1c-77b4-4a0e-9d2b-1c5e0b6d9a11 is not responding and hence skipped from the results.'},N,S+': cell not responding')
add('novasg',{'alertname':'Nova-Dienst ausgefallen','lang':'de','host':'cmp-19'},{'summary':'nova-compute auf cmp-19 meldet keinen Heartbeat mehr','description':'Der Dienst nova-compute auf Host cmp-19 ist seit 4 Minuten nicht erreichbar (letzter Heartbeat 03:37 UTC).'},N,S+': team-written German summary of a service that stopped heartbeating')
add('msk',{'alertname':'MasakariHostOffline','severity':'critical','host':'cmp-04'},{'description':"'cmp-04' is 'offline' (current: 'offline')."},N,S+': masakari host monitor, host offline')
add('msk',{'alertname':'MasakariHostMonitor','host':'cmp-22'},{'log':"INFO masakarimonitors.hostmonitor.host_handler.handle_host 'cmp-22' is 'offline' (current: 'online')."},N,S+': masakari host going offline')
add('msk',{'alertname':'MasakariHostMonitor','host':'cmp-40'},{'log':"INFO masakarimonitors.hostmonitor.host_handler.handle_host Recognized 'cmp-40' as a new member of cluster."},Z,S+': new cluster member')

# ---------------- Cassandra ----------------
S='Cassandra gossip log line'
add('cass',{'alertname':'CassandraNodeDown','severity':'critical','cluster':'events-ring'},{'description':'INFO [GossipTasks:1] Gossiper.java InetAddress /10.11.2.14 is now dead.'},N,S+': node is now dead')
add('cass',{'alertname':'LokiCassandra','app':'cassandra','dc':'eu-west'},{'log':'INFO  [GossipStage:1] 2026-11-30 05:01:44,120 Gossiper.java:1012 - InetAddress /10.11.3.7 is now dead.'},N,S+': node is now dead')
add('cass',{'alertname':'CassandraPeerDead','cluster':'ledger'},{'summary':'Cassandra peer cas-ledger-5 marked dead by gossip'},N,S+': peer marked dead')
add('cass',{'alertname':'LokiCassandra','app':'cassandra'},{'log':'INFO  [GossipStage:1] 2026-11-30 05:09:02,331 Gossiper.java:998 - InetAddress /10.11.3.7 is now UP'},Z,S+': node is now UP')
add('cass',{'alertname':'LokiCassandra','app':'cassandra'},{'log':'INFO  [GossipStage:1] 2026-11-30 05:08:59,010 Gossiper.java:1044 - Node /10.11.3.7 has restarted, now UP'},Z,S+': node restarted, now UP')
add('cass',{'alertname':'CassandraTopologyChange','cluster':'events-ring'},{'description':'Node /10.11.2.30 is now part of the cluster'},Z,S+': node joined')

# ---------------- Galera ----------------
S='Galera (gcomm) log line'
add('galevs',{'alertname':'GaleraNodeSuspected','severity':'warning','cluster':'galera-shop'},{'description':'[Note] WSREP: evs::proto(6a1c8f0e, OPERATIONAL, view_id(REG,6a1c8f0e,41)) suspecting node: 9b77d1c2'},N,S+': suspecting node')
add('galevs',{'alertname':'LokiMariaDB','app':'galera'},{'log':'2026-11-30  6:02:11 0 [Note] WSREP: evs::proto(6a1c8f0e, GATHER, view_id(REG,6a1c8f0e,41)) detected inactive node: 9b77d1c2'},N,S+': detected inactive node')
add('galevs',{'alertname':'GaleraPeerInactive','cluster':'galera-crm'},{'summary':'Galera peer db-crm-3 inactive','description':'WSREP: detected inactive node: 0c4d2e19 (db-crm-3)'},N,S+': inactive node')
add('galgm',{'alertname':'LokiMariaDB','app':'galera'},{'log':"2026-11-30  6:09:40 0 [Note] WSREP: declaring 9b77d1c2 at tcp://10.5.0.13:4567 stable"},Z,S+': peer declared stable')

# ---------------- Cacti thold ----------------
S='Cacti thold device notification'
add('thold',{'alertname':'Device Error: core-switch-1 (10.0.0.2) is DOWN'},{},N,S+': default down subject')
add('thold',{'alertname':'cacti-thold','device':'ups-room-b'},{'subject':'Device Error: UPS room B (ups-room-b.lan) is DOWN','message':'System Error : UPS room B (ups-room-b.lan) is DOWN<br><br>Site: HQ<br>Reason: Device did not respond to SNMP<br>Total Failed Checks: 5'},N,S+': down subject and message')
add('thold',{'alertname':'Device Notice: core-switch-1 (10.0.0.2) returned from DOWN state'},{},Z,S+': recovery subject')
for lang,txt,exp in [
 ('de-DE','Gerätefehler: Core-Switch 1 (10.0.0.2) ist DOWN.',N),
 ('fr-FR','Erreur de périphérique : Routeur agence Lyon (10.8.1.1) est DOWN',N),
 ('es-ES','Error de dispositivo: Servidor de ficheros (fs01.local) es ABAJO',N),
 ('it-IT','Errore del dispositivo: Firewall sede (fw-sede) è DOWNNN',N),
 ('ja-JP','デバイスエラー： 本社コアスイッチ （ 10.0.0.2 ） ダウンしています',N),
 ('ru-RU','Ошибка устройства: Коммутатор ядра (10.0.0.2) - ВНИЗ.',N),
 ('zh-CN','设备错误： 核心交换机 (10.0.0.2)挂了',N),
 ('pl-PL','Błąd urządzenia: Serwer plików (fs01) jest w dół',N),
 ('tr-TR','Cihaz Hatası: Depo yazıcısı ( 10.4.0.31 ) Bozuk',N),
 ('ko-KR','기기 오류 : 코어 스위치 ( 10.0.0.2 )는 아래로',N),
 ('de-DE','Gerätehinweis: Core-Switch 1 (10.0.0.2) wird aus dem Zustand DOWN zurückgegeben.',Z),
 ('fr-FR',"Avis relatif à l'instrument : Routeur agence Lyon (10.8.1.1) retourné de l'état DOWN",Z),
 ('es-ES','Aviso de dispositivo: Servidor de ficheros (fs01.local) devuelto desde el estado ABAJO',Z),
 ('ja-JP','デバイス通知： 本社コアスイッチ （ 10.0.0.2 ）DOWN状態から戻った',Z),
 ('zh-CN','设备注意： 核心交换机 (10.0.0.2)从DOWN状态返回',Z),
 ('ru-RU','Уведомление об устройстве: Коммутатор ядра (10.0.0.2), возвращенный из состояния "ВНИЗ".',Z),
]:
    add(thold_po(lang),{'alertname':txt,'source':'cacti'},{},exp,S+': translated subject (%s)'%lang)

# ---------------- curl ----------------
S='curl error in a check or job log'
add('curl',{'alertname':'HealthcheckScriptFailed','host':'cron-01','script':'ping-partner.sh'},{'description':'curl: (6) Could not resolve host: api.partner-bank.example'},D,S+': could not resolve host')
add('curl',{'alertname':'SyntheticCheck','check':'webhook-relay'},{'message':'check failed: curl exited 6 (Could not resolve host: hooks.int.example.com)'},D,S+': exit code 6')
add('curl',{'alertname':'EgressProxyLookup','host':'build-04'},{'log':'curl: (5) Could not resolve proxy: squid.corp.example'},D,S+': could not resolve proxy')
add('curlerr',{'alertname':'CURLE_COULDNT_RESOLVE_HOST','service':'billing-sync'},{'description':'libcurl error 6 CURLE_COULDNT_RESOLVE_HOST: the given remote host was not resolved (host: erp.internal)'},D,S+': CURLE_COULDNT_RESOLVE_HOST')
add('curl',{'alertname':'名前解決エラー','service':'notify-worker','lang':'ja'},{'summary':'notify-worker から外部 API の名前解決ができません','description':'curl: (6) Could not resolve host: api.sms-gateway.example'},D,S+': team-written Japanese summary with the curl error')
add(('curl/curl','lib/strerror.c','5c61e168698a72b87437d58ed728bcdea6d5db42'),{'alertname':'SyntheticCheck','check':'cdn-origin'},{'message':'curl: (7) Failed to connect to origin-2.cdn.example port 443 after 3 ms: Could not connect to server; origin-2 is down'},N,S+': could not connect, origin down')

# ---------------- musl ----------------
S='musl libc resolver error text in an application log'
add('musl',{'alertname':'AppDNSErrors','app':'notifier','image':'python:3.12-alpine'},{'log':'socket.gaierror: [Errno -2] Name does not resolve (host: smtp.mailer.internal)'},D,S+': Name does not resolve (EAI_NONAME)')
add('musl',{'alertname':'LokiErrorLine','app':'ingest','base':'alpine'},{'log':'ERROR could not connect to broker kafka-0.kafka-headless: getaddrinfo: Name does not resolve'},D,S+': Name does not resolve in a client log')
add('musl',{'alertname':'AppDNSErrors','app':'exporter-gw'},{'description':'[Errno -3] Try again while resolving metrics-push.svc.cluster.local'},D,S+': Try again (EAI_AGAIN)')
add('musl',{'alertname':'LokiErrorLine','app':'ruby-worker'},{'log':'Socket::ResolutionError: getaddrinfo: Name does not resolve (redis-primary.cache:6379)'},D,S+': Name does not resolve in Ruby on Alpine')
add('musl',{'alertname':'LokiErrorLine','app':'cdn-purger'},{'log':'lookup failed for purge.cdn.example: Name has no usable address'},D,S+': Name has no usable address')

# ---------------- BIND tools ----------------
S='BIND host/nslookup/dig output in a DNS check'
add('host',{'alertname':'DNSRecordCheck','record':'api.example.com'},{'description':'Host api.example.com not found: 2(SERVFAIL)'},D,S+': host SERVFAIL')
add('host',{'alertname':'DNSRecordCheck','record':'vpn.example.net','severity':'critical'},{'description':'Host vpn.example.net not found: 3(NXDOMAIN)'},D,S+': host NXDOMAIN')
add('nsl',{'alertname':'DNSResolutionCheck','host':'app-07'},{'output':'** server can\'t find db-main.prod.internal: NXDOMAIN'},D,S+': nslookup NXDOMAIN')
add('nsl',{'alertname':'DNSResolutionCheck','host':'app-07'},{'output':"** server can't find shop.example.de: SERVFAIL"},D,S+': nslookup SERVFAIL')
add('dig',{'alertname':'ResolverCheck','host':'app-11'},{'description':'dig api.internal from app-11: ;; connection timed out; no servers could be reached'},D,S+': dig no servers could be reached')
add('dig',{'alertname':'ResolverCheck','host':'bastion-1'},{'description':';; communications error to 10.0.0.53#53: timed out\n;; communications error to 10.0.0.53#53: timed out\n;; no servers could be reached'},D,S+': dig communications error, no servers reached')

# ---------------- Unbound ----------------
S='Unbound log-servfail line'
add('unb',{'alertname':'UnboundServfail','instance':'resolver-1'},{'log':'[1733048812] unbound[812:0] error: SERVFAIL <api.payments.example. A IN>: all servers for this domain failed, at zone payments.example. upstream server timeout'},D,S+': SERVFAIL all servers failed')
add('unb',{'alertname':'LokiUnbound','app':'unbound'},{'log':'unbound[603:1] error: SERVFAIL <www.example.org. AAAA IN>: exceeded the maximum nameserver nxdomains'},D,S+': SERVFAIL nameserver nxdomains')
add('unbit',{'alertname':'UnboundServfailRate','severity':'warning','instance':'resolver-2'},{'summary':'Resolver-2 answers SERVFAIL','description':'unbound_answers_rcode_total{rcode="SERVFAIL"} rate 38/s; log: error: SERVFAIL <cdn.shop.example. A IN>: could not fetch nameservers for 0x20 fallback'},D,S+': SERVFAIL rate with log')

# ---------------- more look-alikes and shapes ----------------
add('hc',{'alertname':'healthchecks','check':'dns-zone-renewal'},{'description':'Domain example-shop.com expires in 9 days; renewal job dns-zone-renewal received a ping and is now UP'},Z,'Healthchecks.io notification: recovery of a domain-renewal job')
add('swarm',{'alertname':'SwarmNodeReady','node':'swarm-worker-5'},{'description':'swarm-worker-5 Status=Ready Availability=Active (recovered after heartbeat failure)'},Z,'Docker Swarm (swarmkit) node status: recovered')
add('ml',{'alertname':'GossipMemberJoined','cluster':'loki-ring'},{'description':'memberlist: ingester-9 joined the ring (alive)'},Z,'memberlist member joined')
add('nmcmd',{'alertname':'** PROBLEM Service Alert: gw-1/BGP peer 198.51.100.9 is CRITICAL **'},{'description':'Notification Type: PROBLEM\nService: BGP peer 198.51.100.9\nHost: gw-1\nState: CRITICAL\nInfo: BGP session to 198.51.100.9 is Idle (was Established)'},Z,'Naemon notification: a BGP session down (a link)')
add('nmcmd',{'alertname':'** PROBLEM Service Alert: fw-hq/IPsec tunnel to branch-7 is CRITICAL **'},{'description':'Notification Type: PROBLEM\nService: IPsec tunnel to branch-7\nHost: fw-hq\nState: CRITICAL\nInfo: tunnel down, phase 2 SA not established'},Z,'Naemon notification: a VPN tunnel down (a link)')
add('bbdns',{'alertname':'DNSProbeSlow','instance':'10.0.0.53','module':'dns_soa'},{'description':'probe_dns_duration_seconds 2.3s for SOA example.com (answer NOERROR, 1 RR)'},L,'blackbox_exporter DNS probe: slow but successful lookup')
add('onms',{'alertname':'nodeDown','nodelabel':'cam-yard-02','severity':'major'},{'logmsg':'Node cam-yard-02 is down.','description':'Camera cam-yard-02 stopped answering ICMP and HTTP polls.'},N,'OpenNMS event definition: nodeDown with an operator note')
add('cass',{'alertname':'CassandraNodeDown','cluster':'ledger','lang':'es'},{'summary':'Nodo Cassandra 10.11.4.2 caído','description':'El gossip marcó el nodo 10.11.4.2 como muerto (InetAddress /10.11.4.2 is now dead.)'},N,'Cassandra gossip log line: team-written Spanish summary')
add('rmq',{'alertname':'RabbitMQ 节点宕机','lang':'zh','cluster':'rabbit-prod'},{'summary':'RabbitMQ 节点 rabbit@mq-2 宕机','description':"node 'rabbit@mq-2' down: net_tick_timeout"},N,'RabbitMQ node monitor log line: team-written Chinese summary')
add('unb',{'alertname':'DNS-Auflösung fehlgeschlagen','lang':'de','instance':'resolver-1'},{'summary':'Der Resolver kann shop.example.de nicht auflösen','description':'unbound: error: SERVFAIL <shop.example.de. A IN>: all servers for this domain failed'},D,'Unbound log-servfail line: team-written German summary')
add('musl',{'alertname':'Falha de DNS','lang':'pt','app':'checkout'},{'summary':'checkout não consegue resolver o nome do banco de dados','description':'getaddrinfo: Name does not resolve (pg-primary.db.svc)'},D,'musl libc resolver error: team-written Portuguese summary')
add('galevs',{'alertname':'Galera-Knoten verdächtig','lang':'de','cluster':'galera-shop'},{'summary':'Galera-Knoten db-shop-2 antwortet nicht','description':'WSREP: suspecting node: 9b77d1c2 (db-shop-2)'},N,'Galera (gcomm) log line: team-written German summary')
add('novasg',{'alertname':'NovaComputeDisabled','host':'cmp-12','severity':'info'},{'description':'nova-compute on cmp-12 disabled by operator for hardware replacement (reason: RMA ticket 4471)'},Z,'OpenStack Nova: service disabled by an operator')
add('ml',{'alertname':'GossipNodeLeft','cluster':'consul-dc1'},{'description':'memberlist: node web-21 left the cluster gracefully (decommissioned)'},Z,'memberlist member left gracefully (decommissioned)')

family.write()
