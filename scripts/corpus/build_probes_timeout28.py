#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_timeout28.jsonl: upstream / gateway timeouts as status-code
tables, load-balancer troubleshooting pages, HTTP-client error lines quoted in issue threads and
listener settings word them, and their look-alikes.

Session 28, helper `timeout28`. Labels are decided from each alert's meaning under POLICY.md before
the classifier ran on the file: a caller that gave up on something it called (a read or response
timeout, a gRPC deadline, a gateway's or load balancer's 504) is `upstream_timeout` (rules 3, 10,
13, 15); a caller that cancelled, a client that did not finish its request, an idle connection
closed as configured, a setting changed or described, a message-size limit and log lines that
name no cause are `null` (rules 8, 9, 12, 13, 15); a lookup that timed out is `dns_failure`
(rule 13).

Sources are listed in tests/fixtures/corpus/SOURCES.md (section probes_timeout28); frames, hosts,
pods and values are ours.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily  # noqa: E402

family = ProbeFamily("probes_timeout28.jsonl")
UT, N, DNS_F, HE, HL, ND = "upstream_timeout", None, "dns_failure", "high_error_rate", "high_latency", "node_down"


page = family.add_page


def log_alert(name, labels, line, summary=None):
    lab = {"alertname": name, "severity": "warning"}
    lab.update(labels)
    ann = {"description": line}
    if summary:
        ann["summary"] = summary
    return lab, ann


# ------------------------------------------------------------------ grpc/grpc doc/statuscodes.md
GRPC = ("grpc/grpc", "doc/statuscodes.md", "02760600f45e74e18777dc249ceef165a7f5837a")

family.add(GRPC, UT, "client-side DEADLINE_EXCEEDED ratio; the status table's 'No response received before "
           "Deadline expires' (rule 13: a gRPC deadline of a caller)",
           {"alertname": "GrpcClientDeadlineExceeded", "severity": "warning", "grpc_code": "DeadlineExceeded",
            "grpc_service": "ledger.v1.LedgerService", "grpc_method": "PostEntry", "job": "checkout-api",
            "namespace": "payments"},
           {"summary": "checkout-api calls to ledger.v1.LedgerService/PostEntry end with DEADLINE_EXCEEDED",
            "description": "6.2% of client RPCs from checkout-api to ledger.v1.LedgerService/PostEntry ended "
                           "with DEADLINE_EXCEEDED over 5m: no response received before the deadline expired."})
family.add(GRPC, UT, "a log alert quoting a client's DEADLINE_EXCEEDED (rules 1, 13)",
           *log_alert("RpcErrorsLogged", {"app": "order-router", "namespace": "orders", "pod": "order-router-6f9c7d8b5-q2xlm"},
                      "rpc error: code = DeadlineExceeded desc = context deadline exceeded "
                      "(calling inventory.v2.Stock/Reserve at inventory-grpc.orders.svc:9090)"))
family.add(GRPC, N, "a log alert quoting a caller's cancellation, 'Client Application cancelled the request' "
           "(rule 13: gRPC Canceled is not upstream_timeout; rule 8: a log line, no cause)",
           *log_alert("RpcErrorsLogged", {"app": "search-frontend", "namespace": "search", "pod": "search-frontend-5d7b9c6f4-8wkzp"},
                      "rpc error: code = Canceled desc = context canceled (client application cancelled the request)"))
family.add(GRPC, N, "RESOURCE_EXHAUSTED for a message larger than the configured limit (a size limit, "
           "not throttling; no signature)",
           *log_alert("RpcErrorsLogged", {"app": "report-export", "namespace": "reporting", "pod": "report-export-7c8d9f5b6-lm4tn"},
                      "rpc error: code = ResourceExhausted desc = grpc: received message larger than max "
                      "(9437412 vs. 4194304)"))

# ------------------------------------------------------------------ issue threads (Go HTTP clients)
family.add_thread(UT, "go-resty/resty", 806, "resty's WARN line for a Go client timeout while awaiting "
                  "headers (rule 13: a response timeout of a caller)",
                  *log_alert("HttpClientErrors", {"app": "catalog-sync", "namespace": "catalog", "pod": "catalog-sync-6b5f8d7c9-vx2rq"},
                             'WARN RESTY Get "https://partner-api.example.net/v2/catalog/items": context deadline '
                             "exceeded (Client.Timeout exceeded while awaiting headers), Attempt 2"))
