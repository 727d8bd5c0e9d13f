"""Builds tests/fixtures/corpus/probes_mixins11.jsonl: alert rules of public rule sets the corpus had
not quoted, rendered as Alertmanager would deliver them, with error lines of the software they watch
quoted inside about a quarter of them. Rule sets: SAP Converged Cloud's Helm charts
(sapcc/helm-charts: OpenStack services Limes, Castellum, Keppel, Keystone, Octavia, Swift, Hermes,
Maia, Manila, Nova, Neutron, Tenso, Metis, Kubernikus, Cronus, its Kubernetes, VMware, NetApp,
Jumpserver, Active Directory and Alertmanager/Prometheus rules), CloudNativePG's cluster chart
(cloudnative-pg/charts), OpenShift's Elasticsearch operator and its cluster-logging operator. Error
lines: SQLAlchemy's QueuePool, oslo.messaging's reply timeout, Elasticsearch's disk-threshold
monitor, read-only-allow-delete block and parent circuit breaker, etcd's space quota, Redis's
maxmemory refusal, Fluentd's buffer overflow, RabbitMQ's resource alarms, Nova's NoValidHost, Go's
net/http accept loop and client timeout.

Look-alikes (null or another class than their words suggest) are kept on purpose: connection pools
and TCP tables, queued images, interface buffer drops, replication errors and stopped
subscriptions, HA replica counts, quotas, "full" tables and caches, ARP resolution, 429 responses
caused by a full disk or by the heap breaker, "lag" of collectors. Labels follow POLICY.md; rule 14
was settled for this family."""
from probes_common import ProbeFamily

SAP = '14641da523ef6c0eb4fbf82d52697744e7b09101'
CNPG = 'b21ad2dac7992215b8572007adb7448e3c8cc5db'
ESO = '81cd6e70c15eea7c947e5f2aee3a9a2ba3b0806e'
CLO = '04dc774010a2b33d6a8749c3a89d34a0278ec533'
ERR = {
    'sqla': ('sqlalchemy/sqlalchemy', 'lib/sqlalchemy/pool/impl.py', '573d004e5f210a199d8b25335c71f973fee21a4b'),
    'oslo': ('openstack/oslo.messaging', 'oslo_messaging/_drivers/amqpdriver.py', '7102eddb1fd799d949ff5dca8aa2637794bb8a43'),
    'esdisk': ('elastic/elasticsearch', 'server/src/main/java/org/elasticsearch/cluster/routing/allocation/DiskThresholdMonitor.java', 'c9429c05a081e0494f86509de385c86d034d8e6b'),
    'esblock': ('elastic/elasticsearch', 'server/src/main/java/org/elasticsearch/cluster/metadata/IndexMetadata.java', '97b9f72c079311c46b789db18708f6cd24d52a3f'),
    'esbreak': ('elastic/elasticsearch', 'server/src/main/java/org/elasticsearch/indices/breaker/HierarchyCircuitBreakerService.java', 'cc8c7d078d57ed2c9c7e639db29d0464b48e8d36'),
    'etcd': ('etcd-io/etcd', 'api/v3rpc/rpctypes/error.go', '7994d86e5e111abdf7038f965ee49cd657e197ef'),
    'redis': ('redis/redis', 'src/server.c', 'a917c6c21c7ab8542f7e65ca51892ad152735664'),
    'fluentd': ('fluent/fluentd', 'lib/fluent/plugin/buffer.rb', 'a8d2bbb209c775742f589fe067a0ecac7773ed94'),
    'rabbit': ('rabbitmq/rabbitmq-server', 'deps/rabbit/src/rabbit_alarm.erl', '515780f5d4e036efb2c568214d7b1b505d5b560b'),
    'nova': ('openstack/nova', 'nova/exception.py', '0ef7e15e225efcce3e02098cb1d57f9f40181f82'),
    'goaccept': ('golang/go', 'src/net/http/server.go', 'cf501e05e138e6911f759a5db786e90b295499b9'),
    'goclient': ('golang/go', 'src/net/http/client.go', '8ea706e831644a89178ad3a8ebccaf49b37e8e6c'),
    'goerr': ('golang/go', 'src/syscall/zerrors_linux_amd64.go', '2bd616b1a7d2544e05d55141b6575f17a9b17263'),
}
ERR_NAMES = {
    'sqla': "SQLAlchemy's QueuePool timeout", 'oslo': "oslo.messaging's RPC reply timeout",
    'esdisk': "Elasticsearch's DiskThresholdMonitor", 'esblock': "Elasticsearch's read-only-allow-delete block",
    'esbreak': "Elasticsearch's parent circuit breaker", 'etcd': "etcd's ErrGRPCNoSpace",
    'redis': "Redis's maxmemory refusal", 'fluentd': "Fluentd's BufferOverflowError",
    'rabbit': "RabbitMQ's resource alarm", 'nova': "Nova's NoValidHost", 'goaccept': "Go net/http Server's accept loop",
    'goclient': "Go net/http Client's timeout", 'goerr': "Go's syscall errors (EMFILE)",
}
FAMILY = ProbeFamily('probes_mixins11.jsonl')


def sap(path, expected, labels, annotations, what):
    FAMILY.add(('sapcc/helm-charts', path, SAP), expected, f'SAP Converged Cloud helm-charts: {what}', labels, annotations)


def cnpg(name, expected, labels, annotations, what):
    FAMILY.add(('cloudnative-pg/charts', f'charts/cluster/prometheus_rules/{name}.yaml', CNPG), expected,
               f'CloudNativePG cluster chart: {what}', labels, annotations)


def eso(expected, labels, annotations, what):
    FAMILY.add(('openshift/elasticsearch-operator', 'files/prometheus_alerts.yml', ESO), expected,
               f'OpenShift elasticsearch-operator: {what}', labels, annotations)


def clo(expected, labels, annotations, what):
    FAMILY.add(('openshift/cluster-logging-operator', 'config/prometheus/collector_alerts.yaml', CLO), expected,
               f'OpenShift cluster-logging-operator: {what}', labels, annotations)


def err(key, expected, labels, annotations, what):
    FAMILY.add(ERR[key], expected, f'{ERR_NAMES[key]}: {what}', labels, annotations)


# ---------------------------------------------------------------- sapcc/helm-charts
LIMES = 'openstack/limes/alerts/openstack/api.alerts'
KEPPEL = 'openstack/keppel/alerts/openstack/api.alerts'
CASTELLUM = 'openstack/castellum/alerts/openstack/errors.alerts'
KEYSTONE_K8S = 'openstack/keystone/alerts/kubernetes/keystone.alerts'
KEYSTONE = 'openstack/keystone/alerts/openstack/keystone.alerts'
SWIFT = 'openstack/swift/alerts/openstack/api.alerts'
HERMES = 'openstack/hermes/alerts/openstack/api.alerts.tpl'
MAIA = 'openstack/maia/alerts/openstack/api.alerts.tpl'
MANILA = 'openstack/manila/alerts/openstack/manila.alerts'
NOVA = 'openstack/nova/alerts/openstack/nova.alerts'
NEUTRON = 'openstack/neutron/alerts/openstack/api.alerts'
K8S = 'prometheus-rules/prometheus-kubernetes-rules/alerts/'
VMW = 'prometheus-rules/prometheus-vmware-rules/alerts/'
PROM = 'common/prometheus-server-pre7/templates/alerts/_prometheus.alerts.tpl'
AM = 'common/prometheus-alertmanager-base/templates/alerts/_alertmanager.alerts.tpl'
TENSO = 'system/tenso/alerts/openstack/worker.alerts'
FLUX = 'system/greenhouse-organization/alerts/flux.alerts'
JUMP = 'system/infra-monitoring/alerts/jumpserver.alerts'
OOMK = 'prometheus-exporters/oomkill-exporter/alerts/oomkill.alerts.tpl'


def L(alertname, sev, region="eu-de-1", **extra):
    labels = {"alertname": alertname, "severity": sev, "region": region}
    labels.update(extra)
    return labels


for name, path, pod, used, sev in (
        ('OpenstackLimesDBConnectionPoolNearlyFull', LIMES, 'limes-api-ccloud-7c9f8d6b5-x2kq9', '9.4', 'info'),
        ('OpenstackCastellumDBConnectionPoolNearlyFull', CASTELLUM, 'castellum-api-6f7b9c4d8-m4wzr', '11.2', 'info'),
        ('OpenstackKeppelDBConnectionPoolNearlyFull', KEPPEL, 'keppel-api-5d8c7b9f6-qq7lp', '13.5', 'info')):
    sap(path, 'connection_pool_exhaustion',
        L(name, sev, service=name[9:].split('DB')[0].lower(), support_group='containers', kubernetes_pod_name=pod),
        {'summary': f'DB connection pool nearly full on {pod}',
         'description': f'The DB connection pool on pod {pod} is filling up. It can go up to 16 connections, but during '
                        'regular operations we should not go over 3-5 connections to retain some budget for request spikes. '
                        'Going high on connections for a long time indicates that the pod might be starved for CPU time, so '
                        'try checking the CPU throttling metrics.'},
        f'{name} (go_sql_stats_connections_in_use near the pool size of 16; {used} in use)')

sap(LIMES, 'high_error_rate', L('OpenstackLimesHttpErrors', 'info', service='limes', kubernetes_namespace='limes', kubernetes_name='limes-api-ccloud'),
    {'summary': 'Server errors on limes/limes-api-ccloud', 'description': 'limes/limes-api-ccloud is producing HTTP responses with 5xx status codes.'},
    'OpenstackLimesHttpErrors (http_requests_total code=~"5.*")')
sap(KEYSTONE_K8S, 'high_error_rate', L('OpenstackKeystoneApi5xx', 'warning', 'eu-nl-1', service='keystone', tier='os'),
    {'summary': 'Keystone API ingress endpoint is not healthy', 'description': 'The keystone ingress API endpoint is throwing 5xx for 5 min. Check if the keystone-api k8s pods are OK.'},
    'OpenstackKeystoneApi5xx (ingress requests status=~"5.+")')
sap(KEYSTONE_K8S, 'high_error_rate', L('OpenstackKeystoneApiInCriticalState', 'critical', 'na-us-1', service='keystone', tier='os'),
    {'summary': 'Keystone API ingress endpoint is in Critical State', 'description': 'The keystone ingress API endpoint is throwing 5xx for 15 min. Check if the keystone-api k8s pods are OK ASAP.'},
    'OpenstackKeystoneApiInCriticalState')
sap('openstack/octavia/alerts/openstack/octavia.alerts', 'high_error_rate',
    L('OctaviaApiFailing', 'info', 'ap-jp-1', service='octavia', status='500', kubernetes_pod_name='octavia-api-7d5f8b8c9-2nkx4', target_type_uri='service/loadbalancer/pools/pool/members'),
    {'summary': 'HTTP 5XX in Octavia API', 'description': 'There was at least one HTTP 500 error in Octavia API pod octavia-api-7d5f8b8c9-2nkx4 in the last 10 minutes for target type URI service/loadbalancer/pools/pool/members'},
    'OctaviaApiFailing')
sap(SWIFT, 'high_error_rate', L('OpenstackSwift503Responses', 'critical', service='swift', os_cluster='cluster-3'),
    {'summary': 'swift-service-unavailable', 'description': 'Swift is responding with 503 in cluster-3. Usually the root cause is a broken token validation or overloaded object servers or HEAD requests to non existing objects with offline replica locations (disk failures)'},
    'OpenstackSwift503Responses (a guessed list of causes, none evidenced)')
sap(K8S + 'kubelet.alerts.tpl', 'high_error_rate', L('KubeletManyRequestErrors', 'warning', 'eu-de-2', node='node012-bb091.cc.eu-de-2.cloud.sap'),
    {'summary': 'Many 5xx responses for Kubelet', 'description': '7% of requests from kubelet on node012-bb091.cc.eu-de-2.cloud.sap error'},
    'KubeletManyRequestErrors')
sap(HERMES, 'high_error_rate', L('OpenstackHermesHttpErrors', 'info', service='hermes', kubernetes_name='hermes-api'),
    {'summary': 'Server errors on hermes-api', 'description': 'hermes-api is producing HTTP responses with 5xx status codes.'},
    'OpenstackHermesHttpErrors')
sap('openstack/archer/alerts/openstack.alerts', 'high_error_rate', L('archer-slo-error-budget-burn-fast', 'warning', 'eu-de-1', service='archer'),
    {'summary': 'Archer SLO fast error budget burn (14.4x).', 'description': 'Archer API is burning its 99.90% availability SLO error budget at 14.4x the allowed rate (1h and 5m windows both hot).'},
    'archer-slo-error-budget-burn-fast (5xx ratio against the availability SLO)')
