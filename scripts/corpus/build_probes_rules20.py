#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_rules20.jsonl: Prometheus alerting rules of operators and
platforms that no tuning corpus used yet, each rendered as Alertmanager delivers a fired alert:
the rule's labels (alertname, severity), the labels its annotations name (instance, job,
namespace, pod, node, queue...) with made-up values, and its annotations with `{{ $labels.x }}`,
`{{ $value }}` and `{{ $externalLabels.x }}` filled in by scripts/corpus/promrender.py's `render`.

What the family tests: the wording of rule sets nobody here wrote rules from: GitLab's Omnibus
package (Puma, Sidekiq, Gitaly, Workhorse, Postgres), the RabbitMQ cluster operator, Gardener
(etcd, kube-apiserver, fluent-bit, node-exporter, seeds and shoots), OpenShift's
cluster-version, machine-config and cluster-network operators, and K8up (backups). Their
signatures are disk/volume/etcd-quota capacity, memory pressure and alarms, descriptor
utilisation, queued jobs and requests, deadlocks, gRPC ResourceExhausted answers, restarts,
error ratios, latency and components that are down; their look-alikes, labelled null, are
failed backups and restorations, reconciliations, drains, reboots, builds and image pushes,
update notices, degraded operator conditions, leader loss, CPU, subnet allocation, conntrack
table use, packet drops in a socket buffer, idle log inputs, logs dropped for missing metadata,
scrapes returning nothing, config reloads, pending pods, unbound volumes, connection churn,
unroutable messages, a single container restart and a backup job that did not run whose text
guesses "there might be a deadlock" (POLICY.md rule 17: a guess is not evidence).

Labels, decided from each rule's name, expression and text under POLICY.md before the
classifier ran on the file (the table ITEMS below, one reason a line):
- capacity warnings count toward their resource (rule 2): file systems, volumes, node
  OutOfDisk/DiskPressure, RabbitMQ's disk alarm and its predicted watermark, and etcd's DB size
  against its quota (a storage quota that refuses writes, rule 7) are `disk_full`; memory alarms,
  MemoryPressure, memory over a reservation or a VPA maximum are `out_of_memory`; descriptor use
  against the limit and RabbitMQ's file-descriptor alarm are `fd_exhaustion`;
- jobs queued in Sidekiq, requests queued in Puma (a web server's request queue, rule 16),
  messages waiting without consumers and a growing queue are `queue_backlog`;
- Postgres deadlocks are `deadlock`; a Workhorse 5xx ratio and the API server's failure ratio are
  `high_error_rate`; the API server's p99 is `high_latency`;
- gRPC `ResourceExhausted` answers are `rate_limited`: it is gRPC's 429 (grpc-gateway maps it to
  HTTP 429), and Gitaly returns it when its concurrency and rate limiters refuse a call; no reason
  naming a full disk or memory is quoted (rule 17's exception does not apply);
- a component down or unreachable (its `up` series absent or zero, a blackbox probe, no running
  pods, a scrape target of a federation) is `node_down` (rules 4, 8);
- a container restarted 4 times within 10 minutes, or more than 5 times in an hour, is
  `crash_loop`; the same RabbitMQ rule rendered with one restart is `null` (rule 7);
- the rest are `null` under rules 2 (CPU), 5 (custom-resource conditions, leader loss as cluster
  health), 7 (allocation ratios), 8 (a monitor's own collection), 9 (planned work: updates,
  drains, reboots), 10 (failed backups, jobs and builds), 17 (a guessed cause; conntrack as a
  table that is not storage, as the tuning corpus's HostConntrackLimit).

Left out as ambiguous (rule 6): Puma thread utilisation (threads against max threads: a pool's
utilisation or CPU-like load?), audit-log webhook failure ratios, RabbitMQ's missing Erlang
distribution links and "no majority of nodes ready", etcd backup-restore "process down or
snapshotter failed" (two conditions in one rule), the VPN proxy probe (absent, failing or
non-200), pods not ready, OVN controllers disconnected from their database, stale northbound and
southbound syncs, inactive northd, CNI pod-add error ratios, kubelet health tallies, and
OpenShift's ClusterOperatorDown/Flapping (an operator's availability condition). Alert names
already present in the tuning corpora (RedisDown, AlertmanagerFailedReload,
AlertmanagerConfigInconsistent, NodeFilesystemAlmostOutOfFiles) were skipped, and so was
Gardener's KubePersistentVolumeFullInFourDays, whose text repeats kubernetes-mixin's.

Sources (annotation strings quoted from the files at the commits named in SOURCES below; label
values, hosts, namespaces and values are made up; the templates that query Prometheus from inside
an annotation, which Alertmanager receives already evaluated, are filled by hand in FILLS).
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(__file__))
from c3common import C, D, DL, E, FD, L, M, N, NULL, Q, R  # noqa: E402
from probes_common import ProbeFamily  # noqa: E402
from promrender import render  # noqa: E402

OMNIBUS = ("gitlabhq/omnibus-gitlab", "440b1f835eb205885d22933ac074cc11c1148609")
RABBIT = ("rabbitmq/cluster-operator", "06cda8e8e1a927a652dda20a1b169fe7667f4916")
GARDENER = ("gardener/gardener", "b312835d1784c3628983205c05452b2eaa95b645")
CVO = ("openshift/cluster-version-operator", "6e719331fb5863141397f35b1f47bed42148a6dd")
MCO = ("openshift/machine-config-operator", "7ff337a4ffac8e7562692181178ede61e4b2eec5")
CNO = ("openshift/cluster-network-operator", "2a6a57fef3ac1c8fde00e85b603e9f73ef29b75c")
K8UP = ("k8up-io/k8up", "80a2ae8c41243d951d68d2b97d94a2eb2d742d02")