family.add_thread(N, "go-resty/resty", 806, "the thread's other error: an HTTP/2 GOAWAY with COMPRESSION_ERROR "
                  "(a protocol error, no timeout and no listed cause; rule 8)",
                  *log_alert("HttpClientErrors", {"app": "catalog-sync", "namespace": "catalog", "pod": "catalog-sync-6b5f8d7c9-vx2rq"},
                             'WARN RESTY Get "https://partner-api.example.net/v2/catalog/items": http2: server sent '
                             "GOAWAY and closed the connection; LastStreamID=2147483647, ErrCode=COMPRESSION_ERROR, "
                             'debug="", Attempt 1'))
family.add_thread(UT, "go-resty/resty", 1023, "resty retries ending in the client timeout (rule 13)",
                  {"alertname": "OutboundRequestFailures", "severity": "critical", "service": "ingest-gateway",
                   "upstream": "metrics-collector", "namespace": "ingest"},
                  {"summary": "ingest-gateway POSTs to metrics-collector keep failing",
                   "description": "The request often reports a \"context deadline exceeded (Client.Timeout exceeded "
                                  "while awaiting headers)\" error: 37 of 412 POST http://metrics-collector:8080/push "
                                  "in the last 10m after 5 retries."})
family.add_thread(UT, "projectdiscovery/httpx", 1814, "httpx's debug line 'giving up after 1 attempts' "
                  "on the client timeout (rule 13)",
                  *log_alert("ProbeRunnerErrors", {"job": "asset-prober", "instance": "prober-02:9102"},
                             "[DBG] Failed 'https://status.example-shop.com/api/health': GET "
                             "https://status.example-shop.com/api/health giving up after 1 attempts: Get "
                             "\"https://status.example-shop.com/api/health\": context deadline exceeded "
                             "(Client.Timeout exceeded while awaiting headers)"))
family.add_thread(UT, "Bronya0/ES-King", 48, "a client's deadline while reading the response body from "
                  "Elasticsearch (rule 13: a read timeout of a caller)",
                  *log_alert("EsClientErrors", {"app": "es-king", "instance": "es-admin-01:8080", "cluster": "logs-prod"},
                             "search request to http://es-logs-prod:9200/_cat/indices failed: context deadline "
                             "exceeded (Client.Timeout or context cancellation while reading body)"))

# ------------------------------------------------------------------ AWS knowledge center: EKS HTTP 504
EKS504 = "https://aws.amazon.com/premiumsupport/knowledge-center/eks-http-504-errors/"
page(EKS504, UT, "aws.amazon.com knowledge center 'eks http 504 errors': an ALB 504 alarm in the page's "
     "words, the target did not respond before the idle timeout (rules 3, 10)",
     {"alertname": "AlbTarget504", "severity": "critical", "LoadBalancer": "app/k8s-shop-ingress/4f1c2a9e7b3d5c61",
      "namespace": "AWS/ApplicationELB", "metric": "HTTPCode_ELB_504_Count"},
     {"summary": "ALB k8s-shop-ingress returns HTTP 504 (Gateway timeout)",
      "description": "The load balancer established a connection to the target, but the target didn't respond "
                     "before the idle timeout period elapsed (60 seconds). 184 504s in 5 minutes."},
     "aws.amazon.com")
page(EKS504, N, "the page's remedy applied as a change notice: the idle-timeout annotation raised "
     "(rule 9: a setting changed)",
     {"alertname": "KubeServiceAnnotationChanged", "severity": "info", "namespace": "shop", "service": "storefront"},
     {"description": "service.beta.kubernetes.io/aws-load-balancer-connection-idle-timeout on service "
                     "shop/storefront changed from 60 to 180 to let long requests complete within the idle timeout."},
     "aws.amazon.com")

# ------------------------------------------------------------------ re:Post question: ELB 504
REPOST = "https://repost.aws/questions/QUVe3OwHK6RL-LsZ10BbLEkw/how-to-configure-elb-to-allow-outbound-api-calls-from-third-party-sdks"
page(REPOST, UT, "repost.aws answer: 'Error 504 Indicates that the load balancer closed a connection because "
     "a request did not complete within the idle timeout period' (rule 10)",
     {"alertname": "ElbBackendTimeouts", "severity": "warning", "LoadBalancerName": "partner-sdk-elb",
      "region": "eu-west-1"},
     {"description": "Error 504: the load balancer closed a connection because a request did not complete "
                     "within the idle timeout period (backend i-0a7c3e91d2b4f6085, 23 requests in 5m)."},
     "repost.aws")
page(REPOST, UT, "the same answer's API Gateway integration limit: the backend did not answer within 29 "
     "seconds (rule 10: a gateway ending a request its backend did not answer in time)",
     {"alertname": "ApiGatewayIntegrationTimeout", "severity": "warning", "ApiName": "partner-sdk-api",
      "Stage": "prod"},
     {"description": "Requests to the backend integration endpoint did not complete in less than 29 seconds, "
                     "which is the API Gateway Integration timeout: 504 returned for 11 requests in 5m."},
     "repost.aws")