sap(FLUX, 'high_error_rate', L('FluxWebhookErrorsHigh', 'warning', 'global', webhook='vkustomization.kb.io'),
    {'summary': 'Errors while reconciling vkustomization.kb.io', 'description': '12.5% of webhook operations failed for vkustomization.kb.io webhook'},
    'FluxWebhookErrorsHigh (webhook requests with code!="200")')
sap('prometheus-exporters/cronus-exporter/alerts/global/infra-frontend/cronus.alerts', 'high_error_rate',
    L('SendingEmailsWithSESHighErrorRate', 'warning', 'global', service='cronus', provider='aws'),
    {'summary': 'sending emails with aws ses relay high error rate greater than 80%', 'description': 'sending emails with aws ses relay high error rate greater than 80%'},
    'SendingEmailsWithSESHighErrorRate (ratio of failed sends to the SES relay)')

# queues
sap(HERMES, 'queue_backlog', L('OpenstackHermesRabbitMQReady', 'warning', service='hermes', check='notifications', kubernetes_name='hermes-rabbitmq-notifications'),
    {'summary': 'RabbitMQ ready messages count', 'description': 'hermes notifications has over 10000 ready messages in hermes-rabbitmq-notifications. Logstash has disconnected from the RabbitMQ.'},
    'OpenstackHermesRabbitMQReady (rabbitmq_queue_messages_ready > 10000)')
sap(HERMES, 'queue_backlog', L('OpenstackHermesRabbitMQReadyCritical', 'critical', 'eu-nl-1', service='hermes', check='notifications', kubernetes_name='hermes-rabbitmq-notifications'),
    {'summary': 'RabbitMQ backlog critically large', 'description': 'hermes notifications has over 1,000,000 ready messages in hermes-rabbitmq-notifications. A queue is not draining and the RabbitMQ volume is at risk of filling.'},
    'OpenstackHermesRabbitMQReadyCritical (the volume "at risk" is a consequence, not the state)')
sap(HERMES, 'queue_backlog', L('OpenstackHermesRabbitMQQueueStranded', 'warning', service='hermes', pod='hermes-rabbitmq-notifications-1'),
    {'summary': 'RabbitMQ broker stranded (ready messages, zero consumers)', 'description': 'RabbitMQ broker hermes-rabbitmq-notifications-1 has ready messages but no consumers. A RabbitMQ singleton is not being drained by log-router; restart/rebalance consumers before the volume fills.'},
    'OpenstackHermesRabbitMQQueueStranded (ready messages, no consumer)')
sap(NEUTRON, 'queue_backlog', L('OpenstackNeutronApiOverloaded', 'warning', 'eu-de-2', service='neutron', pod='neutron-server-6c9d7f5b8-h2x8t'),
    {'summary': 'Neutron API request queue is not clearing up, increase neutron-server deployment replicas for mitigation.', 'description': 'Neutron API Pod `neutron-server-6c9d7f5b8-h2x8t` request queue > 100 for 5 min'},
    'OpenstackNeutronApiOverloaded (uwsgi_socket_listen_queue > 100)')
sap('openstack/neutron/alerts/openstack/nsxt.alerts', 'queue_backlog', L('NSXTAgentTooManyJobs', 'info', 'eu-de-1', service='neutron', name='neutron-nsxv3-agent-bb095'),
    {'summary': 'NSX-T Agent has too many jobs', 'description': 'NSX-T Agent has too many queued up jobs: neutron-nsxv3-agent-bb095, try restarting the agent'},
    'NSXTAgentTooManyJobs (passive + active queue size > 500)')
sap('prometheus-exporters/cronus-exporter/alerts/queue/infra-frontend/cronus.alerts', 'queue_backlog',
    L('CronusHighQueue', 'warning', 'eu-de-1', service='cronus', queue='cronus_waiting_queue'),
    {'summary': 'cronus high queuing - above 100k emails for more than 30 minutes', 'description': 'cronus high queuing - above 100k emails for more than 30 minutes'},
    'CronusHighQueue')
sap(TENSO, 'queue_backlog', L('TensoCrowdedQueue', 'info', 'qa-de-1', service='tenso', payload_type='helm-release-to-servicenow.v1'),
    {'summary': 'Events are piling up in the delivery queue', 'description': 'There are much more helm-release-to-servicenow.v1 events in the delivery queue than we expect to be in there at once. Please check the tenso-worker logs for error messages; it is possible that event delivery has gotten stuck.'},
    'TensoCrowdedQueue')
sap(TENSO, 'queue_backlog', L('TensoNotDeliveringEvents', 'info', 'eu-de-1', service='tenso', payload_type='infra-workflow-to-awx.v1'),
    {'summary': 'Events are not being delivered', 'description': 'The Tenso DB contains events of payload type infra-workflow-to-awx.v1 that are not being delivered. Please check the tenso-worker logs for error messages; it is possible that event delivery has gotten stuck.'},
    'TensoNotDeliveringEvents (oldest pending delivery older than 10 minutes)')
sap(FLUX, 'queue_backlog', L('FluxOperatorWorkqueueNotDrained', 'warning', 'global', name='helmrelease', controller='helmrelease'),
    {'summary': "Flux Operator controller - helmrelease's backlog is not being drained.", 'description': 'The workqueue backlog of Flux Operator controller - helmrelease is not getting drained.'},
    'FluxOperatorWorkqueueNotDrained (workqueue_depth)')
sap(PROM, 'queue_backlog', L('PrometheusNotificationQueueRunningFull', 'warning', 'eu-de-1', prometheus='infra-frontend'),
    {'summary': 'Prometheus alert notification queue predicted to run full in less than 30m.', 'description': 'Alert notification queue of Prometheus `infra-frontend` is running full.'},
    'PrometheusNotificationQueueRunningFull')

# file descriptors and connections
sap(K8S + 'health.alerts.tpl', 'fd_exhaustion', L('KubernetesTooManyOpenFiles', 'warning', 'eu-de-1', job='kubernetes-apiserver', node='master0.cc.eu-de-1.cloud.sap'),
    {'summary': 'Too many open file descriptors', 'description': 'kubernetes-apiserver on master0.cc.eu-de-1.cloud.sap is using 63% of the available file/socket descriptors'},
    'KubernetesTooManyOpenFiles (process_open_fds / process_max_fds)')
sap(K8S + 'node.alerts.tpl', 'connection_pool_exhaustion', L('NodeHighRiseOfOpenConnections', 'warning', 'ap-ae-1', node='node003-bb112.cc.ap-ae-1.cloud.sap'),
    {'summary': 'The node node003-bb112.cc.ap-ae-1.cloud.sap will likely reach 32768 active TCP connections within the next hour. If that happens, it cannot accept any new connections', 'description': 'High number of open TCP connections'},
    'NodeHighRiseOfOpenConnections (predicted to reach the stated limit of connections)')

# disk
for name, path, expected, labels, summary, description, what in (
        ('NodeDiskPressure', K8S + 'node.alerts.tpl', 'disk_full', {'node': 'node021-bb098.cc.eu-de-1.cloud.sap'},
         'Node node021-bb098.cc.eu-de-1.cloud.sap under pressure due to insufficient available disk space', 'Insufficient disk space', 'NodeDiskPressure'),
        ('NodeDiskUsagePercentage', K8S + 'node.alerts.tpl', 'disk_full', {'node': 'minion2.cc.eu-nl-1.cloud.sap'},
         'Disk usage on target minion2.cc.eu-nl-1.cloud.sap at 88.4%', 'Node disk usage above 85%', 'NodeDiskUsagePercentage'),
        ('KubernetesPVCNoSpaceLeft', 'prometheus-rules/prometheus-controlplane-rules/alerts/kubernetes-node.alerts', 'disk_full',
         {'namespace': 'monsoon3', 'persistentvolumeclaim': 'elektra-postgresql'},
         'PVC monsoon3/elektra-postgresql free space is less than 10%.', 'The PVC monsoon3/elektra-postgresql is almost full. Increase or delete files.', 'KubernetesPVCNoSpaceLeft'),
        ('SentryPVCIsAlmostFull', 'system/sentry/alerts/kubernetes/sentry.alerts', 'disk_full', {'namespace': 'sentry', 'persistentvolumeclaim': 'data-sentry-clickhouse-0'},
         'PVC data-sentry-clickhouse-0 free space is less than 10%.', 'The PVC data-sentry-clickhouse-0 is almost full. Increase or delete files.', 'SentryPVCIsAlmostFull'),
        ('ConcourseWorkerNodeFullWorkdir', 'global/concourse-main/alerts/concourse.alerts', 'disk_full', {'node': 'concourse-worker-3'},
         'Worker node workdir out of disk space in the near future', 'Worker node `concourse-worker-3` workdir is most likely out of disk space in 2 days. Drain and terminate node to create a worker with empty workdir. Node creation and volume provisioning will happen automatically.', 'ConcourseWorkerNodeFullWorkdir (predicted)'),
        ('MetisDBHighPVCUsage', 'system/metis/templates/alerts/_database.alerts.tpl', 'disk_full', {'service': 'metis', 'persistentvolumeclaim': 'metis-pvclaim', 'context': 'storage'},
         'MetisDB pvc is almost full', "High PVC usage of 'metis-pvclaim'", 'MetisDBHighPVCUsage'),
        ('OpenSearchHermesClusterLowDiskSpace', 'system/opensearch-hermes/alerts/opensearch.alerts.tpl', 'disk_full', {'service': 'hermes', 'elastic_cluster': 'opensearch-hermes'},
         '*opensearch-hermes cluster* is low on disk space', 'OpenSearch-logs cluster more than 70 % full. Please consider adding more nodes to opensearch-hermes.', 'OpenSearchHermesClusterLowDiskSpace'),
        ('OpensearchLogsClusterOutOfDiskSpace', 'system/opensearch-logs/alerts/opensearch.alerts.tpl', 'disk_full', {'service': 'logs', 'elastic_cluster': 'opensearch-logs'},
         '*opensearch-logs cluster* in is out of disk space', 'opensearch-logs cluster 80 % of all data nodes are more than 80 % full. Please consider cleaning up opensearch-logs or lower the retention period for the logs.', 'OpensearchLogsClusterOutOfDiskSpace'),
        ('ELKClusterLowDiskSpace', 'system/elk/alerts/elk.alerts', 'disk_full', {'service': 'elk', 'elastic_cluster': 'elkelasticsearch'},
         '*ELK cluster* is low on disk space', 'ELK cluster 60 % of all data nodes are more than 80 % full. Please consider cleaning up elasticsearch or lower the retention period for the logs.', 'ELKClusterLowDiskSpace'),
        ('VCenterDiskSpaceUsage', VMW + 'vcenter.alerts', 'disk_full', {'vcenter': 'vc-a-0.cc.eu-de-1.cloud.sap'},
         'Disk space usage of vCSA vc-a-0.cc.eu-de-1.cloud.sap is above 90%', 'Disk space usage of vCSA vc-a-0.cc.eu-de-1.cloud.sap is above 90%', 'VCenterDiskSpaceUsage'),
        ('VMGuestFileSystemsRunningOutOfDiskSpace', VMW + 'virtualmachine.alerts', 'disk_full',
         {'virtualmachine': 'vrops-nsxt-mgmt-01', 'vcenter': 'vc-b-0.cc.eu-nl-1.cloud.sap', 'hostsystem': 'node004-bb155.cc.eu-nl-1.cloud.sap'},
         'Virtual machine `vrops-nsxt-mgmt-01` guest file systems are running out of disk space. (vc-b-0.cc.eu-nl-1.cloud.sap, node004-bb155.cc.eu-nl-1.cloud.sap)',
         'Virtual machine `vrops-nsxt-mgmt-01` guest file systems are running out of disk space. (vc-b-0.cc.eu-nl-1.cloud.sap, node004-bb155.cc.eu-nl-1.cloud.sap)', 'VMGuestFileSystemsRunningOutOfDiskSpace'),
        ('JumpserverRootFSFull', JUMP, 'disk_full', {'server_name': 'jump01.cc.eu-de-1.cloud.sap', 'mountpoint': '/'},
         'Root fs needs to be freed', 'jump01.cc.eu-de-1.cloud.sap / fs is 100% utilized for 10m.', 'JumpserverRootFSFull'),
        ('JumpserverHomeFSFull', JUMP, 'disk_full', {'server_name': 'jump02.cc.na-us-1.cloud.sap', 'mountpoint': '/home'},
         'Home fs needs to be freed', 'jump02.cc.na-us-1.cloud.sap /home fs is 100% utilized for 10m.', 'JumpserverHomeFSFull'),
        ('ADDiskFullInfo', 'system/infra-monitoring/vendor/windows-exporter/alerts/ad-win-exporter.alerts', 'disk_full', {'server_name': 'ADDC01-EUDE1', 'volume': 'C:'},
         'Drive C: is getting full on node ADDC01-EUDE1', 'Drive C: is getting full on node ADDC01-EUDE1. Free up some space!', 'ADDiskFullInfo'),
        ('OpenstackNovaMaxDiskUsagePerc', NOVA, 'disk_full', {'service': 'nova', 'availability_zone': 'eu-de-1b'},
         'Nova Maximum Disk Usage percentage metric', 'Nova eu-de-1b Disk Usage is above 90%', 'OpenstackNovaMaxDiskUsagePerc'),
        ('OpenstackSwiftUsedSpaceGrow', SWIFT, 'disk_full', {'service': 'swift'},
         'Swift storage expected to be full soon', 'Swift storage usage will reach 80% in 30 days. Order hardware now!', 'OpenstackSwiftUsedSpaceGrow (predicted)'),
        ('CinderStorageAggregateFull', 'prometheus-exporters/netapp-exporter/charts/netapp-harvest-exporter/alerts/storage/cinder.yaml', 'disk_full',
         {'filer': 'stnpca3-bb091', 'node': 'stnpca3-bb091-02', 'availability_zone': 'eu-de-1a'},
         'Nearly Full Capacity Usage on stnpca3-bb091', 'Storage Capacity Usage on node stnpca3-bb091-02 in az eu-de-1a is above 95%', 'CinderStorageAggregateFull'),
        ('CinderShardFreeSpaceFCDSSD', 'prometheus-exporters/openstack-exporter/alerts/cinder.alerts', 'disk_full', {'shard': 'vc-c-0', 'backend': 'vmware_fcd'},
         'Cinder vmware_fcd(ssd) backend vc-c-0/vmware_fcd has 2 or less datastores with > 15% free space left',
         'Cinder vmware_fcd(ssd) backend vc-c-0/vmware_fcd has 2 or less datastores with > 15% free space left', 'CinderShardFreeSpaceFCDSSD'),
        ('NodeEphemeralStorageUsage', 'prometheus-exporters/kubelet-stats-metrics/alerts/kubelet-stats-metrics.alerts.tpl', 'disk_full', {'node_name': 'node019-bb110.cc.eu-de-2.cloud.sap'},
         'Ephemeral storage exceeds 50% of root disk size for the last 15m.', 'Ephemeral storage total usage on node node019-bb110.cc.eu-de-2.cloud.sap exceeds 50% of root disk size. Services depending on ephemeral storage might be affected when running out of disk space. Please check which services are filling up ephemeral storage and talk to the service owner.', 'NodeEphemeralStorageUsage'),
        ('KubernikusKlusterLowOnObjectStoreQuota', 'system/kubernikus-monitoring/alerts/kluster.alerts', 'disk_full',
         {'kluster_name': 'k-dev-4f2a9c', 'domain': 'monsoon3', 'project': 'cc-demo'},
         'Kluster k-dev-4f2a9c is low on object-store quota', 'Kluster k-dev-4f2a9c in `monsoon3/cc-demo` has *212MiB* of object-store quota left. If the quota is exhausted the etcd backup of the cluster will fail. This can also cause an outage. The project admin needs to free up space or a cloud admin must apply a quota override.',
         'KubernikusKlusterLowOnObjectStoreQuota (a bucket quota that refuses writes)'),
        ('OpenstackHermesRabbitMQDiskWatermark', HERMES, 'disk_full', {'service': 'hermes', 'pod': 'hermes-rabbitmq-notifications-2'},
         'RabbitMQ blocking publishers (free-disk watermark)', 'hermes-rabbitmq-notifications-2 has raised the RabbitMQ free-disk-space watermark alarm and is blocking publishers. This is an active ingestion outage on this broker; free disk or drain the queue immediately.',
         'OpenstackHermesRabbitMQDiskWatermark (its "drain the queue" is a remedy)')):
    sap(path, expected, L(name, 'warning', **labels), {'summary': summary, 'description': description}, what)