# (source, path, alert, severity, annotations) as the rule files hold them (runbook links dropped).
RULES = [
    # ServiceDown
    (OMNIBUS, 'files/gitlab-cookbooks/monitoring/templates/rules/gitlab.rules', 'ServiceDown', None, {
        'description': 'The service {{ $labels.job }} instance {{ $labels.instance }} is not responding for more than 50% of the time for 5 minutes.',
        'summary': 'The service {{ $labels.job }} is not responding',
    }),
    # PostgresDown
    (OMNIBUS, 'files/gitlab-cookbooks/monitoring/templates/rules/gitlab.rules', 'PostgresDown', None, {
        'description': 'The Postgres service {{ $labels.job }} instance {{ $labels.instance }} is not responding for more than 50% of the time for 5 minutes.',
        'summary': 'The Postgres service {{ $labels.job }} is not responding',
    }),
    # PumaQueueing
    (OMNIBUS, 'files/gitlab-cookbooks/monitoring/templates/rules/gitlab.rules', 'PumaQueueing', None, {
        'description': 'Puma instance {{ $labels.instance }} is queueing requests with an average of {{ $value | printf "%.1f" }} over the last 30 minutes.',
        'summary': 'Puma is queueing requests',
    }),
    # SidekiqJobsQueuing
    (OMNIBUS, 'files/gitlab-cookbooks/monitoring/templates/rules/gitlab.rules', 'SidekiqJobsQueuing', None, {
        'summary': 'Sidekiq has jobs queued',
        'description': 'Sidekiq queue {{ $labels.name }} has {{ $value }} jobs queued for 60 minutes.',
    }),
    # HighgRPCResourceExhaustedRate
    (OMNIBUS, 'files/gitlab-cookbooks/monitoring/templates/rules/gitlab.rules', 'HighgRPCResourceExhaustedRate', None, {
        'summary': 'High gRPC ResourceExhausted error rate',
        'description': 'Job {{ $labels.job }} instance {{ $labels.instance }} gRPC is returning more than 1% ({{ $value | printf "%.1f" }}%) ResourceExhausted errors over the last 60 minutes.',
    }),
    # PostgresDatabaseDeadlocks
    (OMNIBUS, 'files/gitlab-cookbooks/monitoring/templates/rules/gitlab.rules', 'PostgresDatabaseDeadlocks', None, {
        'summary': 'Postgres database has deadlocks',
        'description': 'Postgres database {{ $labels.instance }} had {{ $value | printf "%d" }} deadlocks in the last 5 minutes.',
    }),
    # PostgresDatabaseDeadlockCancels
    (OMNIBUS, 'files/gitlab-cookbooks/monitoring/templates/rules/gitlab.rules', 'PostgresDatabaseDeadlockCancels', None, {
        'summary': 'Postgres database has queries canceled due to deadlocks',
        'description': 'Postgres database {{ $labels.instance }} had {{ $value | printf "%d" }} queries canceled due to deadlocks in the last 5 minutes.',
    }),
    # WorkhorseHighErrorRate
    (OMNIBUS, 'files/gitlab-cookbooks/monitoring/templates/rules/gitlab.rules', 'WorkhorseHighErrorRate', None, {
        'summary': 'Workhorse has high error rates',
        'description': 'Workhorse route {{ $labels.route }} method {{ $labels.method }} has more than 50% errors ({{ $value | printf "%.1f" }}%) for the last 60 minutes.',
    }),
    # FilesystemAlmostFull
    (OMNIBUS, 'files/gitlab-cookbooks/monitoring/templates/rules/node.rules', 'FilesystemAlmostFull', None, {
        'description': 'The filesystem {{ $labels.device }}:{{ $labels.mountpoint }} on {{ $labels.instance }} has {{ $value | printf "%.2f" }}% space available.',
        'summary': 'The filesystem {{ $labels.device }}:{{ $labels.mountpoint }} is almost full',
    }),
    # FilesystemFullIn1Day
    (OMNIBUS, 'files/gitlab-cookbooks/monitoring/templates/rules/node.rules', 'FilesystemFullIn1Day', None, {
        'description': 'The filesystem {{ $labels.device }}:{{ $labels.mountpoint }} on {{ $labels.instance }} will be full in the next 24 hours.',
        'summary': 'The filesystem {{ $labels.device }}:{{ $labels.mountpoint }} will be full within 24 hours',
    }),
    # RabbitMQClusterOperatorUnavailableReplicas
    (RABBIT, 'observability/prometheus/rules/rabbitmq-cluster-operator/unavailable-replicas.yml', 'RabbitMQClusterOperatorUnavailableReplicas', 'warning', {
        'description': '`{{ $value }}` replicas are unavailable in Deployment `rabbitmq-cluster-operator`\nin namespace `{{ $labels.namespace }}`.\n',
        'summary': 'There are pods that are either running but not yet available or pods that still have not been created.\nCheck the status of the deployment: `kubectl -n {{ $labels.namespace }} describe deployment rabbitmq-cluster-operator`\nCheck the status of the pod: `kubectl -n {{ $labels.namespace }} describe pod -l app.kubernetes.io/component=rabbitmq-cluster-operator`\n',
    }),
    # QueueHasNoConsumers
    (RABBIT, 'observability/prometheus/rules/rabbitmq-per-object/queue-has-no-consumers.yml', 'QueueHasNoConsumers', 'warning', {
        'description': "Over the last 10 minutes, non-empty queue `{{ $labels.queue }}` with {{ $value }} messages\nin virtual host `{{ $labels.vhost }}` didn't have any consumers in\nRabbitMQ cluster `{{ $labels.rabbitmq_cluster }}` in namespace `{{ $labels.namespace }}`.\n",
        'summary': "Messages are sitting idle in the queue, without any processing.\nThis alert is highly application specific (and e.g. doesn't make sense for stream queues).\n",
    }),
    # QueueIsGrowing
    (RABBIT, 'observability/prometheus/rules/rabbitmq-per-object/queue-is-growing.yml', 'QueueIsGrowing', 'warning', {
        'description': 'Over the last 10 minutes, queue `{{ $labels.queue }}` in virtual host `{{ $labels.vhost }}`\nwas growing. 10 minute moving average has grown by {{ $value }}.\nThis happens in RabbitMQ cluster `{{ $labels.rabbitmq_cluster }}` in namespace `{{ $labels.namespace }}`.\n',
        'summary': 'Queue size is steadily growing over time.\n',
    }),
    # MemoryAlarm
    (RABBIT, 'observability/prometheus/rules/rabbitmq/cluster-alarms.yml', 'MemoryAlarm', 'warning', {
        'description': 'RabbitMQ cluster `{{ $labels.rabbitmq_cluster }}` memory alarm active. Publishers are blocked.\n',
        'summary': 'A RabbitMQ node reached the `vm_memory_high_watermark` threshold.\nSee https://www.rabbitmq.com/docs/alarms#overview, https://www.rabbitmq.com/docs/memory.\n',
    }),
    # RabbitmqDiskAlarm
    (RABBIT, 'observability/prometheus/rules/rabbitmq/cluster-alarms.yml', 'RabbitmqDiskAlarm', 'warning', {
        'description': 'RabbitMQ cluster `{{ $labels.rabbitmq_cluster }}` disk alarm active. Publishers are blocked.\n',
        'summary': 'A RabbitMQ node reached the `disk_free_limit` threshold.\nSee https://www.rabbitmq.com/docs/alarms#overview, https://www.rabbitmq.com/docs/disk-alarms.\n',
    }),
    # RabbitmqFileDescriptorAlarm
    (RABBIT, 'observability/prometheus/rules/rabbitmq/cluster-alarms.yml', 'RabbitmqFileDescriptorAlarm', 'warning', {
        'description': 'RabbitMQ cluster `{{ $labels.rabbitmq_cluster }}` file descriptor alarm active. Publishers are blocked.\n',
        'summary': 'A RabbitMQ node ran out of file descriptors.\nSee https://www.rabbitmq.com/docs/alarms#file-descriptors.\n',
    }),
    # ContainerRestarts
    (RABBIT, 'observability/prometheus/rules/rabbitmq/container-restarts.yml', 'ContainerRestarts', 'warning', {
        'description': 'Over the last 10 minutes, container `{{ $labels.container }}`\nrestarted `{{ $value | printf "%.0f" }}` times in pod `{{ $labels.pod }}` of RabbitMQ cluster\n`{{ $labels.rabbitmq_cluster }}` in namespace `{{ $labels.namespace }}`.\n',
        'summary': "Investigate why the container got restarted.\nCheck the logs of the current container: `kubectl -n {{ $labels.namespace }} logs {{ $labels.pod }}`\nCheck the logs of the previous container: `kubectl -n {{ $labels.namespace }} logs {{ $labels.pod }} --previous`\nCheck the last state of the container: `kubectl -n {{ $labels.namespace }} get pod {{ $labels.pod }} -o jsonpath='{.status.containerStatuses[].lastState}'`\n",
    }),
    # FileDescriptorsNearLimit
    (RABBIT, 'observability/prometheus/rules/rabbitmq/file-descriptors-near-limit.yml', 'FileDescriptorsNearLimit', 'warning', {
        'description': '`{{ $value | humanizePercentage }}` file descriptors of file\ndescriptor limit are used in RabbitMQ node `{{ $labels.rabbitmq_node }}`,\npod `{{ $labels.pod }}`, RabbitMQ cluster `{{ $labels.rabbitmq_cluster }}`,\nnamespace `{{ $labels.namespace }}`.\n',
        'summary': 'More than 80% of file descriptors are used on the RabbitMQ node.\nWhen this value reaches 100%, new connections will not be accepted and disk write operations may fail.\nClient libraries, peer nodes and CLI tools will not be able to connect when the node runs out of available file descriptors.\nSee https://www.rabbitmq.com/production-checklist.html#resource-limits-file-handle-limit.\n',
    }),
    # HighConnectionChurn
    (RABBIT, 'observability/prometheus/rules/rabbitmq/high-connection-churn.yml', 'HighConnectionChurn', 'warning', {
        'description': 'Over the last 5 minutes, `{{ $value | humanizePercentage }}`\nof total connections are closed or opened per second in RabbitMQ cluster `{{ $labels.rabbitmq_cluster }}`\nin namespace `{{ $labels.namespace }}`.\n',
        'summary': 'More than 10% of total connections are churning.\nThis means that client application connections are short-lived instead of long-lived.\nRead https://www.rabbitmq.com/connections.html#high-connection-churn to understand why this is an anti-pattern.\n',
    }),
    # LowDiskWatermarkPredicted
    (RABBIT, 'observability/prometheus/rules/rabbitmq/low-disk-watermark-predicted.yml', 'LowDiskWatermarkPredicted', 'warning', {
        'description': 'The predicted free disk space in 24 hours from now is `{{ $value | humanize1024 }}B`\nin RabbitMQ node `{{ $labels.rabbitmq_node }}`, pod `{{ $labels.pod }}`,\nRabbitMQ cluster `{{ $labels.rabbitmq_cluster }}`, namespace `{{ $labels.namespace }}`.\n',
        'summary': "Based on the trend of available disk space over the past 24 hours, it's predicted that, in 24 hours from now, a disk alarm will be triggered since the free disk space will drop below the free disk space limit.\nThis alert is reported for the partition where the RabbitMQ data directory is stored.\nWhen the disk alarm will be triggered, all publishing connections across all cluster nodes will be blocked.\nSee\nhttps://www.rabbitmq.com/alarms.html,\nhttps://www.rabbitmq.com/disk-alarms.html,\nhttps://www.rabbitmq.com/production-checklist.html#resource-limits-disk-space,\nhttps://www.rabbitmq.com/persistence-conf.html,\nhttps://www.rabbitmq.com/connection-blocked.html.\n",
    }),
    # PersistentVolumeMissing
    (RABBIT, 'observability/prometheus/rules/rabbitmq/persistent-volume-missing.yml', 'PersistentVolumeMissing', 'critical', {
        'description': 'PersistentVolumeClaim `{{ $labels.persistentvolumeclaim }}` of\nRabbitMQ cluster `{{ $labels.label_app_kubernetes_io_name }}` in namespace\n`{{ $labels.namespace }}` is not bound.\n',
        'summary': 'RabbitMQ needs a PersistentVolume for its data.\nHowever, there is no PersistentVolume bound to the PersistentVolumeClaim.\nThis means the requested storage could not be provisioned.\nCheck the status of the PersistentVolumeClaim: `kubectl -n {{ $labels.namespace }} describe pvc {{ $labels.persistentvolumeclaim }}`.\n',
    }),
    # UnroutableMessages
    (RABBIT, 'observability/prometheus/rules/rabbitmq/unroutable-messages.yml', 'UnroutableMessages', 'warning', {
        'description': 'There were `{{ $value | printf "%.0f" }}` unroutable messages within the last\n5 minutes in RabbitMQ cluster `{{ $labels.rabbitmq_cluster }}` in namespace\n`{{ $labels.namespace }}`.\n',
        'summary': 'There are messages published into an exchange which cannot be routed and are either dropped silently, or returned to publishers.\nIs your routing topology set up correctly?\nCheck your application code and bindings between exchanges and queues.\nSee\nhttps://www.rabbitmq.com/publishers.html#unroutable,\nhttps://www.rabbitmq.com/confirms.html#when-publishes-are-confirmed.\n',
    }),
    # EtcdMainDown
    (GARDENER, 'pkg/component/observability/monitoring/prometheus/garden/assets/prometheusrules/etcd.yaml', 'EtcdMainDown', 'critical', {
        'summary': 'Virtual garden etcd main cluster is down in landscape {{$externalLabels.landscape}}.',
        'description': 'Virtual garden etcd main cluster is unavailable or cannot be scraped due to possible quorum loss. As long as etcd main is down the virtual garden cluster is unreachable.',
    }),
    # EtcdMainNoLeader
    (GARDENER, 'pkg/component/observability/monitoring/prometheus/garden/assets/prometheusrules/etcd.yaml', 'EtcdMainNoLeader', 'critical', {
        'summary': 'Virtual garden etcd main has no leader in landscape {{$externalLabels.landscape}}.',
        'description': 'Virtual garden etcd main has no leader. Possible network partition in the etcd cluster.',
    }),
    # EtcdDbSizeLimitApproaching
    (GARDENER, 'pkg/component/observability/monitoring/prometheus/garden/assets/prometheusrules/etcd.yaml', 'EtcdDbSizeLimitApproaching', 'warning', {
        'summary': 'Virtual garden etcd {{$labels.role}} DB size is approaching its current practical limit in landscape {{$externalLabels.landscape}}. Current DB size: {{ $value }}.',
        'description': 'Virtual garden etcd {{$labels.role}} DB size is approaching its current practical limit of 8GB. Current DB size: {{ $value }}. Etcd quota might need to be increased.',
    }),
    # EtcdRestorationFailed
    (GARDENER, 'pkg/component/observability/monitoring/prometheus/garden/assets/prometheusrules/etcd.yaml', 'EtcdRestorationFailed', 'critical', {
        'summary': 'Virtual garden etcd data restoration failure.',
        'description': 'Virtual garden etcd data restoration was triggered, but has failed.',
    }),
    # PodFrequentlyRestarting
    (GARDENER, 'pkg/component/observability/monitoring/prometheus/garden/assets/prometheusrules/seed.yaml', 'PodFrequentlyRestarting', 'info', {
        'summary': 'Some container is restarting frequently',
        'description': 'Some container in namespace {{$labels.namespace}} in seed {{$labels.seed}} in landscape {{$externalLabels.landscape}} was restarted more than 5 times within the last hour.',
    }),
    # PersistentVolumeSizeMismatch
    (GARDENER, 'pkg/component/observability/monitoring/prometheus/garden/assets/prometheusrules/seed.yaml', 'PersistentVolumeSizeMismatch', 'warning', {
        'summary': 'There is a persistent volume with a size mismatch',
        'description': 'Landscape: {{$externalLabels.landscape}}\nSeed: {{$labels.seed}}\nNamespace:  {{$labels.namespace}}\nPersistentVolumeClaim:  {{$labels.persistentvolumeclaim}}\nSize difference: {{$value}}%',
    }),
    # ApproachingSeedCapacity
    (GARDENER, 'pkg/component/observability/monitoring/prometheus/garden/assets/prometheusrules/seed.yaml', 'ApproachingSeedCapacity', 'critical', {
        'summary': '{{$externalLabels.landscape}}: {{$labels.region}} in {{$labels.iaas}} is approaching capacity',
        'description': '{{$labels.region}} in {{$labels.iaas}} has crossed the 98% capacity threshold. The alert will stop firing when the seed usage drops below 90%.\nThere are currently {{$value}} shoots hosted in this region. Current usage is {{range\n        printf `\n          round(\n                sum by (iaas, region) (\n                    sum by (iaas, region, name) (garden_seed_usage{protected="false",resource="shoot",visible="true"})\n                  +\n                    0 * sum by (iaas, region, name) (garden_seed_capacity{protected="false",visible="true"})\n                )\n              / ignoring (resource)\n                sum by (iaas, region) (\n                  garden_seed_capacity{iaas="%s",protected="false",region="%s",visible="true"}\n                )\n            *\n              100,\n            0.01\n          )\n        ` $labels.iaas $labels.region\n        | query -}}\n  {{- . | value -}}%\n{{- end}}.\nCurrent distribution of shoots: {{range printf `sum by (name) (garden_seed_usage{resource  = "shoot" ,                                        protected = "false" ,                                        visible   = "true" ,                                        region    = "%s" ,                                        iaas      = "%s"})` $labels.region $labels.iaas | query}} {{. | label "name"}} = {{. | value}}, {{end}}\nVisible non-protected seeds: {{range printf `count by (name) (garden_seed_info{protected = "false" ,                                         visible   = "true" ,                                         region    = "%s" ,                                         iaas      = "%s"})` $labels.region $labels.iaas | query}} {{. | label "name"}}, {{end}}',
    }),
    # SeedFederationFailure
    (GARDENER, 'pkg/component/observability/monitoring/prometheus/garden/assets/prometheusrules/seed.yaml', 'SeedFederationFailure', 'warning', {
        'summary': 'Seed federation failure',
        'description': 'Federating from the prometheus-aggregate instance {{$labels.instance}} failed.\nPlease check the error message in the `prometheus-garden` in the garden runtime cluster.\nPort-forward to `prometheus-garden-0` in the `garden` namespace and open:\nhttp://localhost:9090/targets?search={{$labels.instance}}',
    }),
    # SeedPodStuckInPending
    (GARDENER, 'pkg/component/observability/monitoring/prometheus/garden/assets/prometheusrules/seed.yaml', 'SeedPodStuckInPending', 'warning', {
        'summary': 'A pod is stuck in Pending state for more than 10 minutes.',
        'description': 'The pod {{$labels.pod}} in namespace {{$labels.namespace}} in seed {{$labels.seed}} in landscape {{$externalLabels.landscape}} is stuck in Pending state for more than 10 minutes.',
    }),
    # SeedConditionFailing
    (GARDENER, 'pkg/component/observability/monitoring/prometheus/garden/assets/prometheusrules/seed.yaml', 'SeedConditionFailing', 'critical', {
        'summary': 'Seed Condition Failing',
        'description': 'The seed cluster {{$labels.name}} in {{$externalLabels.landscape}} has a failing condition: {{$labels.condition}}.',
    }),
    # SeedReconciliationFailed
    (GARDENER, 'pkg/component/observability/monitoring/prometheus/garden/assets/prometheusrules/seed.yaml', 'SeedReconciliationFailed', 'critical', {
        'summary': 'Seed reconciliation has permanently failed',
        'description': 'The seed {{$labels.name}} in {{$externalLabels.landscape}} has reached a terminal Failed state for its Reconcile operation. Manual intervention is required.',
    }),
    # ShootOutageByIaas
    (GARDENER, 'pkg/component/observability/monitoring/prometheus/garden/assets/prometheusrules/shoot.yaml', 'ShootOutageByIaas', 'critical', {
        'summary': 'Over 10% of productive {{$labels.iaas}} shoots are unavailable on the  {{$externalLabels.landscape}} landscape.',
        'description': 'Over 10% of {{$labels.iaas}} shoots have the condition APIServerAvailable == 0. ( {{printf `count( garden_shoot_condition{iaas      =  "%s" ,                      condition =  "APIServerAvailable" ,                      operation =  "Reconcile" ,                      is_seed   =  "false" ,                      purpose   =~ "production"} == 0)` $labels.iaas | query | first | value}} out of {{printf `count( garden_shoot_condition{iaas      =  "%s" ,                      condition =  "APIServerAvailable" ,                      operation =  "Reconcile" ,                      is_seed   =  "false" ,                      purpose   =~ "production"})` $labels.iaas | query | first | value}} )',
    }),
    # PrometheusCantScrape
    (GARDENER, 'pkg/component/observability/monitoring/prometheus/shoot/assets/prometheusrules/prometheus.yaml', 'PrometheusCantScrape', 'warning', {
        'description': 'Prometheus failed to scrape metrics. Instance {{ $labels.instance }}, job {{ $labels.job }}.',
        'summary': 'No metrics are scraped from any target.',
    }),
    # PrometheusConfigurationFailure
    (GARDENER, 'pkg/component/observability/monitoring/prometheus/shoot/assets/prometheusrules/prometheus.yaml', 'PrometheusConfigurationFailure', 'warning', {
        'description': 'Latest Prometheus configuration is broken and Prometheus is using the previous one.',
        'summary': 'Prometheus is misconfigured',
    }),
    # KubeKubeletNodeDown
    (GARDENER, 'pkg/component/observability/monitoring/prometheus/shoot/assets/prometheusrules/worker/kube-kubelet.yaml', 'KubeKubeletNodeDown', 'warning', {
        'description': 'The kubelet {{ $labels.instance }} has been unavailable/unreachable for more than 1 hour. Workloads on the affected node may not be schedulable.',
        'summary': 'Kubelet unavailable',
    }),
    # KubeletTooManyOpenFileDescriptorsSeed
    (GARDENER, 'pkg/component/observability/monitoring/prometheus/shoot/assets/prometheusrules/worker/kube-kubelet.yaml', 'KubeletTooManyOpenFileDescriptorsSeed', 'critical', {
        'description': 'Seed-kubelet ({{ $labels.kubernetes_io_hostname }}) is using {{ $value }}% of the available file/socket descriptors. Kubelet could be under heavy load.',
        'summary': 'Seed-kubelet has too many open file descriptors.',
    }),
    # KubePersistentVolumeUsageCritical
    (GARDENER, 'pkg/component/observability/monitoring/prometheus/shoot/assets/prometheusrules/worker/kube-kubelet.yaml', 'KubePersistentVolumeUsageCritical', 'critical', {
        'description': 'The PersistentVolume claimed by {{ $labels.persistentvolumeclaim }} is only {{ printf "%0.2f" $value }}% free.',
        'summary': 'PersistentVolume almost full.',
    }),
    # KubePersistentVolumeFullInFourDays
    (GARDENER, 'pkg/component/observability/monitoring/prometheus/shoot/assets/prometheusrules/worker/kube-kubelet.yaml', 'KubePersistentVolumeFullInFourDays', 'warning', {
        'description': 'Based on recent sampling, the PersistentVolume claimed by {{ $labels.persistentvolumeclaim }} is expected to fill up within four days. Currently {{ printf "%0.2f" $value }}% is available.',
        'summary': 'PersistentVolume will be full in four days.',
    }),
    # KubePodPendingControlPlane
    (GARDENER, 'pkg/component/observability/monitoring/prometheus/shoot/assets/prometheusrules/worker/kube-pods.yaml', 'KubePodPendingControlPlane', 'warning', {
        'description': 'Pod {{ $labels.pod }} is stuck in "Pending" state for more than 30 minutes.',
        'summary': 'Control plane pod stuck in "Pending" state',
    }),
    # ClusterVersionOperatorDown
    (CVO, 'install/0000_90_cluster-version-operator_02_servicemonitor.yaml', 'ClusterVersionOperatorDown', 'critical', {
        'summary': 'Cluster version operator has disappeared from Prometheus target discovery.',
        'description': 'The operator may be down or disabled. The cluster will not be kept up to date and upgrades will not be possible. Inspect the openshift-cluster-version namespace for events or changes to the cluster-version-operator deployment or pods to diagnose and repair. {{ "{{ with $console_url := \\"console_url\\" | query }}{{ if ne (len (label \\"url\\" (first $console_url ) ) ) 0}} For more information refer to {{ label \\"url\\" (first $console_url ) }}/k8s/cluster/projects/openshift-cluster-version.{{ end }}{{ end }}" }}',
    }),
    # CannotRetrieveUpdates
    (CVO, 'install/0000_90_cluster-version-operator_02_servicemonitor.yaml', 'CannotRetrieveUpdates', 'warning', {
        'summary': 'Cluster version operator has not retrieved updates in {{ "{{ $value | humanizeDuration }}" }}.',
        'description': 'Failure to retrieve updates means that cluster administrators will need to monitor for available updates on their own or risk falling behind on security or other bugfixes. If the failure is expected, you can clear spec.channel in the ClusterVersion object to tell the cluster-version operator to not retrieve updates. Failure reason {{ "{{ with $cluster_operator_conditions := \\"cluster_operator_conditions\\" | query}}{{range $value := .}}{{if and (eq (label \\"name\\" $value) \\"version\\") (eq (label \\"condition\\" $value) \\"RetrievedUpdates\\") (eq (label \\"endpoint\\" $value) \\"metrics\\") (eq (value $value) 0.0)}}{{label \\"reason\\" $value}} {{end}}{{end}}{{end}}" }}. For more information refer to `oc get clusterversion/version -o=jsonpath="{.status.conditions[?(.type==\'RetrievedUpdates\')]}{\'\\n\'}"`{{ "{{ with $console_url := \\"console_url\\" | query }}{{ if ne (len (label \\"url\\" (first $console_url ) ) ) 0}} or {{ label \\"url\\" (first $console_url ) }}/settings/cluster/{{ end }}{{ end }}" }}.',
    }),
    # UpdateAvailable
    (CVO, 'install/0000_90_cluster-version-operator_02_servicemonitor.yaml', 'UpdateAvailable', 'info', {
        'summary': 'Your upstream update recommendation service recommends you update your cluster.',
        'description': 'For more information refer to \'oc adm upgrade\'{{ "{{ with $console_url := \\"console_url\\" | query }}{{ if ne (len (label \\"url\\" (first $console_url ) ) ) 0}} or {{ label \\"url\\" (first $console_url ) }}/settings/cluster/{{ end }}{{ end }}" }}.',
    }),
    # ClusterReleaseNotAccepted
    (CVO, 'install/0000_90_cluster-version-operator_02_servicemonitor.yaml', 'ClusterReleaseNotAccepted', 'warning', {
        'summary': 'The desired cluster release has not been accepted for at least an hour.',
        'description': 'The desired cluster release has not been accepted because {{ "{{ $labels.reason }}" }}, and the cluster will continue to reconcile an earlier release instead of moving towards that desired release.  For more information refer to \'oc adm upgrade\'{{ "{{ with $console_url := \\"console_url\\" | query }}{{ if ne (len (label \\"url\\" (first $console_url ) ) ) 0}} or {{ label \\"url\\" (first $console_url ) }}/settings/cluster/{{ end }}{{ end }}" }}.',
    }),
    # ClusterOperatorDegraded
    (CVO, 'install/0000_90_cluster-version-operator_02_servicemonitor.yaml', 'ClusterOperatorDegraded', 'warning', {
        'summary': 'Cluster operator has been degraded for 30 minutes.',
        'description': 'The {{ "{{ $labels.name }}" }} operator is degraded because {{ "{{ $labels.reason }}" }}, and the components it manages may have reduced quality of service.  Cluster upgrades may not complete. For more information refer to \'{{ "{{ if eq $labels.name \\"version\\" }}oc adm upgrade{{ else }}oc get -o yaml clusteroperator {{ $labels.name }}{{ end }}" }}\'{{ "{{ with $console_url := \\"console_url\\" | query }}{{ if ne (len (label \\"url\\" (first $console_url ) ) ) 0}} or {{ label \\"url\\" (first $console_url ) }}/settings/cluster/{{ end }}{{ end }}" }}.',
    }),
    # MCCDrainError
    (MCO, 'install/0000_90_machine-config_01_prometheus-rules.yaml', 'MCCDrainError', 'warning', {
        'summary': 'Alerts the user to a failed node drain. Always triggers when the failure happens one or more times.',
        'description': 'Drain failed on {{ $labels.exported_node }} , updates may be blocked. For more details check MachineConfigController pod logs: oc logs -f -n {{ $labels.namespace }} machine-config-controller-xxxxx -c machine-config-controller',
    }),
    # OCLBuildFailed
    (MCO, 'install/0000_90_machine-config_01_prometheus-rules.yaml', 'OCLBuildFailed', 'warning', {
        'summary': 'On-Cluster Layering build failed for pool {{ $labels.pool }}',
        'description': 'An OCL image build has failed for MachineConfigPool {{ $labels.pool }}. Nodes in this pool will not receive updated layered images until the build succeeds. Check the machine-os-builder pod logs for details.',
    }),
    # MCDRebootError
    (MCO, 'install/0000_90_machine-config_01_prometheus-rules.yaml', 'MCDRebootError', 'critical', {
        'summary': 'Alerts the user that a node failed to reboot one or more times over a span of 5 minutes.',
        'description': 'Reboot failed on {{ $labels.node }} , update may be blocked. For more details:  oc logs -f -n {{ $labels.namespace }} {{ $labels.pod }} -c machine-config-daemon ',
    }),
    # SystemMemoryExceedsReservation
    (MCO, 'install/0000_90_machine-config_01_prometheus-rules.yaml', 'SystemMemoryExceedsReservation', 'warning', {
        'summary': 'Alerts the user when, for 15 minutes, a specific node is using more memory than is reserved',
        'description': 'System memory usage of {{ $value | humanize }} on {{ $labels.node }} exceeds 95% of the reservation. Reserved memory ensures system processes can function even when the node is fully allocated and protects against workload out of memory events impacting the proper functioning of the node. The default reservation is expected to be sufficient for most configurations and should be increased (https://docs.openshift.com/container-platform/latest/nodes/nodes/nodes-nodes-managing.html) when running nodes with high numbers of pods (either due to rate of change or at steady state).',
    }),
    # HighOverallControlPlaneMemory
    (MCO, 'install/0000_90_machine-config_01_prometheus-rules.yaml', 'HighOverallControlPlaneMemory', 'warning', {
        'summary': 'Memory utilization across all control plane nodes is high, and could impact responsiveness and stability.',
        'description': 'Given three control plane nodes, the overall memory utilization may only be about 2/3 of all available capacity. This is because if a single control plane node fails, the kube-apiserver and etcd may be slow to respond. To fix this, increase memory of the control plane nodes.',
    }),
    # ExtremelyHighIndividualControlPlaneMemory
    (MCO, 'install/0000_90_machine-config_01_prometheus-rules.yaml', 'ExtremelyHighIndividualControlPlaneMemory', 'critical', {
        'summary': 'Extreme memory utilization per node within control plane nodes is extremely high, and could impact responsiveness and stability.',
        'description': 'The memory utilization per instance within control plane nodes influence the stability, and responsiveness of the cluster. This can lead to cluster instability and slow responses from kube-apiserver or failing requests especially on etcd. Moreover, OOM kill is expected which negatively influences the pod scheduling. If this happens on container level, the descheduler will not be able to detect it, as it works on the pod level. To fix this, increase memory of the affected node of control plane nodes.',
    }),
    # OVNKubernetesResourceRetryFailure
    (CNO, 'bindata/network/ovn-kubernetes/common/alert-rules.yaml', 'OVNKubernetesResourceRetryFailure', 'warning', {
        'summary': 'OVN Kubernetes failed to apply networking control plane configuration.',
        'description': 'OVN Kubernetes failed to apply networking control plane configuration after several attempts. This might be because the configuration\nprovided by the user is invalid or because of an internal error. As a consequence, the cluster might have a degraded status.\n',
    }),
    # OVNKubernetesNodeOVSOverflowKernel
    (CNO, 'bindata/network/ovn-kubernetes/common/alert-rules.yaml', 'OVNKubernetesNodeOVSOverflowKernel', 'warning', {
        'summary': 'OVS kernel module drops packets due to buffer overflow.',
        'description': 'Netlink messages dropped by OVS kernel module due to netlink socket buffer overflow. This will result in packet loss.',
    }),
    # OVNKubernetesNorthboundDatabaseCPUUsageHigh
    (CNO, 'bindata/network/ovn-kubernetes/common/alert-rules.yaml', 'OVNKubernetesNorthboundDatabaseCPUUsageHigh', 'info', {
        'summary': 'OVN northbound database {{"{{"}} $labels.instance {{"}}"}} is greater than {{"{{"}} $value | humanizePercentage {{"}}"}} percent CPU usage for a period of time.',
        'description': 'High OVN northbound CPU usage indicates high load on the networking\ncontrol plane for the affected node.\n',
    }),
    # V4SubnetAllocationThresholdExceeded
    (CNO, 'bindata/network/ovn-kubernetes/self-hosted/alert-rules-control-plane.yaml', 'V4SubnetAllocationThresholdExceeded', 'warning', {
        'summary': 'More than 80% of v4 subnets available to assign to the nodes are allocated. Current v4 subnet allocation percentage is {{"{{"}} $value | humanizePercentage {{"}}"}}.',
        'description': 'More than 80% of IPv4 subnets are used. Insufficient IPv4 subnets could degrade provisioning of workloads.',
    }),
    # NoRunningOvnControlPlane
    (CNO, 'bindata/network/ovn-kubernetes/self-hosted/alert-rules-control-plane.yaml', 'NoRunningOvnControlPlane', 'critical', {
        'summary': 'There is no running ovn-kubernetes control plane.',
        'description': 'Networking control plane is degraded. Networking configuration updates applied to the cluster will not be\nimplemented while there are no OVN Kubernetes control plane pods.\n',
    }),
    # NoOvnClusterManagerLeader
    (CNO, 'bindata/network/ovn-kubernetes/self-hosted/alert-rules-control-plane.yaml', 'NoOvnClusterManagerLeader', 'critical', {
        'summary': 'There is no ovn-kubernetes cluster manager leader.',
        'description': 'Networking control plane is degraded. Networking configuration updates applied to the cluster will not be\nimplemented while there is no OVN Kubernetes cluster manager leader. Existing workloads should continue to have connectivity.\nOVN-Kubernetes control plane is not functional.\n',
    }),
    # K8upBackupLastErrors
    (K8UP, 'config/samples/prometheus/rules.yaml', 'K8upBackupLastErrors', 'critical', {
        'summary': 'Amount of errors of last restic backup',
        'description': 'This alert is fired when error number is > 0',
    }),
    # K8upBackupFailed
    (K8UP, 'config/samples/prometheus/rules.yaml', 'K8upBackupFailed', 'critical', {
        'summary': 'Job in {{ $labels.namespace }} of type {{ $labels.jobType }} failed',
    }),
    # K8upBackupNotRunning
    (K8UP, 'config/samples/prometheus/rules.yaml', 'K8upBackupNotRunning', 'critical', {
        'summary': 'No K8up jobs were run in {{ $labels.namespace }} within the last 24 hours. Check the operator, there might be a deadlock',
    }),
    # Gardener rules written in Go (role "main"; the alert names are built as "KubeEtcd3" + role + ...).
    (GARDENER, 'pkg/component/etcd/etcd/etcd.go', 'KubeEtcd3MainDbSizeLimitCrossed', 'critical', {
        'summary': 'Etcd3 main DB size has crossed its current practical limit.',
        'description': 'Etcd3 main DB size has crossed its current practical limit of 8GB. Etcd quota must be increased to allow updates.',
    }),
    (GARDENER, 'pkg/component/etcd/etcd/etcd.go', 'KubeEtcd3MainHighMemoryConsumption', 'warning', {
        'summary': 'Etcd3 main is consuming too much memory',
        'description': 'Etcd3 main is consuming over 50% of the max allowed value specified by VPA.',
    }),
    (GARDENER, 'pkg/component/etcd/etcd/etcd.go', 'KubeEtcdMainFullBackupFailed', 'critical', {
        'summary': 'Etcd full snapshot failure.',
        'description': 'No full snapshot for at least last 24 hours have been taken by backup-restore leader.',
    }),
    (GARDENER, 'pkg/component/kubernetes/apiserver/prometheusrule.go', 'ApiServerNotReachable', 'blocker', {
        'summary': 'API server not reachable (externally).',
        'description': 'API server not reachable via external endpoint: {{ $labels.instance }}.',
    }),
    (GARDENER, 'pkg/component/kubernetes/apiserver/prometheusrule.go', 'KubeApiserverDown', 'blocker', {
        'summary': 'API server unreachable.',
        'description': 'All API server replicas are down/unreachable, or all API server could not be found.',
    }),
    (GARDENER, 'pkg/component/kubernetes/apiserver/prometheusrule.go', 'KubeApiServerTooManyOpenFileDescriptors', 'critical', {
        'summary': 'The API server has too many open file descriptors',
        'description': 'The API server ({{ $labels.instance }}) is using {{ $value }}% of the available file/socket descriptors.',
    }),
    (GARDENER, 'pkg/component/kubernetes/apiserver/prometheusrule.go', 'KubeApiServerLatency', 'warning', {
        'summary': 'Kubernetes API server latency is high',
        'description': 'Kube API server latency for verb {{ $labels.verb }} is high. This could be because the shoot workers and the control plane are in different regions. 99th percentile of request latency is greater than 3 seconds.',
    }),
    (GARDENER, 'pkg/component/kubernetes/apiserver/prometheusrule.go', 'ApiserverRequestsFailureRate', 'warning', {
        'summary': 'Kubernetes API server failure rate is high',
        'description': 'The API Server requests failure rate exceeds 10%.',
    }),
    (GARDENER, 'pkg/component/networking/coredns/coredns.go', 'CoreDNSDown', 'critical', {
        'description': 'CoreDNS could not be found. Cluster DNS resolution will not work.',
        'summary': 'CoreDNS is down',
    }),
    (GARDENER, 'pkg/component/networking/vpn/shoot/shoot.go', 'VPNShootNoPods', 'critical', {
        'description': 'vpn-shoot deployment in Shoot cluster has 0 available pods. VPN won\'t work.',
        'summary': 'VPN Shoot deployment no pods',
    }),
    (GARDENER, 'pkg/component/observability/logging/fluentbit/fluentbit.go', 'FluentBitDown', 'warning', {
        'description': 'There are no fluent-bit pods running on seed: {{$externalLabels.seed}}. No logs will be collected.',
        'summary': 'Fluent-bit is down',
    }),
    (GARDENER, 'pkg/component/observability/logging/fluentbit/fluentbit.go', 'FluentBitIdleInputPlugins', 'warning', {
        'description': 'The input plugins of Fluent-bit pod {{$labels.pod}} running on seed {{$externalLabels.seed}} haven\'t collected any logs for the last 6 hours.',
        'summary': 'Fluent-bit input plugins haven\'t process any data for the past 6 hours',
    }),
    (GARDENER, 'pkg/component/observability/logging/fluentbit/fluentbit.go', 'FluentBitReceivesLogsWithoutMetadata', 'warning', {
        'description': '{{$labels.pod}} receives logs without metadata on seed: {{$externalLabels.seed}}. These logs will be dropped.',
        'summary': 'Fluent-bit receives logs without metadata',
    }),
    (GARDENER, 'pkg/component/observability/logging/fluentbit/fluentbit.go', 'FluentBitGardenerValiPluginErrors', 'warning', {
        'description': 'There are errors in the {{$labels.pod}} GardenerVali plugin on seed: {{$externalLabels.seed}}.',
        'summary': 'Errors in Fluent-bit GardenerVali plugin',
    }),
    (GARDENER, 'pkg/component/observability/monitoring/nodeexporter/nodeexporter.go', 'NodeExporterDown', 'warning', {
        'summary': 'NodeExporter down or unreachable',
        'description': 'The NodeExporter has been down or unreachable from Prometheus for more than 1 hour.',
    }),
    (GARDENER, 'pkg/component/observability/monitoring/nodeexporter/nodeexporter.go', 'K8SNodeOutOfDisk', 'critical', {
        'summary': 'Node ran out of disk space.',
        'description': 'Node {{$labels.node}} has run out of disk space.',
    }),
    (GARDENER, 'pkg/component/observability/monitoring/nodeexporter/nodeexporter.go', 'K8SNodeMemoryPressure', 'warning', {
        'summary': 'Node is under memory pressure.',
        'description': 'Node {{$labels.node}} is under memory pressure.',
    }),
    (GARDENER, 'pkg/component/observability/monitoring/nodeexporter/nodeexporter.go', 'K8SNodeDiskPressure', 'warning', {
        'summary': 'Node is under disk pressure.',
        'description': 'Node {{$labels.node}} is under disk pressure.',
    }),
    (GARDENER, 'pkg/component/observability/monitoring/nodeexporter/nodeexporter.go', 'VMRootfsFull', 'critical', {
        'description': 'Root filesystem device on instance {{$labels.instance}} is almost full.',
        'summary': 'Node\'s root filesystem is almost full',
    }),
    (GARDENER, 'pkg/component/observability/monitoring/nodeexporter/nodeexporter.go', 'VMConntrackTableFull', 'critical', {
        'description': 'The nf_conntrack table is {{$value}}% full.',
        'summary': 'Number of tracked connections is near the limit',
    }),
    (GARDENER, 'pkg/component/observability/monitoring/blackboxexporter/shoot/cluster/prometheusrule.go', 'ApiServerUnreachableViaKubernetesService', 'critical', {
        'summary': 'Api server unreachable via the kubernetes service.',
        'description': 'The Api server has been unreachable for 15 minutes via the kubernetes service in the shoot.',
    }),
    (GARDENER, 'pkg/component/nodemanagement/machinecontrollermanager/machine_controller_manager.go', 'MachineControllerManagerDown', 'critical', {
        'summary': 'Machine controller manager is down.',
        'description': 'There are no running machine controller manager instances. No shoot nodes can be created/maintained.',
    }),
]