# ------------------------------------------------------------------ Huawei Cloud ELB timeout durations
HW = "https://support.huaweicloud.com/intl/en-us/drawer-elb/elb_drawerhelp_7122.html"
page(HW, UT, "Huawei Cloud ELB 'Response Timeout': 504 after no response from the backend server "
     "(rules 10, 13)",
     {"alertname": "ElbListener504", "severity": "major", "listener": "listener-web-443",
      "loadbalancer": "elb-prod-frontend", "backend_server": "192.168.0.41:8080"},
     {"description": "The load balancer sent a 504 Gateway Timeout error to the client: no response from the "
                     "backend server 192.168.0.41:8080 within the Response Timeout (60s), also after routing "
                     "the request to other backend servers."},
     "support.huaweicloud.com")
page(HW, N, "the 'Idle Timeout' behaviour as an event: an idle keep-alive connection closed as configured "
     "(rule 12: connections closed for idleness)",
     {"alertname": "ElbConnectionClosed", "severity": "info", "listener": "listener-tcp-6379",
      "loadbalancer": "elb-prod-cache"},
     {"description": "Idle Timeout (300s) reached: no request received within this period, the load balancer "
                     "closed the connection from 10.20.3.17:52114."},
     "support.huaweicloud.com")
page(HW, N, "the 'Request Timeout' behaviour: the client did not finish its request in time (rules 13, 15: "
     "like 408)",
     {"alertname": "ElbClientRequestTimeout", "severity": "warning", "listener": "listener-web-443",
      "loadbalancer": "elb-prod-frontend"},
     {"description": "Request Timeout (60s): the client request from 203.0.113.45 did not complete within this "
                     "time; the load balancer terminated the connection."},
     "support.huaweicloud.com")
page(HW, N, "the listener's timeout durations changed (rule 9: a setting)",
     {"alertname": "ElbListenerModified", "severity": "info", "listener": "listener-web-443",
      "loadbalancer": "elb-prod-frontend"},
     {"description": "Listener listener-web-443 updated: Response Timeout (s) 60 -> 120, Request Timeout (s) 60, "
                     "Idle Timeout (s) 60."},
     "support.huaweicloud.com")

# ------------------------------------------------------------------ devfixtutorials: .NET HttpClient
DF = "https://devfixtutorials.com/task-canceled-httpclient-timeout-fix"
page(DF, UT, "the page's 'real timeout' case: HttpClient's TaskCanceledException wrapping a TimeoutException "
     "while calling an external API (rule 13: a caller gave up)",
     *log_alert("DotnetExceptions", {"app": "billing-worker", "namespace": "billing", "pod": "billing-worker-84d6c7b9f-t7ppx"},
                "Calling https://api.tax-provider.example/v1/quotes failed: System.Threading.Tasks."
                "TaskCanceledException: A task was canceled. ---> System.TimeoutException: The operation was canceled."),
     "devfixtutorials.com")
page(DF, N, "the page's user-cancel branch: 'Request cancelled by user' (rule 13: a caller that cancelled)",
     *log_alert("DotnetExceptions", {"app": "storefront-web", "namespace": "shop", "pod": "storefront-web-5c9f7d6b8-jh2kd"},
                "Request cancelled by user (OperationCanceledException, userToken.IsCancellationRequested=true) "
                "GET /api/recommendations"),
     "devfixtutorials.com")

# ------------------------------------------------------------------ OkHttp issue threads (lysine-dev/okhttp)
OK = "lysine-dev/okhttp"
family.add_thread(UT, OK, 4544, "OkHttp 2.7's 'SocketTimeoutException: timeout' while reading response headers "
                  "(rule 13: a read timeout of a caller)",
                  *log_alert("AndroidClientErrors", {"app": "rider-app-backend-proxy", "namespace": "mobile",
                                                     "pod": "rider-proxy-7d8c9b6f5-2kq8n"},
                             "ERROR : java.net.SocketTimeoutException: timeout Caused by: java.net.SocketTimeoutException: "
                             "timeout at com.squareup.okhttp.internal.framed.FramedStream$StreamTimeout.newTimeoutException"
                             "(FramedStream.java:605) at com.squareup.okhttp.internal.framed.FramedStream.getResponseHeaders"
                             "(FramedStream.java:143)"))