# memory
for name, path, expected, labels, summary, description, what in (
        ('NodeMemoryPressure', K8S + 'node.alerts.tpl', 'out_of_memory', {'node': 'node007-bb093.cc.eu-de-1.cloud.sap'},
         'Node node007-bb093.cc.eu-de-1.cloud.sap under pressure due to insufficient available memory', 'Insufficient memory', 'NodeMemoryPressure'),
        ('OpenstackHermesPodOOMKilled', 'openstack/hermes/alerts/kubernetes/pod.alerts.tpl', 'out_of_memory', {'service': 'hermes', 'pod_name': 'hermes-api-7b4f9d8c6-tp2vx'},
         'Pod was oomkilled', 'The pod hermes-api-7b4f9d8c6-tp2vx was oomkilled recently', 'OpenstackHermesPodOOMKilled'),
        ('PodOOMKilled', OOMK, 'out_of_memory', {'namespace': 'kube-monitoring', 'pod_name': 'prometheus-kubernetes-0'},
         'Pod was oomkilled recently', 'The pod kube-monitoring/prometheus-kubernetes-0 was hit at least once by the oom killer within 24h', 'PodOOMKilled'),
        ('PodConstantlyOOMKilled', OOMK, 'out_of_memory', {'namespace': 'keppel', 'pod_name': 'keppel-janitor-6b8d5c7f9-zr4wq'},
         'Pod was oomkilled more than 2 times in 30 minutes', 'The pod keppel/keppel-janitor-6b8d5c7f9-zr4wq killed several times in short succession. This could be due to wrong resource limits.',
         'PodConstantlyOOMKilled (repeated kills: the OOM is the cause, not the loop)'),
        ('OpenstackMaiaPodOOMExceedingLimits', 'openstack/maia/alerts/kubernetes/pod.alerts.tpl', 'out_of_memory', {'service': 'maia', 'pod_name': 'maia-6c5d8f7b9-w8r2k'},
         'Exceeding memory limits in 8h', 'The pod maia-6c5d8f7b9-w8r2k will exceed its memory limit in 8h.', 'OpenstackMaiaPodOOMExceedingLimits'),
        ('OpenstackKeppelTrivyEvictedKeysHigh', 'openstack/keppel-trivy/alerts/infra-frontend/redis.alerts', 'out_of_memory', {'service': 'keppel', 'pod': 'keppel-trivy-redis-0'},
         'Redis is evicting keys at a high rate', "This is an indication that the Trivy redis database is running low or out of memory (Kubernetes memory request/limit) or that redis' redis_maxmemory setting is too low (indicated by evicted keys). Take a look at the Trivy redis memory usage, evicted keys and other metrics.",
         'OpenstackKeppelTrivyEvictedKeysHigh (evictions by memory pressure)'),
        ('OpenstackKeppelTrivyMemoryUsageHigh', 'openstack/keppel-trivy/alerts/kubernetes/pod.alerts', 'out_of_memory', {'service': 'keppel', 'pod': 'keppel-trivy-redis-0', 'container': 'redis'},
         'Container memory is nearly exhausted', "The container keppel-trivy-redis-0/redis is nearing full RAM. This is especially bad if this container is a Redis. If RAM is going full, Redis is going to evict keys, thereby negatively impacting Trivy's speed to scan images.",
         'OpenstackKeppelTrivyMemoryUsageHigh'),
        ('ConcoursePostgresSharedMemoryError', 'global/concourse-main/alerts/concourse.alerts', 'out_of_memory', {'cluster': 'a-eu-de-1', 'failed': 'concourse-postgresql-0'},
         'Concourse database shared memory error', 'Memory pressure on node led to postgres database could not resize shared memory segment error in cluster a-eu-de-1 in pod concourse/concourse-postgresql-0. This could trigger random pipeline execution. Make sure database is running on a node with enough free memory or scale down the workload.',
         'ConcoursePostgresSharedMemoryError'),
        ('APodMemoryUtilizationHigh', VMW + 'host.alerts', 'out_of_memory', {'hostsystem': 'node002-bb096.cc.eu-de-1.cloud.sap', 'vcenter': 'vc-a-0.cc.eu-de-1.cloud.sap'},
         'Memory utilization of host node002-bb096.cc.eu-de-1.cloud.sap is above 90%. (vc-a-0.cc.eu-de-1.cloud.sap)', 'Memory utilization of host node002-bb096.cc.eu-de-1.cloud.sap is above 90%. (vc-a-0.cc.eu-de-1.cloud.sap)', 'APodMemoryUtilizationHigh'),
        ('IaasHostsAlmostOutOfMemory', VMW + 'iaas.alerts', 'out_of_memory', {'vccluster': 'productionbb097', 'vcenter': 'vc-b-0.cc.eu-de-2.cloud.sap'},
         'All IaaS hosts in cluster productionbb097 are above 75% memory', 'All IaaS hosts in cluster productionbb097 are above 75% memory', 'IaasHostsAlmostOutOfMemory'),
        ('VMHasMemoryContention', VMW + 'virtualmachine.alerts', 'out_of_memory',
         {'virtualmachine': 'ds-nfs-proxy-07', 'vcenter': 'vc-c-0.cc.eu-de-1.cloud.sap', 'hostsystem': 'node011-bb104.cc.eu-de-1.cloud.sap'},
         'Virtual machine `ds-nfs-proxy-07` has memory contention due to memory compression, ballooning, or swapping. (vc-c-0.cc.eu-de-1.cloud.sap, node011-bb104.cc.eu-de-1.cloud.sap)',
         'Virtual machine `ds-nfs-proxy-07` has memory contention due to memory compression, ballooning, or swapping. (vc-c-0.cc.eu-de-1.cloud.sap, node011-bb104.cc.eu-de-1.cloud.sap)', 'VMHasMemoryContention'),
        ('NSXTNodeMemoryUsageOver95', VMW + 'nsxt.alerts', 'out_of_memory', {'nsxt_mgmt_node': 'nsx-ctl-2', 'nsxt_adapter': 'nsx-ctl-bb091', 'target': 'nsx-ctl-bb091.cc.eu-de-1.cloud.sap'},
         'NSX-T Node nsx-ctl-2 of cluster nsx-ctl-bb091 has memory usage of over 95%. https://nsx-ctl-bb091.cc.eu-de-1.cloud.sap',
         'NSX-T Node nsx-ctl-2 of cluster nsx-ctl-bb091 has memory usage of over 95%. https://nsx-ctl-bb091.cc.eu-de-1.cloud.sap', 'NSXTNodeMemoryUsageOver95')):
    sap(path, expected, L(name, 'warning', **labels), {'summary': summary, 'description': description}, what)