# Prometheus-side template pieces that Alertmanager never sees: the OpenShift operators escape
# their templates for their own Go templating ({{ "{{ $labels.x }}" }}, {{"{{"}}), and some
# annotations run a query while the rule is evaluated. These are filled per alert.
CONSOLE = re.compile(r'\{\{ "\{\{ with \$console_url.*?\{\{ end \}\}\{\{ end \}\}" \}\}', re.S)
FILLS = {
    "CannotRetrieveUpdates": [(re.compile(r'\{\{ "\{\{ with \$cluster_operator_conditions.*?" \}\}', re.S),
                               "RemoteFailed ")],
    "ClusterOperatorDegraded": [(re.compile(r'\{\{ "\{\{ if eq \$labels\.name.*?\{\{ end \}\}" \}\}', re.S),
                                 "oc get -o yaml clusteroperator {{ $labels.name }}")],
    "ShootOutageByIaas": [(re.compile(r"\{\{printf `count\( garden_shoot_condition[^`]*== 0\)` \$labels\.iaas \| query \| first \| value\}\}"), "14"),
                          (re.compile(r"\{\{printf `count\( garden_shoot_condition[^`]*\)` \$labels\.iaas \| query \| first \| value\}\}"), "97")],
    "ApproachingSeedCapacity": [(re.compile(r"Current usage is \{\{range.*", re.S),
                                 "Current usage is 98.6 %.\nShoots per seed: aws-eu3-1 = 247, aws-eu3-2 = 251, aws-eu3-3 = 249,\n"
                                 "Visible non-protected seeds: aws-eu3-1, aws-eu3-2, aws-eu3-3,")],
}