family.add_thread(UT, OK, 2778, "OkHttp 3 under Retrofit: 'Read timed out' while reading response headers "
                  "(rule 13)",
                  *log_alert("JavaExceptions", {"app": "listing-connector", "namespace": "catalog",
                                                "pod": "listing-connector-5b6d7c8f9-r4m2x"},
                             "at okhttp3.internal.http.Http1xStream.readResponseHeaders(Http1xStream.java:126) at "
                             "retrofit2.OkHttpCall.execute(OkHttpCall.java:174) Caused by: java.net.SocketTimeoutException: "
                             "Read timed out"))
family.add_thread(UT, OK, 317, "an API call read-timing out three minutes into the request (rule 13)",
                  {"alertname": "PartnerApiCallsTimingOut", "severity": "warning", "service": "report-fetcher",
                   "upstream": "reports.partner.example", "namespace": "reporting"},
                  {"summary": "report-fetcher requests to reports.partner.example time out",
                   "description": "SocketTimeoutException: Read timed out on 14 of 60 GET /v1/reports calls in the "
                                  "last hour (OkHttpClient in the Retrofit adapter, read timeout 5 minutes)."})

# ------------------------------------------------------------------ Azure Front Door: troubleshoot common issues
AFD = "https://learn.microsoft.com/th-th/Azure/frontdoor/troubleshoot-issues"
page(AFD, UT, "Front Door 504 with 'ErrorInfo: OriginTimeout' (rule 10: the platform ended the request because "
     "the origin did not answer in time)",
     {"alertname": "FrontDoorOrigin504", "severity": "Sev2", "resource": "afd-shop-prod",
      "origin_group": "og-checkout", "monitor_service": "Log Analytics"},
     {"description": "42 requests answered 504 by Azure Front Door in 15 minutes with \"ErrorInfo: OriginTimeout\" "
                     "(origin checkout-app.azurewebsites.net, after about 30 seconds)."},
     "learn.microsoft.com")
page(AFD, N, "the page's fix applied: Origin response timeout raised (rule 9: a setting changed)",
     {"alertname": "AzureActivityLog", "severity": "Informational", "resource": "afd-shop-prod",
      "operationName": "Microsoft.Cdn/profiles/write"},
     {"description": "Origin response timeout for profile afd-shop-prod changed from 30 to 120 seconds "
                     "(Status: Succeeded)."},
     "learn.microsoft.com")

# ------------------------------------------------------------------ Application Gateway: troubleshooting 502
AGW = "https://github.com/uglide/azure-content/blob/master/articles/application-gateway/application-gateway-troubleshooting-502.md"
page(AGW, UT, "Application Gateway 502 whose stated reason is the request time-out to the backend "
     "(rules 10, 15: a gateway's timeout, although the code is 502)",
     {"alertname": "AppGatewayBackendTimeouts", "severity": "Sev2", "resource": "agw-portal-prod",
      "backend_pool": "pool-portal-vmss"},
     {"description": "Server Error: 502 - Web server received an invalid response while acting as a gateway or "
                     "proxy server. Reason: request time out, backend 10.0.0.11 did not respond within the "
                     "30 second request timeout (57 requests in 5m)."},
     "uglide/azure-content")
page(AGW, ND, "Application Gateway 502 because no instance in the backend pool is healthy (rule 9: targets "
     "marked down by health probes)",
     {"alertname": "AppGatewayNoHealthyBackend", "severity": "Sev1", "resource": "agw-portal-prod",
      "backend_pool": "pool-portal-vmss"},
     {"description": "Server Error: 502 - Web server received an invalid response while acting as a gateway or "
                     "proxy server. None of the VMs or instances in VM Scale Set pool-portal-vmss are healthy: "
                     "they are not responding to the default health probe."},
     "uglide/azure-content")
page(AGW, HE, "a count of Application Gateway 502 responses naming no timeout and no down backend (rule 15)",
     {"alertname": "AppGateway502Count", "severity": "Sev3", "resource": "agw-portal-prod",
      "metric": "ResponseStatus", "HttpStatusGroup": "5xx", "code": "502"},
     {"description": "Server Error: 502 - Web server received an invalid response while acting as a gateway or "
                     "proxy server: 312 responses with status 502 over the last 10 minutes (4.1% of requests)."},
     "uglide/azure-content")

# ------------------------------------------------------------------ ELBv2 TargetHealth reason codes (Paws docs)
PAWS = "https://metacpan.org/pod/Paws::ELBv2::TargetHealth"
page(PAWS, ND, "target unhealthy with 'Target.Timeout - The health check requests timed out' (rule 9: a "
     "load balancer's target marked unhealthy by its health checks; the timeout is the check's own)",
     {"alertname": "AlbTargetUnhealthy", "severity": "critical", "TargetGroup": "targetgroup/api-tg/6d0ecf831eec9f09",
      "target": "i-0b3f9c2e7d41a6c58:8080", "state": "unhealthy", "reason": "Target.Timeout"},
     {"description": "Target i-0b3f9c2e7d41a6c58:8080 in api-tg is unhealthy: Target.Timeout - The health check "
                     "requests timed out."},
     "metacpan.org")