# latency, rate limits, restarts, liveness, certificates
for name, path, expected, labels, summary, description, what in (
        ('OpenstackMaiaResponsiveness', MAIA, 'high_latency', {'service': 'maia', 'namespace': 'maia'},
         'Maia API lags', 'Maia API does not fulfill the responsiveness goals (99% responses within 3 seconds)', 'OpenstackMaiaResponsiveness ("lags" is latency)'),
        ('OpenstackSwiftFirstByteTiming', SWIFT, 'high_latency', {'service': 'swift', 'type': 'object', 'os_cluster': 'cluster-3'},
         'first byte timing for object in cluster-3 increased', 'This alert indicates the latency in token validation.', 'OpenstackSwiftFirstByteTiming'),
        ('KubernetesApiServerLatency', K8S + 'apiserver.alerts.tpl', 'high_latency', {'resource': 'secrets'},
         'ApiServerLatency is unusally high', 'ApiServerLatency for secrets is higher then usual for the past 15 minutes. Inspect apiserver logs for the root cause.', 'KubernetesApiServerLatency'),
        ('SentryDashboardIsLoadingSlowly', 'system/sentry/alerts/openstack/sentry.alerts', 'high_latency', {'service': 'sentry', 'namespace': 'sentry'},
         'Sentry Dashboard Is Loading Slowly', 'Check Sentry Pod Status and Logs, maybe sentry-sentry pod is in Init:CrashLoopBackOff.',
         'SentryDashboardIsLoadingSlowly (a "maybe" CrashLoopBackOff is a guess, not evidence)'),
        ('CustomerDocumentationSlowLoading', 'prometheus-exporters/documentation-prober/alerts/documentation.alerts', 'high_latency', {'service': 'documentation'},
         'Website loading is slow', 'grafana - https://grafana.eu-de-1.cloud.sap/d/-EPFx1rGz/documentationhealth?orgId=1 , cc-os-documentation - https://convergedcloud.slack.com/archives/C01JYUG49D1', 'CustomerDocumentationSlowLoading'),
        ('FluxWebhookLatencyHigh', FLUX, 'high_latency', {'webhook': 'mhelmrelease.kb.io'},
         "Flux Operator webhook - mhelmrelease.kb.io's latency is high.", 'The 90th percentile latency of Flux Operator webhook - mhelmrelease.kb.io is 310ms', 'FluxWebhookLatencyHigh'),
        ('OpenstackKeystoneSRE2or5PctErrorBudgetBurn', 'openstack/keystone/alerts/openstack/sre.alerts', 'high_latency', {'service': 'keystone', 'api': 'identity'},
         'an api burns its latency error budget very fast', 'keystone api identity has returned 2.4%', 'OpenstackKeystoneSRE2or5PctErrorBudgetBurn (a latency SLI, whatever "error budget" says)'),
        ('OpenstackSwiftRateLimit1000', SWIFT, 'rate_limited', {'service': 'swift', 'os_cluster': 'cluster-1'},
         'swift rate limit hit in cluster-1', 'Check kibana for the causing account and container', 'OpenstackSwiftRateLimit1000 (status 498)'),
        ('OpenstackManilaApiRatelimitExceeded', MANILA, 'rate_limited', {'service': 'manila', 'action': 'update', 'target_type_uri': 'share/action', 'project_id': '8c3ad5e0f1b24e6a9d7c2b1f0e9a8d7c'},
         'Manila API rate limit exceeded', 'Rate limit for share/action with action update exceeded. Target project: ccadmin/cloud_admin (8c3ad5e0f1b24e6a9d7c2b1f0e9a8d7c).', 'OpenstackManilaApiRatelimitExceeded'),
        ('GlobalRateLimitExceeded', NEUTRON, 'rate_limited', {'service': 'neutron', 'target_type_uri': 'network/ports', 'action': 'create'},
         'Neutron API global rate limit hit', 'Neutron API URI `network/ports` `create` exceeds the global limit by 10%', 'GlobalRateLimitExceeded'),
        ('LocalRateLimitExceeded', NEUTRON, 'rate_limited', {'service': 'neutron', 'target_project_id': '3f2b9a1c7d8e4f6a', 'target_type_uri': 'network/floatingips', 'action': 'update'},
         'Neutron API local rate limit hit', 'Neutron project `3f2b9a1c7d8e4f6a exceeds local rate limit for `network/floatingips` `update` by 10%', 'LocalRateLimitExceeded'),
        ('KubernetesPodRestartingTooMuch', K8S + 'health.alerts.tpl', 'crash_loop', {'namespace': 'swift', 'pod': 'swift-proxy-cluster-3-6d8b7c9f5-kq4lm', 'container': 'collector'},
         'Pod is in a restart loop', 'Container collector of pod swift/swift-proxy-cluster-3-6d8b7c9f5-kq4lm is restarting constantly.', 'KubernetesPodRestartingTooMuch'),
        ('NSXTPodRestartingTooMuch', 'openstack/neutron/alerts/kubernetes/nsxt.alerts', 'crash_loop', {'pod': 'neutron-nsxv3-agent-bb091-7f9c8-2xk5p', 'container': 'neutron-nsxv3-agent'},
         'Pod is in a restart loop', 'NSX-T Agent neutron-nsxv3-agent-bb091-7f9c8-2xk5p is restarting constantly', 'NSXTPodRestartingTooMuch'),
        ('OpenstackKeystoneApiPodIsDown', KEYSTONE, 'node_down', {'service': 'keystone', 'instance': '10.246.33.17:9102'},
         'A keystone server is DOWN', 'A keystone-api pod on 10.246.33.17:9102 is DOWN. The remaining ones should keep the service up.', 'OpenstackKeystoneApiPodIsDown (up == 0)'),
        ('OpenstackKeystoneAllDown', KEYSTONE, 'node_down', {'service': 'keystone'},
         'Keystone is unavailable.', 'All keystone-api server pods are down.', 'OpenstackKeystoneAllDown'),
        ('OpenstackDesignateDnsBindDown', 'openstack/designate/alerts/openstack/bind.alerts', 'node_down', {'service': 'designate', 'kubernetes_name': 'bind2'},
         'DNS Bind server bind2 down.', 'DNS Bind server bind2 down in region eu-de-1.', 'OpenstackDesignateDnsBindDown (a DNS server down is node_down)'),
        ('OpenstackManilaServiceDown', MANILA, 'node_down', {'service': 'manila', 'host': 'manila-share-netapp-stnpa1-bb091@stnpa1-bb091'},
         'manila-share-netapp-stnpa1-bb091@stnpa1-bb091: host is enabled but is down', 'manila-share-netapp-stnpa1-bb091@stnpa1-bb091: host has status enabled but is in state down for 20 minutes. Either the pod should be scaled up or the service be disabled!', 'OpenstackManilaServiceDown'),
        ('KubernikusAPIDown', 'system/kubernikus-monitoring/alerts/api.alerts', 'node_down', {'instance': 'https://kubernikus.eu-nl-1.cloud.sap'},
         'https://kubernikus.eu-nl-1.cloud.sap is unavailable', 'https://kubernikus.eu-nl-1.cloud.sap is unavailable', 'KubernikusAPIDown (probe_success)'),
        ('MaiaThanosCompactorDown', 'openstack/maia/alerts/openstack/maia-prom.alerts', 'node_down', {'service': 'maia', 'job': 'prometheus-maia-oprom-thanos-compactor'},
         'Maia Thanos Compactor is down.', 'Maia Thanos Compactor is down, query speed for range queries will degrade, but there is no downtime.', 'MaiaThanosCompactorDown (up == 0; "degrade" is a consequence)'),
        ('OpenstackManilaCaCertificateExpireSoon', 'openstack/manila/alerts/openstack/cert.alerts', 'certificate_expiry', {'service': 'manila', 'cn': 'SAP Global Root CA'},
         'CA certificate SAP Global Root CA will expire.', 'CA certificate SAP Global Root CA will expire in 4 weeks or less.', 'OpenstackManilaCaCertificateExpireSoon'),
        ('LinkerdProxySidecarCertificateExpiringSoon', 'system/servicemesh/alerts/linkerd.alerts.tpl', 'certificate_expiry', {'namespace': 'keppel', 'pod': 'keppel-api-5d8c7b9f6-qq7lp'},
         'Linkerd proxy sidecar certificate expiring', 'Linkerd proxy sidecar certificate in pod keppel/keppel-api-5d8c7b9f6-qq7lp is expiring in less than 2h. Immediate action is required or network connectivity might be lost.', 'LinkerdProxySidecarCertificateExpiringSoon')):
    sap(path, expected, L(name, 'warning', **labels), {'summary': summary, 'description': description}, what)

