#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_mixins23.jsonl: alerting rules bundled with platforms,
operators and monitoring mixins that no corpus used yet, each rendered as Alertmanager delivers
a fired alert: the rule's own labels (alertname, severity and any templated labels), the target
labels its annotations name (instance, namespace, pod, node, cluster...) with made-up values, and
its annotations with `{{ $labels.x }}` and `{{ $value }}` filled in.

Sources (each RULES line quotes the file at the commit in SRC; runbook links and
investigation notes are dropped, everything else is as the file has it):
- kubermatic/kubermatic: the Prometheus rules of its monitoring chart (seed and master
  controllers, blackbox probes, Helm exporter, node-exporter, kubelet, kube-state-metrics,
  Prometheus, kube-apiserver, cert-manager);
- openshift/cluster-kube-apiserver-operator, openshift/cluster-storage-operator (vSphere problem
  detector, storage classes, volume operations) and openshift/cluster-image-registry-operator;
- stolostron/multicluster-observability-operator (ACM observability hub rules);
- grafana/jsonnet-libs' vsphere-mixin (rendered `prometheus_rules_out`).

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

# (source, path, rule id, rule labels, annotations); a rule id "Name#2" is the second rule of
# that name in the file(s) (another threshold or severity).
RULES = [
    (K, 'charts/monitoring/prometheus/rules/src/kubermatic-seed/kubermatic.yaml', 'KubermaticTooManyUnhandledErrors', {'severity': 'warning', 'resource': '{{ $labels.namespace }}', 'service': 'kubermatic-seed'}, {'message': 'Kubermatic controller manager in {{ $labels.namespace }} is experiencing too many errors.'}),
    (K, 'charts/monitoring/prometheus/rules/src/kubermatic-seed/kubermatic.yaml', 'KubermaticClusterDeletionTakesTooLong', {'severity': 'warning', 'resource': '{{ $labels.cluster }}', 'service': 'kubermatic-seed'}, {'message': 'Cluster {{ $labels.cluster }} is stuck in deletion for more than 30min.'}),
    (K, 'charts/monitoring/prometheus/rules/src/kubermatic-seed/kubermatic.yaml', 'KubermaticAddonDeletionTakesTooLong', {'severity': 'warning', 'resource': '{{ $labels.cluster }}/{{ $labels.addon }}', 'service': 'kubermatic-seed'}, {'message': 'Addon {{ $labels.addon }} in cluster {{ $labels.cluster }} is stuck in deletion for more than 30min.'}),
    (K, 'charts/monitoring/prometheus/rules/src/kubermatic-seed/kubermatic.yaml', 'KubermaticAddonTakesTooLongToReconcile', {'severity': 'warning', 'resource': '{{ $labels.cluster }}/{{ $labels.addon }}', 'service': 'kubermatic-seed'}, {'message': 'Addon {{ $labels.addon }} in cluster {{ $labels.cluster }} has no related resources created for more than 30min.'}),
    (K, 'charts/monitoring/prometheus/rules/src/kubermatic-seed/kubermatic.yaml', 'KubermaticSeedControllerManagerDown', {'severity': 'critical', 'service': 'kubermatic-seed'}, {'message': 'Kubermatic Seed Controller Manager has disappeared from Prometheus target discovery.'}),
    (K, 'charts/monitoring/prometheus/rules/src/kubermatic-seed/kubermatic.yaml', 'OpenVPNServerDown', {'severity': 'critical', 'resource': '{{ $labels.cluster }}', 'service': 'kubermatic-seed'}, {'message': 'There is no healthy OpenVPN server in cluster {{ $labels.cluster }}.'}),
    (K, 'charts/monitoring/prometheus/rules/src/kubermatic-seed/kubermatic.yaml', 'UserClusterPrometheusAbsent', {'severity': 'critical', 'resource': '{{ $labels.name }}', 'service': 'kubermatic-seed'}, {'message': 'There is no Prometheus in cluster {{ $labels.name }}.'}),
    (K, 'charts/monitoring/prometheus/rules/src/kubermatic-seed/kubermatic.yaml', 'KubermaticClusterPaused', {'severity': 'informational', 'resource': '{{ $labels.name }}', 'service': 'kubermatic-seed'}, {'message': 'Cluster {{ $labels.name }} has been paused and will not be reconciled until the pause flag is reset.'}),
    (K, 'charts/monitoring/prometheus/rules/src/kubermatic-master/kubermatic.yaml', 'KubermaticAPIDown', {'severity': 'critical', 'service': 'kubermatic-master'}, {'message': 'KubermaticAPI has disappeared from Prometheus target discovery.'}),
    (K, 'charts/monitoring/prometheus/rules/src/kubermatic-master/kubermatic.yaml', 'KubermaticAPITooManyErrors', {'severity': 'warning', 'service': 'kubermatic-master'}, {'message': 'Kubermatic API is returning a high rate of HTTP 5xx responses.'}),
    (K, 'charts/monitoring/prometheus/rules/src/kubermatic-master/kubermatic.yaml', 'KubermaticAPITooManyInitNodeDeloymentFailures', {'severity': 'warning'}, {'message': 'Kubermatic API is failing to create too many initial node deployments.'}),
    (K, 'charts/monitoring/prometheus/rules/src/kubermatic-master/kubermatic.yaml', 'KubermaticMasterControllerManagerDown', {'severity': 'critical', 'service': 'kubermatic-master'}, {'message': 'Kubermatic Master Controller Manager has disappeared from Prometheus target discovery.'}),
    (K, 'charts/monitoring/prometheus/rules/src/kubermatic-master/kubermatic.yaml', 'KubermaticSeedNotHealthy', {'severity': 'warning', 'service': 'kubermatic-master'}, {'message': 'The Seed cluster {{ $labels.seed_name }} cannot be reached or reconciled properly.'}),
    (K, 'charts/monitoring/prometheus/rules/src/general/blackbox-exporter.yaml', 'HttpProbeFailed', {'severity': 'warning', 'resource': '{{ $labels.instance }}', 'service': 'blackbox-exporter'}, {'message': 'Probing the blackbox-exporter target {{ $labels.instance }} failed.'}),
    (K, 'charts/monitoring/prometheus/rules/src/general/blackbox-exporter.yaml', 'HttpProbeSlow', {'severity': 'warning', 'resource': '{{ $labels.instance }}', 'service': 'blackbox-exporter'}, {'message': '{{ $labels.instance }} takes {{ $value }} seconds to respond.'}),
    (K, 'charts/monitoring/prometheus/rules/src/general/blackbox-exporter.yaml', 'HttpCertExpiresSoon', {'severity': 'warning', 'resource': '{{ $labels.instance }}', 'service': 'blackbox-exporter'}, {'message': 'The certificate for {{ $labels.instance }} expires in less than 3 days.'}),
    (K, 'charts/monitoring/prometheus/rules/src/general/blackbox-exporter.yaml', 'HttpCertExpiresVerySoon', {'severity': 'critical', 'resource': '{{ $labels.instance }}', 'service': 'blackbox-exporter'}, {'message': 'The certificate for {{ $labels.instance }} expires in less than 24 hours.'}),
    (K, 'charts/monitoring/prometheus/rules/src/general/helm-exporter.yaml', 'HelmReleaseNotDeployed', {'severity': 'warning', 'resource': '{{ $labels.release }}', 'service': 'helm-exporter'}, {'message': 'The Helm release `{{ $labels.release }}` (`{{ $labels.chart }}` chart in namespace `{{ $labels.exported_namespace }}`) in version {{ $labels.version }} has not been ready for more than 15 minutes.'}),
    (K, 'charts/monitoring/prometheus/rules/src/general/node-exporter.yaml', 'NodeFilesystemSpaceFillingUp', {'severity': 'warning', 'resource': '{{ $labels.instance }} {{ $labels.device }}', 'service': 'node-exporter'}, {'message': 'Filesystem on {{ $labels.device }} at {{ $labels.instance }} is predicted to run out of space within the next 24 hours.'}),
    (K, 'charts/monitoring/prometheus/rules/src/general/node-exporter.yaml', 'NodeFilesystemSpaceFillingUp#2', {'severity': 'critical', 'resource': '{{ $labels.instance }} {{ $labels.device }}', 'service': 'node-exporter'}, {'message': 'Filesystem on {{ $labels.device }} at {{ $labels.instance }} is predicted to run out of space within the next 4 hours.'}),
    (K, 'charts/monitoring/prometheus/rules/src/general/node-exporter.yaml', 'NodeFilesystemOutOfSpace', {'severity': 'warning', 'resource': '{{ $labels.instance }} {{ $labels.device }}', 'service': 'node-exporter'}, {'message': 'Filesystem on node {{ $labels.node_name }} having IP {{ $labels.instance }} has only {{ $value }}% available space left on drive {{ $labels.device }}.'}),
    (K, 'charts/monitoring/prometheus/rules/src/general/node-exporter.yaml', 'NodeFilesystemOutOfSpace#2', {'severity': 'critical', 'resource': '{{ $labels.instance }} {{ $labels.device }}', 'service': 'node-exporter'}, {'message': 'Filesystem on node {{ $labels.node_name }} having IP {{ $labels.instance }} has only {{ $value }}% available space left on drive {{ $labels.device }}.'}),
    (K, 'charts/monitoring/prometheus/rules/src/general/node-exporter.yaml', 'NodeFilesystemFilesOutOfSpace', {'severity': 'critical', 'resource': '{{ $labels.instance }} {{ $labels.device }}', 'service': 'node-exporter'}, {'message': 'Filesystem on node {{ $labels.node_name }} having IP {{ $labels.instance }} has only {{ $value }}% inodes available on drive {{ $labels.device }}.'}),
    (K, 'charts/monitoring/prometheus/rules/src/general/node-exporter.yaml', 'NodeFilesystemFilesFillingUp', {'severity': 'warning', 'resource': '{{ $labels.instance }} {{ $labels.device }}', 'service': 'node-exporter'}, {'message': 'Filesystem on {{ $labels.device }} at {{ $labels.instance }} is predicted to run out of files within the next 24 hours.'}),
    (K, 'charts/monitoring/prometheus/rules/src/general/node-exporter.yaml', 'NodeFilesystemFilesFillingUp#2', {'severity': 'critical', 'resource': '{{ $labels.instance }} {{ $labels.device }}', 'service': 'node-exporter'}, {'message': 'Filesystem on {{ $labels.device }} at {{ $labels.instance }} is predicted to run out of files within the next 4 hours.'}),
    (K, 'charts/monitoring/prometheus/rules/src/general/node-exporter.yaml', 'NodeFilesystemOutOfFiles', {'severity': 'warning', 'resource': '{{ $labels.instance }} {{ $labels.device }}', 'service': 'node-exporter'}, {'message': 'Filesystem on {{ $labels.device }} at {{ $labels.instance }} has only {{ $value }}% available inodes left.'}),
    (K, 'charts/monitoring/prometheus/rules/src/general/node-exporter.yaml', 'NodeNetworkReceiveErrs', {'severity': 'critical', 'resource': '{{ $labels.instance }} {{ $labels.device }}', 'service': 'node-exporter'}, {'message': '{{ $labels.instance }} interface {{ $labels.device }} shows errors while receiving packets ({{ $value }} errors in two minutes).'}),
    (K, 'charts/monitoring/prometheus/rules/src/general/node-exporter.yaml', 'NodeNetworkTransmitErrs', {'severity': 'critical', 'resource': '{{ $labels.instance }} {{ $labels.device }}', 'service': 'node-exporter'}, {'message': '{{ $labels.instance }} interface {{ $labels.device }} shows errors while transmitting packets ({{ $value }} errors in two minutes).'}),
    (K, 'charts/monitoring/prometheus/rules/src/general/node-exporter.yaml', 'NodeTimeDrift', {'severity': 'critical', 'resource': '{{ $labels.node_name }}', 'service': 'node-exporter'}, {'message': 'Time on Node {{ $labels.node_name }} drifts by a {{ $value }} seconds.'}),
    (K, 'charts/monitoring/prometheus/rules/src/general/kube-kubelet.yaml', 'KubeletDown', {'severity': 'critical', 'resource': '{{ $labels.instance }}', 'service': 'kubelet'}, {'message': 'All Kubelet instances have disappeared from Prometheus target discovery.'}),
    (K, 'charts/monitoring/prometheus/rules/src/general/kube-kubelet.yaml', 'KubePersistentVolumeFillingUp', {'severity': 'critical', 'resource': '{{ $labels.namespace }}/{{ $labels.persistentvolumeclaim }}', 'service': 'kubelet'}, {'message': 'The PersistentVolume claimed by {{ $labels.persistentvolumeclaim }} in Namespace {{ $labels.namespace }} is only {{ $value | humanizePercentage }} free.'}),
    (K, 'charts/monitoring/prometheus/rules/src/general/kube-kubelet.yaml', 'KubePersistentVolumeFillingUp#2', {'severity': 'warning', 'resource': '{{ $labels.namespace }}/{{ $labels.persistentvolumeclaim }}', 'service': 'kubelet'}, {'message': 'The PersistentVolume claimed by {{ $labels.persistentvolumeclaim }} in Namespace {{ $labels.namespace }} is only {{ $value | humanizePercentage }} free.'}),
    (K, 'charts/monitoring/prometheus/rules/src/general/kube-kubelet.yaml', 'KubePersistentVolumeInodesFillingUp', {'severity': 'critical', 'resource': '{{ $labels.namespace }}/{{ $labels.persistentvolumeclaim }}', 'service': 'kubelet'}, {'message': 'The PersistentVolume claimed by {{ $labels.persistentvolumeclaim }} in Namespace {{ $labels.namespace }} only has {{ $value | humanizePercentage }} free inodes.'}),
    (K, 'charts/monitoring/prometheus/rules/src/general/kube-kubelet.yaml', 'KubePersistentVolumeInodesFillingUp#2', {'severity': 'warning', 'resource': '{{ $labels.namespace }}/{{ $labels.persistentvolumeclaim }}', 'service': 'kubelet'}, {'message': 'Based on recent sampling, the PersistentVolume claimed by {{ $labels.persistentvolumeclaim }} in Namespace {{ $labels.namespace }} is expected to run out of inodes within four days. Currently {{ $value | humanizePercentage }} of its inodes are free.'}),
    (K, 'charts/monitoring/prometheus/rules/src/general/kube-kubelet.yaml', 'KubePersistentVolumeErrors', {'severity': 'critical', 'resource': '{{ $labels.namespace }}/{{ $labels.persistentvolumeclaim }}', 'service': 'kubelet'}, {'message': 'The persistent volume {{ $labels.persistentvolume }} has status {{ $labels.phase }}.'}),
    (K, 'charts/monitoring/prometheus/rules/src/general/kube-kubelet.yaml', 'KubeletTooManyPods', {'severity': 'warning', 'resource': '{{ $labels.instance }}', 'service': 'kubelet'}, {'message': 'Kubelet {{ $labels.instance }} is running {{ $value }} pods, close to the limit of 110.'}),
    (K, 'charts/monitoring/prometheus/rules/src/general/kube-kubelet.yaml', 'KubeletClientErrors', {'severity': 'warning', 'resource': '{{ $labels.instance }}', 'service': 'kubelet'}, {'message': 'The kubelet on {{ $labels.instance }} is experiencing {{ printf "%0.0f" $value }}% errors.'}),
    (K, 'charts/monitoring/prometheus/rules/src/general/kube-kubelet.yaml', 'KubeClientErrors', {'severity': 'warning', 'resource': '{{ $labels.instance }}', 'service': 'kubelet'}, {'message': 'The pod {{ $labels.namespace }}/{{ $labels.pod }} is experiencing {{ printf "%0.0f" $value }}% errors.'}),
    (K, 'charts/monitoring/prometheus/rules/src/general/kube-kubelet.yaml', 'KubeletRuntimeErrors', {'severity': 'warning', 'resource': '{{ $labels.instance }}', 'service': 'kubelet'}, {'message': 'The kubelet on {{ $labels.instance }} is having an elevated error rate for container runtime operations.'}),
    (K, 'charts/monitoring/prometheus/rules/src/general/kube-kubelet.yaml', 'KubeletCGroupManagerDurationHigh', {'resource': '{{ $labels.instance }}', 'service': 'kubelet', 'severity': 'warning'}, {'message': 'The kubelet\'s cgroup manager duration on {{ $labels.instance }} has been elevated ({{ printf "%0.2f" $value }}ms) for more than 15 minutes.'}),
    (K, 'charts/monitoring/prometheus/rules/src/general/kube-kubelet.yaml', 'KubeletPodWorkerDurationHigh', {'severity': 'warning', 'resource': '{{ $labels.instance }}/{{ $labels.operation_type }}', 'service': 'kubelet'}, {'message': 'The kubelet\'s pod worker duration for {{ $labels.operation_type }} operations on {{ $labels.instance }} has been elevated ({{ printf "%0.2f" $value }}ms) for more than 15 minutes.'}),
    (K, 'charts/monitoring/prometheus/rules/src/general/kube-kubelet.yaml', 'KubeVersionMismatch', {'severity': 'warning'}, {'message': 'There are {{ $value }} different versions of Kubernetes components running.'}),
    (K, 'charts/monitoring/prometheus/rules/src/general/kube-state-metrics.yaml', 'KubeStateMetricsDown', {'severity': 'critical', 'resource': '{{ $labels.namespace }}/{{ $labels.pod }}', 'service': 'kube-state-metrics'}, {'message': 'KubeStateMetrics has disappeared from Prometheus target discovery.'}),
    (K, 'charts/monitoring/prometheus/rules/src/general/kube-state-metrics.yaml', 'KubePodCrashLooping', {'severity': 'critical', 'resource': '{{ $labels.namespace }}/{{ $labels.pod }}'}, {'message': 'Pod {{ $labels.namespace }}/{{ $labels.pod }} ({{ $labels.container }}) is restarting {{ printf "%.2f" $value }} times / 5 minutes.'}),
    (K, 'charts/monitoring/prometheus/rules/src/general/kube-state-metrics.yaml', 'KubePodNotReady', {'severity': 'critical', 'resource': '{{ $labels.namespace }}/{{ $labels.pod }}'}, {'message': 'Pod {{ $labels.namespace }}/{{ $labels.pod }} has been in a non-ready state for longer than an hour.'}),
    (K, 'charts/monitoring/prometheus/rules/src/general/kube-state-metrics.yaml', 'KubeDeploymentGenerationMismatch', {'severity': 'critical', 'resource': '{{ $labels.namespace }}/{{ $labels.deployment }}'}, {'message': 'Deployment generation for {{ $labels.namespace }}/{{ $labels.deployment }} does not match, this indicates that the Deployment has failed but has not been rolled back.'}),
    (K, 'charts/monitoring/prometheus/rules/src/general/kube-state-metrics.yaml', 'KubeDeploymentReplicasMismatch', {'severity': 'critical', 'resource': '{{ $labels.namespace }}/{{ $labels.deployment }}'}, {'message': 'Deployment {{ $labels.namespace }}/{{ $labels.deployment }} has not matched the expected number of replicas for longer than an hour.'}),
    (K, 'charts/monitoring/prometheus/rules/src/general/kube-state-metrics.yaml', 'KubeStatefulSetReplicasMismatch', {'severity': 'critical', 'resource': '{{ $labels.namespace }}/{{ $labels.statefulset }}'}, {'message': 'StatefulSet {{ $labels.namespace }}/{{ $labels.statefulset }} has not matched the expected number of replicas for longer than 15 minutes.'}),
    (K, 'charts/monitoring/prometheus/rules/src/general/kube-state-metrics.yaml', 'KubeStatefulSetGenerationMismatch', {'severity': 'critical', 'resource': '{{ $labels.namespace }}/{{ $labels.statefulset }}'}, {'message': 'StatefulSet generation for {{ $labels.namespace }}/{{ $labels.statefulset }} does not match, this indicates that the StatefulSet has failed but has not been rolled back.'}),
    (K, 'charts/monitoring/prometheus/rules/src/general/kube-state-metrics.yaml', 'KubeStatefulSetUpdateNotRolledOut', {'severity': 'critical', 'resource': '{{ $labels.namespace }}/{{ $labels.statefulset }}'}, {'message': 'StatefulSet {{ $labels.namespace }}/{{ $labels.statefulset }} update has not been rolled out.'}),
    (K, 'charts/monitoring/prometheus/rules/src/general/kube-state-metrics.yaml', 'KubeDaemonSetRolloutStuck', {'severity': 'critical', 'resource': '{{ $labels.namespace }}/{{ $labels.daemonset }}'}, {'message': 'Only {{ $value }}% of the desired Pods of DaemonSet {{ $labels.namespace }}/{{ $labels.daemonset }} are scheduled and ready.'}),
    (K, 'charts/monitoring/prometheus/rules/src/general/kube-state-metrics.yaml', 'KubeDaemonSetNotScheduled', {'severity': 'warning', 'resource': '{{ $labels.namespace }}/{{ $labels.daemonset }}'}, {'message': '{{ $value }} Pods of DaemonSet {{ $labels.namespace }}/{{ $labels.daemonset }} are not scheduled.'}),
    (K, 'charts/monitoring/prometheus/rules/src/general/kube-state-metrics.yaml', 'KubeDaemonSetMisScheduled', {'severity': 'warning', 'resource': '{{ $labels.namespace }}/{{ $labels.daemonset }}'}, {'message': '{{ $value }} Pods of DaemonSet {{ $labels.namespace }}/{{ $labels.daemonset }} are running where they are not supposed to run.'}),
    (K, 'charts/monitoring/prometheus/rules/src/general/kube-state-metrics.yaml', 'KubeCronJobRunning', {'severity': 'warning', 'resource': '{{ $labels.namespace }}/{{ $labels.cronjob }}'}, {'message': 'CronJob {{ $labels.namespace }}/{{ $labels.cronjob }} is taking more than 1h to complete.'}),
    (K, 'charts/monitoring/prometheus/rules/src/general/kube-state-metrics.yaml', 'KubeJobCompletion', {'severity': 'warning', 'resource': '{{ $labels.namespace }}/{{ $labels.job_name }}'}, {'message': 'Job {{ $labels.namespace }}/{{ $labels.job_name }} is taking more than one hour to complete.'}),
    (K, 'charts/monitoring/prometheus/rules/src/general/kube-state-metrics.yaml', 'KubeJobFailed', {'severity': 'warning', 'resource': '{{ $labels.namespace }}/{{ $labels.job_name }}'}, {'message': 'Job {{ $labels.namespace }}/{{ $labels.job_name }} failed to complete.'}),
    (K, 'charts/monitoring/prometheus/rules/src/general/kube-state-metrics.yaml', 'KubeCPUOvercommit', {'severity': 'critical', 'resource': 'cluster', 'service': 'kube-state-metrics'}, {'message': 'Cluster has overcommitted CPU resource requests for Pods by {{ $value }} CPU shares and cannot tolerate node failure.'}),
    (K, 'charts/monitoring/prometheus/rules/src/general/kube-state-metrics.yaml', 'KubeMemOvercommit', {'severity': 'warning', 'resource': 'cluster', 'service': 'kube-state-metrics'}, {'message': 'Cluster has overcommitted memory resource requests for namespaces.'}),
    (K, 'charts/monitoring/prometheus/rules/src/general/kube-state-metrics.yaml', 'KubeMemOvercommit#2', {'severity': 'critical', 'resource': 'cluster', 'service': 'kube-state-metrics'}, {'message': 'Cluster has overcommitted memory resource requests for Pods by {{ $value }} bytes and cannot tolerate node failure.'}),
    (K, 'charts/monitoring/prometheus/rules/src/general/kube-state-metrics.yaml', 'KubeQuotaExceeded', {'severity': 'warning', 'resource': 'cluster', 'service': 'kube-state-metrics'}, {'message': 'Namespace {{ $labels.namespace }} is using {{ printf "%0.0f" $value }}% of its {{ $labels.resource }} quota.'}),
    (K, 'charts/monitoring/prometheus/rules/src/general/kube-state-metrics.yaml', 'KubePodOOMKilled', {'severity': 'warning', 'resource': '{{ $labels.namespace }}/{{ $labels.pod }}/{{ $labels.container }}'}, {'message': 'Container {{ $labels.container }} in pod {{ $labels.namespace }}/{{ $labels.pod }} has been OOMKilled {{ $value }} times in the last 30 minutes.'}),
    (K, 'charts/monitoring/prometheus/rules/src/general/kube-state-metrics.yaml', 'KubeNodeNotReady', {'severity': 'warning', 'resource': '{{ $labels.node }}'}, {'message': '{{ $labels.node }} has been unready for more than an hour.'}),
    (K, 'charts/monitoring/prometheus/rules/src/general/prometheus.yaml', 'PromScrapeFailed', {'severity': 'warning', 'resource': '{{ $labels.job }}/{{ $labels.instance }}', 'service': 'prometheus'}, {'message': 'Prometheus failed to scrape a target {{ $labels.job }} / {{ $labels.instance }}.'}),
    (K, 'charts/monitoring/prometheus/rules/src/general/prometheus.yaml', 'PromBadConfig', {'severity': 'critical', 'resource': '{{ $labels.job }}/{{ $labels.instance }}', 'service': 'prometheus'}, {'message': 'Prometheus failed to reload config.'}),
    (K, 'charts/monitoring/prometheus/rules/src/general/prometheus.yaml', 'PromAlertmanagerBadConfig', {'severity': 'critical', 'resource': '{{ $labels.job }}/{{ $labels.instance }}', 'service': 'prometheus'}, {'message': 'Alertmanager failed to reload config.'}),
    (K, 'charts/monitoring/prometheus/rules/src/general/prometheus.yaml', 'PromAlertsFailed', {'severity': 'critical', 'resource': '{{ $labels.job }}/{{ $labels.instance }}', 'service': 'prometheus'}, {'message': 'Alertmanager failed to send an alert.'}),
    (K, 'charts/monitoring/prometheus/rules/src/general/prometheus.yaml', 'PromRemoteStorageFailures', {'severity': 'critical', 'resource': '{{ $labels.job }}/{{ $labels.instance }}', 'service': 'prometheus'}, {'message': 'Prometheus failed to send {{ printf "%.1f" $value }}% samples.'}),
    (K, 'charts/monitoring/prometheus/rules/src/general/prometheus.yaml', 'PromRuleFailures', {'severity': 'critical', 'resource': '{{ $labels.job }}/{{ $labels.instance }}', 'service': 'prometheus'}, {'message': 'Prometheus failed to evaluate {{ printf "%.1f" $value }} rules/sec.'}),
    (K, 'charts/monitoring/prometheus/rules/src/general/kube-apiserver.yaml', 'KubernetesApiserverDown', {'severity': 'critical', 'resource': 'apiserver', 'service': 'kubernetes'}, {'message': 'KubernetesApiserver has disappeared from Prometheus target discovery.'}),
    (K, 'charts/monitoring/prometheus/rules/src/general/kube-apiserver.yaml', 'KubeAPITerminatedRequests', {'severity': 'warning', 'resource': 'apiserver', 'service': 'kubernetes'}, {'message': 'The kubernetes apiserver has terminated {{ $value | humanizePercentage }} of its incoming requests.'}),
    (K, 'charts/monitoring/prometheus/rules/src/general/kube-apiserver.yaml', 'KubeAPITerminatedRequests#2', {'severity': 'critical', 'resource': 'apiserver', 'service': 'kubernetes'}, {'message': 'The kubernetes apiserver has terminated {{ $value | humanizePercentage }} of its incoming requests.'}),
    (K, 'charts/monitoring/prometheus/rules/src/general/kube-apiserver.yaml', 'KubeClientCertificateExpiration', {'severity': 'warning', 'resource': 'apiserver', 'service': 'kubernetes'}, {'message': 'A client certificate used to authenticate to the apiserver is expiring in less than 7 days.'}),
    (K, 'charts/monitoring/prometheus/rules/src/general/kube-apiserver.yaml', 'KubeClientCertificateExpiration#2', {'severity': 'critical', 'resource': 'apiserver', 'service': 'kubernetes'}, {'message': 'A client certificate used to authenticate to the apiserver is expiring in less than 24 hours.'}),
    (K, 'charts/monitoring/prometheus/rules/src/general/cert-manager.yaml', 'CertManagerCertExpiresSoon', {'severity': 'warning', 'resource': '{{ $labels.name }}', 'service': 'cert-manager'}, {'message': 'The certificate {{ $labels.name }} expires in less than 3 days.'}),
    (K, 'charts/monitoring/prometheus/rules/src/general/cert-manager.yaml', 'CertManagerCertExpiresVerySoon', {'severity': 'critical', 'resource': '{{ $labels.name }}', 'service': 'cert-manager'}, {'message': 'The certificate {{ $labels.name }} expires in less than 24 hours.'}),
    (K, 'charts/monitoring/prometheus/rules/src/managed/kube-controller-manager.yaml', 'KubeControllerManagerDown', {'severity': 'critical', 'resource': 'kube-controller-manager', 'service': 'kubernetes'}, {'message': 'No healthy controller-manager pods exist inside the cluster.'}),
    (KAS, 'bindata/assets/alerts/api-usage.yaml', 'APIRemovedInNextReleaseInUse', {'namespace': 'openshift-kube-apiserver', 'severity': 'info'}, {'summary': 'Deprecated API that will be removed in the next version is being used.', 'description': 'Deprecated API that will be removed in the next version is being used. Removing the workload that is using the {{ $labels.group }}.{{ $labels.version }}/{{ $labels.resource }} API might be necessary for a successful upgrade to the next cluster version with Kubernetes {{ $labels.removed_release }}. Refer to `oc get apirequestcounts {{ $labels.resource }}.{{ $labels.version }}.{{ $labels.group }} -o yaml` to identify the workload.'}),
    (KAS, 'bindata/assets/alerts/api-usage.yaml', 'APIRemovedInNextEUSReleaseInUse', {'namespace': 'openshift-kube-apiserver', 'severity': 'info'}, {'summary': 'Deprecated API that will be removed in the next EUS version is being used.', 'description': 'Deprecated API that will be removed in the next EUS version is being used. Removing the workload that is using the {{ $labels.group }}.{{ $labels.version }}/{{ $labels.resource }} API might be necessary for a successful upgrade to the next EUS cluster version with Kubernetes {{ $labels.removed_release }}. Refer to `oc get apirequestcounts {{ $labels.resource }}.{{ $labels.version }}.{{ $labels.group }} -o yaml` to identify the workload.'}),
    (KAS, 'bindata/assets/alerts/audit-errors.yaml', 'AuditLogError', {'namespace': 'openshift-kube-apiserver', 'severity': 'warning'}, {'summary': 'An API Server instance was unable to write audit logs. This could be\ntriggered by the node running out of space, or a malicious actor\ntampering with the audit logs.', 'description': 'An API Server had an error writing to an audit log.'}),
    (KAS, 'bindata/assets/alerts/cpu-utilization.yaml', 'HighOverallControlPlaneCPU', {'namespace': 'openshift-kube-apiserver', 'severity': 'warning'}, {'summary': 'CPU utilization across all three control plane nodes is higher than two control plane nodes can sustain; a single control plane node outage may cause a cascading failure; increase available CPU.', 'description': 'Given three control plane nodes, the overall CPU utilization may only be about 2/3 of all available capacity. This is because if a single control plane node fails, the remaining two must handle the load of the cluster in order to be HA. If the cluster is using more than 2/3 of all capacity, if one control plane node fails, the remaining two are likely to fail when they take the load. To fix this, increase the CPU and memory on your control plane nodes.'}),
    (KAS, 'bindata/assets/alerts/cpu-utilization.yaml', 'ExtremelyHighIndividualControlPlaneCPU', {'namespace': 'openshift-kube-apiserver', 'severity': 'warning'}, {'summary': 'CPU utilization on a single control plane node is very high, more CPU pressure is likely to cause a failover; increase available CPU.', 'description': 'Extreme CPU pressure can cause slow serialization and poor performance from the kube-apiserver and etcd. When this happens, there is a risk of clients seeing non-responsive API requests which are issued again causing even more CPU pressure. It can also cause failing liveness probes due to slow etcd responsiveness on the backend. If one kube-apiserver fails under this condition, chances are you will experience a cascade as the remaining kube-apiservers are also under-provisioned. To fix this, increase the CPU and memory on your control plane nodes.'}),
    (KAS, 'bindata/assets/alerts/cpu-utilization.yaml', 'ExtremelyHighIndividualControlPlaneCPU#2', {'namespace': 'openshift-kube-apiserver', 'severity': 'critical'}, {'summary': 'Sustained high CPU utilization on a single control plane node, more CPU pressure is likely to cause a failover; increase available CPU.', 'description': 'Extreme CPU pressure can cause slow serialization and poor performance from the kube-apiserver and etcd. When this happens, there is a risk of clients seeing non-responsive API requests which are issued again causing even more CPU pressure. It can also cause failing liveness probes due to slow etcd responsiveness on the backend. If one kube-apiserver fails under this condition, chances are you will experience a cascade as the remaining kube-apiservers are also under-provisioned. To fix this, increase the CPU and memory on your control plane nodes.'}),
    (KAS, 'bindata/assets/alerts/kube-apiserver-down.yaml', 'KubeAggregatedAPIErrors', {'severity': 'warning'}, {'description': 'Kubernetes aggregated API {{ $labels.instance }}/{{ $labels.name }} has reported {{ $labels.reason }} errors.', 'summary': 'Kubernetes aggregated API has reported errors.'}),
    (KAS, 'bindata/assets/alerts/kube-apiserver-down.yaml', 'KubeAggregatedAPIDown', {'severity': 'warning'}, {'description': 'Kubernetes aggregated API {{ $labels.name }}/{{ $labels.namespace }} has been only {{ $value | humanize }}% available over the last 10m.', 'summary': 'Kubernetes aggregated API is down.'}),
    (KAS, 'bindata/assets/alerts/kube-apiserver-down.yaml', 'KubeAPIDown', {'severity': 'critical'}, {'description': 'KubeAPI has disappeared from Prometheus target discovery.', 'summary': 'Target disappeared from Prometheus target discovery.'}),
    (KAS, 'bindata/assets/alerts/kube-apiserver-down.yaml', 'KubeAPITerminatedRequests#3', {'severity': 'warning'}, {'description': 'The kubernetes apiserver has terminated {{ $value | humanizePercentage }} of its incoming requests.', 'summary': 'The kubernetes apiserver has terminated {{ $value | humanizePercentage }} of its incoming requests.'}),
    (KAS, 'bindata/assets/alerts/podsecurity-violations.yaml', 'PodSecurityViolation', {'namespace': 'openshift-kube-apiserver', 'severity': 'info'}, {'summary': "One or more workloads users created in the cluster don't match their Pod Security profile", 'description': 'A workload (pod, deployment, daemonset, ...) was created somewhere in the cluster but it did not match the PodSecurity "{{ $labels.policy_level }}" profile defined by its namespace either via the cluster-wide configuration (which triggers on a "restricted" profile violations) or by the namespace local Pod Security labels. Refer to Kubernetes documentation on Pod Security Admission to learn more about these violations.'}),
    (KAS, 'bindata/assets/alerts/podsecurity-violations.yaml', 'PodSecurityViolation#2', {'namespace': 'openshift-kube-apiserver', 'severity': 'info'}, {'summary': "One or more workloads in platform namespaces of the cluster don't match their Pod Security profile", 'description': 'A workload (pod, deployment, daemonset, ...) was created in namespace "{{ $labels.ocp_namespace }}" but it did not match the PodSecurity "{{ $labels.policy_level }}" profile defined by its namespace either via the cluster-wide configuration (which triggers on a "restricted" profile violations) or by the namespace local Pod Security labels. Refer to Kubernetes documentation on Pod Security Admission to learn more about these violations.'}),
    (KAS, 'manifests/0000_90_kube-apiserver-operator_03_servicemonitor.yaml', 'TechPreviewNoUpgrade', {'severity': 'warning'}, {'summary': 'Cluster has enabled tech preview features that will prevent upgrades.', 'description': 'Cluster has enabled Technology Preview features that cannot be undone and will prevent upgrades. The TechPreviewNoUpgrade feature set is not recommended on production clusters.'}),
    (CSO, 'assets/vsphere_problem_detector/12_prometheusrules.yaml', 'VSphereOpenshiftNodeHealthFail', {'severity': 'warning'}, {'summary': "Periodic vSphere health check {{ $labels.check }} is failing on node {{ $labels.node }}.\nTo get details about the failure, please see events in namespace openshift-cluster-storage-operator:\n'oc -n openshift-cluster-storage-operator get event --sort-by=.metadata.creationTimestamp | grep VSphere{{ $labels.check }}'\n", 'message': 'vSphere health check {{ $labels.check }} is failing on {{ $labels.node }}.', 'description': 'The vsphere-problem-detector performs health checks on individual OpenShift nodes on \nvSphere to confirm configuration and performance requirements are met.  Health checks \nverify machine scaling, storage provisioning, and node performance meet requirements.\n'}),
    (CSO, 'assets/vsphere_problem_detector/12_prometheusrules.yaml', 'VSphereOpenshiftClusterHealthFail', {'severity': 'warning'}, {'summary': "Periodic vSphere cluster health check {{ $labels.check }} is failing.\nTo get details about the failure, please see events in namespace openshift-cluster-storage-operator:\n'oc -n openshift-cluster-storage-operator get event --sort-by=.metadata.creationTimestamp | grep VSphere{{ $labels.check }}'\n", 'message': 'vSphere cluster health checks are failing with {{ $labels.check }}', 'description': 'The vsphere-problem-detector monitors the health, permissions and configuration of OpenShift on\nvSphere.  If problems are found which may prevent machine scaling, storage provisioning,\nand safe upgrades, the vsphere-problem-detector will raise alerts.\n'}),
    (CSO, 'assets/vsphere_problem_detector/12_prometheusrules.yaml', 'VSphereOpenshiftConnectionFailure', {'severity': 'warning'}, {'summary': 'vsphere-problem-detector is unable to connect to vSphere vCenter.', 'description': 'vsphere-problem-detector cannot access vCenter. As consequence, other OCP components,\nsuch as storage or machine API, may not be able to access vCenter too and provide\ntheir services. Detailed error message can be found in Available condition of\nClusterOperator "storage", either in console\n(Administration -> Cluster settings -> Cluster operators tab -> storage) or on\ncommand line: oc get clusteroperator storage -o jsonpath=\'{.status.conditions[?(@.type=="Available")].message}\'\n'}),
    (CSO, 'assets/vsphere_problem_detector/12_prometheusrules.yaml', 'CSIWithOldVSphereHWVersion', {'severity': 'info'}, {'summary': 'Detected vSphere VM with HW version lower than 15, which is being deprecated by Openshift.', 'description': 'The cluster is using VMs with hardware version lower than 15, which is being deprecated by Openshift. Hardware version 15 or greater\nis required by vSphere CSI driver. Please update your VMs to at least HW version 15.\n'}),
    (CSO, 'assets/vsphere_problem_detector/12_prometheusrules.yaml', 'VSphereOlderVersionPresent', {'severity': 'info'}, {'summary': 'Detected vSphere host with ESXi version less than 7.0.2 in Openshift cluster.', 'description': 'The cluster is using ESXi hosts which are on version less than 7.0.2, which is being deprecated by Openshift. A future version of\nOpenshift will remove support for ESXi version less than 7.0.2 and it is recommended to update your hosts to the latest ESXi version.\n'}),
    (CSO, 'assets/vsphere_problem_detector/12_prometheusrules.yaml', 'VSphereOlderVCenterPresent', {'severity': 'info'}, {'summary': 'Detected vSphere vCenter version less than 8 in Openshift cluster.', 'description': 'The cluster is using vCenter version less than 8, which is being deprecated by Openshift. A future version of\nOpenshift will remove support for vCenter versions less than 8 and it is recommended to update your vCenter to a supported version.\n'}),
    (CSO, 'assets/vsphere_problem_detector/12_prometheusrules.yaml', 'VSphereOpenshiftVmsCBTMismatch', {'severity': 'warning'}, {'summary': 'Periodic vSphere health check is failing due to some nodes not having ctkEnabled matching the other nodes.\nTo get details about the failure, please see the logs in the vsphere-problem-detector-operator pod in namespace openshift-cluster-storage-operator:\n\' oc logs -l name=vsphere-problem-detector-operator -n openshift-cluster-storage-operator --tail=-1 | grep "node_cbt"\'\n', 'message': 'Cluster node VMs are not configured the same for CBT feature.', 'description': 'Cluster node VMs are not configured the same for CBT feature.\n'}),
    (CSO, 'manifests/12_prometheusrules.yaml', 'MultipleDefaultStorageClasses', {'severity': 'warning'}, {'summary': 'More than one default StorageClass detected.', 'description': 'Cluster storage operator monitors all storage classes configured in the cluster\nand checks there is not more than one default StorageClass configured.\n', 'message': 'StorageClass count check is failing (there should not be more than one default StorageClass)'}),
    (CSO, 'manifests/12_prometheusrules.yaml', 'VolumeAttributesClassParameterMismatch', {'severity': 'warning'}, {'summary': 'VAC parameters mismatch detected for a CSI driver', 'description': 'VolumeAttributeClasses (VAC) for driver {{ $labels.driver }} have mismatching parameters. Please make sure that all VACs of the CSI driver {{ $labels.driver }} have the same parameter names specified.\n', 'message': 'VolumeAttributeClasses (VAC) for driver {{ $labels.driver }} have mismatching parameters. Please make sure that all VACs of the CSI driver {{ $labels.driver }} have the same parameter names specified.'}),
    (CSO, 'manifests/12_prometheusrules.yaml', 'PodStartupStorageOperationsFailing', {'severity': 'info'}, {'summary': "Pods can't start because {{ $labels.operation_name }} of volume plugin {{ $labels.volume_plugin }} is permanently failing{{ if $labels.node }} on node {{ $labels.node }}{{ end }}.", 'description': 'Failing storage operation "{{ $labels.operation_name }}" of volume plugin {{ $labels.volume_plugin }} was preventing Pods{{ if $labels.node }} on node {{ $labels.node }}{{ end }}\nfrom starting for past 5 minutes.\n{{ if eq $labels.operation_name "volume_mount" -}}\nPlease investigate Pods that are "ContainerCreating" on the node: "oc get pod --field-selector=spec.nodeName={{ $labels.node }} --all-namespaces | grep ContainerCreating".\n{{- else if eq $labels.operation_name "volume_attach" -}}\nPlease investigate Pods that are "ContainerCreating" across all nodes: "oc get pod --all-namespaces | grep ContainerCreating".\nCheck volume attachment status: "oc get volumeattachment" and controller manager logs.\n{{- else -}}\nPlease investigate Pods that are "ContainerCreating"{{ if $labels.node }} on node {{ $labels.node }}{{ end }}.\n{{- end }}\nEvents of the Pods should contain exact error message: "oc describe pod -n <pod namespace> <pod name>".\n'}),
    (CSO, 'manifests/12_prometheusrules.yaml', 'SELinuxMountGAReadinessWorkloadsDetected', {'severity': 'warning'}, {'summary': 'Workloads incompatible with SELinuxMount GA detected', 'description': '{{ $value | humanize }} pods in the cluster have a SELinux conflict that must be resolved before upgrade to the next OpenShift version.\nQuery metric selinux_warning_controller_selinux_volume_conflict to list affected pods.\n'}),
    (CSO, 'manifests/12_prometheusrules.yaml', 'KubePersistentVolumeFillingUp#3', {'severity': 'critical'}, {'description': 'The PersistentVolume claimed by {{ $labels.persistentvolumeclaim }} in Namespace {{ $labels.namespace }} {{ with $labels.cluster -}} on Cluster {{ . }} {{- end }} is only {{ $value | humanizePercentage }} free.', 'summary': 'PersistentVolume is filling up.'}),
    (CSO, 'manifests/12_prometheusrules.yaml', 'KubePersistentVolumeFillingUp#4', {'severity': 'warning'}, {'description': 'Based on recent sampling, the PersistentVolume claimed by {{ $labels.persistentvolumeclaim }} in Namespace {{ $labels.namespace }} {{ with $labels.cluster -}} on Cluster {{ . }} {{- end }} is expected to fill up within four days. Currently {{ $value | humanizePercentage }} is available.', 'summary': 'PersistentVolume is filling up.'}),
    (CSO, 'manifests/12_prometheusrules.yaml', 'KubePersistentVolumeInodesFillingUp#3', {'severity': 'critical'}, {'description': 'The PersistentVolume claimed by {{ $labels.persistentvolumeclaim }} in Namespace {{ $labels.namespace }} {{ with $labels.cluster -}} on Cluster {{ . }} {{- end }} only has {{ $value | humanizePercentage }} free inodes.', 'summary': 'PersistentVolumeInodes are filling up.'}),
    (CSO, 'manifests/12_prometheusrules.yaml', 'KubePersistentVolumeInodesFillingUp#4', {'severity': 'warning'}, {'description': 'Based on recent sampling, the PersistentVolume claimed by {{ $labels.persistentvolumeclaim }} in Namespace {{ $labels.namespace }} {{ with $labels.cluster -}} on Cluster {{ . }} {{- end }} is expected to run out of inodes within four days. Currently {{ $value | humanizePercentage }} of its inodes are free.', 'summary': 'PersistentVolumeInodes are filling up.'}),
    (CSO, 'manifests/12_prometheusrules.yaml', 'KubePersistentVolumeErrors#2', {'severity': 'warning'}, {'description': 'The persistent volume {{ $labels.persistentvolume }} {{ with $labels.cluster -}} on Cluster {{ . }} {{- end }} has status {{ $labels.phase }}.', 'summary': 'PersistentVolume is having issues with provisioning.'}),
    (CSO, 'assets/csidriveroperators/vsphere/15_prometheusrules.yaml', 'UnsupportedCSIDriverInstalled', {'severity': 'info'}, {'summary': 'Unsupported VSphere CSI driver installed', 'description': "OpenShift has detected that an unsupported version of vSphere CSI driver is installed.\nIt is OK to use this CSI driver for now, however, Red Hat does not support it.\nIn a future OpenShift version it will be required to use OpenShift's version of the CSI\ndriver to correctly migrate vSphere PersistentVolumes to CSI. Please consult OpenShift\nrelease notes before upgrading to the next version.\nTo get a version of the CSI driver supported by Red Hat, uninstall the CSI driver,\nincluding its Deployment, DaemonSet and CSIDriver objects and OpenShift will\nautomatically install a supported version of the CSI driver.\n", 'message': 'An unsupported version of vSphere CSI driver installation detected.'}),
    (CSO, 'assets/csidriveroperators/vsphere/15_prometheusrules.yaml', 'VSphereTopologyMisconfiguration', {'severity': 'info'}, {'summary': 'vSphere topology is erroneously configured both in ClusterCSIDriver and Infrastructure.', 'description': 'vSphere topology is configured both in vSphere ClusterCSIDriver and Infrastructure\nobjects. The topology in ClusterCSIDriver is ignored and only the one in\nInfrastructure object is used to configure the vSphere CSI driver. Please delete\ntopology in ClusterCSIDriver, for example by\n"oc edit clustercsidriver csi.vsphere.vmware.com" and removing the whole\n"topologyCategories" section.\n', 'message': 'vSphere topology is erroneously configured both in ClusterCSIDriver and Infrastructure objects, only the one in Infrastructure is used.'}),
    (IR, 'manifests/09-prometheus-rules.yaml', 'ImageRegistryStorageReadOnly', {'kubernetes_operator_part_of': 'image-registry', 'severity': 'warning'}, {'summary': 'The image registry storage is read-only and no images will be committed to storage.', 'description': "The image registry storage is read-only. Read-only storage affects direct pushes to the image registry, and pull-through proxy caching. In the case of pull-through proxy caching, read-only storage is particularly important because without it the image registry won't be actually caching anything. Please verify your backing storage solution and make sure the volume mounted on the image-registry pods is writable to avoid potential outages.", 'message': 'The image registry storage is read-only and no images will be committed to storage.'}),
    (IR, 'manifests/09-prometheus-rules.yaml', 'ImageRegistryStorageFull', {'kubernetes_operator_part_of': 'image-registry', 'severity': 'warning'}, {'summary': 'The image registry storage disk is full and no images will be committed to storage.', 'description': "The image registry storage disk is full. A full disk affects direct pushes to the image registry, and pull-through proxy caching. In the case of pull-through proxy caching, disk space is particularly important because without it the image registry won't be actually caching anything. Please verify your backing storage solution and make sure the volume mounted on the image-registry pods have enough free disk space to avoid potential outages.", 'message': 'The image registry storage disk is full and no images will be committed to storage.'}),
    (VS, 'vsphere-mixin/prometheus_rules_out/prometheus_alerts.yaml', 'VSphereHostInfoCpuUtilization', {'severity': 'info'}, {'description': 'The CPU utilization of the host system {{ $labels.vcenter_host_name }} is now above 90%. The current value is {{ $value | printf "%.2f" }}%.\n', 'summary': 'CPU is approaching a high threshold of utilization for an ESXi host. High CPU utilization may lead to performance degradation and potential downtime for virtual machines running on a host.'}),
    (VS, 'vsphere-mixin/prometheus_rules_out/prometheus_alerts.yaml', 'VSphereHostWarningMemoryUtilization', {'severity': 'warning'}, {'description': 'The memory utilization of the host system {{ $labels.vcenter_host_name }} is now above 90%. The current value is {{ $value | printf "%.2f" }}%.\n', 'summary': 'Memory is approaching a high threshold of utilization for an ESXi host. High memory utilization may cause the host to become unresponsive and impact the performance of virtual machines running on this host.'}),
    (VS, 'vsphere-mixin/prometheus_rules_out/prometheus_alerts.yaml', 'VSphereDatastoreWarningDiskUtilization', {'severity': 'warning'}, {'description': 'The disk utilization of the datastore {{ $labels.vcenter_datastore_name }} is now above 75%. The current value is {{ $value | printf "%.2f" }}%.\n', 'summary': 'Disk space is approaching a warning threshold of utilization for a datastore. Low disk space may prevent virtual machines from functioning properly and cause data loss.'}),
    (VS, 'vsphere-mixin/prometheus_rules_out/prometheus_alerts.yaml', 'VSphereDatastoreCriticalDiskUtilization', {'severity': 'critical'}, {'description': 'The disk utilization of the datastore {{ $labels.vcenter_datastore_name }} is now above 90%. The current value is {{ $value | printf "%.2f" }}%.\n', 'summary': 'Disk space is approaching a critical threshold of utilization for a datastore. Low disk space may prevent virtual machines from functioning properly and cause data loss.'}),
    (VS, 'vsphere-mixin/prometheus_rules_out/prometheus_alerts.yaml', 'VSphereHostWarningHighPacketErrors', {'severity': 'warning'}, {'description': 'The percentage of packet errors on the ESXi host {{ $labels.vcenter_host_name }} is now above 20%. The current value is {{ $value | printf "%.2f" }}%.\n', 'summary': 'High percentage of packet errors seen for ESXi host. High packet errors may indicate network issues that can lead to poor performance and connectivity problems for virtual machines running on this host.'}),
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
    ("NodeNetworkTransmitErrs", NULL, {"instance": "10.156.0.23:9100", "device": "ens4"}, 37,
     "rule 16: interface packet errors are a link fault"),
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
    ("KubeStateMetricsDown", DOWN, {}, 1,
     "rules 4, 8: disappeared from target discovery"),
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

BY_ID = {rid: (src, path, labels, ann) for src, path, rid, labels, ann in RULES}

# Hand-resolved Go-template branches (the template's `if eq $labels.operation_name` chain).
FILLS = {
    "PodStartupStorageOperationsFailing": {
        "description": 'Failing storage operation "volume_mount" of volume plugin kubernetes.io/csi:csi.vsphere.vmware.com was preventing Pods on node {{ $labels.node }}\nfrom starting for past 5 minutes.\nPlease investigate Pods that are "ContainerCreating" on the node: "oc get pod --field-selector=spec.nodeName={{ $labels.node }} --all-namespaces | grep ContainerCreating".\nEvents of the Pods should contain exact error message: "oc describe pod -n <pod namespace> <pod name>".\n',
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