page(PAWS, N, "a target still in its initial health checking after registration (rule 9: a deploy's new "
     "target, nothing failed)",
     {"alertname": "AlbTargetStateChange", "severity": "info", "TargetGroup": "targetgroup/api-tg/6d0ecf831eec9f09",
      "target": "i-0e51a7c3b9d2f4e60:8080", "state": "initial", "reason": "Elb.InitialHealthChecking"},
     {"description": "Target i-0e51a7c3b9d2f4e60:8080 state initial: Elb.InitialHealthChecking - The load balancer "
                     "is still sending the target the minimum number of health checks required to determine its "
                     "health status."},
     "metacpan.org")

# ------------------------------------------------------------------ re:Post (it): Lambda "Task timed out"
LTO = "https://repost.aws/it/questions/QUqSBe4pqiQ86dYtOX0ydtEg/redshift-connection-error"
page(LTO, N, "a Lambda invocation reaching its own configured timeout, 'Task timed out' (the function's own "
     "duration limit: rule 10, a time limit on the alerting thing's own run)",
     {"alertname": "LambdaTaskTimedOut", "severity": "warning", "FunctionName": "redshift-loader",
      "region": "eu-central-1"},
     {"description": "Task timed out error in the failed invocation's CloudWatch logs: the maximum Duration "
                     "(30000 ms) reached the function's configured timeout value (30 s)."},
     "repost.aws")
page(LTO, N, "the answer's advice on SDK network timeouts quoted in a review ticket (rule 17: advice, "
     "nothing fired)",
     {"alertname": "ConfigReviewNote", "severity": "info", "FunctionName": "redshift-loader"},
     {"description": "Make sure the libraries used by your function's code are configured to fail fast and retry: "
                     "the default timeout value for a network request in Boto3 is 60 seconds/attempt, in Java "
                     "10 seconds/attempt."},
     "repost.aws")

# ------------------------------------------------------------------ gRPC-Java deadlines (issue threads)
family.add_thread(UT, "grpc/grpc-java", 10365, "DEADLINE_EXCEEDED while the call still waited for a connection "
                  "(rule 13: a gRPC deadline of a caller; the connect wait is part of the call)",
                  *log_alert("JavaExceptions", {"app": "quote-service", "namespace": "pricing",
                                                "pod": "quote-service-6c7d8b9f5-xw3tz"},
                             "io.grpc.StatusRuntimeException: DEADLINE_EXCEEDED: deadline exceeded after 1.999884080s. "
                             "[closed=[], open=[[buffered_nanos=2001703685, waiting_for_connection]]] at "
                             "io.grpc.stub.ClientCalls.toStatusRuntimeException"))
family.add_thread(UT, "grpc/grpc-java", 5034, "the older DEADLINE_EXCEEDED wording in nanoseconds (rule 13)",
                  {"alertname": "GrpcCallFailures", "severity": "warning", "service": "member-api",
                   "callee": "profile-grpc", "namespace": "members"},
                  {"summary": "member-api calls to profile-grpc fail",
                   "description": "io.grpc.StatusRuntimeException: DEADLINE_EXCEEDED: deadline exceeded after "
                                  "9996417917ns (22 calls in the last 5 minutes)."})
family.add_thread(UT, "stargate/data-api", 1215, "'ClientCall was cancelled at or after deadline' mapped to "
                  "SERVER_UNHANDLED_ERROR (rule 13: the deadline, not a caller's cancel, ended the call)",
                  *log_alert("DataApiUnhandledErrors", {"app": "data-api", "namespace": "stargate",
                                                        "pod": "data-api-7f9d6c5b8-p6vhn"},
                             "SERVER_UNHANDLED_ERROR: io.grpc.StatusRuntimeException: DEADLINE_EXCEEDED: ClientCall "
                             "was cancelled at or after deadline. [remote_addr=/127.0.0.1:9002]"))

# ------------------------------------------------------------------ Kong and APISIX error logs (issue threads)
family.add_thread(UT, "Kong/kong", 2316, "Kong's error.log line: upstream timed out while reading the response "
                  "header (rule 13: the gateway's read timeout)",
                  *log_alert("KongErrorLog", {"app": "kong", "namespace": "gateway", "pod": "kong-gateway-5f6d7c8b9-jn4lx"},
                             "upstream timed out (110: Connection timed out) while reading response header from upstream, "
                             "client: 10.42.7.19, server: kong, request: \"GET /console/dashboard/real-time/connections-pool "
                             "HTTP/1.1\", upstream: \"http://10.0.0.8:8944/console/dashboard/real-time/connections-pool\""))