# look-alikes that stay null
for name, path, labels, summary, description, what in (
        ('TensoDeliveryFailures', TENSO, {'service': 'tenso', 'payload_type': 'helm-release-to-servicenow.v1'},
         'Event delivery is failing', 'Tenso is observing errors while trying to deliver events of payload type helm-release-to-servicenow.v1. Please check the tenso-worker logs for the specific error messages. In the DB, you can adjust the "next_delivery_at" timestamp on the "pending_deliveries" entries to force another delivery attempt.',
         'TensoDeliveryFailures (failed deliveries are failed jobs, not requests; "pending" names the table)'),
        ('HostSystemEventLogSensorAlert', VMW + 'host.alerts', {'hostsystem': 'node008-bb101.cc.eu-de-1.cloud.sap', 'vcenter': 'vc-a-1.cc.eu-de-1.cloud.sap'},
         'IPMI System Event Log for `node008-bb101.cc.eu-de-1.cloud.sap` is becoming full. (vc-a-1.cc.eu-de-1.cloud.sap) Clear the IPMI SEL',
         'IPMI System Event Log for `node008-bb101.cc.eu-de-1.cloud.sap` is becoming full. (vc-a-1.cc.eu-de-1.cloud.sap) Clear the IPMI SEL', 'HostSystemEventLogSensorAlert (a BMC event log, not a disk)'),
        ('NetworkAsrNatGatekeeperCacheOverflow', 'prometheus-exporters/network-generic-ssh-exporter/alerts/asr.alerts', {'name': 'rt-asr1k-bb094-1'},
         'Gatekeeper cache on `rt-asr1k-bb094-1` is almost full.', 'Gatekeeper cache on `rt-asr1k-bb094-1` is almost full.', 'NetworkAsrNatGatekeeperCacheOverflow (a router cache)'),
        ('KubeletFull', K8S + 'kubelet.alerts.tpl', {'node': 'node017-bb107.cc.eu-de-1.cloud.sap'},
         "Kubelet Kubelet node017-bb107.cc.eu-de-1.cloud.sap is running 251 pods. That's too much!", 'Kubelet is full', 'KubeletFull (pods per node)'),
        ('KubeletTooManyPods', K8S + 'kubelet.alerts.tpl', {'node': 'node005-bb092.cc.eu-nl-1.cloud.sap'},
         'Kubelet node005-bb092.cc.eu-nl-1.cloud.sap is running 231 pods, close to the limit of 250', 'Kubelet is close to pod limit', 'KubeletTooManyPods'),
        ('OpenstackManilaShareServerFull', MANILA, {'service': 'manila', 'short_hostname': 'manila-share-netapp-stnpa2-bb093'},
         'Share servers on manila-share-netapp-stnpa2-bb093 exhausted', 'Panel: Share Server netapp host distribution', 'OpenstackManilaShareServerFull (a count of share servers)'),
        ('VcenterLowNumberOfPlaceableVms', 'openstack/nova/alerts/openstack/vmware-rebalancer.alerts', {'vcenter': 'vc-d-0', 'az': 'eu-de-1d', 'flavor': 'g_c128_m512'},
         'VMware Rebalancer Metric to check if the vCenter has enough remaining capacity.', 'The vCenter `vc-d-0` in AZ `eu-de-1d` is (almost) full and only allows scheduling less than 3 VMs of flavor g_c128_m512.', 'VcenterLowNumberOfPlaceableVms (compute placement capacity)'),
        ('OpenstackNonGrowingQuotaAlmostExhausted', LIMES, {'service': 'limes', 'resource': 'capacity', 'project_id': 'b1f7d2a9c3e84f0d'},
         'Non-growing quota almost exhausted', 'The quota for Limes resource sharev2/capacity in project b1f7d2a9c3e84f0d ("monsoon3/hana-prod") is more than 90% used. This quota does not grow automatically, so care should be taken now to ensure that the customer does not run out of quota.',
         'OpenstackNonGrowingQuotaAlmostExhausted (a project quota, an accounting allowance)'),
        ('ADReplicationFailed', 'system/infra-monitoring/vendor/windows-exporter/alerts/ad-replication.alerts', {'server_name': 'ADDC02-EUDE1', 'partner': 'ADDC01-NAUS1'},
         'Replication issue on node ADDC02-EUDE1', 'Last replications on node ADDC02-EUDE1 with partner ADDC01-NAUS1 failed.', 'ADReplicationFailed (broken, not lagging)'),
        ('K3sLitestreamNotReplicating', 'system/k3s-backup/alerts/k3s-backup.alerts', {'bucket': 'k3s-statedb-backup-eu-de-1'},
         'Litestream not replicating k3s statebd to AWS.', 'Litestream is not replicating k3s statebd to AWS S3 bucket `k3s-statedb-backup-eu-de-1` for more than 10m. Check the Litestream pod for errors.', 'K3sLitestreamNotReplicating (stopped)'),
        ('OpenstackDatabaseBackupReplicationFailure', 'openstack/backup-replication/alerts/backup-replication.alerts', {'source_region': 'eu-de-2'},
         'Database Backup Replication Failed in eu-de-1', 'Database backup failed to replicate from eu-de-2 to eu-de-1.', 'OpenstackDatabaseBackupReplicationFailure'),
        ('OpenstackManilaShareReplicasError', MANILA, {'service': 'manila'},
         'Manila share replicas in error', 'More than 5 percent of total share replicas are in error state', 'OpenstackManilaShareReplicasError'),
        ('NetworkAsrRedundancyReplicationErrors', 'prometheus-exporters/network-generic-ssh-exporter/alerts/asr.alerts', {'name': 'rt-asr1k-bb091-2'},
         'Redundancy synchronization errors on `rt-asr1k-bb091-2`.', 'Redundancy synchronization errors on `rt-asr1k-bb091-2`.', 'NetworkAsrRedundancyReplicationErrors'),
        ('OpenstackLimesPodCPUThrottling', 'openstack/limes/alerts/kubernetes/pod.alerts', {'pod': 'limes-api-ccloud-7c9f8d6b5-x2kq9', 'container': 'api'},
         'Container is constantly CPU-throttled', 'The container limes-api-ccloud-7c9f8d6b5-x2kq9/api is being CPU-throttled constantly. This is probably impacting performance, so check if we can increase the number of replicas or the resource requests/limits.', 'OpenstackLimesPodCPUThrottling'),
        ('KubernetesVicePresidentRunningOutOfSymantecTokens', 'system/vice-president/alerts/global/token.alerts', {'service': 'vice-president'},
         'Running out of Symantec tokens', 'Almost of Symantec tokens. Only 37 more certificates can be requested.', 'KubernetesVicePresidentRunningOutOfSymantecTokens'),
        ('PmtudPeerArpResolveError', 'system/go-pmtud/templates/alerts/_pmtud.alerts.tpl', {'node': 'node014-bb096.cc.eu-de-1.cloud.sap'},
         "Path MTU Daemon on node node014-bb096.cc.eu-de-1.cloud.sap is not able to resolve peer's mac address. Path MTU issues possible!",
         "Path MTU Daemon on node node014-bb096.cc.eu-de-1.cloud.sap is not able to resolve peer's mac address. Path MTU issues possible!", 'PmtudPeerArpResolveError (ARP, not DNS)'),
        ('PrometheusFailedConfigReload', PROM, {'prometheus': 'openstack'},
         'Prometheus configuration reload has failed.', 'Prometheus `openstack` failed to load it`s configuration. Prometheus cannot start with a malformed configuration.', 'PrometheusFailedConfigReload'),
        ('AlertmanagerFailedConfigReload', AM, {'alertmanager': 'internal'},
         'Alertmanager configuration reload has failed', 'Alertmanager internal failed to load it`s configuration. Alertmanager cannot start with a malformed configuration.', 'AlertmanagerFailedConfigReload'),
        ('PrometheusTSDBCompactionsFailing', PROM, {'prometheus': 'kubernetes'},
         'Prometheus has issues has issues compacting blocks.', 'Prometheus `kubernetes` has detected `3` compaction failures over the last 3h.', 'PrometheusTSDBCompactionsFailing (no cause quoted)'),
        ('PrometheusRemoteWriteDown', PROM, {'prometheus': 'infra-collector', 'remote_name': 'thanos-receive'},
         'Prometheus fails to send samples to remote storage.', 'Prometheus `infra-collector` fails to send samples to `thanos-receive`. It could be a problem of the backend not being available or expired certificates. Check pod logs.',
         'PrometheusRemoteWriteDown (guessed causes; failed samples are not requests)'),
        ('PrometheusTargetLimitHit', PROM, {'prometheus': 'vmware-vc-a-0'},
         'Prometheus has dropped targets because some scrape configs have exceeded the targets limit.', 'Prometheus `vmware-vc-a-0` has dropped `12` targets because the number of targets exceeded the configured target_limit.', 'PrometheusTargetLimitHit'),
        ('PrometheusScrapeSampleLimitHit', PROM, {'prometheus': 'openstack'},
         'Prometheus has failed scrapes that have exceeded the configured sample limit.', 'Prometheus `openstack` as failed `4` scrapes in the last 5m because some targets exceeded the configured sample_limit.', 'PrometheusScrapeSampleLimitHit'),
        ('OpenstackLimesFailedScrapes', LIMES, {'namespace': 'limes', 'service_name': 'swift', 'service_type': 'object-store'},
         'Limes cannot scrape Swift', 'Limes cannot scrape data from Swift for more than an hour. Please check if Swift is working. Error messages can be found in the limes-collect-ccloud logs.', 'OpenstackLimesFailedScrapes (failed jobs)'),
        ('OpenstackCastellumAssetResizingFailing', CASTELLUM, {'service': 'castellum', 'asset': 'nfs-shares'},
         'Castellum encountered backend errors while resizing some non-Manila assets', 'Castellum encountered backend errors while resizing some non-Manila assets. Check the Castellum asset resize errors page in the cloud admin dashboard.', 'OpenstackCastellumAssetResizingFailing'),
        ('KubernikusLaunchOperationErrorSpike', 'system/kubernikus-monitoring/alerts/operator.alerts', {'method': 'createNode'},
         'Unusually many launchctl failures', 'Unusually high amount of failed launchctl operations', 'KubernikusLaunchOperationErrorSpike (failed operations, not requests)'),
        ('CalicoNodeInterfaceErrors', 'system/calico-cni/templates/alerts/_calico.alerts.tpl', {'device': 'bond0', 'node': 'node022-bb099.cc.eu-de-1.cloud.sap'},
         'Network interface errors on bond0 (node022-bb099.cc.eu-de-1.cloud.sap).', 'Interface bond0 on node node022-bb099.cc.eu-de-1.cloud.sap is dropping or erroring more than 1 packet/sec sustained over 10m.', 'CalicoNodeInterfaceErrors (a link)'),
        ('IngressBufDropPacketsRate', 'prometheus-exporters/aci-suite/charts/aci-correlator/alerts/connection-fault-group.alerts',
         {'node_name': 'eu-de-1-aci-2103-bb084', 'node_intf': 'eth1/32', 'device_name': 'node006-bb084'},
         'Connection Faults', '[eu-de-1-aci-2103-bb084][eth1/32][node006-bb084] Ingress Buffer Drop Packets rate', 'IngressBufDropPacketsRate (switch buffer drops, not a work queue)'),
        ('VMHasDiskIOLatencyProblemCausedBySnapshots', VMW + 'virtualmachine.alerts',
         {'virtualmachine': 'hana-prod-db-04', 'vcenter': 'vc-e-0.cc.eu-de-1.cloud.sap', 'hostsystem': 'node031-bb120.cc.eu-de-1.cloud.sap'},
         'Virtual machine `hana-prod-db-04` has disk I/O latency problem caused by snapshots. (vc-e-0.cc.eu-de-1.cloud.sap, node031-bb120.cc.eu-de-1.cloud.sap)',
         'Virtual machine `hana-prod-db-04` has disk I/O latency problem caused by snapshots. (vc-e-0.cc.eu-de-1.cloud.sap, node031-bb120.cc.eu-de-1.cloud.sap)', 'VMHasDiskIOLatencyProblemCausedBySnapshots'),
        ('OpenstackGlanceImageInQueuedState', 'openstack/glance/alerts/openstack-glance.alerts', {'service': 'glance', 'image_name': 'ubuntu-22.04-amd64-vmware', 'id': '5b0e7c1d-3f2a-4b8e-9d6c-1a2b3c4d5e6f', 'project_id': '0a1b2c3d4e5f'},
         'Image is in Queued State', 'Image ubuntu-22.04-amd64-vmware with id 5b0e7c1d-3f2a-4b8e-9d6c-1a2b3c4d5e6f in project_id 0a1b2c3d4e5f is Queued since 2024-11-04T09:12:44Z',
         'OpenstackGlanceImageInQueuedState (an image status, not waiting work)'),
        ('LogsFluentPrometheusTailStalled', 'system/logs/vendor/fluent-prometheus/templates/alerts/_fluent-alerts.tpl', {'fluent_container': 'fluent-prometheus'},
         'fluent-prometheus tail for at least one log file stalled', 'tail has stopped for at least one container on watched by fluent-prometheus. Please restart the pod', 'LogsFluentPrometheusTailStalled'),
        ('OpenstackLimesAuditEventPublishFailing', LIMES, {'namespace': 'limes', 'pod': 'limes-api-ccloud-7c9f8d6b5-x2kq9'},
         'limes/limes-api-ccloud-7c9f8d6b5-x2kq9 cannot publish audit events', 'Audit events from limes/limes-api-ccloud-7c9f8d6b5-x2kq9 could not be published to the RabbitMQ server. Check the pod log for detailed error messages. Affected audit events are held in memory until publishing succeeds.',
         'OpenstackLimesAuditEventPublishFailing (held in memory is not a memory shortage)'),
        ('OpenstackNovaConsistentlyFailingVolumeDetach', NOVA, {'service': 'nova', 'name': 'nova-compute-bb098'},
         'Nova fails to detach a volume.', 'Nova nova-compute-bb098 is consistently failing to detach a volume/volumes for 90m.', 'OpenstackNovaConsistentlyFailingVolumeDetach'),
        ('KubeParrotBgpNeighborSessionDown', 'system/kube-parrot/templates/alerts/_kube-parrot.alerts.tpl', {'node': 'node009-bb095.cc.eu-de-1.cloud.sap', 'neighbor': '10.47.8.1'},
         'Node node009-bb095.cc.eu-de-1.cloud.sap has less than 2 BGP neighbors.', 'Node node009-bb095.cc.eu-de-1.cloud.sap has less than 2 BGP neighbors. BGP peer 10.47.8.1 is not established. Network datapath threatened! Switch upgrades or misconfiguration?', 'KubeParrotBgpNeighborSessionDown'),
        ('KubernetesPodCannotPullContainerImage', K8S + 'health.alerts.tpl', {'namespace': 'elektra', 'pod': 'elektra-5f7d9c8b6-vp3zj'},
         'Pod cannot pull all container images', 'The pod elektra/elektra-5f7d9c8b6-vp3zj cannot pull all container images.', 'KubernetesPodCannotPullContainerImage')):
    sap(path, None, L(name, 'warning', **labels), {'summary': summary, 'description': description}, what)

sap('system/infra-monitoring/vendor/windows-exporter/alerts/ad-replication.alerts', 'replication_lag',
    L('ADPendingReplications', 'warning', server_name='ADDC03-EUNL1'),
    {'summary': 'Pending replications on node ADDC03-EUNL1', 'description': 'Pending replications on node ADDC03-EUNL1'},
    'ADPendingReplications (changes not yet replicated to the partners)')

# ---------------------------------------------------------------- cloudnative-pg/charts
def CL(name, sev, ns, cluster, **extra):
    labels = {'alertname': name, 'severity': sev, 'namespace': ns, 'cnpg_cluster': cluster}
    labels.update(extra)
    return labels


cnpg('cluster-ha-critical', None, CL('CNPGClusterHACritical', 'critical', 'payments', 'pg-payments', job='payments/pg-payments'),
     {'summary': 'CNPG Cluster has no standby replicas!', 'description': 'CloudNativePG Cluster "payments/pg-payments" has no ready standby replicas. Your cluster at a severe risk of data loss and downtime if the primary instance fails. The primary instance is still online and able to serve queries, although connections to the `-ro` endpoint will fail. The `-r` endpoint os operating at reduced capacity and all traffic is being served by the main. This can happen during a normal fail-over or automated minor version upgrades in a cluster with 2 or less instances. The replaced instance may need some time to catch-up with the cluster primary instance.'},
     'CNPGClusterHACritical (a standby count; "catch-up" is a possible reason, not a measured lag)')
cnpg('cluster-ha-warning', None, CL('CNPGClusterHAWarning', 'warning', 'keycloak', 'pg-keycloak', job='keycloak/pg-keycloak'),
     {'summary': 'CNPG Cluster less than 2 standby replicas.', 'description': 'CloudNativePG Cluster "keycloak/pg-keycloak" has only 1 standby replicas, putting your cluster at risk if another instance fails. The cluster is still able to operate normally, although the `-ro` and `-r` endpoints operate at reduced capacity. This can happen during a normal fail-over or automated minor version upgrades. The replaced instance may need some time to catch-up with the cluster primary instance.'},
     'CNPGClusterHAWarning')
cnpg('cluster-high_connection-critical', 'connection_pool_exhaustion', CL('CNPGClusterHighConnectionsCritical', 'critical', 'gitea', 'pg-gitea', pod='pg-gitea-1'),
     {'summary': 'CNPG Instance maximum number of connections critical!', 'description': 'CloudNativePG Cluster "gitea/pg-gitea" instance pg-gitea-1 is using 96.5% of the maximum number of connections.'},
     'CNPGClusterHighConnectionsCritical (backends / max_connections)')
cnpg('cluster-high_connection-warning', 'connection_pool_exhaustion', CL('CNPGClusterHighConnectionsWarning', 'warning', 'airflow', 'pg-airflow', pod='pg-airflow-2'),
     {'summary': 'CNPG Instance is approaching the maximum number of connections.', 'description': 'CloudNativePG Cluster "airflow/pg-airflow" instance pg-airflow-2 is using 83.2% of the maximum number of connections.'},
     'CNPGClusterHighConnectionsWarning')
cnpg('cluster-high_replication_lag', 'replication_lag', CL('CNPGClusterHighReplicationLag', 'warning', 'payments', 'pg-payments'),
     {'summary': 'CNPG Cluster high replication lag', 'description': 'CloudNativePG Cluster "payments/pg-payments" is experiencing a high replication lag of 4.7s. High replication lag indicates network issues, busy instances, slow queries or suboptimal configuration.'},
     'CNPGClusterHighReplicationLag ("slow queries" is one of its guessed causes)')
cnpg('cluster-physical_replication_lag-critical', 'replication_lag', CL('CNPGClusterPhysicalReplicationLagCritical', 'critical', 'matrix', 'pg-synapse'),
     {'summary': 'CNPG Cluster very high physical replication lag', 'description': 'CloudNativePG Cluster "matrix/pg-synapse" is experiencing a very high physical replication lag of 21850ms. High replication lag indicates network issues, busy instances, slow queries or suboptimal configuration.'},
     'CNPGClusterPhysicalReplicationLagCritical')