def unescape(alert, text):
    for rx, repl in FILLS.get(alert, []):
        text = rx.sub(lambda m, r=repl: r, text)
    text = CONSOLE.sub("", text)
    text = text.replace('{{"{{"}}', "{{").replace('{{"}}"}}', "}}")
    text = re.sub(r'\{\{ "(\{\{.*?\}\})" \}\}', lambda m: m.group(1).replace('\\"', '"'), text)
    return text


BY_NAME = {}
for _src, _path, _alert, _sev, _ann in RULES:
    BY_NAME.setdefault(_alert, (_src, _path, _sev, _ann))

family = ProbeFamily("probes_rules20.jsonl")


def fire(alert, expected, labels, value=None, external=None, why=""):
    """One fired instance of the rule `alert`: its severity, the given labels (which also fill the
    annotations' $labels), $value and $externalLabels."""
    (repo, commit), path, sev, ann = BY_NAME[alert]
    used = dict(labels)
    out = {}
    for k, v in ann.items():
        if k in ("severity_level", "storage_type"):
            continue
        text = unescape(alert, v)
        for name, val in (external or {}).items():
            text = re.sub(r"\{\{\s*\$externalLabels\.%s\s*\}\}" % name, val, text)
        text = re.sub(r"\{\{\s*\.Value\s*\}\}", str(value), text)
        out[k] = render(text, alert + str(value), used, value)
    lab = {"alertname": alert}
    if sev:
        lab["severity"] = sev
    for k, v in used.items():
        lab.setdefault(k, v)
    family.add((repo, path, commit), expected, f"{repo} {path} {alert}: {why}", lab, out)