family.add_thread(UT, "Kong/kong", 3266, "Kong answering 504 Gateway Time-out for a service that delays 20 "
                  "seconds (rules 3, 10)",
                  {"alertname": "KongUpstream504", "severity": "warning", "service": "delay-test", "route": "test",
                   "code": "504"},
                  {"description": "Kong returned HTTP 504 (Gateway Time-out) for /test: upstream_url "
                                  "http://10.135.10.8/delay did not answer within the service's read timeout."})
family.add_thread(UT, "apache/apisix", 4411, "APISIX on-line environment: upstream timed out reading the response "
                  "header of POST /auth/login (rule 13)",
                  *log_alert("ApisixErrorLog", {"app": "apisix", "namespace": "edge", "pod": "apisix-7b8c9d6f5-vq2mp"},
                             "upstream timed out (110: Connection timed out) while reading response header from upstream, "
                             "client: 172.16.4.23, server: _, request: \"POST /auth/login HTTP/1.1\""))
family.add_thread(UT, "kubernetes/ingress-nginx", 9443, "ingress-nginx connect timeouts to the upstream pod and the "
                  "504 in the access log (rule 11: a connect timeout stays upstream_timeout)",
                  *log_alert("IngressNginxErrors", {"app": "ingress-nginx", "namespace": "ingress-nginx",
                                                    "pod": "ingress-nginx-controller-6d9f7b8c5-lk7tw"},
                             "[error] 31#31: *569 upstream timed out (110: Operation timed out) while connecting to "
                             "upstream, client: 108.162.227.25, server: dev-aws.example.com, request: \"GET / HTTP/1.1\", "
                             "upstream: \"http://192.168.215.1:80/\" -> 504 (5.000, 5.000, 5.000)"))
family.add_thread(UT, "budisteikul/openshift-cartridge-nginx-php7", 7, "nginx in front of php-fpm: upstream timed "
                  "out on the FastCGI socket, 504 Gateway Time-out (rule 13)",
                  {"alertname": "Nginx504GatewayTimeout", "severity": "critical", "app": "my-app",
                   "instance": "my-app-web-1"},
                  {"summary": "504 Gateway Time-out errors from nginx",
                   "description": "upstream timed out (110: Connection timed out) while reading response header from "
                                  "upstream, request: \"GET / HTTP/1.1\", upstream: \"fastcgi://unix:/var/lib/nginx-php/"
                                  "socket/php-fpm.socket\""})
family.add_thread(UT, "10up/wp-local-docker", 29, "a count of nginx '504 Gateway Time-out' responses in front "
                  "of WordPress (rule 3: code=\"504\")",
                  {"alertname": "NginxGatewayTimeouts", "severity": "warning", "job": "nginx-log-exporter",
                   "instance": "wp-local-docker-nginx-1", "code": "504"},
                  {"description": "nginx answered 504 Gateway Time-out to 17 requests in the last 10 minutes "
                                  "(upstream php-fpm)."})
family.add_thread(UT, "chobits/ngx_http_proxy_connect_module", 181, "a forward proxy's read timeout towards the "
                  "upstream peer (rule 13)",
                  *log_alert("ForwardProxyErrors", {"app": "egress-proxy", "instance": "egress-proxy-02:3128"},
                             "upstream read timed out (peer:93.184.216.34:443) while connecting to upstream"))
family.add_thread(N, "chobits/ngx_http_proxy_connect_module", 181, "the same proxy's 'client read timed out': the "
                  "client stalled while the proxy waited for it (rule 13)",
                  *log_alert("ForwardProxyErrors", {"app": "egress-proxy", "instance": "egress-proxy-02:3128"},
                             "client read timed out while connecting to upstream, client: 10.8.3.44, server: localhost, "
                             "request: \"CONNECT api.example.org:443 HTTP/1.1\""))

# ------------------------------------------------------------------ Python requests ReadTimeout (issue threads)
family.add_thread(UT, "stevezau/media_preview_generator", 22, "requests' ReadTimeout calling the Plex server "
                  "(rule 13: a read timeout of a caller)",
                  *log_alert("PreviewGeneratorErrors", {"app": "media-preview-generator", "instance": "media-01"},
                             "requests.exceptions.ReadTimeout: HTTPSConnectionPool(host='127.0.0.1', port=32400): Read "
                             "timed out. (read timeout=30)"))