cnpg('cluster-physical_replication_lag-warning', 'replication_lag', CL('CNPGClusterPhysicalReplicationLagWarning', 'warning', 'nextcloud', 'pg-nextcloud'),
     {'summary': 'CNPG Cluster high physical replication lag', 'description': 'CloudNativePG Cluster "nextcloud/pg-nextcloud" is experiencing a high physical replication lag of 1840ms. High replication lag indicates network issues, busy instances, slow queries or suboptimal configuration.'},
     'CNPGClusterPhysicalReplicationLagWarning')
cnpg('cluster-logical_replication_lagging', 'replication_lag', CL('CNPGClusterLogicalReplicationLagging', 'warning', 'analytics', 'pg-warehouse', subname='orders_sub', lag_type='apply'),
     {'summary': 'CNPG Cluster logical replication lagging', 'description': 'CloudNativePG Cluster\'s "analytics/pg-warehouse" "orders_sub" subscription is experiencing replication lag. Lag type: apply Current lag: 142s This alert indicates the subscriber is falling behind the publisher. The lag could be receipt lag (not receiving WAL data fast enough due to network issues), apply lag (receiving data but not applying it fast enough due to resource contention), or LSN distance (large amount of pending data to be applied).'},
     'CNPGClusterLogicalReplicationLagging ("pending data" is the lag itself)')
cnpg('cluster-logical_replication_lagging-critical', 'replication_lag', CL('CNPGClusterLogicalReplicationLaggingCritical', 'critical', 'analytics', 'pg-warehouse', subname='events_sub', lag_type='receipt'),
     {'summary': 'CNPG Cluster critical logical replication lag', 'description': 'CloudNativePG Cluster\'s "analytics/pg-warehouse" "events_sub" subscription is experiencing critical replication lag! Lag type: receipt Current lag: 611s CRITICAL: The subscriber is significantly behind the publisher. Immediate action required. This could lead to significant data inconsistency, disk space exhaustion on publisher, or extended recovery time.'},
     'CNPGClusterLogicalReplicationLaggingCritical ("disk space exhaustion" is a possible consequence)')
cnpg('cluster-logical_replication_errors', None, CL('CNPGClusterLogicalReplicationErrors', 'warning', 'analytics', 'pg-warehouse', subname='orders_sub'),
     {'summary': 'CNPG Cluster logical replication errors detected', 'description': 'CloudNativePG Cluster\'s "analytics/pg-warehouse" "orders_sub" subscription has experienced 3 errors. This includes both apply errors (during normal replication) and sync errors (during initial table sync). Errors indicate data consistency issues that need immediate attention to prevent data divergence.'},
     'CNPGClusterLogicalReplicationErrors (apply errors are broken replication, not failing requests)')
cnpg('cluster-logical_replication_errors-critical', None, CL('CNPGClusterLogicalReplicationErrorsCritical', 'critical', 'crm', 'pg-crm', subname='contacts_sub'),
     {'summary': 'CNPG Cluster critical logical replication errors', 'description': 'CloudNativePG Cluster\'s "crm/pg-crm" "contacts_sub" subscription has experienced 7 errors in the last 5 minutes. CRITICAL: High error rate indicates persistent replication issues requiring immediate attention. This could lead to significant data inconsistency or complete replication failure. Errors include both apply errors and sync errors. The subscription may stop working if errors continue.'},
     'CNPGClusterLogicalReplicationErrorsCritical ("high error rate" of replication apply, no requests)')
cnpg('cluster-logical_replication_stopped', None, CL('CNPGClusterLogicalReplicationStopped', 'warning', 'crm', 'pg-crm', subname='contacts_sub', stop_reason='disabled'),
     {'summary': 'CNPG Cluster logical replication subscription stopped', 'description': 'CloudNativePG Cluster\'s "crm/pg-crm" "contacts_sub" subscription is stopped. Status: disabled The subscription is not actively replicating data. This could be intentional (disabled) or due to an issue preventing the subscription from working.'},
     'CNPGClusterLogicalReplicationStopped')
cnpg('cluster-logical_replication_stopped-critical', None, CL('CNPGClusterLogicalReplicationStoppedCritical', 'critical', 'analytics', 'pg-warehouse', subname='events_sub', stop_reason='worker_not_running'),
     {'summary': 'CNPG Cluster logical replication subscription CRITICAL', 'description': 'CloudNativePG Cluster\'s "analytics/pg-warehouse" "events_sub" subscription is in a critical state. CRITICAL: The subscription has been stopped for more than 15 minutes. This will lead to significant data divergence and requires immediate intervention. Status: worker_not_running Duration: 1140s'},
     'CNPGClusterLogicalReplicationStoppedCritical (stopped, whatever buffered bytes it has)')
cnpg('cluster-low_disk_space-critical', 'disk_full', CL('CNPGClusterLowDiskSpaceCritical', 'critical', 'gitea', 'pg-gitea'),
     {'summary': 'CNPG Instance is running out of disk space!', 'description': 'CloudNativePG Cluster "gitea/pg-gitea" is running extremely low on disk space. Check attached PVCs!'},
     'CNPGClusterLowDiskSpaceCritical')
cnpg('cluster-low_disk_space-warning', 'disk_full', CL('CNPGClusterLowDiskSpaceWarning', 'warning', 'matrix', 'pg-synapse'),
     {'summary': 'CNPG Instance is running out of disk space.', 'description': 'CloudNativePG Cluster "matrix/pg-synapse" is running low on disk space. Check attached PVCs.'},
     'CNPGClusterLowDiskSpaceWarning')
cnpg('cluster-offline', 'node_down', CL('CNPGClusterOffline', 'critical', 'keycloak', 'pg-keycloak'),
     {'summary': 'CNPG Cluster has no running instances!', 'description': 'CloudNativePG Cluster "keycloak/pg-keycloak" has no ready instances. Having an offline cluster means your applications will not be able to access the database, leading to potential service disruption and/or data loss.'},
     'CNPGClusterOffline')
cnpg('cluster-instances_on_same_node', None, CL('CNPGClusterInstancesOnSameNode', 'warning', 'nextcloud', 'pg-nextcloud', node='worker-3'),
     {'summary': 'CNPG Cluster instances are located on the same node.', 'description': 'CloudNativePG Cluster "nextcloud/pg-nextcloud" has 2 instances on the same node worker-3. A failure or scheduled downtime of a single node will lead to a potential service disruption and/or data loss.'},
     'CNPGClusterInstancesOnSameNode')
cnpg('cluster-zone_spread-warning', None, CL('CNPGClusterZoneSpreadWarning', 'warning', 'payments', 'pg-payments'),
     {'summary': 'CNPG Cluster instances in the same zone.', 'description': 'CloudNativePG Cluster "payments/pg-payments" has instances in the same availability zone. A disaster in one availability zone will lead to a potential service disruption and/or data loss.'},
     'CNPGClusterZoneSpreadWarning')

# ---------------------------------------------------------------- openshift/elasticsearch-operator
def EL(name, sev, **extra):
    labels = {'alertname': name, 'severity': sev, 'namespace': 'openshift-logging'}
    labels.update(extra)
    return labels


eso(None, EL('ElasticsearchClusterNotHealthy', 'critical', cluster='elasticsearch'),
    {'summary': 'Cluster health status is RED', 'message': "Cluster elasticsearch health status has been RED for at least 7m. Cluster does not accept writes, shards may be missing or master node hasn't been elected yet."},
    'ElasticsearchClusterNotHealthy RED (cluster health, rule 5)')
eso(None, EL('ElasticsearchClusterNotHealthy', 'warning', cluster='elasticsearch'),
    {'summary': 'Cluster health status is YELLOW', 'message': 'Cluster elasticsearch health status has been YELLOW for at least 20m. Some shard replicas are not allocated.'},
    'ElasticsearchClusterNotHealthy YELLOW ("replicas not allocated" is not lag)')
eso('disk_full', EL('ElasticsearchNodeDiskWatermarkReached', 'info', pod='elasticsearch-cdm-x7k2p9q1-1-6c8d9f7b5-2lmnw', instance='10.128.4.17:60001'),
    {'summary': 'Disk Low Watermark Reached - disk saturation is 86.2%', 'message': 'Disk Low Watermark Reached at elasticsearch-cdm-x7k2p9q1-1-6c8d9f7b5-2lmnw pod. Shards can not be allocated to this node anymore. You should consider adding more disk to the node.'},
    'ElasticsearchNodeDiskWatermarkReached low')
eso('disk_full', EL('ElasticsearchNodeDiskWatermarkReached', 'critical', pod='elasticsearch-cdm-x7k2p9q1-2-5b7c8d9f6-8pqrs', instance='10.131.2.9:60001'),
    {'summary': 'Disk High Watermark Reached - disk saturation is 91.4%', 'message': 'Disk High Watermark Reached at elasticsearch-cdm-x7k2p9q1-2-5b7c8d9f6-8pqrs pod. Some shards will be re-allocated to different nodes if possible. Make sure more disk space is added to the node or drop old indices allocated to this node.'},
    'ElasticsearchNodeDiskWatermarkReached high')
eso('disk_full', EL('ElasticsearchNodeDiskWatermarkReached', 'critical', pod='elasticsearch-cdm-x7k2p9q1-3-7d9f6c5b8-kx4tz', instance='10.129.6.22:60001'),
    {'summary': 'Disk Flood Stage Watermark Reached - disk saturation is 95.6%', 'message': 'Disk Flood Stage Watermark Reached at elasticsearch-cdm-x7k2p9q1-3-7d9f6c5b8-kx4tz. Every index having a shard allocated on this node is enforced a read-only block. The index block must be released manually when the disk utilization falls below the high watermark.'},
    'ElasticsearchNodeDiskWatermarkReached flood stage')
eso('disk_full', EL('ElasticsearchNodeDiskWatermarkReached', 'warning', pod='elasticsearch-cdm-x7k2p9q1-1-6c8d9f7b5-2lmnw', instance='10.128.4.17:60001'),
    {'summary': 'Disk High Watermark is predicted to be reached within next 6h.', 'message': 'Disk High Watermark is predicted to be reached within the next 6h at elasticsearch-cdm-x7k2p9q1-1-6c8d9f7b5-2lmnw pod. Some shards will be re-allocated to different nodes if possible. Make sure more disk space is added to the node or drop old indices allocated to this node.'},
    'ElasticsearchNodeDiskWatermarkReached high, predicted')
eso('out_of_memory', EL('ElasticsearchJVMHeapUseHigh', 'info', cluster='elasticsearch', node='elasticsearch-cdm-x7k2p9q1-2', instance='10.131.2.9:60001'),
    {'summary': 'JVM Heap usage on the node is high', 'message': 'JVM Heap usage on the node elasticsearch-cdm-x7k2p9q1-2 in elasticsearch cluster is 81%.'},
    'ElasticsearchJVMHeapUseHigh')
eso(None, EL('AggregatedLoggingSystemCPUHigh', 'info', cluster='elasticsearch', node='elasticsearch-cdm-x7k2p9q1-3'),
    {'summary': 'System CPU usage is high', 'message': 'System CPU usage on the node elasticsearch-cdm-x7k2p9q1-3 in elasticsearch cluster is 94%.'},
    'AggregatedLoggingSystemCPUHigh')
eso('disk_full', EL('ElasticsearchDiskSpaceRunningLow', 'critical', cluster='elasticsearch'),
    {'summary': 'Cluster low on disk space', 'message': 'Cluster elasticsearch is predicted to be out of disk space within the next 6h.'},
    'ElasticsearchDiskSpaceRunningLow (predicted)')
eso('fd_exhaustion', EL('ElasticsearchHighFileDescriptorUsage', 'warning', cluster='elasticsearch'),
    {'summary': 'Cluster low on file descriptors', 'message': 'Cluster elasticsearch is predicted to be out of file descriptors within the next hour.'},
    'ElasticsearchHighFileDescriptorUsage (predicted)')
eso(None, EL('ElasticsearchOperatorCSVNotSuccessful', 'warning'),
    {'summary': 'Elasticsearch Operator CSV Not Successful', 'message': 'Elasticsearch Operator CSV has not reconciled succesfully.'},
    'ElasticsearchOperatorCSVNotSuccessful')

# ---------------------------------------------------------------- openshift/cluster-logging-operator
def CLL(name, sev, **extra):
    labels = {'alertname': name, 'severity': sev, 'namespace': 'openshift-logging'}
    labels.update(extra)
    return labels