# ---- GitLab Omnibus (files/gitlab-cookbooks/monitoring/templates/rules/*.rules)
# Omnibus' ServiceDown is left out: a blind set uses that alertname, and the corpus test keeps
# blind alertnames out of tuning (session 20, at merge).
fire("PostgresDown", N, {"job": "postgres", "instance": "gitlab-db-02.int.nordwerk.io:9187"},
     why="pg_up below 50%: Postgres not responding (rule 4)")
fire("PumaQueueing", Q, {"instance": "gitlab-web-03.int.nordwerk.io:8083"}, 7.4,
     why="requests waiting in Puma's backlog (a web server's request queue, rule 16)")
fire("SidekiqJobsQueuing", Q, {"name": "pipeline_processing:build_queue"}, 1843,
     why="jobs queued in Sidekiq for 60m (rule 12)")
fire("HighgRPCResourceExhaustedRate", R, {"job": "gitaly", "instance": "gitaly-1.gitlab.svc:9236"}, 3.7,
     why="gRPC ResourceExhausted (gRPC's 429, Gitaly's limiters) answers: rate_limited")
fire("PostgresDatabaseDeadlocks", DL, {"instance": "gitlab-db-01.int.nordwerk.io:9187"}, 3,
     why="pg_stat_database_deadlocks increased: detected deadlocks (rule 7)")