family.add_thread(UT, "pengzhile/pandora", 724, "a 500 whose logged cause is the ReadTimeout of the upstream call "
                  "(rule 1: the cause, not the 500)",
                  *log_alert("PandoraServerErrors", {"app": "pandora", "namespace": "chat", "pod": "pandora-5d8c7b6f9-zt4qr"},
                             "requests.exceptions.ReadTimeout: HTTPSConnectionPool(host='ai.fakeopen.com', port=443): Read "
                             "timed out. (read timeout=100) | ERROR pandora.bots.server:__handle_error:99 - 500 Internal "
                             "Server Error: The server encountered an internal error and was unable to complete your request."))
family.add_thread(UT, "pymedusa/Medusa", 8005, "Medusa's submitted error: ReadTimeout calling api.github.com "
                  "(rule 13)",
                  *log_alert("MedusaErrors", {"app": "medusa", "instance": "htpc-01:8081"},
                             "[APP SUBMITTED]: requests.exceptions.ReadTimeout: HTTPSConnectionPool(host='api.github.com', "
                             "port=443): Read timed out. (read timeout=15)"))

# ------------------------------------------------------------------ look-alikes: deploy waits, TLS handshakes of clients
family.add_thread(N, "helm/helm", 3980, "helm's wait for resources to become ready timed out (rule 13: a deploy "
                  "tool's wait for a resource state)",
                  {"alertname": "HelmReleaseFailed", "severity": "warning", "release": "storefront", "namespace": "shop",
                   "chart": "storefront-2.3.1"},
                  {"description": "helm upgrade --install storefront --wait --timeout 300: Error: UPGRADE FAILED: timed "
                                  "out waiting for the condition"})
family.add_thread(N, "helm/helm", 9034, "a pre-upgrade hook job that did not complete within helm's timeout "
                  "(rules 10, 13)",
                  {"alertname": "HelmReleaseFailed", "severity": "warning", "release": "billing-db-migrate",
                   "namespace": "billing", "chart": "billing-4.0.2"},
                  {"description": "Error: UPGRADE FAILED: pre-upgrade hooks failed: timed out waiting for the condition"})
family.add_thread(N, "txthinking/brook", 1014, "Go's server-side 'TLS handshake error from <client>: i/o timeout': "
                  "a client that stalled in the handshake (rule 13)",
                  *log_alert("WssServerErrors", {"app": "brook", "instance": "vpn-edge-01:443"},
                             "2022/10/12 04:56:19 http: TLS handshake error from 37.137.18.172:52006: read tcp "
                             "10.0.0.107:443->37.137.18.172:52006: i/o timeout"))
family.add_thread(N, "haraka/Haraka", 921, "Haraka's '[tls] timeout' when a client's cipher does not match "
                  "(rule 13: a TLS handshake timing out from a client)",
                  *log_alert("HarakaErrors", {"app": "haraka", "instance": "mx-02:25"},
                             "[ERROR] [F9118AD1-991C-4C89-AD2F-7EAF93F3B555] [tls] timeout"))

# ------------------------------------------------------------------ Cloudflare 524 (issue threads)
family.add_thread(UT, "tdurieux/anonymous_github", 459, "Cloudflare 524: the origin web server timed out "
                  "responding (rule 10)",
                  {"alertname": "CloudflareOrigin524", "severity": "critical", "zone": "anonymous.4open.science",
                   "code": "524"},
                  {"description": "A timeout occurred. Error code 524: the origin web server timed out responding to "
                                  "Cloudflare's request (login page, 31 responses in 5m)."})
family.add_thread(UT, "whatwg/build.whatwg.org", 19, "PR previews failing with 524 Origin Time-out behind "
                  "Cloudflare (rule 10)",
                  {"alertname": "PreviewBuildFailures", "severity": "warning", "service": "build.whatwg.org"},
                  {"description": "PR preview often fails with 524 Origin Time-out: Cloudflare, in front of "
                                  "build.whatwg.org, stops waiting for the build response after 100 seconds."})

# ------------------------------------------------------------------ a lookup that timed out (rule 13)
family.add_thread(DNS_F, "cyfdecyf/cow", 352, "a proxy's lookup timing out against its resolver (rule 13: the "
                  "resolution failed, not the upstream)",
                  *log_alert("ProxyErrors", {"app": "cow", "instance": "laptop-proxy:7777"},
                             "[Error] dial tcp: lookup wenku.baidu.com on 8.8.8.8:53: read udp 8.8.8.8:53: i/o timeout"))

# ------------------------------------------------------------------ database statement limits (rule 15)
family.add_thread(N, "pingcap/tidb", 68097, "TiDB killing a query at MAX_EXECUTION_TIME, error 3024 (rule 15: a "
                  "database's own statement time limit)",
                  *log_alert("TidbWarnings", {"app": "tidb", "namespace": "tidb-cluster", "pod": "basic-tidb-0"},
                             "[sqlkiller.go:61] [\"kill initiated\"] [\"connection ID\"=2098014] [reason=\"[executor:3024]"
                             "Query execution was interrupted, maximum statement execution time exceeded\"]"))