clo('high_error_rate', CLL('ClusterLogForwarderOutputErrorRate', 'critical', service='clusterlogforwarder', pod='collector-4xk9p', app_kubernetes_io_instance='collector', component_id='output_splunk_app', error_kind='http_response_503'),
    {'description': 'The rate of output errors detected for openshift-logging/collector-4xk9p pod exceeds the threshold of 10%.',
     'summary': 'The pod "collector-4xk9p" owned by ClusterLogForwarder "openshift-logging/collector" for output "output_splunk_app" has been generating the error: "http_response_503" for the last 5m at the rate of 23.4% which exceeds the threshold of 10%. This could indicate: the output URL is misconfigured, the receiver is unavailable, or there are networking issues for that pod.'},
    'ClusterLogForwarderOutputErrorRate (an error_kind of 503 responses)')
clo('high_error_rate', CLL('CollectorHigh403ForbiddenResponseRate', 'warning', service='collector', app_kubernetes_io_instance='collector', component_id='output_es_infra'),
    {'description': 'High rate of "HTTP 403 Forbidden" responses detected for collector "collector" in namespace openshift-logging for output "output_es_infra". The rate of 403 responses is 37.50% over the last 2 minutes, persisting for more than 5 minutes. This could indicate an authorization issue.',
     'summary': 'At least 10% of sent requests responded with "HTTP 403 Forbidden" for collector "collector" in namespace openshift-logging for output "output_es_infra"'},
    'CollectorHigh403ForbiddenResponseRate (a 4xx ratio)')
clo('node_down', CLL('CollectorNodeDown', 'critical', service='collector', pod='collector-7hz2m'),
    {'description': 'Prometheus could not scrape openshift-logging/collector-7hz2m collector component for more than 10m.', 'summary': 'Collector cannot be scraped'},
    'CollectorNodeDown (up == 0)')
clo(None, CLL('CollectorSourceDiscardedLogs', 'warning', service='collector', app_kubernetes_io_instance='collector', component_id='input_application_container'),
    {'description': 'The collector source "input_application_container" owned by ClusterLogForwarder "openshift-logging/collector" is discarding logs. This typically occurs when log lines exceed the configured maxMessageSize limit.',
     'summary': 'Collector source "input_application_container" in namespace "openshift-logging" is discarding logs.'},
    'CollectorSourceDiscardedLogs (a size limit on lines)')
clo(None, CLL('ClusterLogForwarderNotReady', 'error', service='clusterlogforwarder', resource_namespace='openshift-logging', resource_name='collector'),
    {'message': 'ClusterLogForwarder openshift-logging/collector is not ready.',
     'summary': 'The ClusterLogForwarder openshift-logging/collector has been in a not ready state for more than 1 minute. This typically indicates a validation error in the ClusterLogForwarder spec. Check the ClusterLogForwarder status conditions for details.'},
    'ClusterLogForwarderNotReady (readiness of a custom resource)')

# ---------------------------------------------------------------- quoted error lines
QP = ('sqlalchemy.exc.TimeoutError: QueuePool limit of size 5 overflow 50 reached, connection timed out, '
      'timeout 30.00 (Background on this error at: https://sqlalche.me/e/14/3o7r)')
err('sqla', 'connection_pool_exhaustion', {'alertname': 'OpenstackNovaApiLogErrors', 'severity': 'warning', 'region': 'eu-de-1', 'service': 'nova', 'pod': 'nova-api-osapi-6b9c7d8f5-z8k2q'},
    {'summary': 'nova-api-osapi logged ERROR lines', 'description': f'nova.api.openstack.wsgi [req-4f1e2d3c-9a8b-4c7d-b6e5-1f2a3b4c5d6e] Unexpected exception in API method: {QP}'},
    'a log-line alert of nova-api quoting the pool timeout')
err('sqla', 'connection_pool_exhaustion', {'alertname': 'OpenstackKeystoneApi5xx', 'severity': 'warning', 'region': 'eu-nl-1', 'service': 'keystone'},
    {'summary': 'Keystone API ingress endpoint is not healthy', 'description': f'The keystone ingress API endpoint is throwing 5xx for 5 min. Top exception in keystone-api logs: {QP}'},
    'a 5xx alert quoting the pool timeout')
err('sqla', 'connection_pool_exhaustion', {'alertname': 'OpenstackMaiaResponsiveness', 'severity': 'warning', 'region': 'na-us-1', 'service': 'cinder'},
    {'summary': 'cinder-api lags', 'description': 'cinder-api does not fulfill the responsiveness goals (99% responses within 3 seconds). Slow requests end in: sqlalchemy.exc.TimeoutError: QueuePool limit of size 10 overflow 20 reached, connection timed out, timeout 10.00'},
    'a latency alert quoting the pool timeout')
err('sqla', 'connection_pool_exhaustion', {'alertname': 'OpenstackNeutronServerErrors', 'severity': 'info', 'region': 'ap-jp-1', 'service': 'neutron'},
    {'summary': 'neutron-server raised DB errors', 'description': 'oslo_db.exception.DBError: (sqlalchemy.exc.TimeoutError) QueuePool limit of size 20 overflow 40 reached, connection timed out, timeout 10.00'},
    'oslo.db wrapping the pool timeout')
err('sqla', 'connection_pool_exhaustion', {'alertname': 'HighErrorRate', 'severity': 'critical', 'service': 'superset'},
    {'summary': 'superset: 11.2% of requests failing', 'description': "Error ratio above 5% for 10m. Most frequent error: QueuePool limit of size 5 overflow 10 reached, connection timed out, timeout 30.00"},
    'an error-ratio alert quoting the bare pool message')
MT = 'oslo_messaging.exceptions.MessagingTimeout: Timed out waiting for a reply to message ID 6e3133071dba42a3a2e9bb79278c90d8.'
err('oslo', 'upstream_timeout', {'alertname': 'OpenstackNovaComputeLogErrors', 'severity': 'warning', 'region': 'eu-de-2', 'service': 'nova', 'host': 'nova-compute-bb104'},
    {'summary': 'nova-compute-bb104 logged ERROR lines', 'description': f'nova.compute.manager [instance: 0f1e2d3c-4b5a-6978-8a9b-0c1d2e3f4a5b] Failed to allocate network(s): {MT}'},
    'a nova-compute log alert quoting the RPC reply timeout')
err('oslo', 'upstream_timeout', {'alertname': 'OpenstackNovaConsistentlyFailingVolumeDetach', 'severity': 'info', 'region': 'eu-de-1', 'service': 'nova', 'name': 'nova-compute-bb098'},
    {'summary': 'Nova fails to detach a volume.', 'description': f'Nova nova-compute-bb098 is consistently failing to detach a volume/volumes for 90m. Last exception: {MT}'},
    'a failing-operation alert quoting the RPC timeout (the cause decides)')
err('oslo', 'upstream_timeout', {'alertname': 'OpenstackNeutronApi5xx', 'severity': 'warning', 'region': 'la-br-1', 'service': 'neutron'},
    {'summary': 'Neutron API returns 5xx', 'description': f'4.2% of neutron-server responses are 5xx. neutron-server log: {MT}'},
    'a 5xx alert quoting the RPC timeout')
err('oslo', 'upstream_timeout', {'alertname': 'OpenstackDhcpAgentErrors', 'severity': 'warning', 'region': 'eu-ru-1', 'service': 'neutron', 'pod': 'neutron-dhcp-agent-bb091-4kq2m'},
    {'summary': 'neutron-dhcp-agent cannot sync networks', 'description': 'neutron.agent.dhcp.agent Unable to sync network state.: MessagingTimeout: Timed out waiting for a reply to message ID 55f9fa7e4c3149749d58b6274612428a'},
    'a dhcp-agent alert quoting the short exception name')
FS = ('flood stage disk watermark [95%] exceeded on [Kq3Xv8bGTQ2mY1pLr0Zs4w][elasticsearch-cdm-x7k2p9q1-3]'
      '[/elasticsearch/persistent/elasticsearch/data/nodes/0] free: 4.1gb[4.2%], all indices on this node will be marked read-only')
err('esdisk', 'disk_full', {'alertname': 'ElasticsearchLogWarnings', 'severity': 'warning', 'namespace': 'openshift-logging', 'pod': 'elasticsearch-cdm-x7k2p9q1-3-7d9f6c5b8-kx4tz'},
    {'summary': 'Elasticsearch logged WARN lines from DiskThresholdMonitor', 'message': FS},
    'a log alert quoting the flood-stage warning')
err('esdisk', 'disk_full', {'alertname': 'OpenstackHermesElasticAvail', 'severity': 'warning', 'region': 'eu-de-1', 'service': 'hermes'},
    {'summary': 'Hermes availability affected by storage errors while accessing Elasticsearch', 'description': f'Hermes API is affected by storage errors while accessing Elasticsearch. es-hermes-data-2: {FS}'},
    'a storage-error alert quoting the flood-stage warning')
BLOCK = ('cluster_block_exception: index [audit-2024.11.04] blocked by: [TOO_MANY_REQUESTS/12/disk usage exceeded '
         'flood-stage watermark, index has read-only-allow-delete block];')
err('esblock', 'disk_full', {'alertname': 'ClusterLogForwarderOutputErrorRate', 'severity': 'critical', 'namespace': 'openshift-logging', 'pod': 'collector-9m2vt', 'component_id': 'output_es_audit', 'error_kind': 'http_response_429'},
    {'description': 'The rate of output errors detected for openshift-logging/collector-9m2vt pod exceeds the threshold of 10%.',
     'summary': f'The pod "collector-9m2vt" for output "output_es_audit" has been generating the error: "http_response_429" for the last 5m at the rate of 64.0%. Response body: {BLOCK}'},
    'a 429 output-error alert whose body is the flood-stage block (the disk, not a rate limit)')
err('esblock', 'disk_full', {'alertname': 'OpenstackHermesLogstashErrors', 'severity': 'warning', 'region': 'eu-nl-1', 'service': 'hermes', 'code': '429'},
    {'summary': 'logstash cannot index audit events', 'description': f'retrying failed action with response code: 429 ({BLOCK})'},
    'a code="429" alert quoting the flood-stage block')
err('esblock', 'disk_full', {'alertname': 'FluentdOutputErrors', 'severity': 'warning', 'namespace': 'logging', 'pod': 'fluentd-es-7xk2p'},
    {'summary': 'fluentd cannot write to elasticsearch', 'description': 'Fluent::Plugin::ElasticsearchErrorHandler::ElasticsearchError: 429 - Rejected by Elasticsearch [TOO_MANY_REQUESTS/12/disk usage exceeded flood-stage watermark, index has read-only-allow-delete block]'},
    'a fluentd output alert quoting the block after "Rejected"')
CB = ('[parent] Data too large, data for [<http_request>] would be [8278125432/7.7gb], which is larger than the limit of '
      '[8160437862/7.5gb], real usage: [8278124856/7.7gb], new bytes reserved: [576/576b]')
err('esbreak', 'out_of_memory', {'alertname': 'ClusterLogForwarderOutputErrorRate', 'severity': 'critical', 'namespace': 'openshift-logging', 'pod': 'collector-2b7xw', 'component_id': 'output_es_app', 'error_kind': 'http_response_429'},
    {'description': 'The rate of output errors detected for openshift-logging/collector-2b7xw pod exceeds the threshold of 10%.',
     'summary': f'Output "output_es_app" answered 429: circuit_breaking_exception: {CB}'},
    'a 429 output-error alert whose reason is the heap breaker (memory, not a rate limit)')
err('esbreak', 'out_of_memory', {'alertname': 'OpenstackHermesElasticAvail', 'severity': 'warning', 'region': 'ap-au-1', 'service': 'hermes'},
    {'summary': 'Hermes availability affected by storage errors while accessing Elasticsearch', 'description': f'Hermes API is affected by storage errors while accessing Elasticsearch: {CB}'},
    'a storage-error alert quoting the breaker')
err('esbreak', 'out_of_memory', {'alertname': 'KibanaErrors', 'severity': 'warning', 'namespace': 'openshift-logging'},
    {'summary': 'Kibana queries fail', 'description': 'statusCode: 429, error: Too Many Requests, message: [circuit_breaking_exception] [parent] Data too large, data for [<transport_request>] would be [1037526858/989.4mb], which is larger than the limit of [986932838/941.2mb]'},
    'Kibana relaying the breaker as Too Many Requests')
NOSPACE = 'etcdserver: mvcc: database space exceeded'
err('etcd', 'disk_full', {'alertname': 'KubernikusSeedReconciliationFailed', 'severity': 'warning', 'region': 'eu-de-1', 'kluster_name': 'k-prod-7a3e1b'},
    {'summary': 'Seed reconciliation failed', 'description': f'Seed reconciliation is failing for kluster k-prod-7a3e1b. Check Kubernikus operator logs in k-controlplane. Last error: {NOSPACE}'},
    'a reconciliation alert quoting the etcd quota error (the cause decides)')