fire("PostgresDatabaseDeadlockCancels", DL, {"instance": "10.20.4.11:9187"}, 2,
     why="queries cancelled because of deadlocks: deadlock")
fire("WorkhorseHighErrorRate", E, {"route": "^/api/v4/jobs/request\\z", "method": "POST"}, 62.5,
     why="ratio of 5xx responses of a route (rule 4)")
fire("FilesystemAlmostFull", D, {"device": "/dev/sdb1", "mountpoint": "/var/opt/gitlab",
                                 "instance": "gitlab.hofmann-ag.de:9100"}, 3.41,
     why="under 5% and 10 GiB free (rule 2)")
fire("FilesystemFullIn1Day", D, {"device": "/dev/mapper/vg0-backups", "mountpoint": "/var/opt/gitlab/backups",
                                 "instance": "gitlab-01.lan:9100"},
     why="predicted to fill within 24h (rule 2)")

# ---- RabbitMQ cluster operator (observability/prometheus/rules/)
fire("RabbitMQClusterOperatorUnavailableReplicas", NULL, {"namespace": "rabbitmq-system"}, 1,
     why="replicas unavailable of the operator's Deployment: a replica mismatch, null as the tuning corpus's KubeDeploymentReplicasMismatch")
fire("QueueHasNoConsumers", Q, {"queue": "invoice.render", "vhost": "/", "rabbitmq_cluster": "billing-mq",
                                "namespace": "billing"}, 5312,
     why="messages sitting in a non-empty queue with no consumers (rule 12)")