family.add_thread(N, "pingcap/tidb", 68097, "the same report's client error 1105 'context canceled' (rule 13: a "
                  "cancellation, not a timeout of a call)",
                  *log_alert("SqlClientErrors", {"app": "inventory-reports", "namespace": "reports",
                                                 "pod": "inventory-reports-6f7c8d9b5-q9wvz"},
                             "[HY000][1105] context canceled"))
family.add_thread(HE, "pingcap/tidb", 68097, "an error-ratio alert quoting the statement time limit keeps its "
                  "symptom (rule 15)",
                  {"alertname": "ReportApiErrorRate", "severity": "warning", "service": "report-api",
                   "namespace": "reports"},
                  {"summary": "report-api 5xx ratio 6.3% over 10m",
                   "description": "6.3% of requests to report-api answered 500; most common error: [executor:3024] "
                                  "Query execution was interrupted, maximum statement execution time exceeded."})
family.add_thread(N, "TableProApp/TablePro", 1633, "MariaDB's max_statement_time (SQLSTATE 70100) during an "
                  "export (rule 15)",
                  *log_alert("SqlExportErrors", {"app": "tablepro-export", "instance": "analyst-mac-07"},
                             "[1969] Query execution was interrupted (max_statement_time exceeded) (SQLSTATE: 70100)"))

# ------------------------------------------------------------------ 499: a client that closed the request
family.add_thread(N, "kubernetes/ingress-nginx", 6199, "one ingress access-log line with 499 (rule 13: the client "
                  "closed; rule 8: a log line, not a request count)",
                  *log_alert("IngressAccessLogErrors", {"app": "ingress-nginx", "namespace": "ingress-basic",
                                                        "pod": "nginx-ingress-controller-7c6d5b8f9-2hfxk"},
                             "\"GET /api/apiadmin/Permission/UserPermissions/16018 HTTP/2.0\" 499 0"))
family.add_thread(N, "traefik/traefik", 7681, "Traefik's access log 499 while client and backend saw 200 (rule 13: "
                  "the client closed the connection)",
                  *log_alert("TraefikAccessLog", {"app": "traefik", "namespace": "kube-system",
                                                  "pod": "traefik-6b7d9c5f8-m5zqp"},
                             "RequestMethod=GET RequestPath=/dashboard/api/overview DownstreamStatus=499 "
                             "OriginStatus=200 Duration=12.4s"))
family.add_thread(HE, "zalando-incubator/kubernetes-on-aws", 1256, "a ratio of client-closed requests counted as "
                  "499 rather than 504 (rule 15: 499 ratios are high_error_rate, not upstream_timeout)",
                  {"alertname": "SkipperClientClosedRatio", "severity": "warning", "application": "skipper-ingress",
                   "code": "499"},
                  {"description": "3.4% of requests through skipper-ingress ended with 499 (client closed request) "
                                  "over 10 minutes."})

# ------------------------------------------------------------------ timeout settings and deadlines of one's own run
family.add_thread(N, "cloudfoundry/gorouter", 189, "the gorouter frontend idle timeout made configurable and "
                  "raised (rule 9: a setting changed)",
                  {"alertname": "BoshDeployFinished", "severity": "info", "deployment": "cf", "instance_group": "router"},
                  {"description": "router/0: frontend_idle_timeout changed from 5 to 900 seconds so GCP's load "
                                  "balancer closes idle connections first."})
family.add_thread(N, "GoogleCloudPlatform/php-docker", 267, "nginx keepalive_timeout raised above the GCP load "
                  "balancer's 600 seconds (rule 9: a setting changed)",
                  {"alertname": "ConfigDrift", "severity": "info", "file": "/etc/nginx/nginx.conf",
                   "instance": "php-app-1"},
                  {"description": "keepalive_timeout 65 -> 650 in nginx.conf: the load balancer, not nginx, now closes "
                                  "idle connections."})
family.add_thread(N, "kubernetes-sigs/jobset", 1306, "a JobSet failed by its own activeDeadlineSeconds (rule 10: a "
                  "time limit on the alerting thing's own run)",
                  {"alertname": "JobSetFailed", "severity": "warning", "namespace": "training", "jobset": "llm-finetune-42",
                   "reason": "DeadlineExceeded"},
                  {"description": "JobSet training/llm-finetune-42 failed: reason DeadlineExceeded, active time "
                                  "exceeded activeDeadlineSeconds (86400)."})

family.write()
