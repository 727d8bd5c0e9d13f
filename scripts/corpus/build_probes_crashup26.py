#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_crashup26.jsonl: crash loops and upstream timeouts as monitor
templates, rule files and proxies word them, and their look-alikes (a failed Job, a pod pending, one
restart, a client's own timeout, a slow backend, a 502 error rate, a stuck rollout).

Labels were decided from each alert's meaning under POLICY.md before the classifier ran on the file.
See the `probes_crashup26` section of tests/fixtures/corpus/SOURCES.md for sources, decisions and
left-outs. Hosts, pods, namespaces and values are made up.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily, page_provenance, probe_item  # noqa: E402

family = ProbeFamily("probes_crashup26.jsonl")

C, U, N = "crash_loop", "upstream_timeout", None

# ------------------------------------------------------------------ ejether/terradog (Datadog monitors)
TD = "ejether/terradog"
TD_C = "be968c9f9c66af2f803f00e1c3d7517512ffede4"
TD_CRASH = (TD, "terradog/monitors/kubernetes-stable/pod_crashes.yml", TD_C)
TD_PEND = (TD, "terradog/monitors/kubernetes-stable/pods_pending.yml", TD_C)
TD_JOB = (TD, "terradog/monitors/kubernetes-optional/job_failure.yml", TD_C)
TD_CRON = (TD, "terradog/monitors/kubernetes-optional/cronjob_failed_start.yml", TD_C)

family.add(TD_CRASH, C, "Datadog monitor: container restarts changed by >= 1 over the last hour, per pod",
           {"alertname": "[prod] Increased pod crashes kube-system", "monitor_type": "metric alert",
            "namespace": "kube-system", "pod": "cluster-autoscaler-6d9f7c8b5-x2qlm",
            "kubernetescluster": "prod-eu-1"},
           {"message": "cluster-autoscaler-6d9f7c8b5-x2qlm has crashed repeatedly over the last hour"})
family.add(TD_CRASH, N, "the same monitor's recovery branch ({{^is_alert}}), rule 14",
           {"alertname": "[prod] Increased pod crashes ingress", "monitor_type": "metric alert",
            "namespace": "ingress", "pod": "alb-ingress-controller-7b4c9f-kq8sd",
            "kubernetescluster": "prod-eu-1", "status": "recovered"},
           {"message": "alb-ingress-controller-7b4c9f-kq8sd appears to have stopped crashing"})
family.add(TD_PEND, N, "Datadog monitor: pods in phase pending for 30 minutes; its crash-loop line is a question",
           {"alertname": "[staging] Pods are stuck Pending", "monitor_type": "metric alert",
            "kubernetescluster": "staging-us-2"},
           {"message": "There has been at least 1 pod Pending for 30 minutes.\n"
                       "There are currently 4 pods Pending.\n"
                       "  - Is something crash-looping?\n"
                       "  - Is autoscaling adding node capacity where needed?\n"
                       "  - Is a secret or a configmap missing?"})
family.add(TD_JOB, N, "Datadog monitor: kubernetes_state.job.failed >= 1 in 5 minutes (a failed Job, rule 10)",
           {"alertname": "[prod] Job failures in batch", "monitor_type": "metric alert",
            "namespace": "batch", "job_name": "nightly-report-28391040", "kubernetescluster": "prod-eu-1"},
           {"message": "A kubernetes job has failed. Is a job misconfigured, or are the proper resources available?"})
family.add(TD_CRON, N, "Datadog event monitor: FailedNeedsStart events from the CronJob controller",
           {"alertname": "[prod] CronJob Start Failure", "monitor_type": "event alert",
            "kubernetescluster": "prod-eu-1"},
           {"message": "A cronjob controller cannot determine if a job needs to be started. Has a job been "
                       "failing to start within spec.startingDeadlineSeconds?"})

# ------------------------------------------------------------------ Azure/prometheus-collector (recommended alerts)
AZ = ("Azure/prometheus-collector", "GeneratedMonitoringArtifacts/Default/recommendedMetricAlerts.json",
      "05f8b1258fbef091f96e40d1ba4c0c91d1e7f424")
AZL = {"cluster": "aks-prod-weu", "job": "kube-state-metrics", "severity": "warning"}

family.add(AZ, C, "Azure Managed Prometheus KubePodCrashLooping: waiting reason CrashLoopBackOff over 5m, for 15m",
           dict(AZL, alertname="KubePodCrashLooping", namespace="payments", pod="ledger-api-5f7c9d8b6-qw2zt",
                container="ledger-api", reason="CrashLoopBackOff"),
           {"description": "payments/ledger-api-5f7c9d8b6-qw2zt (ledger-api) in aks-prod-weu is restarting 1.00 / "
                           "second. For more information on this alert, please refer to this "
                           "[link](https://github.com/prometheus-operator/runbooks/blob/main/content/runbooks/"
                           "kubernetes/KubePodCrashLooping.md)."})
family.add(AZ, N, "Azure: increase(restarts[1h]) > 0 per controller; a restart, not a loop (rule 7)",
           dict(AZL, alertname="Pod container restarted in the last 1 hour", namespace="web",
                controller="frontend-7d8f9c6b5", container="frontend"),
           {"description": "Pod container restarted in the last 1 hour"})
family.add(AZ, N, "Azure KubePodNotReadyByController: pods in phase Pending|Unknown for 15m (a pod pending)",
           dict(AZL, alertname="KubePodNotReadyByController", namespace="analytics", controller="spark-driver",
                pod="spark-driver-0"),
           {"description": "analytics/spark-driver-0 in aks-prod-weu by controller is not ready. For more "
                           "information on this alert, please refer to this "
                           "[link](https://github.com/prometheus-operator/runbooks/blob/main/content/runbooks/"
                           "kubernetes/KubePodNotReady.md)."})
family.add(AZ, N, "Azure KubeJobFailed: kube_job_failed > 0 (a failed Job, rule 10)",
           dict(AZL, alertname="KubeJobFailed", namespace="etl", job_name="import-orders-29012345"),
           {"description": "Job etl/import-orders-29012345 in aks-prod-weu failed to complete. For more "
                           "information on this alert, please refer to this "
                           "[link](https://github.com/prometheus-operator/runbooks/blob/main/content/runbooks/"
                           "kubernetes/KubeJobFailed.md)."})
family.add(AZ, N, "Azure KubeJobNotCompleted: an active Job older than 12 hours (its own run's time limit, rule 10)",
           dict(AZL, alertname="KubeJobNotCompleted", namespace="etl", job_name="reindex-catalog-29011880"),
           {"description": "Job etl/reindex-catalog-29011880 in aks-prod-weu is taking more than 12 hours to "
                           "complete. For more information on this alert, please refer to this "
                           "[link](https://github.com/prometheus-operator/runbooks/blob/main/content/runbooks/"
                           "kubernetes/KubeJobCompletion.md)."})
family.add(AZ, N, "Azure: Job completions minus succeeded > 0 for 6 hours (rule 10)",
           dict(AZL, alertname="Job did not complete in time", namespace="reports"),
           {"description": "Number of stale jobs older than six hours is greater than 0"})
family.add(AZ, N, "Azure KubeStatefulSetGenerationMismatch: a rollout that failed and was not rolled back",
           dict(AZL, alertname="KubeStatefulSetGenerationMismatch", namespace="data", statefulset="kafka"),
           {"description": "StatefulSet generation for data/kafka does not match, this indicates that the "
                           "StatefulSet has failed but has not been rolled back. For more information on this "
                           "alert, please refer to this "
                           "[link](https://github.com/prometheus-operator/runbooks/blob/main/content/runbooks/"
                           "kubernetes/KubeStatefulSetGenerationMismatch.md)."})

# ------------------------------------------------------------------ superfly/docs (Fly.io proxy error codes, deploys)
FLY = "superfly/docs"
FLY_C = "5c22c8cece71e1cf83fab3189c9f7301573f4d6e"
FLY_ERR = (FLY, "monitoring/error-codes.html.md", FLY_C)
FLY_DEPLOY = (FLY, "launch/deploy.html.markerb", FLY_C)
FLY_RESTART = (FLY, "machines/guides-examples/machine-restart-policy.html.markerb", FLY_C)
FLYL = {"app": "shop-api", "region": "ams", "source": "fly-log-shipper"}

family.add(FLY_ERR, U, "log alert on the app's log stream: Fly proxy PC05, connections to the app's machine timing out",
           dict(FLYL, alertname="FlyProxyErrors", error_code="PC05", instance="e784e6d2a15e38"),
           {"summary": "14 proxy errors in 5m for shop-api",
            "description": "[PC05] Connection timed out (instance e784e6d2a15e38, region ams)"})
family.add(FLY_ERR, N, "the same log alert: PT08, a client's TLS handshake timing out at the edge (rule 13)",
           dict(FLYL, alertname="FlyProxyErrors", error_code="PT08", region="fra"),
           {"summary": "31 proxy errors in 5m for shop-api",
            "description": "[PT08] TLS handshake timed out"})
family.add(FLY_ERR, "node_down", "the same log alert: PC01, the machine refused the proxy's connection (rule 11)",
           dict(FLYL, alertname="FlyProxyErrors", error_code="PC01", instance="e784e6d2a15e38"),
           {"summary": "52 proxy errors in 5m for shop-api",
            "description": "[PC01] Machine refused connection on port 8080 (instance e784e6d2a15e38)"})
family.add(FLY_DEPLOY, C, "deploy notification: smoke checks failed because the machine keeps restarting (docs' wording)",
           {"alertname": "FlyDeployFailed", "app": "billing-worker", "release": "v142", "source": "ci"},
           {"summary": "Deploy of billing-worker v142 stopped: smoke checks failed",
            "description": "Machine 3d8d9e7fa57328 is constantly restarting with a non-zero exit code; "
                           "the smoke check failed and the deployment was stopped."})
family.add(FLY_RESTART, C, "machine event alert: on-fail policy used up its max_retries in the 5-minute window (give-up, rule 15)",
           {"alertname": "FlyMachineStopped", "app": "billing-worker", "instance": "3d8d9e7fa57328",
            "restart_policy": "on-failure", "region": "cdg"},
           {"description": "Machine 3d8d9e7fa57328 exited with a non-zero exit code 10 times within 5 minutes; "
                           "max_retries (10) reached for restart policy on-failure, the Machine was left stopped."})

# ------------------------------------------------------------------ krakend/krakend-documentation (FAQ, timeouts)
KD = "krakend/krakend-documentation"
KD_C = "16959fa693be10f5dec45f23bfbe3e83b52d5cbc"
KD_FAQ = (KD, "faq/_index.md", KD_C)
KD_TO = (KD, "throttling/timeouts.md", KD_C)
KDL = {"job": "krakend", "namespace": "edge", "pod": "krakend-6b7f9d5c8-tr4mz"}

family.add(KD_FAQ, U, "log alert on the gateway's application log: the backend did not answer within `timeout`",
           dict(KDL, alertname="KrakendBackendErrors", endpoint="/v1/catalog"),
           {"summary": "KrakenD backend errors on /v1/catalog",
            "description": "[KRAKEND] 2026/11/04 - 09:12:44.183 ERROR: [ENDPOINT: /v1/catalog] "
                           "Error #01: context deadline exceeded"})
family.add(KD_TO, U, "partial-response ratio alert quoting the timeout the docs describe",
           dict(KDL, alertname="KrakendPartialResponses", endpoint="/v1/home"),
           {"summary": "High share of partial responses on /v1/home",
            "description": "23% of responses on /v1/home were partial (X-Krakend-Completed: false); the log shows "
                           "context deadline exceeded for backend http://recs.internal:8080/recommendations"})
family.add(KD_FAQ, N, "the FAQ's `context canceled`: the client disconnected while consuming the content (rule 13)",
           dict(KDL, alertname="KrakendErrorLogs", endpoint="/v1/search"),
           {"summary": "KrakenD error log lines on /v1/search",
            "description": "[KRAKEND] 2026/11/04 - 10:02:17.551 ERROR: [ENDPOINT: /v1/search] context canceled"})

# ------------------------------------------------------------------ cloud-gov/cg-deploy-prometheus, alphagov/paas-cf (Cloud Foundry)
CG = ("cloud-gov/cg-deploy-prometheus", "bosh/opsfiles/production.yml", "5329ab80d2c719f55adf625a9761e235035872dd")
CG_RULES = ("cloud-gov/cg-deploy-prometheus", "bosh/opsfiles/rules.yml", "5329ab80d2c719f55adf625a9761e235035872dd")
PAAS = "alphagov/paas-cf"
PAAS_C = "23cdaeab8e44b7478850b804a66c007be937c59e"
PAAS_GR = (PAAS, "manifests/prometheus/alerts.d/gorouter-latency.yml", PAAS_C)
PAAS_JOB = (PAAS, "manifests/prometheus/alerts.d/cc-failed-job-count.yml", PAAS_C)

family.add(CG, "node_down", "PagesProxyCrashed: no instance of the CF app running for 5m ('crashed' names zero running instances, rule 7)",
           {"alertname": "PagesProxyCrashed", "severity": "critical", "environment": "production",
            "organization_id": "b1e3c6d0-52f4-4a4e-9b1f-4fd1e0c2a9aa"},
           {"summary": "Pages proxy app crashed", "description": "Reach out to Pages"})
family.add(CG_RULES, "node_down", "CFOperatorAppCrashed: sum of running instances == 0 for 5m (rule 7)",
           {"alertname": "CFOperatorAppCrashed", "severity": "critical", "environment": "production",
            "deployment": "cf-production", "organization_name": "cloud-gov-operators", "space_name": "services",
            "application_name": "uaa-extras"},
           {"summary": "CF Application `production/cf-production/cloud-gov-operators/services/uaa-extras` does "
                       "not have any instance running",
            "description": "CF Application `uaa-extras` at environment `production`, deployment `cf-production`, "
                           "org `cloud-gov-operators`, and space `services` has not had any instance running. You "
                           "might want to look into that."})
family.add(PAAS_GR, "high_latency", "GorouterLatency: min of the routers' average latency > 750ms for 15m (a slow backend, rule 4)",
           {"alertname": "GorouterLatency", "severity": "warning", "deployment": "prod-lon"},
           {"summary": "Gorouter latency", "description": "All Gorouter latencies are too high (min 912ms)",
            "url": "https://team-manual.cloud.service.gov.uk/support/responding_to_alerts/#gorouter-high-latency-alerts"})
family.add(PAAS_JOB, N, "CCFailedJobCount: Cloud Controller's failed background jobs grew (rule 10)",
           {"alertname": "CCFailedJobCount", "severity": "warning", "deployment": "prod-lon"},
           {"summary": "Cloud Controller API failed job count",
            "description": "Number of failed jobs in Cloud Controller API grew considerably in the last hour: 41. "
                           "See logit.io: '@source.deployment.keyword:prod-lon AND "
                           "@source.component:cloud_controller_worker AND @level:ERROR'\n\n"
                           "There is a known issue affecting Cloud Controller which spews errors logs, with very "
                           "little we can do about it. This alert may be related:\n"
                           "https://github.com/cloudfoundry/cloud_controller_ng/issues/1883"})

# ------------------------------------------------------------------ arvatoaws-labs/opswatch-prometheus-rules (CloudWatch via Prometheus)
OW = "arvatoaws-labs/opswatch-prometheus-rules"
OW_C = "b53afb5d189eb17c6caf12e39dcd13ec6578044f"
OW_ALB = (OW, "rules/alb.yaml", OW_C)
OW_LAMBDA = (OW, "rules/lambda.yaml", OW_C)
OW_APIGW = (OW, "rules/apigw.yaml", OW_C)
OWL = {"overwrite_asy_customer": "acme-retail", "overwrite_aws_account_id": "123456789012",
       "overwrite_aws_region": "eu-central-1"}

family.add(OW_LAMBDA, N, "AwsCloudwatchLambdaTimeout: the function's own duration reached its 900s limit (rule 10, rule 13)",
           dict(OWL, alertname="AwsCloudwatchLambdaTimeout", dimension_FunctionName="invoice-export",
                severity="warning"),
           {"summary": "Lambda function was timed out after 900s",
            "description": "Lambda function timed out with 900.2s for function invoice-export in customer "
                           "acme-retail account 123456789012 region eu-central-1"})
family.add(OW_ALB, "high_latency", "AwsCloudwatchAlbTargetResponseTimeSlow: targets answer in > 10s (a slow backend, rule 4)",
           dict(OWL, alertname="AwsCloudwatchAlbTargetResponseTimeSlow",
                dimension_LoadBalancer="app/shop-prod/5f1a2b3c4d5e6f70", severity="warning"),
           {"summary": "ALB target response time is greater than 10s",
            "description": "ALB target response time is 14s for LB app/shop-prod/5f1a2b3c4d5e6f70 in customer "
                           "acme-retail account 123456789012 region eu-central-1"})
family.add(OW_ALB, "high_error_rate", "AwsCloudwatchAlbTargetGroupErrorRate5xx: target 5xx ratio > 20%, no timeout named (rule 15)",
           dict(OWL, alertname="AwsCloudwatchAlbTargetGroupErrorRate5xx",
                dimension_LoadBalancer="app/shop-prod/5f1a2b3c4d5e6f70",
                dimension_TargetGroup="targetgroup/shop-api/0a1b2c3d4e5f6a7b", severity="critical"),
           {"summary": "ALB TargetGroup 5xx Error ratio is greater than 20%",
            "description": "ALB TargetGroup 5xx error rate is 27% for LB app/shop-prod/5f1a2b3c4d5e6f70 & "
                           "TargetGroup targetgroup/shop-api/0a1b2c3d4e5f6a7b in customer acme-retail account "
                           "123456789012 region eu-central-1"})
family.add(OW_APIGW, "high_latency", "AwsCloudwatchApiGatewayLatencySlow: API Gateway latency > 10s (rule 4)",
           dict(OWL, alertname="AwsCloudwatchApiGatewayLatencySlow", dimension_ApiName="orders-api",
                dimension_Stage="prod", severity="warning"),
           {"summary": "API Gateway latency is greater than 10s",
            "description": "API Gateway latency time is 11.8s for api orders-api and stage prod in customer "
                           "acme-retail account 123456789012 region eu-central-1"})

# ------------------------------------------------------------------ solo-io/gloo (operations docs)
GL = "solo-io/gloo"
GL_C = "8d57572e5513446be6561ae7b7c498e125979ed8"
GL_PROD = (GL, "docs/content/operations/production_deployment/_index.md", GL_C)
GL_LIC = (GL, "docs/content/operations/updating_license/_index.md", GL_C)
GL_ZD = (GL, "docs/content/operations/advanced/zero-downtime-gateway-rollout/_index.md", GL_C)

family.add(GL_PROD, C, "kube-state-metrics restart alert on the pod the troubleshooting page lists in CrashLoopBackOff",
           {"alertname": "PodRestartingTooOften", "namespace": "gloo-system",
            "pod": "glooe-prometheus-server-59dcf7bc5b-jt654", "container": "glooe-prometheus-server",
            "severity": "warning"},
           {"summary": "gloo-system/glooe-prometheus-server-59dcf7bc5b-jt654 has restarted 10692 times",
            "description": "Container glooe-prometheus-server is in CrashLoopBackOff (1/2 ready, 10692 restarts, "
                           "age 41d)."})
family.add(GL_LIC, C, "crash-loop alert whose last log line is Gloo's licence warning: a licence is no signature's cause (rules 1, 5)",
           {"alertname": "KubePodCrashLooping", "namespace": "gloo-system", "pod": "observability-656d47787-2fskq",
            "container": "observability", "reason": "CrashLoopBackOff", "severity": "warning"},
           {"summary": "Pod is crash looping.",
            "description": "Pod gloo-system/observability-656d47787-2fskq (observability) restarted 6 times in the "
                           "last 15 minutes. Last log line: {\"level\":\"warn\",\"caller\":\"setup/setup.go:85\","
                           "\"msg\":\"LICENSE WARNING: License expired, please contact support to renew.\"}"})
family.add(GL_LIC, N, "log alert on the licence warning alone (licence expiry, rule 5)",
           {"alertname": "GlooLicenseWarning", "namespace": "gloo-system", "deployment": "observability",
            "severity": "warning"},
           {"description": "LICENSE WARNING: License expired, please contact support to renew."})
family.add(GL_LIC, N, "Kubernetes event alert: the restart the page asks for after replacing the licence (planned, rule 9)",
           {"alertname": "DeploymentRestarted", "namespace": "gloo-system", "deployment": "gloo-fed-console",
            "reason": "ScalingReplicaSet", "severity": "info"},
           {"description": "deployment.apps/gloo-fed-console restarted (kubectl rollout restart by "
                           "ops@example.com)"})
family.add(GL_ZD, U, "synthetic load check: the client's requests to the gateway timing out while awaiting headers (rule 13)",
           {"alertname": "GatewaySyntheticErrors", "namespace": "gloo-system", "service": "gateway-proxy",
            "severity": "warning"},
           {"summary": "42 of 10392 synthetic requests to gateway-proxy failed",
            "description": "Error distribution:\n  [28] Get \"https://18.194.157.177/headers\": context deadline "
                           "exceeded (Client.Timeout exceeded while awaiting headers)\n  [14] Get "
                           "\"https://18.194.157.177/headers\": dial tcp 18.194.157.177:443: i/o timeout "
                           "(Client.Timeout exceeded while awaiting headers)"})

# ------------------------------------------------------------------ bdossantos/prometheus-alert-rules
BD = ("bdossantos/prometheus-alert-rules", "rules/reboot.yml", "beb05d246eee561a44bbaf40d88ea193df22cedd")
family.add(BD, N, "NodeRebooted: node_boot_time_seconds changed once (one restart, rule 7)",
           {"alertname": "NodeRebooted", "instance": "web-07.fra1.internal:9100", "job": "node",
            "severity": "page"},
           {"summary": "Machine rebooted (instance web-07.fra1.internal:9100)",
            "description": "Machine (web-07.fra1.internal:9100) just rebooted."})

# ------------------------------------------------------------------ bfenetworks/bfe (proxy_state counters)
BFE = ("bfenetworks/bfe", "docs/en_us/monitor/proxy_state.md", "b9fb26f3e7be27b4caf6b1a5540fb2dcb9b5659a")
BFEL = {"job": "bfe", "instance": "bfe-edge-03.bj.internal:8421", "cluster": "cluster_search"}

family.add(BFE, U, "rate alert on BFE's ERR_BK_RESP_HEADER_TIMEOUT counter (the backend's response header did not come in time)",
           dict(BFEL, alertname="BfeBackendRespHeaderTimeout", severity="critical"),
           {"summary": "BFE backend response-header timeouts on bfe-edge-03",
            "description": "ERR_BK_RESP_HEADER_TIMEOUT rose by 418 in 5m (Counter for getting response header from "
                           "backend timeout)"})
family.add(BFE, N, "the same exporter's ERR_CLIENT_TIMEOUT: clients that did not send in time (rule 13)",
           dict(BFEL, alertname="BfeClientTimeouts", severity="warning"),
           {"summary": "BFE client timeouts on bfe-edge-03",
            "description": "ERR_CLIENT_TIMEOUT rose by 2210 in 5m (Counter for client accept or read timeout)"})
family.add(BFE, N, "the same exporter's ERR_CLIENT_CLOSE: clients closing their connections, the proxy's own name (rule 15)",
           dict(BFEL, alertname="BfeClientClose", severity="warning"),
           {"summary": "BFE client closes on bfe-edge-03",
            "description": "ERR_CLIENT_CLOSE rose by 964 in 5m (Counter for client closing connection)"})

# ------------------------------------------------------------------ chimurai/http-proxy-middleware (logger plugin, status codes)
HPM_LOG = ("chimurai/http-proxy-middleware", "src/plugins/default/logger-plugin.ts", "014a19804c2f55fefdbe6c336d4be510ba64b073")
HPML = {"service": "storefront-bff", "namespace": "web", "pod": "storefront-bff-6c9d7b8f5-pl2qk"}
HPM_REF = "https://nodejs.org/api/errors.html#errors_common_system_errors"

family.add(HPM_LOG, U, "log alert on the proxy's error line, code ETIMEDOUT (answered 504 by status-code.ts)",
           dict(HPML, alertname="BffProxyErrors", severity="warning"),
           {"summary": "Proxy errors in storefront-bff",
            "description": "[HPM] Error occurred while proxying request shop.example.com/api/cart to "
                           "http://cart-svc.web.svc:8080/ [ETIMEDOUT] (" + HPM_REF + ")"})
family.add(HPM_LOG, "node_down", "the same log alert, code ECONNREFUSED: the target is not there (rule 11)",
           dict(HPML, alertname="BffProxyErrors", severity="warning"),
           {"summary": "Proxy errors in storefront-bff",
            "description": "[HPM] Error occurred while proxying request shop.example.com/api/search to "
                           "http://search-svc.web.svc:8080/ [ECONNREFUSED] (" + HPM_REF + ")"})

# ------------------------------------------------------------------ pomerium/pomerium (Envoy response flags in local replies)
POM = ("pomerium/pomerium", "config/envoyconfig/local_reply.go", "c8ace109fe2a40a0e1d58b90476c7bec360a6980")
POML = {"job": "pomerium", "namespace": "pomerium", "route": "grafana.corp.example.com"}

family.add(POM, U, "access-log alert grouped by response flag: UT, the upstream request timeout (504)",
           dict(POML, alertname="PomeriumLocalReplies", response_flags="UT", response_code="504",
                severity="warning"),
           {"summary": "37 local replies from pomerium for grafana.corp.example.com in 5m",
            "description": "UT (UpstreamRequestTimeout): Upstream request timeout in addition to 504 response code."})
family.add(POM, N, "the same alert on DC: the downstream (client) connection terminated (rule 13)",
           dict(POML, alertname="PomeriumLocalReplies", response_flags="DC", severity="warning"),
           {"summary": "212 local replies from pomerium for grafana.corp.example.com in 5m",
            "description": "DC (DownstreamConnectionTermination): Downstream connection termination."})

# ------------------------------------------------------------------ docs.railway.com (restart policy, healthchecks)
RW_RESTART = "https://docs.railway.com/guides/restart-policy"
RW_HC = "https://docs.railway.app/guides/healthchecks-and-restarts"
family.append(probe_item(
    {"alertname": "RailwayServiceCrashed", "service": "worker", "environment": "production", "severity": "critical"},
    {"summary": "worker (production) stopped restarting",
     "description": "Deployment crashed 10 times; restart policy On Failure reached its maximum of 10 restarts "
                    "and the service was left stopped."},
    C, "webhook alert: the On Failure policy's maximum of 10 restarts used up (give-up, rule 15)",
    "docs.railway.com", page_provenance(RW_RESTART)))
family.append(probe_item(
    {"alertname": "RailwayDeployFailed", "service": "api", "environment": "staging", "severity": "warning"},
    {"summary": "Deploy of api (staging) failed",
     "description": "Healthcheck /health did not return 200 within 300 seconds (RAILWAY_HEALTHCHECK_TIMEOUT_SEC); "
                    "the deploy was marked as failed."},
    N, "deploy notification: a deploy's wait for its healthcheck ran out (rule 13, a deploy tool's wait)",
    "docs.railway.app", page_provenance(RW_HC)))

# ------------------------------------------------------------------ newrelic/docs-website (recommended Kubernetes alert policies)
NR = ("newrelic/docs-website",
      "src/content/docs/kubernetes-pixie/kubernetes-integration/installation/k8s-recommended-alert-policies.mdx",
      "d5ae057c42bbbf98de5e5eb1a816c4e014b11ac7")
family.add(NR, C, "New Relic incident: latest(restartCount) - earliest(restartCount) > 1 (two or more restarts, rule 7)",
           {"alertname": "Alert when container restarts", "policy": "Kubernetes recommended", "priority": "critical",
            "clusterName": "prod-use1", "containerName": "checkout", "podName": "checkout-85f7c6d9b4-m2kx7"},
           {"summary": "Incident opened: Alert when container restarts",
            "description": "Query result 4 > 1 at least once in 1 minute: from K8sContainerSample select "
                           "latest(restartCount) - earliest(restartCount) where clusterName = 'prod-use1' facet "
                           "containerName, podName (checkout, checkout-85f7c6d9b4-m2kx7)"})

# ------------------------------------------------------------------ nginx error lines quoted in issue threads
family.add_thread(U, "chobits/ngx_http_proxy_connect_module", 35,
                  "log alert on the forward proxy's error log: connect to the upstream timed out",
                  {"alertname": "NginxErrorLog", "instance": "fwd-proxy-01:9113", "job": "nginx-logs",
                   "severity": "warning"},
                  {"summary": "nginx errors on fwd-proxy-01",
                   "description": "2018/02/05 22:18:57 [error] 10#0: *55 upstream timed out (110: Connection timed "
                                  "out) while connecting to upstream(proxy_connect), client: 192.168.99.1, server: , "
                                  "request: \"CONNECT i.imgur.com:443 HTTP/1.1\", host: \"i.imgur.com:443\""})
family.add_thread(N, "chobits/ngx_http_proxy_connect_module", 72,
                  "the same log alert: the client did not send in time while the tunnel was set up (rule 13)",
                  {"alertname": "NginxErrorLog", "instance": "fwd-proxy-01:9113", "job": "nginx-logs",
                   "severity": "warning"},
                  {"summary": "nginx errors on fwd-proxy-01",
                   "description": "2021/04/15 02:40:24 [error] 964#0: *199 proxy_connect: client read timed out "
                                  "while connecting to upstream, client: 127.0.0.1, server: localhost, request: "
                                  "\"CONNECT play.google.com:443 HTTP/1.1\", host: \"play.google.com:443\""})
family.add_thread(N, "lobre/docker-notion-proxy", 1,
                  "log alert on a 502 line naming a too-small proxy buffer: a setting, no signature (rules 8, 15)",
                  {"alertname": "NginxErrorLog", "instance": "notion-proxy:80", "job": "nginx-logs",
                   "severity": "warning"},
                  {"summary": "nginx errors on notion-proxy",
                   "description": "2020/01/23 10:02:50 [error] 8496#8496: *274 upstream sent too big header while "
                                  "reading response header from upstream, client: 127.0.0.1, server: notion.example.org, "
                                  "request: \"GET /api/322/config/wifi/ HTTP/1.1\", upstream: "
                                  "\"https://104.26.5.98:443/api/322/config/wifi/\", host: \"127.0.0.1\""})
family.add_thread("high_error_rate", "NatLabRockies/api-umbrella", 398,
                  "502 ratio alert whose sample line is the too-big-header error: 502s that name no timeout (rule 15)",
                  {"alertname": "ApiUmbrellaHigh502Rate", "service": "api-umbrella", "severity": "critical"},
                  {"summary": "7.4% of requests through api-umbrella answered 502 Bad Gateway",
                   "description": "Sample error: [error] 158#0: *13345 upstream sent too big header while reading "
                                  "response header from upstream, client: 172.24.0.1, server: _, request: \"GET "
                                  "/connect/authorize?client_id=js HTTP/1.1\", upstream: "
                                  "\"http://172.24.0.11:80/connect/authorize?client_id=js\""})
family.add_thread(N, "GoogleCloudPlatform/php-docker", 443,
                  "log alert on the client (a kube-probe) closing before the FastCGI answer, logged with 499 (rule 13)",
                  {"alertname": "NginxErrorLog", "namespace": "web", "pod": "php-app-7d9f8c6b5-2xq7w",
                   "severity": "info"},
                  {"summary": "nginx log lines on php-app-7d9f8c6b5-2xq7w",
                   "description": "2018/05/22 15:17:24 [info] 45#0: *400 epoll_wait() reported that client "
                                  "prematurely closed connection, so upstream connection is closed too while sending "
                                  "request to upstream, client: 10.8.10.1, server: , request: \"GET /alive HTTP/1.1\", "
                                  "upstream: \"fastcgi://127.0.0.1:9000\", host: \"10.8.10.5:8080\""})

# ------------------------------------------------------------------ Azure/application-gateway-kubernetes-ingress (docs, issue #770)
AG = "Azure/application-gateway-kubernetes-ingress"
AG_C = "f42103da8b3dc38acd34c9c0b104aab5622a21a7"
AG_READY = (AG, "docs/troubleshootings/troubleshooting-agic-pod-stuck-in-not-ready-state.md", AG_C)
AG_IDENT = (AG, "docs/troubleshootings/troubleshooting-agic-addon-identity-not-found.md", AG_C)
AG_DEPLOY = (AG, "docs/how-tos/minimize-downtime-during-deployments.md", AG_C)

family.add_thread(U, AG, 770,
                  "Log Analytics alert on Application Gateway access logs: 504s after ~30s, the request-timeout",
                  {"alertname": "AppGwBackend504", "resource": "appgw-prod-weu", "backend_pool": "pool-orders-api-80",
                   "severity": "2"},
                  {"summary": "Application Gateway appgw-prod-weu answered 504 for 318 requests in 5 minutes",
                   "description": "httpStatus_d 504, serverStatus_s 504, timeTaken_d 30.211, receivedBytes_d 5264, "
                                  "sentBytes_d 376 (request-timeout 30s)"})
family.add(AG_READY, U, "log alert on the MIC pod: the token refresh's connection to Azure AD timed out (dial tcp: i/o timeout)",
           {"alertname": "AadPodIdentityErrors", "namespace": "kube-system", "pod": "mic-774b9c5d7b-z4z8p",
            "severity": "warning"},
           {"summary": "Errors in mic-774b9c5d7b-z4z8p logs",
            "description": "Updating msis on node aks-agentpool-41724381-vmss, add [1], del [1], update[0] failed with "
                           "error azure.BearerAuthorizer#WithAuthorization: Failed to refresh the Token for request to "
                           "https://management.azure.com/subscriptions/xxxx/resourceGroups/resgp/providers/"
                           "Microsoft.Compute/virtualMachineScaleSets/aks-agentpool-41724381-vmss?api-version=2019-07-01: "
                           "StatusCode=0 -- Original Error: adal: Failed to execute the refresh request. Error = 'Post "
                           "\"https://login.microsoftonline.com/<tenantId>/oauth2/token?api-version=1.0\": dial tcp: "
                           "i/o timeout'"})
family.add(AG_IDENT, C, "crash-loop alert on AGIC whose last line is a 403 ('Identity not found'): no signature's cause (rule 1)",
           {"alertname": "KubePodCrashLooping", "namespace": "kube-system", "pod": "ingress-appgw-deployment-6f9c8d7b5-x8k2p",
            "container": "ingress-appgw-container", "reason": "CrashLoopBackOff", "severity": "warning"},
           {"summary": "Pod is crash looping.",
            "description": "Pod kube-system/ingress-appgw-deployment-6f9c8d7b5-x8k2p (ingress-appgw-container) restarted "
                           "5 times in 10 minutes. Last log line: E0813 15:49:23.529297 1 client.go:170] "
                           "Code=\"ErrorApplicationGatewayForbidden\" Message=\"Unexpected status code '403' while "
                           "performing a GET on Application Gateway.\" ... \"error_description\":\"Identity not found\""})
family.add(AG_DEPLOY, "high_error_rate", "502 ratio during rolling updates (backend pool still pointing at terminated pods; no timeout named, rule 15)",
           {"alertname": "AppGw502Ratio", "resource": "appgw-prod-weu", "severity": "2"},
           {"summary": "Application Gateway 502 responses above 2% during deployment of orders-api",
            "description": "3.8% of requests answered 502 Bad Gateway in the last 10 minutes while a Kubernetes rolling "
                           "update was in progress."})

# ------------------------------------------------------------------ Kubernetes events quoted in issue threads
family.add_thread(C, "cloudnativelabs/kube-router", 1670,
                  "crash-loop alert on the kube-router DaemonSet pod of a brand-new cluster",
                  {"alertname": "KubePodCrashLooping", "namespace": "kube-system", "pod": "kube-router-gcc7j",
                   "container": "kube-router", "node": "k8s-master-000", "severity": "warning"},
                  {"summary": "Pod is crash looping.",
                   "description": "Pod kube-system/kube-router-gcc7j (kube-router) is in CrashLoopBackOff on "
                                  "k8s-master-000. Events: Pulling image \"docker.io/cloudnativelabs/kube-router\" (x2 "
                                  "over 12m); Started (x2 over 12m)."})
family.add_thread(N, "inspektor-gadget/inspektor-gadget", 187,
                  "event alert: one liveness failure and one restart (rule 15)",
                  {"alertname": "KubeContainerKilled", "namespace": "kube-system", "pod": "gadget-nzg7r",
                   "container": "gadget", "reason": "Killing", "severity": "info"},
                  {"summary": "Container gadget in kube-system/gadget-nzg7r was killed",
                   "description": "2021-07-01T13:58:59Z Killing Container gadget failed liveness probe, will be "
                                  "restarted"})

# ------------------------------------------------------------------ GoogleCloudPlatform/oss-test-infra (Prow's Cloud Monitoring alert policies)
OTI = ("GoogleCloudPlatform/oss-test-infra", "prow/oss/terraform/modules/alerts/main.tf",
       "0a8567b94ce5527006385f71ee72940a3240cb89")
family.add(OTI, C, "Cloud Monitoring policy pod-crashlooping: restart_count delta > 0 in every 6m window for 12 minutes",
           {"alertname": "pod-crashlooping-oss-prow/hook", "policy": "pod-crashlooping-oss-prow/hook",
            "project_id": "oss-prow", "container_name": "hook", "namespace_name": "default"},
           {"summary": "pod-crashlooping-oss-prow/hook",
            "description": "The service `oss-prow/hook` has been restarting for more than 6 minutes, very likely "
                           "crashlooping."})
family.add(OTI, N, "the same module's heartbeat-job-stale: a periodic job without a successful run (rule 10)",
           {"alertname": "heartbeat-job-stale/ci-oss-test-infra-heartbeat",
            "policy": "heartbeat-job-stale/ci-oss-test-infra-heartbeat", "project_id": "oss-prow"},
           {"summary": "heartbeat-job-stale/ci-oss-test-infra-heartbeat",
            "description": " The heartbeat job `ci-oss-test-infra-heartbeat` has not had a successful run in the past "
                           "20m (should run every 5m)."})

# ------------------------------------------------------------------ http-proxy-middleware's 504 mapping as a label
HPM_SC = ("chimurai/http-proxy-middleware", "src/status-code.ts", "014a19804c2f55fefdbe6c336d4be510ba64b073")
family.add(HPM_SC, U, "error-count alert on the BFF's proxied responses with code=\"504\" (label-only evidence, rule 3)",
           {"alertname": "BffProxyResponses", "service": "storefront-bff", "namespace": "web", "code": "504",
            "route": "/api/cart", "severity": "warning"},
           {"summary": "storefront-bff proxied responses failing on /api/cart",
            "description": "57 proxied responses in the last 5 minutes on /api/cart."})

# ------------------------------------------------------------------ crash loops pasted in issue threads
family.add_thread(C, "gluster/gcs", 15, "pod listing alert: one StatefulSet pod in CrashLoopBackOff with 31 restarts",
                  {"alertname": "PodNotHealthy", "namespace": "gcs", "pod": "kube1-0", "severity": "warning"},
                  {"summary": "gcs/kube1-0 is CrashLoopBackOff",
                   "description": "kube1-0 0/1 CrashLoopBackOff, 31 restarts, age 156m"})
family.add_thread(C, "bitnami/bitnami-docker-etcd", 15,
                  "pod status alert: etcd-0 waiting in CrashLoopBackOff, last state Terminated with exit code 1",
                  {"alertname": "KubeContainerWaiting", "namespace": "default", "pod": "etcd-0", "container": "etcd",
                   "reason": "CrashLoopBackOff", "severity": "warning"},
                  {"summary": "Container etcd in default/etcd-0 is waiting",
                   "description": "State: Waiting (Reason: CrashLoopBackOff); Last State: Terminated (Reason: Error, "
                                  "Exit Code: 1)"})
family.add_thread(C, "apecloud/kubeblocks", 7316,
                  "event alert on an etcd member started three times in half a minute after a stop/start",
                  {"alertname": "KubePodRestarting", "namespace": "default", "pod": "etcd-cluster-etcd-4",
                   "container": "etcd", "severity": "warning"},
                  {"summary": "default/etcd-cluster-etcd-4 keeps restarting",
                   "description": "Pod etcd-cluster-etcd-4 is in CrashLoopBackOff: Started container etcd (x3 over 32s) "
                                  "on aks-largepool-26178435-vmss000000."})

family.write()