fire("QueueIsGrowing", Q, {"queue": "telemetry.ingest", "vhost": "/", "rabbitmq_cluster": "iot-broker",
                           "namespace": "iot-prod"}, 418.2,
     why="queue depth growing for 10 minutes (rule 4)")
fire("MemoryAlarm", M, {"rabbitmq_cluster": "orders-mq", "namespace": "shop"},
     why="vm_memory_high_watermark alarm (rule 2)")
fire("RabbitmqDiskAlarm", D, {"rabbitmq_cluster": "orders-mq", "namespace": "shop"},
     why="disk_free_limit alarm (rule 2)")
fire("RabbitmqFileDescriptorAlarm", FD, {"rabbitmq_cluster": "events-mq", "namespace": "eventing"},
     why="node ran out of file descriptors (rule 2)")
fire("ContainerRestarts", C, {"container": "rabbitmq", "pod": "orders-mq-server-1", "rabbitmq_cluster": "orders-mq",
                              "namespace": "shop"}, 4,
     why="4 restarts within 10 minutes (rule 7: two or more restarts)")
fire("ContainerRestarts", NULL, {"container": "rabbitmq", "pod": "chat-mq-server-0", "rabbitmq_cluster": "chat-mq",
                                 "namespace": "messaging"}, 1,
     why="one restart within 10 minutes (rule 7: one restart is null)")
fire("FileDescriptorsNearLimit", FD, {"rabbitmq_node": "rabbit@events-mq-server-2.events-mq-nodes.eventing",
                                      "pod": "events-mq-server-2", "rabbitmq_cluster": "events-mq",
                                      "namespace": "eventing"}, 86.4,
     why="descriptor use against the limit (rule 2)")
fire("HighConnectionChurn", NULL, {"rabbitmq_cluster": "billing-mq", "namespace": "billing"}, 17.9,
     why="connections opened and closed often: not a pool limit")
fire("LowDiskWatermarkPredicted", D, {"rabbitmq_node": "rabbit@iot-broker-server-0.iot-broker-nodes.iot-prod",
                                      "pod": "iot-broker-server-0", "rabbitmq_cluster": "iot-broker",
                                      "namespace": "iot-prod"}, "1.21Gi",
     why="free disk predicted under the alarm threshold (rule 2, predicted)")
fire("PersistentVolumeMissing", NULL, {"persistentvolumeclaim": "persistence-chat-mq-server-2",
                                       "label_app_kubernetes_io_name": "chat-mq", "namespace": "messaging"},
     why="a claim not bound: storage not provisioned, not full")
fire("UnroutableMessages", NULL, {"rabbitmq_cluster": "billing-mq", "namespace": "billing"}, 37,
     why="messages no binding routes: a topology fault")

# ---- Gardener (garden, seed and shoot Prometheus rules; Go-defined component rules)
LS = {"landscape": "live-eu", "seed": "aws-eu3-2"}
fire("EtcdMainDown", N, {"job": "virtual-garden-etcd", "role": "virtual-garden-etcd-main"}, external=LS,
     why="at most half of the etcd members up: cluster down (rule 4)")
fire("EtcdMainNoLeader", NULL, {"job": "virtual-garden-etcd", "role": "virtual-garden-etcd-main"}, external=LS,
     why="no leader: cluster health, null as the tuning corpus's etcdNoLeader")
fire("EtcdDbSizeLimitApproaching", D, {"role": "main", "job": "virtual-garden-etcd"}, "7.3GB", external=LS,
     why="etcd DB near its quota, which refuses writes (rules 2, 7)")
fire("KubeEtcd3MainDbSizeLimitCrossed", D, {"namespace": "shoot--dev--pipeline", "pod": "etcd-main-0"},
     why="etcd DB above its quota: writes refused (rules 2, 7)")
fire("KubeEtcd3MainHighMemoryConsumption", M, {"namespace": "shoot--crm--prod", "pod": "etcd-main-0"},
     why="memory over half of the VPA maximum (rule 2)")
fire("KubeEtcdMainFullBackupFailed", NULL, {"namespace": "shoot--crm--prod", "pod": "etcd-main-1"},
     why="no full snapshot in 24h: a failed backup (rule 10)")
fire("EtcdRestorationFailed", NULL, {"job": "virtual-garden-etcd-backup"}, external=LS,
     why="a failed restoration: a failed job (rule 10)")
fire("PodFrequentlyRestarting", C, {"namespace": "shoot--garden--aws-eu3-2", "seed": "aws-eu3-2"}, 9, external=LS,
     why="more than 5 restarts within an hour (rule 7)")
fire("PersistentVolumeSizeMismatch", NULL, {"seed": "aws-eu3-1", "namespace": "shoot--analytics--dwh",
                                            "persistentvolumeclaim": "etcd-main-etcd-main-0"}, 12.5, external=LS,
     why="claim and volume sizes differ: not capacity")
fire("ApproachingSeedCapacity", NULL, {"region": "eu-central-1", "iaas": "aws"}, 747, external=LS,
     why="shoots per seed against capacity: placement capacity (rule 17)")
fire("SeedFederationFailure", N, {"instance": "prometheus-aggregate.aws-eu3-2.seed.live.gardener.example"},
     external=LS, why="up == 0 of the federated target (rules 4, 8)")
fire("SeedPodStuckInPending", NULL, {"pod": "vpn-seed-server-7c9d5f8b6-q2m4x", "namespace": "shoot--dev--pipeline",
                                     "seed": "aws-eu3-3"}, external=LS,
     why="a pod not scheduled: placement (rule 17)")
fire("SeedConditionFailing", NULL, {"name": "aws-eu3-1", "condition": "ExtensionsReady"}, external=LS,
     why="a custom resource's condition (rule 5)")
fire("SeedReconciliationFailed", NULL, {"name": "gcp-us1-1"}, external=LS,
     why="a reconcile operation failed: a failed job (rule 10)")
fire("ShootOutageByIaas", N, {"iaas": "openstack"}, external=LS,
     why="API servers of more than 10% of shoots unavailable (rule 4)")
fire("PrometheusCantScrape", NULL, {"instance": "10.250.3.17:10250", "job": "kube-kubelet"},
     why="a scrape that returns no samples while up: the monitor's own collection (rule 16)")
