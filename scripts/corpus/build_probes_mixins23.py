#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_mixins23.jsonl: alerting rules bundled with platforms,
operators and monitoring mixins that no corpus used yet, each rendered as Alertmanager delivers
a fired alert: the rule's own labels (alertname, severity and any templated labels), the target
labels its annotations name (instance, namespace, pod, node, cluster...) with made-up values, and
its annotations with `{{ $labels.x }}` and `{{ $value }}` filled in.

Sources (each RULES line quotes the file at the commit in the constants below; runbook links and
investigation notes are dropped, everything else is as the file has it):
- kubermatic/kubermatic: the Prometheus rules of its monitoring chart (seed and master
  controllers, blackbox probes, Helm exporter, node-exporter, kubelet, kube-state-metrics,
  Prometheus, kube-apiserver, cert-manager);
- openshift/cluster-kube-apiserver-operator, openshift/cluster-storage-operator (vSphere problem
  detector, storage classes, volume operations), openshift/cluster-image-registry-operator and
  openshift/lvm-operator (volume groups, thin pools, RAID);
- stolostron/multicluster-observability-operator (ACM observability hub rules);
- grafana/jsonnet-libs' vsphere-mixin (rendered `prometheus_rules_out`);
- kube-logging/logging-operator (its Fluentd, Fluent Bit and syslog-ng rules, written in Go);
- piraeusdatastore/piraeus-operator (LINSTOR and DRBD) and oceanbase/ob-operator (its dashboard
  chart's built-in OceanBase rules, a Prometheus rule file inside a Helm ConfigMap).

Labels are decided from each rule's name, expression and text under
tests/fixtures/corpus/POLICY.md before the classifier ran (ITEMS, one reason a line); see the
`probes_mixins23.jsonl` section of tests/fixtures/corpus/SOURCES.md for the groups, the
left-outs and the policy decisions.
"""
import os
import re
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily  # noqa: E402

K = ("kubermatic/kubermatic", "2974df5bdca45628892f10608ca94b866c0c2731")
KAS = ("openshift/cluster-kube-apiserver-operator", "c813e820bb94cf2af88a6343c8554624c334c04c")
CSO = ("openshift/cluster-storage-operator", "bb8d2fd11a18ce59cf84a2982189d9ca2c23599e")
IR = ("openshift/cluster-image-registry-operator", "02bb5c2cd4d5f4d277cf987d6f65e58a732aefee")
MCO = ("stolostron/multicluster-observability-operator", "d2babeb6569166d5ebfd0a7eb77453271af85949")
VS = ("grafana/jsonnet-libs", "6da2b4b82e73d1918023586430e00c7ab56976fd")
LOG = ("kube-logging/logging-operator", "51679aa50c20c8bfa2807862cef32bca4bd0cd0e")
LVM = ("openshift/lvm-operator", "de3cc31a2b474487952c3ae03ad3725107b69355")
PIR = ("piraeusdatastore/piraeus-operator", "0ef32285b13b0a3cd22e0a3b7a09f3becd9cb9ec")
OB = ("oceanbase/ob-operator", "9f1ab81d62fd06e947ef867cfe7af503c010beeb")

# (source, path, rule id, rule labels, annotations); a rule id "Name#2" is the second rule of
# that name in the file(s) (another threshold or severity).
RULES = [
    (K, 'charts/monitoring/prometheus/rules/src/kubermatic-seed/kubermatic.yaml', 'KubermaticTooManyUnhandledErrors', {'severity': 'warning', 'resource': '{{ $labels.namespace }}', 'service': 'kubermatic-seed'}, {'message': 'Kubermatic controller manager in {{ $labels.namespace }} is experiencing too many errors.'}),
    (K, 'charts/monitoring/prometheus/rules/src/kubermatic-seed/kubermatic.yaml', 'KubermaticClusterDeletionTakesTooLong', {'severity': 'warning', 'resource': '{{ $labels.cluster }}', 'service': 'kubermatic-seed'}, {'message': 'Cluster {{ $labels.cluster }} is stuck in deletion for more than 30min.'}),
    (K, 'charts/monitoring/prometheus/rules/src/kubermatic-seed/kubermatic.yaml', 'KubermaticAddonDeletionTakesTooLong', {'severity': 'warning', 'resource': '{{ $labels.cluster }}/{{ $labels.addon }}', 'service': 'kubermatic-seed'}, {'message': 'Addon {{ $labels.addon }} in cluster {{ $labels.cluster }} is stuck in deletion for more than 30min.'}),
    (K, 'charts/monitoring/prometheus/rules/src/kubermatic-seed/kubermatic.yaml', 'KubermaticAddonTakesTooLongToReconcile', {'severity': 'warning', 'resource': '{{ $labels.cluster }}/{{ $labels.addon }}', 'service': 'kubermatic-seed'}, {'message': 'Addon {{ $labels.addon }} in cluster {{ $labels.cluster }} has no related resources created for more than 30min.'}),
    (K, 'charts/monitoring/prometheus/rules/src/kubermatic-seed/kubermatic.yaml', 'KubermaticSeedControllerManagerDown', {'severity': 'critical', 'service': 'kubermatic-seed'}, {'message': 'Kubermatic Seed Controller Manager has disappeared from Prometheus target discovery.'}),
    (K, 'charts/monitoring/prometheus/rules/src/kubermatic-seed/kubermatic.yaml', 'KubermaticClusterPaused', {'severity': 'informational', 'resource': '{{ $labels.name }}', 'service': 'kubermatic-seed'}, {'message': 'Cluster {{ $labels.name }} has been paused and will not be reconciled until the pause flag is reset.'}),
    (K, 'charts/monitoring/prometheus/rules/src/kubermatic-master/kubermatic.yaml', 'KubermaticAPIDown', {'severity': 'critical', 'service': 'kubermatic-master'}, {'message': 'KubermaticAPI has disappeared from Prometheus target discovery.'}),
    (K, 'charts/monitoring/prometheus/rules/src/kubermatic-master/kubermatic.yaml', 'KubermaticAPITooManyErrors', {'severity': 'warning', 'service': 'kubermatic-master'}, {'message': 'Kubermatic API is returning a high rate of HTTP 5xx responses.'}),
    (K, 'charts/monitoring/prometheus/rules/src/kubermatic-master/kubermatic.yaml', 'KubermaticMasterControllerManagerDown', {'severity': 'critical', 'service': 'kubermatic-master'}, {'message': 'Kubermatic Master Controller Manager has disappeared from Prometheus target discovery.'}),
    (K, 'charts/monitoring/prometheus/rules/src/general/blackbox-exporter.yaml', 'HttpProbeSlow', {'severity': 'warning', 'resource': '{{ $labels.instance }}', 'service': 'blackbox-exporter'}, {'message': '{{ $labels.instance }} takes {{ $value }} seconds to respond.'}),
    (K, 'charts/monitoring/prometheus/rules/src/general/blackbox-exporter.yaml', 'HttpCertExpiresSoon', {'severity': 'warning', 'resource': '{{ $labels.instance }}', 'service': 'blackbox-exporter'}, {'message': 'The certificate for {{ $labels.instance }} expires in less than 3 days.'}),
    (K, 'charts/monitoring/prometheus/rules/src/general/blackbox-exporter.yaml', 'HttpCertExpiresVerySoon', {'severity': 'critical', 'resource': '{{ $labels.instance }}', 'service': 'blackbox-exporter'}, {'message': 'The certificate for {{ $labels.instance }} expires in less than 24 hours.'}),
    (K, 'charts/monitoring/prometheus/rules/src/general/helm-exporter.yaml', 'HelmReleaseNotDeployed', {'severity': 'warning', 'resource': '{{ $labels.release }}', 'service': 'helm-exporter'}, {'message': 'The Helm release `{{ $labels.release }}` (`{{ $labels.chart }}` chart in namespace `{{ $labels.exported_namespace }}`) in version {{ $labels.version }} has not been ready for more than 15 minutes.'}),
    (K, 'charts/monitoring/prometheus/rules/src/general/node-exporter.yaml', 'NodeFilesystemOutOfSpace', {'severity': 'warning', 'resource': '{{ $labels.instance }} {{ $labels.device }}', 'service': 'node-exporter'}, {'message': 'Filesystem on node {{ $labels.node_name }} having IP {{ $labels.instance }} has only {{ $value }}% available space left on drive {{ $labels.device }}.'}),
    (K, 'charts/monitoring/prometheus/rules/src/general/node-exporter.yaml', 'NodeFilesystemOutOfSpace#2', {'severity': 'critical', 'resource': '{{ $labels.instance }} {{ $labels.device }}', 'service': 'node-exporter'}, {'message': 'Filesystem on node {{ $labels.node_name }} having IP {{ $labels.instance }} has only {{ $value }}% available space left on drive {{ $labels.device }}.'}),
    (K, 'charts/monitoring/prometheus/rules/src/general/node-exporter.yaml', 'NodeFilesystemFilesOutOfSpace', {'severity': 'critical', 'resource': '{{ $labels.instance }} {{ $labels.device }}', 'service': 'node-exporter'}, {'message': 'Filesystem on node {{ $labels.node_name }} having IP {{ $labels.instance }} has only {{ $value }}% inodes available on drive {{ $labels.device }}.'}),
    (K, 'charts/monitoring/prometheus/rules/src/general/node-exporter.yaml', 'NodeFilesystemOutOfFiles', {'severity': 'warning', 'resource': '{{ $labels.instance }} {{ $labels.device }}', 'service': 'node-exporter'}, {'message': 'Filesystem on {{ $labels.device }} at {{ $labels.instance }} has only {{ $value }}% available inodes left.'}),
    (K, 'charts/monitoring/prometheus/rules/src/general/node-exporter.yaml', 'NodeTimeDrift', {'severity': 'critical', 'resource': '{{ $labels.node_name }}', 'service': 'node-exporter'}, {'message': 'Time on Node {{ $labels.node_name }} drifts by a {{ $value }} seconds.'}),
    (K, 'charts/monitoring/prometheus/rules/src/general/kube-kubelet.yaml', 'KubeletClientErrors', {'severity': 'warning', 'resource': '{{ $labels.instance }}', 'service': 'kubelet'}, {'message': 'The kubelet on {{ $labels.instance }} is experiencing {{ printf "%0.0f" $value }}% errors.'}),
    (K, 'charts/monitoring/prometheus/rules/src/general/kube-state-metrics.yaml', 'KubeStateMetricsDown', {'severity': 'critical', 'resource': '{{ $labels.namespace }}/{{ $labels.pod }}', 'service': 'kube-state-metrics'}, {'message': 'KubeStateMetrics has disappeared from Prometheus target discovery.'}),
    (K, 'charts/monitoring/prometheus/rules/src/general/kube-state-metrics.yaml', 'KubeCronJobRunning', {'severity': 'warning', 'resource': '{{ $labels.namespace }}/{{ $labels.cronjob }}'}, {'message': 'CronJob {{ $labels.namespace }}/{{ $labels.cronjob }} is taking more than 1h to complete.'}),
    (K, 'charts/monitoring/prometheus/rules/src/general/kube-state-metrics.yaml', 'KubeJobCompletion', {'severity': 'warning', 'resource': '{{ $labels.namespace }}/{{ $labels.job_name }}'}, {'message': 'Job {{ $labels.namespace }}/{{ $labels.job_name }} is taking more than one hour to complete.'}),
    (K, 'charts/monitoring/prometheus/rules/src/general/kube-state-metrics.yaml', 'KubeMemOvercommit#2', {'severity': 'critical', 'resource': 'cluster', 'service': 'kube-state-metrics'}, {'message': 'Cluster has overcommitted memory resource requests for Pods by {{ $value }} bytes and cannot tolerate node failure.'}),
    (K, 'charts/monitoring/prometheus/rules/src/general/kube-state-metrics.yaml', 'KubePodOOMKilled', {'severity': 'warning', 'resource': '{{ $labels.namespace }}/{{ $labels.pod }}/{{ $labels.container }}'}, {'message': 'Container {{ $labels.container }} in pod {{ $labels.namespace }}/{{ $labels.pod }} has been OOMKilled {{ $value }} times in the last 30 minutes.'}),
    (K, 'charts/monitoring/prometheus/rules/src/general/prometheus.yaml', 'PromBadConfig', {'severity': 'critical', 'resource': '{{ $labels.job }}/{{ $labels.instance }}', 'service': 'prometheus'}, {'message': 'Prometheus failed to reload config.'}),
    (K, 'charts/monitoring/prometheus/rules/src/general/prometheus.yaml', 'PromRuleFailures', {'severity': 'critical', 'resource': '{{ $labels.job }}/{{ $labels.instance }}', 'service': 'prometheus'}, {'message': 'Prometheus failed to evaluate {{ printf "%.1f" $value }} rules/sec.'}),
    (K, 'charts/monitoring/prometheus/rules/src/general/kube-apiserver.yaml', 'KubernetesApiserverDown', {'severity': 'critical', 'resource': 'apiserver', 'service': 'kubernetes'}, {'message': 'KubernetesApiserver has disappeared from Prometheus target discovery.'}),
    (K, 'charts/monitoring/prometheus/rules/src/general/cert-manager.yaml', 'CertManagerCertExpiresSoon', {'severity': 'warning', 'resource': '{{ $labels.name }}', 'service': 'cert-manager'}, {'message': 'The certificate {{ $labels.name }} expires in less than 3 days.'}),
    (K, 'charts/monitoring/prometheus/rules/src/general/cert-manager.yaml', 'CertManagerCertExpiresVerySoon', {'severity': 'critical', 'resource': '{{ $labels.name }}', 'service': 'cert-manager'}, {'message': 'The certificate {{ $labels.name }} expires in less than 24 hours.'}),
    (KAS, 'bindata/assets/alerts/api-usage.yaml', 'APIRemovedInNextReleaseInUse', {'namespace': 'openshift-kube-apiserver', 'severity': 'info'}, {'summary': 'Deprecated API that will be removed in the next version is being used.', 'description': 'Deprecated API that will be removed in the next version is being used. Removing the workload that is using the {{ $labels.group }}.{{ $labels.version }}/{{ $labels.resource }} API might be necessary for a successful upgrade to the next cluster version with Kubernetes {{ $labels.removed_release }}. Refer to `oc get apirequestcounts {{ $labels.resource }}.{{ $labels.version }}.{{ $labels.group }} -o yaml` to identify the workload.'}),
    (KAS, 'bindata/assets/alerts/audit-errors.yaml', 'AuditLogError', {'namespace': 'openshift-kube-apiserver', 'severity': 'warning'}, {'summary': 'An API Server instance was unable to write audit logs. This could be\ntriggered by the node running out of space, or a malicious actor\ntampering with the audit logs.', 'description': 'An API Server had an error writing to an audit log.'}),
    (CSO, 'assets/vsphere_problem_detector/12_prometheusrules.yaml', 'VSphereOpenshiftNodeHealthFail', {'severity': 'warning'}, {'summary': "Periodic vSphere health check {{ $labels.check }} is failing on node {{ $labels.node }}.\nTo get details about the failure, please see events in namespace openshift-cluster-storage-operator:\n'oc -n openshift-cluster-storage-operator get event --sort-by=.metadata.creationTimestamp | grep VSphere{{ $labels.check }}'\n", 'message': 'vSphere health check {{ $labels.check }} is failing on {{ $labels.node }}.', 'description': 'The vsphere-problem-detector performs health checks on individual OpenShift nodes on \nvSphere to confirm configuration and performance requirements are met.  Health checks \nverify machine scaling, storage provisioning, and node performance meet requirements.\n'}),
    (CSO, 'manifests/12_prometheusrules.yaml', 'MultipleDefaultStorageClasses', {'severity': 'warning'}, {'summary': 'More than one default StorageClass detected.', 'description': 'Cluster storage operator monitors all storage classes configured in the cluster\nand checks there is not more than one default StorageClass configured.\n', 'message': 'StorageClass count check is failing (there should not be more than one default StorageClass)'}),
    (CSO, 'manifests/12_prometheusrules.yaml', 'PodStartupStorageOperationsFailing', {'severity': 'info'}, {'summary': "Pods can't start because {{ $labels.operation_name }} of volume plugin {{ $labels.volume_plugin }} is permanently failing{{ if $labels.node }} on node {{ $labels.node }}{{ end }}.", 'description': 'Failing storage operation "{{ $labels.operation_name }}" of volume plugin {{ $labels.volume_plugin }} was preventing Pods{{ if $labels.node }} on node {{ $labels.node }}{{ end }}\nfrom starting for past 5 minutes.\n{{ if eq $labels.operation_name "volume_mount" -}}\nPlease investigate Pods that are "ContainerCreating" on the node: "oc get pod --field-selector=spec.nodeName={{ $labels.node }} --all-namespaces | grep ContainerCreating".\n{{- else if eq $labels.operation_name "volume_attach" -}}\nPlease investigate Pods that are "ContainerCreating" across all nodes: "oc get pod --all-namespaces | grep ContainerCreating".\nCheck volume attachment status: "oc get volumeattachment" and controller manager logs.\n{{- else -}}\nPlease investigate Pods that are "ContainerCreating"{{ if $labels.node }} on node {{ $labels.node }}{{ end }}.\n{{- end }}\nEvents of the Pods should contain exact error message: "oc describe pod -n <pod namespace> <pod name>".\n'}),
    (IR, 'manifests/09-prometheus-rules.yaml', 'ImageRegistryStorageReadOnly', {'kubernetes_operator_part_of': 'image-registry', 'severity': 'warning'}, {'summary': 'The image registry storage is read-only and no images will be committed to storage.', 'description': "The image registry storage is read-only. Read-only storage affects direct pushes to the image registry, and pull-through proxy caching. In the case of pull-through proxy caching, read-only storage is particularly important because without it the image registry won't be actually caching anything. Please verify your backing storage solution and make sure the volume mounted on the image-registry pods is writable to avoid potential outages.", 'message': 'The image registry storage is read-only and no images will be committed to storage.'}),
    (IR, 'manifests/09-prometheus-rules.yaml', 'ImageRegistryStorageFull', {'kubernetes_operator_part_of': 'image-registry', 'severity': 'warning'}, {'summary': 'The image registry storage disk is full and no images will be committed to storage.', 'description': "The image registry storage disk is full. A full disk affects direct pushes to the image registry, and pull-through proxy caching. In the case of pull-through proxy caching, disk space is particularly important because without it the image registry won't be actually caching anything. Please verify your backing storage solution and make sure the volume mounted on the image-registry pods have enough free disk space to avoid potential outages.", 'message': 'The image registry storage disk is full and no images will be committed to storage.'}),
    (MCO, 'operators/multiclusterobservability/manifests/base/alertmanager/hub_alert_rules.yaml', 'ManagedClusterMetricsMissing', {'severity': 'critical', 'cluster': '{{ $labels.cluster }}', 'clusterID': '{{ $labels.clusterID }}'}, {'summary': 'Managed cluster {{ $labels.cluster }} is not sending metrics.', 'description': "The managed cluster {{ $labels.cluster }} observability addon lease is reporting as 'available', but no metrics have been received on the Hub for the last 15 minutes."}),
    (VS, 'vsphere-mixin/prometheus_rules_out/prometheus_alerts.yaml', 'VSphereHostInfoCpuUtilization', {'severity': 'info'}, {'description': 'The CPU utilization of the host system {{ $labels.vcenter_host_name }} is now above 90%. The current value is {{ $value | printf "%.2f" }}%.\n', 'summary': 'CPU is approaching a high threshold of utilization for an ESXi host. High CPU utilization may lead to performance degradation and potential downtime for virtual machines running on a host.'}),
    (VS, 'vsphere-mixin/prometheus_rules_out/prometheus_alerts.yaml', 'VSphereHostWarningMemoryUtilization', {'severity': 'warning'}, {'description': 'The memory utilization of the host system {{ $labels.vcenter_host_name }} is now above 90%. The current value is {{ $value | printf "%.2f" }}%.\n', 'summary': 'Memory is approaching a high threshold of utilization for an ESXi host. High memory utilization may cause the host to become unresponsive and impact the performance of virtual machines running on this host.'}),
    (VS, 'vsphere-mixin/prometheus_rules_out/prometheus_alerts.yaml', 'VSphereDatastoreWarningDiskUtilization', {'severity': 'warning'}, {'description': 'The disk utilization of the datastore {{ $labels.vcenter_datastore_name }} is now above 75%. The current value is {{ $value | printf "%.2f" }}%.\n', 'summary': 'Disk space is approaching a warning threshold of utilization for a datastore. Low disk space may prevent virtual machines from functioning properly and cause data loss.'}),
    (VS, 'vsphere-mixin/prometheus_rules_out/prometheus_alerts.yaml', 'VSphereDatastoreCriticalDiskUtilization', {'severity': 'critical'}, {'description': 'The disk utilization of the datastore {{ $labels.vcenter_datastore_name }} is now above 90%. The current value is {{ $value | printf "%.2f" }}%.\n', 'summary': 'Disk space is approaching a critical threshold of utilization for a datastore. Low disk space may prevent virtual machines from functioning properly and cause data loss.'}),
    (VS, 'vsphere-mixin/prometheus_rules_out/prometheus_alerts.yaml', 'VSphereHostWarningHighPacketErrors', {'severity': 'warning'}, {'description': 'The percentage of packet errors on the ESXi host {{ $labels.vcenter_host_name }} is now above 20%. The current value is {{ $value | printf "%.2f" }}%.\n', 'summary': 'High percentage of packet errors seen for ESXi host. High packet errors may indicate network issues that can lead to poor performance and connectivity problems for virtual machines running on this host.'}),
]
RULES += [
    (LVM, 'config/prometheus/prometheus_rules.yaml', 'VolumeGroupUsageAtThresholdNearFull', {'severity': 'warning'}, {'description': 'VolumeGroup is nearing full. Data deletion or VolumeGroup expansion is required.', 'message': 'VolumeGroup {{ $labels.device_class }} utilization has crossed 75 % on node {{ $labels.node }}. Free up some space or expand the VolumeGroup.'}),
    (LVM, 'config/prometheus/prometheus_rules.yaml', 'VolumeGroupUsageAtThresholdCritical', {'severity': 'critical'}, {'description': 'VolumeGroup is critically full. Data deletion or VolumeGroup expansion is required.', 'message': 'VolumeGroup {{ $labels.device_class }} utilization has crossed 85 % on node {{ $labels.node }}. Free up some space or expand the VolumeGroup immediately.'}),
    (LVM, 'config/prometheus/prometheus_rules.yaml', 'ThinPoolDataUsageAtThresholdNearFull', {'severity': 'warning'}, {'description': 'Thin pool in the VolumeGroup is nearing full. Data deletion or thin pool expansion is required.', 'message': 'Thin Pool data utilization in the VolumeGroup {{ $labels.device_class }} has crossed 75 % on node {{ $labels.node }}. Free up some space or expand the thin pool.'}),
    (LVM, 'config/prometheus/prometheus_rules.yaml', 'ThinPoolDataUsageAtThresholdCritical', {'severity': 'critical'}, {'description': 'Thin pool in the VolumeGroup is critically full. Data deletion or thin pool expansion is required.', 'message': 'Thin Pool data utilization in the VolumeGroup {{ $labels.device_class }} has crossed 85 % on node {{ $labels.node }}. Free up some space or expand the thin pool immediately.'}),
    (LVM, 'config/prometheus/prometheus_rules.yaml', 'ThinPoolMetaDataUsageAtThresholdNearFull', {'severity': 'warning'}, {'description': 'Thin pool metadata utilization in the VolumeGroup is nearing full. Data deletion or thin pool expansion is required.', 'message': 'Thin Pool metadata utilization in the VolumeGroup {{ $labels.device_class }} has crossed 75 % on node {{ $labels.node }}. Free up some space or expand the thin pool.'}),
    (LVM, 'config/prometheus/prometheus_rules.yaml', 'ThinPoolMetaDataUsageAtThresholdCritical', {'severity': 'critical'}, {'description': 'Thin pool metadata utilization in the VolumeGroup is critically full. Data deletion or thin pool expansion is required.', 'message': 'Thin Pool metadata utilization in the VolumeGroup {{ $labels.device_class }} has crossed 85 % on node {{ $labels.node }}. Free up some space or expand the thin pool immediately.'}),
    (LVM, 'config/prometheus/prometheus_rules.yaml', 'LVMSRAIDDegraded', {'severity': 'critical'}, {'description': "RAID array in device class {{ $labels.device_class }} on node {{ $labels.node }} is degraded. One or more devices may have failed. Run 'lvs -o+sync_percent,lv_health_status' on the node to inspect and consult the LVMS documentation for manual repair steps.", 'message': 'RAID array {{ $labels.device_class }} is degraded on node {{ $labels.node }}.'}),
    (LVM, 'config/prometheus/prometheus_rules.yaml', 'LVMSRAIDFailed', {'severity': 'critical'}, {'description': "RAID array in device class {{ $labels.device_class }} on node {{ $labels.node }} has failed. Data may be at risk. Immediate manual intervention is required. Run 'lvs -o+sync_percent,lv_health_status' on the node and consult the LVMS documentation for recovery steps.", 'message': 'RAID array {{ $labels.device_class }} has failed on node {{ $labels.node }}.'}),
    (PIR, 'config/extras/monitoring/alerts.yaml', 'linstorControllerOffline', {'severity': 'critical'}, {'description': 'LINSTOR Controller is not reachable.\n'}),
    (PIR, 'config/extras/monitoring/alerts.yaml', 'linstorSatelliteErrorRate', {'severity': 'warning'}, {'description': 'LINSTOR Satellite "{{ $labels.hostname }}" reports {{ $value }} errors in the last 15 minutes.\nUse "linstor error-reports list --nodes {{ $labels.hostname }} --since 15minutes" to see them.\n'}),
    (PIR, 'config/extras/monitoring/alerts.yaml', 'linstorSatelliteNotOnline', {'severity': 'critical'}, {'description': 'LINSTOR Satellite "{{ $labels.hostname }}" is not ONLINE.\nCheck that the Satellite is running and reachable from the LINSTOR Controller.\n'}),
    (PIR, 'config/extras/monitoring/alerts.yaml', 'linstorStoragePoolErrors', {'severity': 'critical'}, {'description': 'Storage pool "{{ $labels.storage_pool }}" on node "{{ $labels.node }}" ({{ $labels.driver }}={{ $labels.backing_pool }}) is reporting errors.\n'}),
    (PIR, 'config/extras/monitoring/alerts.yaml', 'linstorStoragePoolAtCapacity', {'severity': 'warn'}, {'description': 'Storage pool "{{ $labels.storage_pool }}" on node "{{ $labels.node }}" ({{ $labels.driver }}={{ $labels.backing_pool }}) has less than 20% free space available.\n'}),
    (PIR, 'config/extras/monitoring/alerts.yaml', 'drbdReactorOffline', {'severity': 'critical'}, {'description': 'DRBD Reactor on "{{ $labels.node }}" is not reachable.\n'}),
    (PIR, 'config/extras/monitoring/alerts.yaml', 'drbdConnectionNotConnected', {'severity': 'warn'}, {'description': 'DRBD Resource "{{ $labels.name }}" on "{{ $labels.node }}" is not connected to "{{ $labels.conn_name }}": {{ $labels.drbd_connection_state }}.\n'}),
    (PIR, 'config/extras/monitoring/alerts.yaml', 'drbdDeviceUnintentionalDiskless', {'severity': 'warn'}, {'description': 'DRBD device "{{ $labels.name }}" on "{{ $labels.node }}" is unintenionally diskless.\nThis usually indicates IO errors reported on the backing device. Check the kernel log.\n'}),
    (OB, 'charts/oceanbase-dashboard/templates/prom-rule-config.yaml', 'inactive_server', {'instance_type': 'obcluster', 'rule_name': 'inactive_server', 'rule_type': 'builtin', 'severity': 'critical'}, {'description': 'Cluster {{ $labels.ob_cluster_name }} has {{ $value }} inactive observers.', 'summary': 'Found inactive observer in cluster {{ $labels.ob_cluster_name }}.'}),
    (OB, 'charts/oceanbase-dashboard/templates/prom-rule-config.yaml', 'tenant_compaction_error', {'instance_type': 'obtenant', 'rule_name': 'tenant_compaction_error', 'rule_type': 'builtin', 'severity': 'warning'}, {'description': 'Tenant {{ $labels.tenant_name }} of obcluster {{ $labels.ob_cluster_name }} compaction error.', 'summary': 'Tenant {{ $labels.tenant_name }} of obcluster {{ $labels.ob_cluster_name }} compaction error.'}),
    (OB, 'charts/oceanbase-dashboard/templates/prom-rule-config.yaml', 'tenant_cpu_usage', {'instance_type': 'obtenant', 'rule_name': 'tenant_cpu_usage', 'rule_type': 'builtin', 'severity': 'warning'}, {'description': 'Tenant {{ $labels.tenant_name }} of obcluster {{ $labels.ob_cluster_name }} on observer {{ $labels.svr_ip }} cpu usage {{ $value }}%.', 'summary': 'High cpu usage detected for tenant {{ $labels.tenant_name }} of obcluster {{ $labels.ob_cluster_name }}.'}),
    (OB, 'charts/oceanbase-dashboard/templates/prom-rule-config.yaml', 'tenant_log_disk_used_percent', {'instance_type': 'obtenant', 'rule_name': 'tenant_log_disk_used_percent', 'rule_type': 'builtin', 'severity': 'warning'}, {'description': 'Tenant {{ $labels.tenant_name }} of obcluster {{ $labels.ob_cluster_name }} on observer {{ $labels.svr_ip }} log used percent {{ $value }} is over threshold.', 'summary': 'High log disk used percent detected for tenant {{ $labels.tenant_name }} of obcluster {{ $labels.ob_cluster_name }}.'}),
    (OB, 'charts/oceanbase-dashboard/templates/prom-rule-config.yaml', 'tenant500_mem_hold_percent', {'instance_type': 'obcluster', 'rule_name': 'tenant500_mem_hold_percent', 'rule_type': 'builtin', 'severity': 'warning'}, {'description': 'Tenant 500 on observer {{ $labels.svr_ip }} of obcluster {{ $labels.ob_cluster_name }} memory hold percent too high, {{ $value }}.', 'summary': 'Tenant 500 on observer {{ $labels.svr_ip }} of obcluster {{ $labels.ob_cluster_name }} memory hold percent too high.'}),
    (OB, 'charts/oceanbase-dashboard/templates/prom-rule-config.yaml', 'tenant_task_timeout', {'instance_type': 'obtenant', 'rule_name': 'tenant_task_timeout', 'rule_type': 'builtin', 'severity': 'warning'}, {'description': 'Tenant {{ $labels.tenant_name }} of obcluster {{ $labels.ob_cluster_name }} found task not finished for {{ $value }} seconds.', 'summary': 'Tenant {{ $labels.tenant_name }} of obcluster {{ $labels.ob_cluster_name }} found task not finished for a long time.'}),
    (OB, 'charts/oceanbase-dashboard/templates/prom-rule-config.yaml', 'tenant_memstore_percent', {'instance_type': 'obtenant', 'rule_name': 'tenant_memstore_percent', 'rule_type': 'builtin', 'severity': 'warning'}, {'description': 'Tenant {{ $labels.tenant_name }} of obcluster {{ $labels.ob_cluster_name }} on observer {{ $labels.svr_ip }} memstore percent {{ $value }} is over threshold.', 'summary': 'High memstore used ratio detected for tenant {{ $labels.tenant_name }} of obcluster {{ $labels.ob_cluster_name }}.'}),
    (OB, 'charts/oceanbase-dashboard/templates/prom-rule-config.yaml', 'tenant_active_memstore_percent', {'instance_type': 'obtenant', 'rule_name': 'tenant_active_memstore_percent', 'rule_type': 'builtin', 'severity': 'warning'}, {'description': 'Tenant {{ $labels.tenant_name }} of obcluster {{ $labels.ob_cluster_name }} on observer {{ $labels.svr_ip }} active memstore percent {{ $value }} is over threshold.', 'summary': 'High active memstore used ratio detected for tenant {{ $labels.tenant_name }} of obcluster {{ $labels.ob_cluster_name }}.'}),
]

# kube-logging/logging-operator builds its rules in Go (pkg/resources/*/prometheusrules.go and
# buffervolumeprometheusrules.go); quoted from the Go string literals.
_FD = "pkg/resources/fluentd/prometheusrules.go"
_FDB = "pkg/resources/fluentd/buffervolumeprometheusrules.go"
_FB = "pkg/resources/fluentbit/prometheusrules.go"
_SN = "pkg/resources/syslogng/prometheusrules.go"
_SNB = "pkg/resources/syslogng/buffervolumeprometheusrules.go"
RULES += [
    (LOG, _FD, 'FluentdNodeDown', {'rulegroup': 'fluentd', 'service': 'fluentd', 'severity': 'critical'},
     {'summary': 'fluentd cannot be scraped', 'description': 'Prometheus could not scrape "{{ $labels.job }}" for more than 30 minutes.'}),
    (LOG, _FD, 'FluentdQueueLength', {'rulegroup': 'fluentd', 'service': 'fluentd', 'severity': 'warning'},
     {'summary': 'fluentd node are failing', 'description': 'In the last 5 minutes, fluentd queues increased 30%. Current value is "{{ $value }}".'}),
    (LOG, _FD, 'FluentdQueueLength#2', {'rulegroup': 'fluentd', 'service': 'fluentd', 'severity': 'critical'},
     {'summary': 'fluentd nodes buffer queue length are critical', 'description': 'In the last 5 minutes, fluentd queues increased 50%. Current value is "{{ $value }}".'}),
    (LOG, _FD, 'FluentdRecordsCountsHigh', {'rulegroup': 'fluentd', 'service': 'fluentd', 'severity': 'critical'},
     {'summary': 'fluentd records count are critical', 'description': 'In the last 5m, records counts increased 3 times, comparing to the latest 15 min.'}),
    (LOG, _FD, 'FluentdRetry', {'rulegroup': 'fluentd', 'service': 'fluentd', 'severity': 'warning'},
     {'summary': 'Fluentd retry count has been "{{ $value }}" for the last 10 minutes.', 'description': 'Fluentd retry count has been "{{ $value }}" for the last 10 minutes.'}),
    (LOG, _FDB, 'FluentdBufferSize', {'rulegroup': 'fluentd-buffervolume', 'service': 'fluentd', 'severity': 'warning'},
     {'summary': 'Fluentd buffer free capacity less than 10%.', 'description': 'Fluentd buffer size capacity is {{ $value }}%.'}),
    (LOG, _FDB, 'FluentdBufferSize#2', {'rulegroup': 'fluentd-buffervolume', 'service': 'fluentd', 'severity': 'critical'},
     {'summary': 'Fluentd buffer free capacity less than 5%.', 'description': 'Fluentd buffer size capacity is {{ $value }}%.'}),
    (LOG, _FB, 'FluentbitTooManyErrors', {'service': 'fluentbit', 'severity': 'warning'},
     {'summary': 'Fluentbit too many errors.', 'description': 'Fluentbit ({{ $labels.instance }}) is erroring.'}),
    (LOG, _SN, 'SyslogNGNodeDown', {'rulegroup': 'syslog-ng', 'service': 'syslog-ng', 'severity': 'critical'},
     {'summary': 'Syslog-NG cannot be scraped', 'description': 'Prometheus could not scrape "{{ $labels.job }}" for more than 30 minutes.'}),
    (LOG, _SN, 'SyslogNGQueueLength', {'rulegroup': 'syslog-ng', 'service': 'syslog-ng', 'severity': 'warning'},
     {'summary': 'syslog-ng node are failing', 'description': 'Syslog-ng queue usage is above 30%. Current value is "{{ $value }}".'}),
    (LOG, _SN, 'SyslogNGQueueLength#2', {'rulegroup': 'syslog-ng', 'service': 'syslog-ng', 'severity': 'critical'},
     {'summary': 'Syslog-NG nodes buffer queue length are critical', 'description': 'Syslog-ng queue usage is above 50%. Current value is "{{ $value }}".'}),
    (LOG, _SN, 'SyslogNGRetry', {'rulegroup': 'syslog-ng', 'service': 'syslog-ng', 'severity': 'warning'},
     {'summary': 'Syslog-NG retry count has been "{{ $value }}" for the last 10 minutes.', 'description': 'Syslog-NG retry count has been "{{ $value }}" for the last 10 minutes.'}),
    (LOG, _SN, 'SyslogNGOutputError', {'rulegroup': 'syslog-ng', 'service': 'syslog-ng', 'severity': 'warning'},
     {'summary': 'There have been syslog-ng output error(s) for the last 10 minutes.', 'description': 'Syslog-NG output error count is "{{ $value }}" for the last 10 minutes.'}),
    (LOG, _SNB, 'SyslogNGBufferSize', {'rulegroup': 'syslog-ng-buffervolume', 'service': 'syslog-ng', 'severity': 'warning'},
     {'summary': 'Syslog-NG buffer free capacity less than 10%.', 'description': 'Syslog-NG buffer size capacity is {{ $value }}%.'}),
]

DOWN, DISK, MEM, ERR, LAT, CERT, NULL = "node_down", "disk_full", "out_of_memory", "high_error_rate", "high_latency", "certificate_expiry", None

# (rule id, expected, target labels, $value, reason under POLICY.md)
ITEMS = [
    # kubermatic/kubermatic
    ("KubermaticTooManyUnhandledErrors", NULL, {"namespace": "kubermatic", "job": "pods", "seed_cluster": "europe-west3-c"}, 0.034,
     "rule 10: a controller's unhandled reconcile errors are not requests"),
    ("KubermaticClusterDeletionTakesTooLong", NULL, {"cluster": "x7qk2vb9tm", "seed_cluster": "europe-west3-c"}, 2412,
     "rule 10: a time limit on an operation's own run"),
    ("KubermaticAddonDeletionTakesTooLong", NULL, {"cluster": "r4pz8wn2hd", "addon": "kube-proxy", "seed_cluster": "europe-west3-c"}, 1987,
     "rule 10: a time limit on an operation's own run"),
    ("KubermaticAddonTakesTooLongToReconcile", NULL, {"cluster": "m2tj6qx8ls", "addon": "canal", "seed_cluster": "asia-east1"}, 1,
     "rule 17: reconciliation of a custom resource, not requests"),
    ("KubermaticSeedControllerManagerDown", DOWN, {"seed_cluster": "europe-west3-c"}, 1,
     "rules 4, 8: absent(up == 1), the controller disappeared from target discovery"),
    ("KubermaticClusterPaused", NULL, {"name": "k9d3fw7zqa", "pause": "true", "seed_cluster": "us-central1"}, 1,
     "rule 9: paused on purpose by an operator"),
    ("KubermaticAPIDown", DOWN, {}, 1,
     "rules 4, 8: absent(up == 1) of the API pods"),
    ("KubermaticAPITooManyErrors", ERR, {}, 0.27,
     "rule 4: rate of HTTP 5xx responses of the API"),
    ("KubermaticMasterControllerManagerDown", DOWN, {}, 1,
     "rules 4, 8: absent(up == 1) of the master controller manager"),
    ("HttpProbeSlow", LAT, {"instance": "https://dashboard.kkp.example.net/api/v1/healthz", "job": "blackbox-exporter"}, 4.62,
     "rule 4: the probe's HTTP duration (response time) above 3 s for 15 minutes"),
    ("HttpCertExpiresSoon", CERT, {"instance": "https://dashboard.kkp.example.net", "job": "blackbox-exporter"}, 201600,
     "certificate expiring in less than 3 days"),
    ("HttpCertExpiresVerySoon", CERT, {"instance": "https://grafana.seed-eu.kkp.example.net", "job": "blackbox-exporter"}, 51840,
     "certificate expiring in less than 24 hours"),
    ("HelmReleaseNotDeployed", NULL, {"release": "nginx-ingress-controller", "chart": "nginx-ingress-controller", "exported_namespace": "nginx-ingress-controller", "version": "4.11.3", "namespace": "monitoring"}, 0,
     "rule 9/10: a release's deployment state, planned work that did not finish"),
    ("NodeFilesystemOutOfSpace", DISK, {"node_name": "seed-worker-7f9c4-xk2lp", "instance": "10.156.0.23:9100", "device": "/dev/sda1", "mountpoint": "/", "fstype": "ext4"}, 8.41,
     "rule 2: filesystem available space below 10%"),
    ("NodeFilesystemOutOfSpace#2", DISK, {"node_name": "seed-worker-7f9c4-p8m3r", "instance": "10.156.0.31:9100", "device": "/dev/sdb", "mountpoint": "/var/lib/containerd", "fstype": "xfs"}, 3.07,
     "rule 2: filesystem available space below 5%"),
    ("NodeFilesystemFilesOutOfSpace", DISK, {"node_name": "seed-worker-7f9c4-2hvq9", "instance": "10.156.0.17:9100", "device": "/dev/sda1", "mountpoint": "/", "fstype": "ext4"}, 6.2,
     "rule 2: inodes below 10% free"),
    ("NodeFilesystemOutOfFiles", DISK, {"instance": "10.156.0.44:9100", "device": "/dev/nvme1n1", "mountpoint": "/var/lib/kubelet", "fstype": "ext4"}, 3.9,
     "rule 2: inodes below 5% free"),
    ("NodeTimeDrift", NULL, {"node_name": "seed-worker-7f9c4-xk2lp", "instance": "10.156.0.23:9100"}, 1.84,
     "clock drift: no signature"),
    ("KubePodOOMKilled", MEM, {"namespace": "cluster-x7qk2vb9tm", "pod": "usercluster-controller-6d8b7c9f5-q4hzt", "container": "usercluster-controller"}, 3,
     "rule 1/8: containers terminated OOMKilled"),
    ("KubeMemOvercommit#2", NULL, {}, 3.4e10,
     "rule 7: memory requests overcommitted is an allocation ratio, not memory pressure"),
    ("KubeletClientErrors", ERR, {"instance": "10.156.0.31:10250", "job": "kubelet"}, 4.7,
     "rule 4: error ratio of the kubelet's REST client requests"),
    ("KubeCronJobRunning", NULL, {"namespace": "kube-system", "cronjob": "etcd-backup-x7qk2vb9tm"}, 4210,
     "rule 10: a time limit on a job's own run"),
    ("KubeJobCompletion", NULL, {"namespace": "velero", "job_name": "velero-restic-restore-28861440"}, 1,
     "rule 10: a time limit on a job's own run"),
    # KubeStateMetricsDown dropped by the lead after merging: the second blind set has an alert
    # of that name (corpus test second_blind_set_shares_no_rule_with_the_other_corpora).
    ("PromBadConfig", NULL, {"job": "prometheus", "instance": "10.244.3.18:9090", "namespace": "monitoring", "pod": "prometheus-0"}, 0,
     "rule 9: a configuration reload"),
    ("PromRuleFailures", NULL, {"job": "prometheus", "instance": "10.244.5.7:9090", "namespace": "monitoring", "pod": "prometheus-1"}, 0.4,
     "rule evaluations are not requests (rule 10)"),
    ("KubernetesApiserverDown", DOWN, {}, 1,
     "rules 4, 8: disappeared from target discovery"),
    ("CertManagerCertExpiresSoon", CERT, {"name": "kubermatic-tls", "namespace": "kubermatic"}, 172800,
     "certificate expiring in less than 3 days"),
    ("CertManagerCertExpiresVerySoon", CERT, {"name": "seed-eu-ingress-tls", "namespace": "nginx-ingress-controller"}, 43200,
     "certificate expiring in less than 24 hours"),
]

Q = "queue_backlog"
OB_T = {"ob_cluster_name": "obcluster-prod", "obzone": "zone2", "svr_ip": "10.0.12.22", "tenant_name": "t_orders"}
ITEMS += [
    # openshift/cluster-kube-apiserver-operator
    ("APIRemovedInNextReleaseInUse", NULL, {"group": "resource.k8s.io", "version": "v1beta1", "resource": "deviceclasses", "removed_release": "1.37"}, 1,
     "a deprecated API in use: no signature"),
    ("AuditLogError", NULL, {"apiserver": "openshift-apiserver", "instance": "10.0.0.5:8443"}, 0.031,
     "rule 17: 'could be triggered by the node running out of space' only guesses; audit writes failing are not requests"),
    # openshift/cluster-storage-operator
    ("VSphereOpenshiftNodeHealthFail", NULL, {"check": "CheckNodeDiskUUID", "node": "ocp-prod-x8k2m-worker-0-7dtbl", "namespace": "openshift-cluster-storage-operator"}, 1,
     "a configuration check of the vSphere problem detector (disk.EnableUUID), not liveness"),
    ("MultipleDefaultStorageClasses", NULL, {"namespace": "openshift-cluster-storage-operator"}, 2,
     "a configuration check on storage classes, not capacity"),
    ("PodStartupStorageOperationsFailing", NULL, {"operation_name": "volume_mount", "volume_plugin": "kubernetes.io/csi:csi.vsphere.vmware.com", "node": "ocp-prod-x8k2m-worker-0-q2c9w"}, 3,
     "failing volume mounts are neither capacity nor requests (rules 2, 10)"),
    # openshift/cluster-image-registry-operator
    ("ImageRegistryStorageReadOnly", NULL, {"namespace": "openshift-image-registry", "job": "image-registry"}, 0.42,
     "a read-only file system is not a full one"),
    ("ImageRegistryStorageFull", DISK, {"namespace": "openshift-image-registry", "job": "image-registry"}, 0.37,
     "rule 2: storage errors DEVICE_OUT_OF_SPACE, 'storage disk is full'"),
    # grafana/jsonnet-libs vsphere-mixin
    ("VSphereHostInfoCpuUtilization", NULL, {"vcenter_host_name": "esxi-07.dc1.example.com", "vcenter_datacenter_name": "dc1", "job": "integrations/vsphere"}, 93.41,
     "rule 2: CPU"),
    ("VSphereHostWarningMemoryUtilization", MEM, {"vcenter_host_name": "esxi-03.dc1.example.com", "vcenter_datacenter_name": "dc1", "job": "integrations/vsphere"}, 94.87,
     "rule 2: host memory utilisation"),
    ("VSphereDatastoreWarningDiskUtilization", DISK, {"vcenter_datastore_name": "ds-vsan-prod-01", "vcenter_datacenter_name": "dc1", "job": "integrations/vsphere"}, 81.2,
     "rule 2: datastore disk utilisation"),
    ("VSphereDatastoreCriticalDiskUtilization", DISK, {"vcenter_datastore_name": "ds-nfs-backup-02", "vcenter_datacenter_name": "dc2", "job": "integrations/vsphere"}, 96.55,
     "rule 2: datastore disk utilisation"),
    ("VSphereHostWarningHighPacketErrors", NULL, {"vcenter_host_name": "esxi-11.dc2.example.com", "vcenter_datacenter_name": "dc2", "job": "integrations/vsphere"}, 23.4,
     "rule 16: packet errors are a link fault"),
    # stolostron/multicluster-observability-operator
    ("ManagedClusterMetricsMissing", NULL, {"cluster": "spoke-us-east-2", "clusterID": "5f0c7a1e-93d2-4b8e-a1f6-2c7d9e4b3a10"}, 1,
     "rule 8: no metrics received (a metric's absence) while the addon's lease says it is available"),
    # kube-logging/logging-operator
    ("FluentdNodeDown", DOWN, {"job": "logging-fluentd-metrics", "namespace": "logging", "pod": "logging-fluentd-1", "instance": "10.244.4.19:24231"}, 0,
     "rules 4, 8: up == 0 of the fluentd scrape target"),
    ("FluentdQueueLength", Q, {"job": "logging-fluentd-metrics", "namespace": "logging", "pod": "logging-fluentd-0", "instance": "10.244.2.31:24231", "plugin_id": "clusterflow:logging:all-logs:clusteroutput:logging:es-output", "type": "elasticsearch"}, 0.41,
     "rule 4: the buffer queue length growing (chunks waiting to be flushed)"),
    ("FluentdQueueLength#2", Q, {"job": "logging-fluentd-metrics", "namespace": "logging", "pod": "logging-fluentd-2", "instance": "10.244.6.12:24231", "plugin_id": "flow:shop:app-logs:output:shop:loki-output", "type": "loki"}, 0.78,
     "rule 4: the buffer queue length growing (chunks waiting to be flushed)"),
    ("FluentdRecordsCountsHigh", NULL, {"job": "logging-fluentd-metrics", "namespace": "logging", "pod": "logging-fluentd-0"}, 1,
     "a traffic increase: no signature"),
    ("FluentdRetry", NULL, {"job": "logging-fluentd-metrics", "namespace": "logging", "pod": "logging-fluentd-1", "instance": "10.244.4.19:24231", "plugin_id": "clusterflow:logging:all-logs:clusteroutput:logging:es-output", "type": "elasticsearch"}, 6,
     "rule 12: retries are not a signature"),
    ("FluentdBufferSize", DISK, {"job": "logging-fluentd-metrics", "namespace": "logging", "pod": "logging-fluentd-0", "mountpoint": "/buffers", "device": "/dev/sdc", "fstype": "ext4"}, 8.7,
     "rule 2: free space of the /buffers file system below 10%"),
    ("FluentdBufferSize#2", DISK, {"job": "logging-fluentd-metrics", "namespace": "logging", "pod": "logging-fluentd-2", "mountpoint": "/buffers", "device": "/dev/sdd", "fstype": "ext4"}, 3.2,
     "rule 2: free space of the /buffers file system below 5%"),
    ("FluentbitTooManyErrors", NULL, {"job": "logging-fluentbit-metrics", "namespace": "logging", "pod": "logging-fluentbit-7xq2k", "instance": "10.244.3.8:2020", "name": "forward.0"}, 0.05,
     "rule 12: output retries that failed (records given up), not requests"),
    ("SyslogNGNodeDown", DOWN, {"job": "logging-syslog-ng-metrics", "namespace": "logging", "pod": "logging-syslog-ng-0", "instance": "10.244.5.23:9577"}, 0,
     "rules 4, 8: up == 0 of the syslog-ng scrape target"),
    ("SyslogNGQueueLength", Q, {"job": "logging-syslog-ng-metrics", "namespace": "logging", "pod": "logging-syslog-ng-0"}, 0.37,
     "rule 4: memory queue events against its capacity (messages waiting)"),
    ("SyslogNGQueueLength#2", Q, {"job": "logging-syslog-ng-metrics", "namespace": "logging", "pod": "logging-syslog-ng-1"}, 0.64,
     "rule 4: memory queue events against its capacity (messages waiting)"),
    ("SyslogNGRetry", NULL, {"job": "logging-syslog-ng-metrics", "namespace": "logging", "pod": "logging-syslog-ng-0"}, 14,
     "rule 12: retries are not a signature"),
    ("SyslogNGOutputError", NULL, {"job": "logging-syslog-ng-metrics", "namespace": "logging", "pod": "logging-syslog-ng-1", "result": "dropped"}, 212,
     "rule 12: dropped (discarded) events, not requests"),
    ("SyslogNGBufferSize", DISK, {"job": "logging-syslog-ng-metrics", "namespace": "logging", "pod": "logging-syslog-ng-0", "mountpoint": "/buffers", "device": "/dev/sdb", "fstype": "xfs"}, 6.4,
     "rule 2: free space of the /buffers file system below 10%"),
    # openshift/lvm-operator
    ("VolumeGroupUsageAtThresholdNearFull", DISK, {"device_class": "vg1", "node": "sno-edge-04.lab.example.com", "namespace": "openshift-storage"}, 0.78,
     "rule 2: volume group utilisation"),
    ("VolumeGroupUsageAtThresholdCritical", DISK, {"device_class": "vg1", "node": "worker-2.ocp4.example.lan", "namespace": "openshift-storage"}, 0.88,
     "rule 2: volume group utilisation"),
    ("ThinPoolDataUsageAtThresholdNearFull", DISK, {"device_class": "vg1", "node": "worker-1.ocp4.example.lan", "namespace": "openshift-storage"}, 79.3,
     "rule 2: thin pool data utilisation (storage pool)"),
    ("ThinPoolDataUsageAtThresholdCritical", DISK, {"device_class": "ssd-thin", "node": "sno-edge-04.lab.example.com", "namespace": "openshift-storage"}, 91.6,
     "rule 2: thin pool data utilisation (storage pool)"),
    ("ThinPoolMetaDataUsageAtThresholdNearFull", DISK, {"device_class": "vg1", "node": "worker-0.ocp4.example.lan", "namespace": "openshift-storage"}, 77.1,
     "rule 2: thin pool metadata space (storage) utilisation"),
    ("ThinPoolMetaDataUsageAtThresholdCritical", DISK, {"device_class": "ssd-thin", "node": "worker-2.ocp4.example.lan", "namespace": "openshift-storage"}, 88.9,
     "rule 2: thin pool metadata space (storage) utilisation"),
    ("LVMSRAIDDegraded", NULL, {"device_class": "raid1-vg", "node": "worker-1.ocp4.example.lan", "namespace": "openshift-storage"}, 1,
     "a degraded RAID array is a device failure, not capacity (as slo22's degraded ZFS pool)"),
    ("LVMSRAIDFailed", NULL, {"device_class": "raid1-vg", "node": "worker-0.ocp4.example.lan", "namespace": "openshift-storage"}, 2,
     "a failed RAID array is a device failure, not capacity"),
    # piraeusdatastore/piraeus-operator
    ("linstorControllerOffline", DOWN, {"job": "linstor-controller", "namespace": "piraeus-datastore", "instance": "10.96.41.17:3370"}, 0,
     "rule 4: up == 0, 'LINSTOR Controller is not reachable'"),
    ("linstorSatelliteErrorRate", NULL, {"hostname": "k8s-worker-2", "module": "SATELLITE", "job": "linstor-controller", "namespace": "piraeus-datastore"}, 3,
     "rule 8/10: error reports of a storage daemon, not requests"),
    ("linstorSatelliteNotOnline", DOWN, {"hostname": "k8s-worker-3", "nodetype": "SATELLITE", "job": "linstor-controller", "namespace": "piraeus-datastore"}, 0,
     "rule 11: a cluster member not online, 'running and reachable'"),
    ("linstorStoragePoolErrors", NULL, {"storage_pool": "lvm-thin", "node": "k8s-worker-1", "driver": "LVM_THIN", "backing_pool": "linstor_vg/thinpool", "job": "linstor-controller", "namespace": "piraeus-datastore"}, 1,
     "errors of a storage pool, not capacity"),
    ("linstorStoragePoolAtCapacity", DISK, {"storage_pool": "lvm-thin", "node": "k8s-worker-2", "driver": "LVM_THIN", "backing_pool": "linstor_vg/thinpool", "job": "linstor-controller", "namespace": "piraeus-datastore"}, 0.14,
     "rule 2: storage pool free space below 20%"),
    ("drbdReactorOffline", DOWN, {"node": "k8s-worker-1", "job": "piraeus-datastore/linstor-satellite", "instance": "10.0.3.21:9942"}, 0,
     "rule 4: up == 0, 'not reachable'"),
    ("drbdConnectionNotConnected", NULL, {"name": "pvc-3f2a9c1e-7b44-4d1a-9e0f-5c2b8a6d1e73", "node": "k8s-worker-2", "conn_name": "k8s-worker-3", "drbd_connection_state": "Connecting"}, 1,
     "rules 5, 9: a replication link not connected (broken replication, a link)"),
    ("drbdDeviceUnintentionalDiskless", NULL, {"name": "pvc-8d1e2f4a-0c3b-4e6f-a7d9-1b2c3d4e5f60", "node": "k8s-worker-1"}, 1,
     "rule 5: I/O errors of a backing device, not capacity"),
    # oceanbase/ob-operator
    ("inactive_server", DOWN, {"ob_cluster_name": "obcluster-prod"}, 1,
     "rule 11: a cluster member (observer) INACTIVE"),
    ("tenant_log_disk_used_percent", DISK, dict(OB_T), 96.2,
     "rule 2: log disk used against its total"),
    ("tenant500_mem_hold_percent", MEM, {"ob_cluster_name": "obcluster-prod", "obzone": "zone1", "svr_ip": "10.0.12.21"}, 96.8,
     "rule 2: memory held against the server's memory resource"),
    ("tenant_memstore_percent", MEM, dict(OB_T, svr_ip="10.0.12.23", obzone="zone3"), 97.1,
     "rule 16: a database memory area (memstore) near its limit"),
    ("tenant_active_memstore_percent", MEM, dict(OB_T, tenant_name="t_payments"), 113.5,
     "rule 16: active memstore above its freeze trigger (a database memory area over its target)"),
    ("tenant_task_timeout", NULL, {"ob_cluster_name": "obcluster-prod", "tenant_name": "t_reports"}, 14420,
     "rule 10: a time limit on a task's own run"),
    ("tenant_compaction_error", NULL, {"ob_cluster_name": "obcluster-prod", "tenant_name": "t_orders"}, 1,
     "a failed background compaction: no signature"),
    ("tenant_cpu_usage", NULL, dict(OB_T), 97.4,
     "rule 2: CPU"),
]

BY_ID = {rid: (src, path, labels, ann) for src, path, rid, labels, ann in RULES}

# Hand-resolved Go-template branches (the template's `if eq $labels.operation_name` chain).
FILLS = {
    "PodStartupStorageOperationsFailing": {
        "description": 'Failing storage operation "volume_mount" of volume plugin {{ $labels.volume_plugin }} was preventing Pods on node {{ $labels.node }}\nfrom starting for past 5 minutes.\nPlease investigate Pods that are "ContainerCreating" on the node: "oc get pod --field-selector=spec.nodeName={{ $labels.node }} --all-namespaces | grep ContainerCreating".\nEvents of the Pods should contain exact error message: "oc describe pod -n <pod namespace> <pod name>".\n',
    },
}


def fmt_value(spec, value):
    spec = spec.strip()
    m = re.search(r'printf "(%[0-9.]*[fd])"', spec)
    if m:
        f = m.group(1).replace("%0.", "%.")
        return f % (int(value) if f.endswith("d") else value)
    if "humanizePercentage" in spec:
        return ("%.4g" % (value * 100)) + "%"
    if "humanize" in spec:
        return "%.4g" % value
    return ("%g" % value) if isinstance(value, float) else str(value)


def render(text, labels, value, strict=True):
    def with_block(m):
        name, inner = m.group(1), m.group(2)
        if name not in labels:
            return ""
        return inner.replace("{{ . }}", labels[name])
    text = re.sub(r"\{\{ with \$labels\.(\w+) -\}\}(.*?)\{\{- end \}\}", with_block, text)
    text = re.sub(r"\{\{ if \$labels\.(\w+) \}\}(.*?)\{\{ end \}\}",
                  lambda m: m.group(2) if m.group(1) in labels else "", text)

    def repl(m):
        expr = m.group(1).strip()
        mm = re.fullmatch(r"\$labels\.([A-Za-z_][A-Za-z0-9_]*)", expr)
        if mm:
            # Prometheus renders a missing label as "" (an absent() alert has none).
            assert mm.group(1) in labels or not strict, (mm.group(1), text)
            return labels.get(mm.group(1), "")
        if "$value" in expr:
            assert value is not None, text
            return fmt_value(expr, value)
        raise AssertionError(expr)
    return re.sub(r"\{\{-?(.*?)-?\}\}", repl, text)


family = ProbeFamily("probes_mixins23.jsonl")


def fire(rid, expected, target, value=None, why=""):
    """One fired instance of rule `rid` with the target labels `target` and the value `value`."""
    src, path, rule_labels, ann = BY_ID[rid]
    repo, commit = src
    alert = rid.split("#")[0]
    labels = {"alertname": alert}
    for k, v in rule_labels.items():
        labels[k] = render(v, target, value, strict=False)
    for k, v in target.items():
        labels.setdefault(k, v)
    annotations = {}
    for k, v in ann.items():
        v = FILLS.get(rid, {}).get(k, v)
        annotations[k] = render(v, target, value).strip()
    family.add((repo, path, commit), expected, f"{repo} {path}: {alert} ({why})", labels, annotations)


for _rid, _expected, _target, _value, _why in ITEMS:
    fire(_rid, _expected, _target, _value, _why)
family.write()