err('etcd', 'disk_full', {'alertname': 'KubeAPIErrorsHigh', 'severity': 'critical', 'cluster': 'k-prod-7a3e1b', 'verb': 'PUT'},
    {'summary': 'API server errors on writes', 'description': f'API server is returning errors for 31% of PUT requests: {NOSPACE}'},
    'an apiserver error-ratio alert quoting the quota error')
err('etcd', 'disk_full', {'alertname': 'EtcdBackupFailed', 'severity': 'warning', 'cluster': 'k-dev-4f2a9c'},
    {'summary': 'etcd writes refused', 'description': 'rpc error: code = ResourceExhausted desc = etcdserver: mvcc: database space exceeded'},
    'the gRPC status form (ResourceExhausted is the quota)')
OOM = "OOM command not allowed when used memory > 'maxmemory'."
err('redis', 'out_of_memory', {'alertname': 'OpenstackKeppelTrivyIndexingErrors', 'severity': 'info', 'region': 'eu-de-1', 'service': 'keppel'},
    {'summary': 'Trivy check failed on some images', 'description': f'Keppel observed some errors while checking the vulnerability status for 214 images. keppel-janitor: trivy: cache: {OOM}'},
    'a scan-error alert quoting the maxmemory refusal')
err('redis', 'out_of_memory', {'alertname': 'HighErrorRate', 'severity': 'critical', 'service': 'session-api'},
    {'summary': 'session-api: 18.0% of requests failing', 'description': f'Error ratio above 5% for 10m. Most frequent error: redis: {OOM}'},
    'an error-ratio alert quoting the maxmemory refusal')
err('redis', 'out_of_memory', {'alertname': 'RedisWriteErrors', 'severity': 'warning', 'instance': 'keppel-trivy-redis-0:6379'},
    {'summary': 'Writes to redis are rejected', 'description': "-OOM command not allowed when used memory > 'maxmemory'"},
    'the raw RESP error line')
BO = 'error_class=Fluent::Plugin::Buffer::BufferOverflowError error="buffer space has too many data"'
err('fluentd', 'queue_backlog', {'alertname': 'LogsFluentdErrors', 'severity': 'warning', 'namespace': 'logs', 'pod': 'fluent-7f9c8'},
    {'summary': 'fluentd emits errors', 'description': f'[warn]: #0 emit transaction failed: {BO} location="/fluentd/vendor/bundle/ruby/3.1.0/gems/fluentd-1.16.2/lib/fluent/plugin/buffer.rb:330:in `write\'" tag="kubernetes.var.log.containers.keystone-api"'},
    'a fluentd log alert quoting the buffer overflow (chunks waiting to be flushed)')
err('fluentd', 'queue_backlog', {'alertname': 'ClusterLogForwarderOutputErrorRate', 'severity': 'critical', 'namespace': 'openshift-logging', 'pod': 'fluentd-5xkqz'},
    {'summary': 'Output errors from fluentd', 'description': f'failed to write data into buffer by buffer overflow action=:throw_exception; {BO}'},
    'an output-error alert quoting the overflow')
err('fluentd', 'queue_backlog', {'alertname': 'FluentdRecordsDropped', 'severity': 'warning', 'namespace': 'logging'},
    {'summary': 'Fluentd rejects new records', 'description': 'Fluent::Plugin::Buffer::BufferOverflowError: buffer space has too many data'},
    'the bare exception')
DISK_ALARM = ('disk resource limit alarm set on node rabbit@hermes-rabbitmq-notifications-0.\n\n'
              '**********************************************************\n'
              '*** Publishers will be blocked until this alarm clears ***\n'
              '**********************************************************')
err('rabbit', 'disk_full', {'alertname': 'RabbitMQLogWarnings', 'severity': 'warning', 'region': 'eu-de-1', 'service': 'hermes', 'pod': 'hermes-rabbitmq-notifications-0'},
    {'summary': 'RabbitMQ logged a resource alarm', 'description': DISK_ALARM},
    'the disk alarm')
err('rabbit', 'disk_full', {'alertname': 'OpenstackLimesAuditEventPublishFailing', 'severity': 'info', 'region': 'eu-nl-1', 'namespace': 'limes'},
    {'summary': 'limes cannot publish audit events', 'description': 'Audit events could not be published to the RabbitMQ server: connection blocked by broker: disk resource limit alarm set on node rabbit@limes-rabbitmq-0.'},
    'a publish-failure alert quoting the disk alarm')
err('rabbit', 'out_of_memory', {'alertname': 'RabbitMQLogWarnings', 'severity': 'warning', 'region': 'ap-jp-1', 'service': 'nova', 'pod': 'nova-rabbitmq-0'},
    {'summary': 'RabbitMQ logged a resource alarm', 'description': 'memory resource limit alarm set on node rabbit@nova-rabbitmq-0.\n\n*** Publishers will be blocked until this alarm clears ***'},
    'the memory alarm')
err('rabbit', 'out_of_memory', {'alertname': 'CronusHighQueue', 'severity': 'warning', 'region': 'global', 'queue': 'cronus_work_queue'},
    {'summary': 'cronus high queuing - above 100k emails for more than 30 minutes', 'description': 'cronus high queuing - above 100k emails for more than 30 minutes; broker log: memory resource limit alarm set on node rabbit@cronus-rabbitmq-1. Publishers will be blocked until this alarm clears'},
    'a backlog alert quoting the memory alarm that blocks publishers (the cause decides)')
NVH = 'No valid host was found. There are not enough hosts available.'
err('nova', None, {'alertname': 'OpenstackNovaInstanceInErrorState', 'severity': 'info', 'region': 'eu-de-1', 'service': 'nova', 'uuid': '7a6b5c4d-3e2f-1a0b-9c8d-7e6f5a4b3c2d'},
    {'summary': 'Openstack Nova Instance In Error State', 'description': f'Nova Instance 7a6b5c4d-3e2f-1a0b-9c8d-7e6f5a4b3c2d Stuck in Error in nova-compute-bb098. fault: {NVH}'},
    'an instance-error alert quoting NoValidHost (scheduling capacity, no host is down)')
err('nova', None, {'alertname': 'OpenstackNovaSchedulerErrors', 'severity': 'warning', 'region': 'eu-de-2', 'service': 'nova'},
    {'summary': 'nova-scheduler cannot place instances', 'description': f'nova.exception.NoValidHost: {NVH}'},
    'a scheduler alert')
err('nova', None, {'alertname': 'OpenstackNovaBuildFailures', 'severity': 'warning', 'region': 'ap-jp-1', 'service': 'nova'},
    {'summary': 'Instance builds are failing', 'description': 'Build of instance 3e2d1c0b-a9f8-4e7d-b6c5-a4b3c2d1e0f9 aborted: nova.exception_Remote.NoValidHost_Remote: No valid host was found. There are not enough hosts available.'},
    'a build-failure alert quoting the remote NoValidHost')
ACC = 'http: Accept error: accept tcp [::]:8080: accept4: too many open files; retrying in 1s'
err('goaccept', 'fd_exhaustion', {'alertname': 'OpenstackKeppelApiLogErrors', 'severity': 'warning', 'region': 'eu-de-1', 'service': 'keppel', 'pod': 'keppel-api-5d8c7b9f6-qq7lp'},
    {'summary': 'keppel-api logged errors', 'description': ACC},
    'a log alert quoting the accept loop')
err('goaccept', 'fd_exhaustion', {'alertname': 'OpenstackLimesHttpErrors', 'severity': 'info', 'region': 'eu-nl-1', 'kubernetes_namespace': 'limes', 'kubernetes_name': 'limes-api-ccloud'},
    {'summary': 'Server errors on limes/limes-api-ccloud', 'description': f'limes/limes-api-ccloud is producing HTTP responses with 5xx status codes. Pod log: {ACC}'},
    'a 5xx alert quoting the accept loop')
err('goaccept', 'fd_exhaustion', {'alertname': 'PrometheusTargetDown', 'severity': 'warning', 'job': 'keppel-api'},
    {'summary': 'keppel-api scrape fails', 'description': 'Get "http://10.246.33.41:8080/metrics": EOF; target log: http: Accept error: accept tcp [::]:8080: accept4: too many open files; retrying in 320ms'},
    'a scrape failure whose target log is the accept loop')
CT = ('Get "https://identity-3.eu-de-1.cloud.sap/v3/auth/tokens": context deadline exceeded '
      '(Client.Timeout exceeded while awaiting headers)')
err('goclient', 'upstream_timeout', {'alertname': 'OpenstackLimesFailedKeystoneSyncs', 'severity': 'warning', 'region': 'eu-de-1', 'namespace': 'limes'},
    {'summary': 'Limes cannot sync from Keystone.', 'description': f'Limes cannot sync domains and projects from Keystone. Error: {CT}'},
    'a failed-sync alert quoting the client timeout (the cause decides)')
err('goclient', 'upstream_timeout', {'alertname': 'OpenstackKeppelSlowPeering', 'severity': 'info', 'region': 'eu-nl-1', 'hostname': 'keppel.na-us-1.cloud.sap'},
    {'summary': 'Keppel cannot peer with keppel.na-us-1.cloud.sap', 'description': 'The Keppel instance in this region has not checked in with its peer keppel.na-us-1.cloud.sap in the last 30 minutes: Post "https://keppel.na-us-1.cloud.sap/keppel/v1/auth/peering": net/http: request canceled (Client.Timeout exceeded while awaiting headers)'},
    'a peering alert quoting the client timeout')
err('goclient', 'upstream_timeout', {'alertname': 'HighRequestLatency', 'severity': 'warning', 'service': 'castellum-api'},
    {'summary': 'p99 latency of castellum-api above 2s', 'description': f'Slow requests; the traces end in: {CT}'},
    'a latency alert quoting the client timeout')

# the same lines inside alerts whose own words name another class
err('goerr', 'fd_exhaustion', {'alertname': 'OpenstackLimesDBConnectionPoolNearlyFull', 'severity': 'info', 'region': 'eu-de-2', 'kubernetes_pod_name': 'limes-api-ccloud-5b8c9d7f6-r7tkw'},
    {'summary': 'DB connection pool nearly full on limes-api-ccloud-5b8c9d7f6-r7tkw', 'description': 'The DB connection pool on pod limes-api-ccloud-5b8c9d7f6-r7tkw is filling up. New connections fail: dial tcp 10.246.40.12:5432: socket: too many open files'},
    'a pool alert whose new connections fail on EMFILE (the cause decides)')
err('goerr', 'fd_exhaustion', {'alertname': 'OpenstackKeppelApiLogErrors', 'severity': 'warning', 'region': 'na-us-1', 'service': 'keppel', 'pod': 'keppel-api-7f6d5c4b3-h9j2k'},
    {'summary': 'keppel-api logged errors', 'description': 'cannot read blob sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08: open /var/lib/keppel/upload/9f86d0818: too many open files'},
    'a log alert quoting EMFILE on open')
err('sqla', 'connection_pool_exhaustion', {'alertname': 'OpenstackNeutronApiOverloaded', 'severity': 'warning', 'region': 'eu-de-1', 'service': 'neutron', 'pod': 'neutron-server-6c9d7f5b8-h2x8t'},
    {'summary': 'Neutron API request queue is not clearing up, increase neutron-server deployment replicas for mitigation.', 'description': f'Neutron API Pod `neutron-server-6c9d7f5b8-h2x8t` request queue > 100 for 5 min. Workers are blocked on: {QP}'},
    'a request-queue alert whose workers wait on the DB pool (the pool is the cause)')
err('esdisk', 'disk_full', {'alertname': 'OpenstackHermesRabbitMQReady', 'severity': 'warning', 'region': 'eu-de-1', 'service': 'hermes', 'kubernetes_name': 'hermes-rabbitmq-notifications'},
    {'summary': 'RabbitMQ ready messages count', 'description': f'hermes notifications has over 10000 ready messages in hermes-rabbitmq-notifications. Logstash stopped consuming after es-hermes-data-1 logged: {FS}'},
    'a backlog alert whose consumer stopped on the flood stage (the disk is the cause)')
err('rabbit', 'disk_full', {'alertname': 'OpenstackKeystoneApi5xx', 'severity': 'warning', 'region': 'ap-cn-1', 'service': 'keystone'},
    {'summary': 'Keystone API ingress endpoint is not healthy', 'description': 'The keystone ingress API endpoint is throwing 5xx for 5 min. keystone-rabbitmq-0: disk resource limit alarm set on node rabbit@keystone-rabbitmq-0. Publishers will be blocked until this alarm clears'},
    'a 5xx alert quoting the broker disk alarm')
err('oslo', 'upstream_timeout', {'alertname': 'HighRequestLatency', 'severity': 'warning', 'region': 'eu-de-1', 'service': 'cinder-api'},
    {'summary': 'p99 latency of cinder-api above 2s', 'description': f'Slow requests; the traces end in: {MT}'},
    'a latency alert quoting the RPC reply timeout')

FAMILY.write()