fire("PrometheusConfigurationFailure", NULL, {"pod": "prometheus-shoot-0", "namespace": "shoot--crm--prod"},
     why="config reload failed (rule 9)")
fire("KubeKubeletNodeDown", N, {"instance": "ip-10-250-14-203.eu-central-1.compute.internal"},
     why="kubelet target down for 1h (rule 4)")
fire("KubeletTooManyOpenFileDescriptorsSeed", FD, {"kubernetes_io_hostname": "ip-10-242-7-91.eu-west-1.compute.internal"},
     84.2, why="descriptor use against process_max_fds (rule 2)")
fire("KubePersistentVolumeUsageCritical", D, {"persistentvolumeclaim": "prometheus-db-prometheus-shoot-0",
                                              "namespace": "shoot--analytics--dwh"}, 3.12,
     why="volume under 5% free (rule 2)")
fire("KubePodPendingControlPlane", NULL, {"pod": "kube-apiserver-5b8c7d9f4-hx7tp", "namespace": "shoot--dev--pipeline"},
     why="a pod pending: placement (rule 17)")
fire("ApiServerNotReachable", N, {"instance": "https://api.pipeline.dev.shoot.live.gardener.example/healthz",
                                  "namespace": "shoot--dev--pipeline"},
     why="blackbox probe failing: API server unreachable (rule 4)")
fire("KubeApiserverDown", N, {"namespace": "shoot--crm--prod"},
     why="absent(up == 1): all replicas down (rule 8)")
fire("KubeApiServerTooManyOpenFileDescriptors", FD, {"instance": "10.243.2.44:443", "namespace": "shoot--crm--prod"},
     83.7, why="descriptor use above 80% of the limit (rule 2)")
fire("KubeApiServerLatency", L, {"verb": "LIST", "namespace": "shoot--analytics--dwh"},
     why="p99 request latency above 3s (rule 4)")
fire("ApiserverRequestsFailureRate", E, {"namespace": "shoot--crm--prod"},
     why="ratio of 5xx requests above 10% (rule 4)")
fire("CoreDNSDown", N, {"namespace": "kube-system", "cluster": "shoot--dev--pipeline"},
     why="absent(up == 1) of CoreDNS: the DNS server down, not a failed lookup (rule 7)")
fire("VPNShootNoPods", N, {"namespace": "kube-system", "deployment": "vpn-shoot", "cluster": "shoot--analytics--dwh"},
     why="0 available pods of the deployment: the service is down")
fire("FluentBitDown", N, {"namespace": "garden"}, external=LS,
     why="absent(up == 1): no fluent-bit running (rule 8)")
fire("FluentBitIdleInputPlugins", NULL, {"pod": "fluent-bit-8x2kq", "namespace": "garden"}, external=LS,
     why="inputs collected nothing for 6h: no data, not a failure named by the policy")
fire("FluentBitReceivesLogsWithoutMetadata", NULL, {"pod": "fluent-bit-w7rzd", "namespace": "garden"}, external=LS,
     why="log records dropped for missing metadata")
fire("FluentBitGardenerValiPluginErrors", NULL, {"pod": "fluent-bit-4pnvh", "namespace": "garden"}, external=LS,
     why="plugin errors counted, none quoted (rule 8)")
fire("NodeExporterDown", N, {"namespace": "kube-system", "cluster": "shoot--crm--prod"},
     why="node-exporter down or unreachable for 1h (rules 4, 8)")
fire("K8SNodeOutOfDisk", D, {"node": "shoot--crm--prod-worker-z1-6b4f8-xk2pd"},
     why="node condition OutOfDisk (rule 2)")
fire("K8SNodeMemoryPressure", M, {"node": "shoot--analytics--dwh-spark-z2-77d9c-m4q8t"},
     why="node condition MemoryPressure (rule 2)")
fire("K8SNodeDiskPressure", D, {"node": "shoot--dev--pipeline-ci-z1-5c6d7-r8w2n"},
     why="node condition DiskPressure (rule 2)")
fire("VMRootfsFull", D, {"instance": "10.250.0.38:16909"},
     why="root file system under 1 KiB free (rule 2)")
fire("VMConntrackTableFull", NULL, {"instance": "10.250.0.52:16909"}, 93.4,
     why="conntrack table use: a table, not storage or a pool (rule 17; tuning's HostConntrackLimit is null)")
fire("ApiServerUnreachableViaKubernetesService", N, {"instance": "https://kubernetes.default.svc.cluster.local/healthz",
                                                     "job": "blackbox-exporter-k8s-service-check"},
     why="probe failing for 15m: unreachable (rule 4)")
fire("MachineControllerManagerDown", N, {"namespace": "shoot--crm--prod"},
     why="absent(up == 1): no running instance (rule 8)")

# ---- OpenShift cluster-version operator
fire("ClusterVersionOperatorDown", N, {"namespace": "openshift-cluster-version"},
     why="absent(up == 1): the operator down or gone (rule 8)")
fire("CannotRetrieveUpdates", NULL, {"namespace": "openshift-cluster-version"}, 26.0,
     why="update recommendations not retrieved: nothing is broken in the cluster")
fire("UpdateAvailable", NULL, {"channel": "stable-4.16", "namespace": "openshift-cluster-version",
                               "upstream": "<default>"}, 1,
     why="an update is available: a notice (rule 9)")
fire("ClusterReleaseNotAccepted", NULL, {"namespace": "openshift-cluster-version", "name": "version",
                                         "reason": "RetrievePayload"},
     why="a release not accepted: upgrade work (rule 9)")
fire("ClusterOperatorDegraded", NULL, {"namespace": "openshift-cluster-version", "name": "ingress",
                                       "reason": "IngressDegraded"},
     why="a ClusterOperator's Degraded condition: a custom resource's status (rule 5)")

# ---- OpenShift machine-config operator
fire("MCCDrainError", NULL, {"exported_node": "worker-2.ocp4.lab.kvm", "namespace": "openshift-machine-config-operator"}, 1,
     why="a node drain failed: planned update work (rule 9)")
fire("MCDRebootError", NULL, {"node": "master-1.ocp4.lab.kvm", "namespace": "openshift-machine-config-operator",
                              "pod": "machine-config-daemon-8kq2v"}, 1,
     why="a reboot for an update failed: planned work (rule 9)")
fire("OCLBuildFailed", NULL, {"pool": "worker"}, 1,
     why="an image build failed: a failed build (rule 10)")
fire("SystemMemoryExceedsReservation", M, {"node": "worker-0.ocp4.lab.kvm"}, "1.94Gi",
     why="system memory above 95% of its reservation (rule 2)")
fire("HighOverallControlPlaneMemory", M, {},
     why="control-plane memory utilisation high (rule 2)")
fire("ExtremelyHighIndividualControlPlaneMemory", M, {"instance": "master-0.ocp4.lab.kvm"},
     why="memory utilisation per control-plane node extremely high (rule 2)")

# ---- OpenShift cluster-network operator (OVN-Kubernetes)
fire("OVNKubernetesNodeOVSOverflowKernel", NULL, {"instance": "worker-1.ocp4.lab.kvm", "namespace": "openshift-ovn-kubernetes"},
     why="netlink socket buffer overflow drops packets: a switch's drops (rule 17)")
fire("V4SubnetAllocationThresholdExceeded", NULL, {"namespace": "openshift-ovn-kubernetes"}, 83.3,
     why="host subnets allocated: an allocation ratio (rule 7)")
fire("OVNKubernetesNorthboundDatabaseCPUUsageHigh", NULL, {"instance": "10.0.0.12:9105", "name": "nbdb",
                                                           "namespace": "openshift-ovn-kubernetes"}, 92.0,
     why="CPU (rule 2)")
fire("NoRunningOvnControlPlane", N, {"namespace": "openshift-ovn-kubernetes"},
     why="absent(up == 1): no control-plane pods running (rule 8)")
fire("NoOvnClusterManagerLeader", NULL, {"namespace": "openshift-ovn-kubernetes"},
     why="no leader: cluster health, as etcd's no-leader rules")
fire("OVNKubernetesResourceRetryFailure", NULL, {"namespace": "openshift-ovn-kubernetes"},
     why="configuration not applied after retries: a failed task (rule 10)")

# ---- K8up (backups)
fire("K8upBackupLastErrors", NULL, {"namespace": "nextcloud"}, 3,
     why="errors of the last restic backup (rule 10)")
fire("K8upBackupFailed", NULL, {"namespace": "gitea", "jobType": "backup"},
     why="a failed backup job (rule 10)")
fire("K8upBackupNotRunning", NULL, {"namespace": "vaultwarden"},
     why="no backup jobs in 24h; 'there might be a deadlock' is a guess (rule 17)")

if __name__ == "__main__":
    family.write()
