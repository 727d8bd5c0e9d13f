#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_timeouts29.jsonl: alerting-rule and monitor wording with
"timeout", "timed out", "deadline", "took longer", "504", where many items are look-alikes.

Upstream timeouts: Spring Cloud Gateway's own alarm rules (code 504 / GATEWAY_TIMEOUT) and its
timeout reason, Microsoft.Data.SqlClient's command and login timeouts (client side), python-oracledb's
call timeout (DPY-4024), kube-apiserver calling an admission webhook that does not answer in time,
Varnish's backend fetch timeout, Hystrix's per-command timeout counter, a Google Cloud load balancer's
backend response timeout, a GitHub Actions runner's action download that timed out.

Other signatures said with timeout words: a pool wait that timed out (DPY-4005,
connection_pool_exhaustion), a scrape target down whose last error is "context deadline exceeded"
(node_down, rule 4), a webhook refused (node_down, rule 11), a scrape failing on a DNS lookup that
timed out (dns_failure, rule 13), gateway latency rules (high_latency), 503 counts (high_error_rate).

Look-alikes (null): the monitor's own check or item timing out (Nagios "Service check timed out",
Zabbix "Timeout while executing a shell script."), CI and test time limits (GitLab Runner's script
timeout, GitHub Actions step timeouts, Jest, `go test`), scrape durations near the monitor's own
scrape_timeout, a client that idled (Varnish RX_TIMEOUT, 408 REQUEST_TIMEOUT), idle/keep-alive
session timeouts, timeout settings and their changes (Varnish first_byte_timeout, SCG
response-timeout, Hystrix timeoutInMilliseconds, a webhook's timeoutSeconds, GCLB backend timeout).

Labels were decided from each alert's meaning under POLICY.md (rules 1, 3, 4, 9, 10, 11, 13, 15, 16)
before the classifier ran on the file; see the SOURCES.md section "probes_timeouts29".
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily, page_provenance, probe_item  # noqa: E402

family = ProbeFamily("probes_timeouts29.jsonl")
UT = "upstream_timeout"
N = "node_down"

SCG = "spring-cloud/spring-cloud-gateway"
SCG_COMMIT = "5227205c743d6d2b743bedf2f58cc76c65ca7408"
SCG_ALARMS = (SCG, "docs/src/main/asciidoc/gateway-alarming.adoc", SCG_COMMIT)
SCG_TIMEOUT = (SCG, "spring-cloud-gateway-server-webflux/src/main/java/org/springframework/cloud/"
               "gateway/support/TimeoutException.java", SCG_COMMIT)
SCG_PROPS = (SCG, "docs/modules/ROOT/partials/_configprops.adoc", SCG_COMMIT)


def scg_items():
    """Spring Cloud Gateway's own alarm rules (docs/src/main/asciidoc/gateway-alarming.adoc),
    fired with the labels its metric carries, and its timeout reason."""
    def unsuccessful(expected, why, route, code, outcome, status, value):
        labels = {"alertname": "Gateway Total Unsuccessful Requests Served", "severity": "critical",
                  "routeId": route, "httpStatusCode": code, "outcome": outcome, "status": status}
        ann = {"summary": "Total Unsuccessful Requests Served increases quickly",
               "description": f"Unsuccessful Requests: routeId:{route}, code:{code}, outcome:{outcome}, "
                              f"status:{status} : [{value}].",
               "value": f"Current:{value}"}
        family.add(SCG_ALARMS, expected, f"Spring Cloud Gateway alarm rule: {why}", labels, ann)

    unsuccessful(UT, "unsuccessful requests with code 504 GATEWAY_TIMEOUT (label-only, rule 3)",
                 "orders-service", "504", "SERVER_ERROR", "GATEWAY_TIMEOUT", "3.4166666666666665")
    unsuccessful("high_error_rate", "unsuccessful requests with code 503 (a 5xx count naming no "
                 "timeout, rule 15)", "catalog-route", "503", "SERVER_ERROR", "SERVICE_UNAVAILABLE",
                 "7.05")
    unsuccessful(None, "unsuccessful requests with code 408 REQUEST_TIMEOUT (the client was too slow, "
                 "rule 15)", "upload-route", "408", "CLIENT_ERROR", "REQUEST_TIMEOUT", "1.2833333333333334")

    def latency(route, value, sev="critical"):
        family.add(SCG_ALARMS, "high_latency", "Spring Cloud Gateway alarm rule: mean latency above 5000 ms",
                   {"alertname": "Gateway Latency is too high", "severity": sev, "routeId": route},
                   {"summary": " Gateway Latency is too high",
                    "description": f" Gateway Latency is too high. routeId:{route}. Latency is: [{value}] ms.",
                    "value": f"Current:{value} ms"})

    latency("report-export", "8214.55")

    family.add(SCG_TIMEOUT, UT, "SCG: error body of a routed request ended by the response timeout",
               {"alertname": "LokiGatewayErrors", "severity": "warning", "namespace": "edge",
                "app": "api-gateway", "route_id": "pricing-service"},
               {"summary": "api-gateway answered 504 on route pricing-service (41 in 5m)",
                "description": "{\"timestamp\":\"2026-12-05T19:12:44.201+00:00\",\"path\":\"/pricing/quote\","
                               "\"status\":504,\"error\":\"Gateway Timeout\",\"message\":\"Response took longer "
                               "than configured timeout\",\"requestId\":\"6f2c1a9e-4417\"}"})
    family.add(SCG_TIMEOUT, UT, "SCG: the timeout exception class in an APM error group",
               {"alertname": "New error group", "service.name": "edge-gateway", "environment": "prod",
                "error.exception.type": "org.springframework.cloud.gateway.support.TimeoutException"},
               {"summary": "New error group in edge-gateway",
                "description": "org.springframework.cloud.gateway.support.TimeoutException: Response took "
                               "longer than configured timeout (route inventory-lookup, uri "
                               "lb://inventory-service)"})
    family.add(SCG_PROPS, None, "SCG: response-timeout property changed (a setting, rule 9)",
               {"alertname": "ConfigServerPropertyChanged", "severity": "info", "application": "edge-gateway",
                "profile": "prod"},
               {"summary": "edge-gateway configuration refreshed",
                "description": "spring.cloud.gateway.server.webflux.httpclient.response-timeout: 5s -> 30s "
                               "(refresh event from config-server, commit 8c41d2e)"})


SQLC = ("dotnet/SqlClient", "src/Microsoft.Data.SqlClient/src/Resources/Strings.resx",
        "c16adb7a11674b66f9e9ca5e5a38e768ce8d5ff3")
EXEC_TIMEOUT = ("Execution Timeout Expired.  The timeout period elapsed prior to completion of the operation "
                "or the server is not responding.")
PRELOGIN = ("Connection Timeout Expired.  The timeout period elapsed at the start of the pre-login phase.  "
            "This could be because of insufficient time provided for connection timeout.")
POSTLOGIN = ("Connection Timeout Expired.  The timeout period elapsed during the post-login phase.  The connection "
             "could have timed out while waiting for server to complete the login process and respond; Or it "
             "could have timed out while attempting to create multiple active connections.")


def sqlclient_items():
    """Microsoft.Data.SqlClient's client-side timeouts: the caller gave up on SQL Server (rule 13)."""
    family.add(SQLC, UT, "SqlClient command timeout in an Azure Monitor failed-dependency log alert",
               {"alertname": "Failed SQL dependency calls", "severity": "Sev2", "cloud_RoleName": "Billing.Api",
                "monitor_service": "Log Alerts V2", "dependency_type": "SQL"},
               {"summary": "Billing.Api: 37 failed SQL dependency calls in 10 minutes",
                "description": "target sqlsrv-billing-prod.database.windows.net | billing, resultCode -2: "
                               "Microsoft.Data.SqlClient.SqlException (0x80131904): " + EXEC_TIMEOUT + "\n"
                               " ---> System.ComponentModel.Win32Exception (258): The wait operation timed out."})
    family.add(SQLC, UT, "SqlClient command timeout as the top error of an error-ratio alert (rule 1)",
               {"alertname": "HighErrorRatio", "severity": "critical", "service": "claims-api",
                "namespace": "claims"},
               {"summary": "claims-api: 6.8% of requests failed over 10m",
                "description": "Top exception: SqlException: " + EXEC_TIMEOUT})
    family.add(SQLC, UT, "SqlClient login timeout in the post-login phase (the client gave up on the server)",
               {"alertname": "SentryIssueAlert", "project": "warehouse-sync", "level": "error"},
               {"summary": "New issue in warehouse-sync",
                "title": "SqlException: " + POSTLOGIN,
                "culprit": "WarehouseSync.Data.StockRepository in OpenAsync"})
    family.add(SQLC, UT, "SqlClient login timeout in the pre-login phase (a connect timeout, rule 11)",
               {"alertname": "AppExceptionSpike", "severity": "warning", "app": "payroll-worker",
                "host": "payroll-vm-02"},
               {"summary": "payroll-worker: 19 exceptions in 5m",
                "description": "Microsoft.Data.SqlClient.SqlException (0x80131904): " + PRELOGIN})


ORA = ("oracle/python-oracledb", "src/oracledb/errors.py", "60eb3222453860a394a03b1ef392a41fd701b2d5")


def oracledb_items():
    """python-oracledb's DPY errors: a call timeout (the client gave up on the database round-trip)
    and a pool wait that timed out."""
    family.add(ORA, UT, "python-oracledb call timeout (DPY-4024) in a log alert",
               {"alertname": "PythonErrorLogs", "severity": "warning", "app": "ledger-export",
                "namespace": "finance"},
               {"summary": "ledger-export logged 12 errors in 5m",
                "description": "oracledb.exceptions.OperationalError: DPY-4024: call timeout of 15000 ms exceeded"})
    family.add(ORA, UT, "python-oracledb call timeout quoted by a latency alert (cause over symptom, rule 1)",
               {"alertname": "SlowEndpoint", "severity": "warning", "service": "statements-api",
                "endpoint": "/v1/statements"},
               {"summary": "statements-api p95 above 10s for 15m",
                "description": "Slow requests end with DPY-4024: call timeout of 10000 ms exceeded "
                               "(pool ledger_ro, dsn orapdb-ledger:1521/LEDGER)"})
    family.add(ORA, "connection_pool_exhaustion", "python-oracledb pool wait timed out (DPY-4005)",
               {"alertname": "PythonErrorLogs", "severity": "critical", "app": "ledger-export",
                "namespace": "finance"},
               {"summary": "ledger-export logged 88 errors in 5m",
                "description": "oracledb.exceptions.OperationalError: DPY-4005: timed out waiting for the "
                               "connection pool to return a connection"})
    family.add(ORA, "connection_pool_exhaustion", "python-oracledb pool wait timeout as the top error of an "
               "error ratio (cause over symptom, rule 1)",
               {"alertname": "HighErrorRatio", "severity": "critical", "service": "statements-api",
                "namespace": "finance"},
               {"summary": "statements-api: 11.2% of requests failed over 5m",
                "description": "Top error: DPY-4005: timed out waiting for the connection pool to return a "
                               "connection (pool max=8, busy=8)"})


APISERVER = ("kubernetes/apiserver", "pkg/admission/plugin/webhook/accessors.go",
             "24a394e516bfda066d7e2221d7d92c052de27c54")
DISPATCH = ("kubernetes/apiserver", "pkg/admission/plugin/webhook/validating/dispatcher.go",
            "24a394e516bfda066d7e2221d7d92c052de27c54")


def webhook_items():
    """kube-apiserver's "failed calling webhook" errors, as a GitOps sync or the API server log
    quotes them."""
    family.add(DISPATCH, UT, "apiserver gave up calling a validating webhook (context deadline exceeded)",
               {"alertname": "ArgoCDSyncFailed", "severity": "warning", "name": "storefront-prod",
                "project": "shop", "dest_namespace": "shop"},
               {"summary": "Application storefront-prod sync failed",
                "description": "one or more objects failed to apply, reason: Internal error occurred: "
                               "failed calling webhook \"validate.nginx.ingress.kubernetes.io\": failed to "
                               "call webhook: Post \"https://ingress-nginx-controller-admission.ingress-nginx."
                               "svc:443/networking/v1/ingresses?timeout=10s\": context deadline exceeded"})
    family.add(DISPATCH, UT, "apiserver log line: mutating webhook call timed out awaiting headers",
               {"alertname": "KubeAPIServerErrorLines", "severity": "warning", "cluster": "eks-prod-euw1",
                "component": "kube-apiserver"},
               {"summary": "kube-apiserver: 212 admission errors in 10m",
                "description": "failed calling webhook \"mpod.elbv2.k8s.aws\": failed to call webhook: Post "
                               "\"https://aws-load-balancer-webhook-service.kube-system.svc:443/mutate-v1-pod?"
                               "timeout=10s\": context deadline exceeded (Client.Timeout exceeded while "
                               "awaiting headers)"})
    family.add(DISPATCH, N, "apiserver could not connect to a webhook: connection refused (rule 11)",
               {"alertname": "FluxKustomizationNotReady", "severity": "warning", "kind": "Kustomization",
                "name": "infra-certs", "exported_namespace": "flux-system"},
               {"summary": "Kustomization flux-system/infra-certs is not ready",
                "description": "Certificate/shop/storefront-tls dry-run failed: Internal error occurred: failed "
                               "calling webhook \"webhook.cert-manager.io\": failed to call webhook: Post "
                               "\"https://cert-manager-webhook.cert-manager.svc:443/validate?timeout=30s\": "
                               "dial tcp 10.96.41.7:443: connect: connection refused"})
    family.add(APISERVER, None, "a webhook's timeoutSeconds changed in a config audit (a setting, rule 9)",
               {"alertname": "KubeAuditConfigChange", "severity": "info", "cluster": "gke-prod-1",
                "resource": "validatingwebhookconfigurations", "name": "gatekeeper-validating-webhook-configuration"},
               {"summary": "validatingwebhookconfigurations/gatekeeper-validating-webhook-configuration patched",
                "description": "webhooks[0].timeoutSeconds: 3 -> 10 by user system:serviceaccount:gatekeeper-"
                               "system:gatekeeper-admin"})


VARNISH = "varnishcache/varnish-cache"
VARNISH_COMMIT = "27d2ce15b20b94d0a5e452b0d5c29c3145d00b6a"
V_FETCH = (VARNISH, "bin/varnishd/http1/cache_http1_fetch.c", VARNISH_COMMIT)
V_SESS = (VARNISH, "include/tbl/sess_close.h", VARNISH_COMMIT)
V_PARAMS = (VARNISH, "include/tbl/params.h", VARNISH_COMMIT)


def varnish_items():
    """Varnish: a backend fetch that timed out (the proxy gave up on its backend), a client session
    closed for a receive timeout, and the first_byte_timeout parameter."""
    family.add(V_FETCH, UT, "Varnish backend fetch FetchError \"timeout\" then 503 Backend fetch failed",
               {"alertname": "VarnishBackendFetchErrors", "severity": "warning", "instance": "cache-fra-3",
                "backend": "boot.api_origin"},
               {"summary": "cache-fra-3: 58 backend fetch failures in 5m",
                "description": "varnishlog -g request -q 'FetchError': BackendOpen 31 boot.api_origin "
                               "10.40.2.17 8080 | FetchError timeout | BerespStatus 503 | BerespReason "
                               "Backend fetch failed"})
    family.add(V_SESS, None, "Varnish client sessions closed RX_TIMEOUT (the client idled, rule 13)",
               {"alertname": "VarnishSessionCloseErrors", "severity": "info", "instance": "cache-fra-1",
                "reason": "RX_TIMEOUT"},
               {"summary": "cache-fra-1: sessions closed with RX_TIMEOUT rising",
                "description": "rate(varnish_main_sc_rx_timeout[5m]) = 14.2/s: sessions closed by "
                               "\"Receive timeout\" (clients that sent no request within timeout_idle)"})
    family.add(V_PARAMS, None, "Varnish first_byte_timeout raised with param.set (a setting, rule 9)",
               {"alertname": "VarnishParamChanged", "severity": "info", "instance": "cache-fra-2"},
               {"summary": "cache-fra-2: runtime parameter changed",
                "description": "param.set first_byte_timeout 120 (was 60 seconds: \"Default timeout for "
                               "receiving first byte from backend.\")"})


HYSTRIX = "Netflix/Hystrix"
HYSTRIX_COMMIT = "7c03bafe32b518182e09e92fa57358a01043a504"
H_METRICS = (HYSTRIX, "hystrix-contrib/hystrix-metrics-event-stream-jaxrs/README.md", HYSTRIX_COMMIT)
H_PROPS = (HYSTRIX, "hystrix-core/src/main/java/com/netflix/hystrix/HystrixCommandProperties.java",
           HYSTRIX_COMMIT)


def hystrix_items():
    """Hystrix's per-command counters and properties as a Turbine-fed rule would show them."""
    family.add(H_METRICS, UT, "Hystrix rollingCountTimeout of a command wrapping a dependency call",
               {"alertname": "HystrixCommandTimeouts", "severity": "warning", "group": "PROFILE",
                "command": "GetMemberProfile", "service": "member-web"},
               {"summary": "member-web: GetMemberProfile commands timing out",
                "description": "rollingCountTimeout = 214 in the 10 s rolling window "
                               "(propertyValue_executionIsolationThreadTimeoutInMilliseconds 1000, "
                               "isCircuitBreakerOpen false)"})
    family.add(H_PROPS, None, "Hystrix execution timeout property changed (a setting, rule 9)",
               {"alertname": "ArchaiusPropertyChanged", "severity": "info", "service": "member-web"},
               {"summary": "Dynamic property updated on member-web",
                "description": "hystrix.command.GetMemberProfile.execution.isolation.thread.timeoutInMilliseconds: "
                               "1000 -> 2500"})


RUNNER = "actions/runner"
RUNNER_COMMIT = "258d6c857db3519913f7deb6004b60172f8043ae"
R_STEPS = (RUNNER, "src/Runner.Worker/StepsRunner.cs", RUNNER_COMMIT)
R_BG = (RUNNER, "src/Runner.Worker/BackgroundStepCoordinator.cs", RUNNER_COMMIT)
R_COMPOSITE = (RUNNER, "src/Runner.Worker/Handlers/CompositeActionHandler.cs", RUNNER_COMMIT)
R_ACTIONS = (RUNNER, "src/Runner.Worker/ActionManager.cs", RUNNER_COMMIT)


def runner_items():
    """GitHub Actions runner: a step's own time limit (rule 10) and an action download that timed out."""
    family.add(R_STEPS, None, "a workflow step exceeded its timeout-minutes (CI run's own limit, rule 10)",
               {"alertname": "WorkflowRunFailed", "severity": "warning", "repository": "acme/payments",
                "workflow": "integration", "branch": "main"},
               {"summary": "integration on main failed (run 9183)",
                "description": "Error: The action 'Run integration tests' has timed out after 30 minutes."})
    family.add(R_BG, None, "a background step timed out (CI run's own limit, rule 10)",
               {"alertname": "CIJobAnnotations", "severity": "info", "repository": "acme/web",
                "job": "e2e"},
               {"summary": "acme/web e2e: 1 error annotation",
                "description": "The background step 'Start preview server' has timed out after 10 minutes."})
    family.add(R_COMPOSITE, None, "a composite action timed out (CI run's own limit, rule 10)",
               {"alertname": "SelfHostedRunnerJobErrors", "severity": "warning", "runner": "gpu-runner-04",
                "repository": "acme/ml-pipelines"},
               {"summary": "gpu-runner-04: job 'train-smoke' ended with errors",
                "description": "##[error]The action has timed out."})
    family.add(R_ACTIONS, UT, "the runner's download of an action timed out (the runner gave up on "
               "the download server, rule 13)",
               {"alertname": "SelfHostedRunnerJobErrors", "severity": "warning", "runner": "build-runner-11",
                "repository": "acme/infra"},
               {"summary": "build-runner-11: job setup failed",
                "description": "Action 'https://api.github.com/repos/actions/checkout/tarball/"
                               "11bd71901bbe5b1630ceea73d27597364c9af683' download has timed out. Error: "
                               "The request was canceled due to the configured HttpClient.Timeout of 100 "
                               "seconds elapsing. 4A1C:2F7B:1B9E0C4:1C8D2E1:6752A0B3"})


GLR = ("gitlabhq/gitlab-runner", "common/build.go", "d79f3e7b89abceace75e2425bfe92b84ea059933")


def gitlab_items():
    """GitLab Runner's script timeout: the job's own limit, worded with a context deadline (rule 10)."""
    family.add(GLR, None, "a CI job's script timeout worded as \"context deadline exceeded\" (rule 10)",
               {"alertname": "GitLabPipelineFailed", "severity": "warning", "project": "platform/billing",
                "ref": "main", "stage": "test"},
               {"summary": "Pipeline #48211 failed at stage test",
                "description": "job unit-tests: ERROR: Job failed: script timeout: context deadline exceeded"})
    family.add(GLR, None, "a CI job over its build timeout (rule 10)",
               {"alertname": "GitLabJobFailed", "severity": "info", "project": "data/etl-jobs",
                "job": "nightly-backfill", "runner": "k8s-runner-2"},
               {"summary": "data/etl-jobs nightly-backfill failed (failure_reason job_execution_timeout)",
                "description": "ERROR: Job failed: execution took longer than 3h0m0s seconds"})


JEST = ("jestjs/jest", "packages/jest-circus/src/utils.ts", "52db46e50404c993d3f10dd1481e861cc04ae22e")
GOTEST = ("golang/go", "src/testing/testing.go", "e34cead42d09eeee9ab2fed3c3a23a2b6691e7d4")


def test_items():
    """Test time limits (rule 10): the test's own run, not a dependency."""
    family.add(JEST, None, "Jest test exceeded its timeout (a test's own limit, rule 10)",
               {"alertname": "NightlyTestsFailed", "severity": "info", "suite": "checkout-e2e",
                "branch": "main"},
               {"summary": "checkout-e2e: 2 failed tests",
                "description": "checkout › pays with saved card\n  thrown: \"Exceeded timeout of 5000 ms for a "
                               "test.\nAdd a timeout value to this test to increase the timeout, if this is a "
                               "long-running test. See https://jestjs.io/docs/api#testname-fn-timeout.\""})
    family.add(JEST, None, "Jest hook waiting for done() timed out (rule 10)",
               {"alertname": "CIPipelineFailed", "severity": "warning", "pipeline": "web-app",
                "stage": "unit"},
               {"summary": "web-app unit stage failed",
                "description": "beforeAll: Exceeded timeout of 30000 ms for a hook while waiting for `done()` "
                               "to be called."})
    family.add(GOTEST, None, "go test binary panicked on its -timeout (rule 10)",
               {"alertname": "BuildkiteBuildFailed", "severity": "warning", "pipeline": "ledger-go",
                "step": "go test ./..."},
               {"summary": "ledger-go build #3312 failed",
                "description": "panic: test timed out after 10m0s\n\trunning tests:\n\t\tTestReconcileLargeBatch "
                               "(10m0s)"})


NAGIOS = ("NagiosEnterprises/nagioscore", "base/checks.c", "8d1d276bea4722b0a1a06ed341926339c43396ac")
ZBX = ("zabbix/zabbix", "src/go/pkg/zbxcmd/zbxcmd_nix.go", "f3c11ca6947197d785a1105543cf7f2528bee089")


def monitor_items():
    """The monitor's own check or item timing out: a failure to collect (rule 16), not the target's
    answer."""
    family.add(NAGIOS, None, "Nagios service check killed at service_check_timeout (the monitor's own "
               "check, rule 16)",
               {"alertname": "** PROBLEM Service Alert: app-07/Disk Usage /data is CRITICAL **",
                "sender": "nagios"},
               {"description": "***** Nagios *****\n\nNotification Type: PROBLEM\n\nService: Disk Usage /data\n"
                               "Host: app-07\nAddress: 10.12.4.7\nState: CRITICAL\n\nDate/Time: Sat Dec 5 "
                               "18:02:11 UTC 2026\n\nAdditional Info:\n\n(Service check timed out after 60.01 "
                               "seconds)"})
    family.add(NAGIOS, None, "nagios.log warning for a service check that timed out (rule 16)",
               {"alertname": "NagiosLogWarnings", "severity": "info", "host": "nagios-01"},
               {"summary": "nagios-01: runtime warnings in nagios.log",
                "description": "[1764957731] Warning: Check of service 'MSSQL Jobs' on host 'sql-03' timed out "
                               "after 60.007s!"})
    family.add(ZBX, None, "Zabbix item not supported: script timed out (the monitor's own item, rule 16)",
               {"alertname": "Zabbix internal event", "severity": "info", "host": "web-14",
                "item": "system.run[/usr/local/bin/check_queue_age.sh]"},
               {"summary": "Item became not supported on web-14",
                "description": "Item \"Queue age check\" became not supported: Timeout while executing a shell "
                               "script."})
    family.add(ZBX, None, "Zabbix agent 2 log: a user parameter timed out (rule 16)",
               {"alertname": "LogPatternAlert", "severity": "warning", "host": "db-21",
                "log": "/var/log/zabbix/zabbix_agent2.log"},
               {"summary": "zabbix_agent2 on db-21: 6 failed checks in 15m",
                "description": "item pg.custom.bloat[prod]: Timeout while executing a shell script."})


CONTEXT = ("golang/go", "src/context/context.go", "6d66bbc294afc666fa7a9feb8a28e8fd14ccfcc8")
NETGO = ("golang/go", "src/net/net.go", "8e98e3112bc82037b4846a7bcaa80e7a33a17d7c")
ALLOY = ("grafana/alloy", "docs/sources/reference/components/prometheus/prometheus.scrape.md",
         "168f9b4d618e5bf77f5b21894c2dea17a05e3720")


def scrape_items():
    """Scrapes: a target down whose last error is a timeout (rule 4), one failing on a DNS lookup
    timeout (rule 13), and the scraper's own duration near its scrape_timeout (null)."""
    family.add(CONTEXT, N, "scrape target down (up == 0), last error context deadline exceeded (rule 4)",
               {"alertname": "TargetDown", "severity": "warning", "job": "node", "instance": "10.30.8.14:9100"},
               {"summary": "Target 10.30.8.14:9100 of job node is down",
                "description": "up == 0 for 5m. Last scrape error: Get \"http://10.30.8.14:9100/metrics\": "
                               "context deadline exceeded"})
    family.add(NETGO, "dns_failure", "scrape failing on a DNS lookup that timed out (rule 13, cause over "
               "symptom)",
               {"alertname": "ScrapeErrors", "severity": "warning", "job": "blackbox-exporter",
                "instance": "blackbox.monitoring.svc:9115"},
               {"summary": "Scrapes of blackbox.monitoring.svc:9115 are failing",
                "description": "Get \"http://blackbox.monitoring.svc:9115/probe?target=api\": dial tcp: lookup "
                               "blackbox.monitoring.svc on 10.96.0.10:53: read udp 10.244.3.17:44110->"
                               "10.96.0.10:53: i/o timeout"})
    family.add(ALLOY, None, "Alloy scrape duration close to its scrape_timeout (the monitor's own "
               "collection, rule 16)",
               {"alertname": "ScrapeDurationNearTimeout", "severity": "warning", "job": "integrations/mysql",
                "component": "prometheus.scrape.mysql"},
               {"summary": "prometheus.scrape.mysql takes 9.4s of its 10s scrape_timeout",
                "description": "max_over_time(scrape_duration_seconds{job=\"integrations/mysql\"}[15m]) = 9.4; "
                               "scrape_timeout is \"10s\" (The timeout for scraping targets of this "
                               "configuration)."})
    family.add(ALLOY, None, "Alloy scrape_timeout raised in a config rollout (a setting, rule 9)",
               {"alertname": "AlloyConfigReloaded", "severity": "info", "cluster": "prod-eu",
                "pod": "alloy-0"},
               {"summary": "alloy-0 loaded a new configuration",
                "description": "prometheus.scrape \"snmp\": scrape_interval \"60s\", scrape_timeout \"10s\" -> "
                               "\"50s\""})


GCLB = "https://www.jhanley.com/blog/google-cloud-http-load-balancer-file-upload-error/"


def gclb_items():
    """Google Cloud HTTP(S) load balancer: the backend service's response timeout (upstream) and the
    fixed TCP session (keep-alive) timeout, and the timeout setting."""
    def add(expected, why, labels, ann):
        family.append(probe_item(labels, ann, expected, f"GCP HTTP(S) load balancer timeouts: {why}",
                                 "www.jhanley.com", page_provenance(GCLB)))

    add(UT, "uploads failing at the backend service's 30 s response timeout",
        {"alertname": "GCLB upload failures", "severity": "warning", "backend_service": "bs-media-upload",
         "url_map": "um-media"},
        {"summary": "bs-media-upload: 27 failed POST /upload in 15m",
         "description": "The backend did not return a complete response within the backend service timeout "
                        "(30 seconds, the default) and the load balancer considered the requests failed."})
    add(None, "backend service timeout changed for uploads (a setting, rule 9)",
        {"alertname": "GCPAuditConfigChange", "severity": "info",
         "methodName": "v1.compute.backendServices.patch", "resource": "bs-media-upload"},
        {"summary": "backendServices/bs-media-upload patched",
         "description": "timeoutSec 30 -> 300 so that 10 MB uploads at 1 Mbit/s complete"})
    add(None, "idle connections closed at the fixed 600 s TCP session timeout (normal keep-alive end)",
        {"alertname": "BackendConnectionResets", "severity": "info", "instance_group": "ig-web-euw1"},
        {"summary": "ig-web-euw1: connections from the load balancer closed after 600 s idle",
         "description": "The load balancer's TCP session (keepalive) timeout of 600 seconds closed idle "
                        "connections; nginx keepalive_timeout is 620s on the backends, as recommended."})


CURL = ("curl/curl", "lib/multi.c", "5c61e168698a72b87437d58ed728bcdea6d5db42")


def curl_items():
    """libcurl's CURLE_OPERATION_TIMEDOUT (28) texts: resolving (a lookup that timed out, rule 13),
    connecting (a connect timeout, rule 11) and the transfer (the caller gave up)."""
    family.add(CURL, "dns_failure", "PHP cURL error 28 while resolving (rule 13)",
               {"alertname": "PhpErrorLogPattern", "severity": "warning", "app": "wp-shop", "host": "wp-web-02"},
               {"summary": "wp-shop: 33 cURL errors in 10m",
                "description": "cURL error 28: Resolving timed out after 5001 milliseconds (see "
                               "https://curl.haxx.se/libcurl/c/libcurl-errors.html) for "
                               "https://api.payments-partner.example/v2/charges"})
    family.add(CURL, "dns_failure", "a CronJob's curl call failing on a resolve timeout (cause, rule 1/13)",
               {"alertname": "KubeJobFailed", "severity": "warning", "namespace": "ops",
                "job_name": "export-push-29418220"},
               {"summary": "Job ops/export-push-29418220 failed to complete.",
                "description": "last log line: curl: (28) Resolving timed out after 10000 milliseconds"})
    family.add(CURL, UT, "curl connect timeout to a partner endpoint (rule 11)",
               {"alertname": "WebhookDeliveryFailures", "severity": "warning", "service": "hook-relay",
                "target": "hooks.customer-b.example"},
               {"summary": "hook-relay: 61 failed deliveries to hooks.customer-b.example in 15m",
                "description": "curl_easy_perform() failed: Connection timed out after 10002 milliseconds"})
    family.add(CURL, UT, "Guzzle/cURL transfer timeout as the top error of an error ratio (rule 1)",
               {"alertname": "HighErrorRatio", "severity": "critical", "service": "laravel-checkout",
                "namespace": "shop"},
               {"summary": "laravel-checkout: 5.4% of requests failed over 10m",
                "description": "Top error: GuzzleHttp\\Exception\\ConnectException: cURL error 28: Operation timed "
                               "out after 30001 milliseconds with 0 bytes received (see "
                               "https://curl.haxx.se/libcurl/c/libcurl-errors.html) for "
                               "https://tax.partner.example/api/rates"})


MONGO = "mongodb/node-mongodb-native"
MONGO_COMMIT = "bb35ded18aa1031d8e4be88cad4fc1cc1225b00e"
M_CONN = (MONGO, "src/cmap/connection.ts", MONGO_COMMIT)
M_CONNECT = (MONGO, "src/cmap/connect.ts", MONGO_COMMIT)
M_KMS = (MONGO, "src/client-side-encryption/state_machine.ts", MONGO_COMMIT)


def mongo_items():
    """The Node.js MongoDB driver's network timeouts: the client gave up on the server (or on KMS)."""
    family.add(M_CONN, UT, "MongoNetworkTimeoutError: an operation's socket timed out",
               {"alertname": "SentryIssueAlert", "project": "orders-node", "level": "error"},
               {"summary": "New issue in orders-node",
                "title": "MongoNetworkTimeoutError: connection 7 to 10.2.0.15:27017 timed out",
                "culprit": "OrdersRepository.findOpenByCustomer"})
    family.add(M_CONNECT, UT, "MongoNetworkTimeoutError: TLS connect timed out (connectTimeoutMS, rule 11)",
               {"alertname": "NodeAppErrorRatio", "severity": "warning", "service": "catalog-node",
                "namespace": "catalog"},
               {"summary": "catalog-node: 7.9% of requests failing",
                "description": "Most frequent error: MongoNetworkTimeoutError: Socket 'secureConnect' timed out "
                               "after 30012ms (connectTimeoutMS: 30000)"})
    family.add(M_KMS, UT, "client-side encryption: the KMS request timed out",
               {"alertname": "ErrorLogPattern", "severity": "warning", "app": "patient-records",
                "namespace": "health"},
               {"summary": "patient-records: encryption errors",
                "description": "MongoOperationTimeoutError: KMS request timed out"})


NOVA = ("openstack/nova", "nova/tests/unit/compute/test_virtapi.py", "def4b17934a3b2cf783d0177d6a9632916dfd10f")


def nova_items():
    """Nova waiting for Neutron's vif-plugged event: a wait for a resource state (rule 13), not a call."""
    family.add(NOVA, None, "nova-compute timed out waiting for network-vif-plugged (a wait for a state, "
               "rule 13)",
               {"alertname": "NovaComputeWarnings", "severity": "warning", "host": "cmp-r12-07",
                "service": "nova-compute"},
               {"summary": "cmp-r12-07: instance build warnings",
                "description": "Timeout waiting for ['network-vif-plugged-5c1e4b9a-0f3d-4e2a-9c7b-2d8e6f1a3b40'] "
                               "for instance with vm_state building and task_state spawning. Event states are: "
                               "network-vif-plugged-5c1e4b9a-0f3d-4e2a-9c7b-2d8e6f1a3b40: timed out after 300.00 "
                               "seconds"})


ANSIBLE = ("ansible/ansible", "lib/ansible/modules/wait_for.py", "0e22fce0769fd9aa5b56806fc2306f1759fcccdf")


def ansible_items():
    """Ansible's wait_for giving up: a deploy tool's wait for a resource state (rule 13)."""
    family.add(ANSIBLE, None, "wait_for after a reboot timed out (a deploy tool's wait, rule 13)",
               {"alertname": "AWXJobFailed", "severity": "warning", "template": "patch-and-reboot",
                "inventory": "prod-linux"},
               {"summary": "Job 55172 patch-and-reboot failed",
                "description": "fatal: [app-23.prod]: FAILED! => {\"changed\": false, \"elapsed\": 600, \"msg\": "
                               "\"Timeout when waiting for 10.20.0.31:22\"}"})
    family.add(ANSIBLE, None, "wait_for a log line timed out (a deploy tool's wait, rule 13)",
               {"alertname": "DeployPipelineFailed", "severity": "warning", "pipeline": "search-indexer",
                "stage": "ansible-deploy"},
               {"summary": "search-indexer deploy failed",
                "description": "fatal: [idx-04]: FAILED! => {\"changed\": false, \"elapsed\": 300, \"msg\": "
                               "\"Timeout when waiting for search string Started IndexerApplication in "
                               "/var/log/indexer/app.log\"}"})
    family.add(ANSIBLE, None, "wait_for a drain timed out (planned work, rules 9 and 13)",
               {"alertname": "AWXJobFailed", "severity": "info", "template": "rolling-restart-web",
                "inventory": "prod-web"},
               {"summary": "Job 55190 rolling-restart-web failed",
                "description": "fatal: [web-07]: FAILED! => {\"changed\": false, \"elapsed\": 120, \"msg\": "
                               "\"Timeout when waiting for 10.20.3.7:8080 to drain\"}"})


VELERO = "vmware-tanzu/velero"
VELERO_COMMIT = "d30d389b56068eebd675d9953492183cb7b58a78"
VL_DM_BACKUP = (VELERO, "pkg/datamover/backup_micro_service.go", VELERO_COMMIT)
VL_DM_RESTORE = (VELERO, "pkg/datamover/restore_micro_service.go", VELERO_COMMIT)
VL_CSI = (VELERO, "pkg/backup/actions/csi/pvc_action.go", VELERO_COMMIT)
VL_HOOK = (VELERO, "pkg/podexec/pod_command_executor.go", VELERO_COMMIT)


def velero_items():
    """Velero backups and restores that ran past their own time limits (rule 10)."""
    family.add(VL_DM_BACKUP, None, "a data-mover backup ran past its own timeout (rule 10)",
               {"alertname": "VeleroBackupPartialFailures", "severity": "warning", "schedule": "daily-apps",
                "namespace": "velero"},
               {"summary": "Velero backup daily-apps-20261205030012 partially failed",
                "description": "DataUpload daily-apps-20261205030012-kx8qd failed: timed out waiting for fs "
                               "backup to complete"})
    family.add(VL_DM_RESTORE, None, "a data-mover restore ran past its own timeout (rule 10)",
               {"alertname": "VeleroRestoreFailed", "severity": "warning", "restore": "dr-drill-orders",
                "namespace": "velero"},
               {"summary": "Velero restore dr-drill-orders failed",
                "description": "DataDownload dr-drill-orders-7pm2c: timed out waiting for fs restore to complete"})
    family.add(VL_CSI, None, "a CSI snapshot not ReadyToUse within the backup's csiSnapshotTimeout "
               "(rules 10 and 13)",
               {"alertname": "VeleroLogErrors", "severity": "warning", "namespace": "velero",
                "pod": "velero-6d8f9c7b5-2xq4m"},
               {"summary": "velero: errors during backup weekly-db",
                "description": "Failed to wait for VolumeSnapshot pg/velero-data-pg-0-4nq7d to become ReadyToUse "
                               "within timeout 10m0s: context deadline exceeded"})
    family.add(VL_HOOK, None, "a backup pre-hook exceeded its hook timeout (rule 10)",
               {"alertname": "VeleroBackupHookFailed", "severity": "warning", "backup": "hourly-mysql-20261205190005",
                "namespace": "velero"},
               {"summary": "Pre-hook of backup hourly-mysql-20261205190005 failed",
                "description": "hook fsfreeze-pre on pod shop/mysql-0 container mysql: timed out after 30s"})


V_PROBE = (VARNISH, "bin/varnishd/cache/cache_backend_probe.c", VARNISH_COMMIT)


def varnish_probe_items():
    """Varnish backend probes: a backend marked sick by its health probe (rule 9), whatever timeout the
    probe's response text quotes (as rule 11 says for DNS and ICMP servers)."""
    family.add(V_PROBE, N, "backend went sick: probe poll timeout (rule 9)",
               {"alertname": "VarnishBackendSick", "severity": "critical", "instance": "cache-fra-3",
                "backend": "boot.api_origin"},
               {"summary": "Backend boot.api_origin went sick on cache-fra-3",
                "description": "Backend_health - boot.api_origin Went sick 4---X--- 2 3 5 0.000000 0.412883 "
                               "\"Poll timeout 2.000s exceeded by 0.001s\""})
    family.add(V_PROBE, N, "backend still sick: probe open timeout (rule 9)",
               {"alertname": "VarnishBackendUnhealthy", "severity": "critical", "instance": "cache-ams-1",
                "backend": "boot.img_origin"},
               {"summary": "varnish_backend_happy == 0 for boot.img_origin (10m)",
                "description": "Backend_health - boot.img_origin Still sick -------- 0 3 5 0.000000 0.000000 "
                               "\"Open timeout 2.000s exceeded by 0.004s\""})


scg_items()
sqlclient_items()
oracledb_items()
webhook_items()
varnish_items()
hystrix_items()
runner_items()
gitlab_items()
test_items()
monitor_items()
scrape_items()
gclb_items()
curl_items()
mongo_items()
nova_items()
ansible_items()
velero_items()
varnish_probe_items()
family.write()
