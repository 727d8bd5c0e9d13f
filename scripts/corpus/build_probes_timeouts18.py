#!/usr/bin/env python3
"""Build tests/fixtures/corpus/probes_timeouts18.jsonl: upstream timeouts as proxies, load balancers
and HTTP/RPC clients word them, and their look-alikes, inside log-pattern, error-ratio, latency,
APM, failed-job and vendor alerts.

What the family tests: wordings of a caller giving up on something it called that no rule was
written from -- Go's body-read timeout "(Client.Timeout or context cancellation while reading
body)", nginx's "upstream timed out ... while sending request to upstream", Apache httpd's
mod_proxy_fcgi "(70007)The timeout specified has expired ... AH01075: Error dispatching request to
...: (polling)", grpc-dotnet's `Status(StatusCode="DeadlineExceeded", Detail="")`, botocore's
"Read/Connect timeout on endpoint URL", Apache HttpCore NIO's (the Elasticsearch low-level
client's) "30,000 milliseconds timeout on connection http-outgoing-N [ACTIVE]", Go's reverse
proxy "http: proxy error: context deadline exceeded" / "... connect: connection timed out", an
ALB that "failed to establish a connection to the target before the connection timeout expired",
Ktor's "Request/Socket/Connect timeout has expired [url=..., ..._timeout=N ms]";
and the look-alikes that speak of timeouts, deadlines and cancellations without a caller giving
up on its callee.

Labels, decided from each message's meaning under POLICY.md before the classifier ran on the
file:
- `upstream_timeout` (rule 13: a caller gave up on something it called -- read, response,
  connect, gRPC deadline; rule 15: a proxy's connect timeout to its origin), also when an
  error-ratio, latency or failed-job alert quotes the line (rule 1, cause over symptom).
- `null`: PHP's "Maximum execution time of N seconds exceeded" (the script's own time limit,
  rule 10); Airflow's `AirflowTaskTimeout: Timeout, PID: N` and Argo's "Step exceeded its
  deadline" (a task's or step's own time limit, rule 10); Go's http2 server "timeout waiting for
  client preface" (a client that stalled while we waited for it, rule 13); grpc-dotnet's
  `Status(StatusCode="Cancelled", Detail="Call canceled by the client.")` (a caller that
  cancelled, rule 13); Go's "http: server closed idle connection" and nginx's "client ... closed
  keepalive connection" and PgBouncer's "closing because: server idle timeout" / "server lifetime
  over" (connections closed for idleness or age, rule 12); an ALB idle-timeout attribute
  changed (a setting changed, rule 9).
- Symptoms kept: an error-ratio alert quoting the PHP time limit or the client's cancellation
  keeps `high_error_rate` (rule 1 names causes only, as rule 15 does for statement timeouts); an
  ALB `TargetResponseTime` alert whose text only warns that slow requests *would* reach the idle
  timeout is `high_latency` (rule 17: a consequence guessed is not evidence).
- `node_down`: an ALB target marked unhealthy with reason `Target.Timeout` ("The health check
  requests timed out"): a load balancer's target marked unhealthy by its health checks is
  `node_down` (rule 9), whatever timeout its detail quotes (rule 11).
- `connection_pool_exhaustion`: PgBouncer's "closing because: query_wait_timeout" (a client that
  waited in the pool's queue longer than allowed for a server connection: the pool was full).

Left out as ambiguous (rule 6): PgBouncer's "query_timeout" (a query cut by the pooler's own limit,
like a statement timeout, or a slow server) and "client_login_timeout (server down)" (a server down
or a slow login); Go's "net/http: request canceled while waiting for connection"
(a pool wait or a dial, the text does not say which); Go's `http.TimeoutHandler` 503 "Timeout"
(the server's own handler limit, or a slow dependency behind it); gRPC keepalive "ping failed to
receive ACK within timeout" (a peer gone or a link); Kafka producer "Expiring N record(s) ... ms
has passed since batch creation" (a broker slow, or a client's own buffer); grpc-java's
"ClientCall started after CallOptions deadline was exceeded" (the caller's own budget spent before
the call). Left out as already in the tuning corpora: Envoy's "upstream request timeout", Kong's
"The upstream server is timing out", Cloudflare 524, Fastly "first byte timeout", Go's
"Client.Timeout exceeded while awaiting headers", HAProxy's termination states, nginx "while
reading response header from upstream" and "client timed out", Hystrix, Resilience4j, Polly,
Feign, undici, OkHttp's InterruptedIOException, the API Gateway "Endpoint request timed out", MySQL
1205. Not used because their projects are held out: Envoy, HAProxy, .NET's HttpClient (dotnet/runtime),
urllib3/requests, aiohttp, Ruby net-http, curl, Guzzle, axios, Kubernetes, Symfony, undici, got,
OpenJDK, Reactor Netty.

Sources (facts only; hosts, services, values and the alert frames are ours):
- golang/go src/net/http/client.go, transport.go, h2_bundle.go, httputil/reverseproxy.go;
- nginx/nginx src/http/ngx_http_upstream.c, src/http/ngx_http_request.c;
- apache/httpd modules/proxy/mod_proxy_fcgi.c;
- grpc/grpc-dotnet src/Grpc.Net.Client/Internal/GrpcProtocolConstants.cs;
- boto/botocore botocore/exceptions.py;
- apache/httpcomponents-core httpcore-nio/.../HttpAsyncRequestExecutor.java;
- ktorio/ktor ktor-client/ktor-client-core/common/src/io/ktor/client/plugins/HttpTimeout.kt;
- pgbouncer/pgbouncer src/janitor.c;
- php/php-src Zend/zend_execute_API.c; apache/airflow airflow/utils/timeout.py;
  argoproj/argo-workflows workflow/controller/operator.go;
- repost.aws knowledge-center/504-error-alb; docs.aws.amazon.com ELB API TargetHealth.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(__file__))
from probes_common import ProbeFamily, page_provenance, probe_item  # noqa: E402

family = ProbeFamily("probes_timeouts18.jsonl")

U, E, L, N = "upstream_timeout", "high_error_rate", "high_latency", "node_down"
CP = "connection_pool_exhaustion"

GO_CLIENT = ("golang/go", "src/net/http/client.go", "8ea706e831644a89178ad3a8ebccaf49b37e8e6c")
GO_TRANSPORT = ("golang/go", "src/net/http/transport.go", "a925402b62c06d1cfe2b345cba0b11fa06b8401d")
GO_H2 = ("golang/go", "src/net/http/h2_bundle.go", "4a38cb0f9de9b7978cf361b0ca664ec853b508d7")
GO_PROXY = ("golang/go", "src/net/http/httputil/reverseproxy.go",
            "c8eced8580028328fde7c03cbfcb720ce15b2358")
NGX_UP = ("nginx/nginx", "src/http/ngx_http_upstream.c", "b66c18d2d50c53b063cd14a2c3e4c8ff8b1b22a5")
NGX_REQ = ("nginx/nginx", "src/http/ngx_http_request.c", "f909a7dc331621a8638ea46056e437b8be1496da")
FCGI = ("apache/httpd", "modules/proxy/mod_proxy_fcgi.c", "36d70eed7c7837c87c8e0f8d52457408eb9019e9")
GRPC_NET = ("grpc/grpc-dotnet", "src/Grpc.Net.Client/Internal/GrpcProtocolConstants.cs",
            "6a27d670161c9b9c000ca69b9ac5e516ca65f84d")
BOTO = ("boto/botocore", "botocore/exceptions.py", "7661c836084bb9be4f4d53249da6867426eb24a8")
NIO = ("apache/httpcomponents-core",
       "httpcore-nio/src/main/java/org/apache/http/nio/protocol/HttpAsyncRequestExecutor.java",
       "aac905045a664f3e6447f22aefeca43aa64cbcd1")
PHP = ("php/php-src", "Zend/zend_execute_API.c", "9d33692c08191fb4bf600ac15dd809ec5a618fc7")
AIRFLOW = ("apache/airflow", "airflow/utils/timeout.py", "0e5662cf053ec7f0b4df0b08334ecef0d3b5ec7e")
ARGO = ("argoproj/argo-workflows", "workflow/controller/operator.go",
        "481caa77a5547499c0de70c42d97543fb9c1fb27")
KTOR = ("ktorio/ktor", "ktor-client/ktor-client-core/common/src/io/ktor/client/plugins/HttpTimeout.kt",
        "bcf22aac31adefa4a3360795cef82e8bb98b4c69")
PGB = ("pgbouncer/pgbouncer", "src/janitor.c", "c2dd14be2e953e4477620fb4e52650b49fecbed5")
ALB_PAGE = "https://www.repost.aws/knowledge-center/504-error-alb"
TH_PAGE = ("https://docs.aws.amazon.com/it_it/elasticloadbalancing/latest/APIReference/"
           "API_TargetHealth.md")


def add(src, expected, why, labels, annotations):
    family.add(src, expected, f"{src[0]} {src[1]}: {why}", labels, annotations)


def add_page(url, project, expected, why, labels, annotations):
    family.append(probe_item(labels, annotations, expected, f"{url}: {why}", project,
                             page_provenance(url)))


# ------------------------------------------------------------- Go: body read timed out (client)
BODY = 'context deadline exceeded (Client.Timeout or context cancellation while reading body)'
add(GO_CLIENT, U, "Go client's body read timed out",
    {"alertname": "AppErrorsByMessage", "severity": "warning", "app": "tile-fetcher",
     "namespace": "maps"},
    {"summary": "tile-fetcher: 41 errors with the same message in 5 minutes",
     "description": f'sample: fetch tile 12/2148/1361: read response: {BODY}'})
add(GO_CLIENT, U, "Go client's body read timed out, quoted by an error-ratio alert (rule 1)",
    {"alertname": "HighErrorRatio", "severity": "critical", "service": "quote-aggregator",
     "namespace": "pricing"},
    {"summary": "quote-aggregator: 6.1% of requests failed over 10m",
     "description": f'Top error: Get "http://rates.pricing.svc:8080/v2/quotes?ccy=EUR": {BODY}'})
add(GO_CLIENT, U, "Go client's body read timed out, in a latency alert (rule 1)",
    {"alertname": "RequestLatencyP99High", "severity": "warning", "service": "export-gw"},
    {"summary": "p99 latency of export-gw is 30.2s",
     "description": "p99 above 5s for 10m. Slowest requests end with: unexpected error when "
                    "reading response body: net/http: request canceled (Client.Timeout or context "
                    "cancellation while reading body)"})
add(GO_CLIENT, U, "Go client's body read timed out, a job's last output (rule 1)",
    {"alertname": "CronJobFailed", "severity": "warning", "namespace": "data",
     "cronjob": "fx-snapshot"},
    {"summary": "CronJob data/fx-snapshot failed",
     "description": f'last log line: level=error msg="download failed" url=https://feeds.partner.example/fx.csv err="{BODY}"'})
add(GO_CLIENT, U, "Go client's body read timed out, an APM error group",
    {"alertname": "APMErrorGroup", "service.name": "media-proxy", "error.type": "*url.Error"},
    {"summary": "New error group in media-proxy",
     "description": f'error.message: Get "http://origin-store.media.svc/objects/9f/3a": {BODY}'})

# ------------------------------------------------------------- nginx: timed out sending request
NGX_SEND = ('upstream timed out (110: Connection timed out) while sending request to upstream, '
            'client: 10.30.4.19, server: upload.example.internal, request: "POST /api/v1/uploads '
            'HTTP/1.1", upstream: "http://10.30.7.41:8080/api/v1/uploads"')
add(NGX_UP, U, "nginx timed out sending the request to its upstream",
    {"alertname": "NginxErrorLogPattern", "severity": "warning", "host": "edge-lb-2"},
    {"summary": "upstream errors in nginx error log on edge-lb-2",
     "description": f"2026/12/04 06:51:12 [error] 1822#1822: *930114 {NGX_SEND}"})
add(NGX_UP, U, "nginx timed out sending the request to its upstream, in a 5xx-ratio alert",
    {"alertname": "IngressHigh5xxRatio", "severity": "critical", "ingress": "media/upload"},
    {"summary": "media/upload: 8.3% of responses are 5xx",
     "description": f"Most frequent controller error: {NGX_SEND}"})
add(NGX_UP, U, "nginx timed out sending the request to its upstream, a log monitor",
    {"alertname": "[Triggered] nginx upstream errors", "monitor_type": "log alert",
     "service": "upload-edge"},
    {"message": "Log count 64 > 50 in last 5m for service:upload-edge status:error\n"
                f"Sample: *77120 {NGX_SEND.replace('10.30.4.19', '10.30.5.2')}"})
add(NGX_UP, U, "nginx timed out sending the request to its upstream (label only)",
    {"alertname": "ErrorLinesByMessage", "severity": "warning", "app": "ingress-nginx",
     "message": "upstream timed out (110: Connection timed out) while sending request to upstream"},
    {"summary": "ingress-nginx: 19 identical error lines in 5 minutes"})

# ------------------------------------------------------------- Apache mod_proxy_fcgi: AH01075
FCGI_LINE = ("[proxy_fcgi:error] [pid 4121:tid 139822] (70007)The timeout specified has expired: "
             "[client 198.51.100.44:52210] AH01075: Error dispatching request to 127.0.0.1:9000: "
             "(polling)")
add(FCGI, U, "httpd timed out waiting on the FastCGI backend (AH01075, polling)",
    {"alertname": "ApacheErrorLog", "severity": "warning", "host": "www-3"},
    {"summary": "mod_proxy_fcgi errors on www-3",
     "description": f"[Fri Dec 04 06:44:10.118 2026] {FCGI_LINE}"})
add(FCGI, U, "httpd timed out waiting on the FastCGI backend, in a 5xx-ratio alert",
    {"alertname": "Http5xxRatioHigh", "severity": "critical", "vhost": "shop.example.org"},
    {"summary": "shop.example.org answers 504 to 4.4% of requests",
     "description": f"error_log sample: {FCGI_LINE.replace('198.51.100.44:52210', '203.0.113.61:40999')}"})
add(FCGI, U, "httpd timed out waiting on the FastCGI backend, a log-count alert",
    {"alertname": "LogPatternCount", "severity": "warning", "service": "wp-front",
     "pattern": "AH01075"},
    {"summary": "31 matches of AH01075 in 10 minutes on wp-front",
     "description": "(70007)The timeout specified has expired: AH01075: Error dispatching request "
                    "to 10.12.0.8:9000: (polling)"})
add(FCGI, U, "httpd timed out waiting on the FastCGI backend, in a latency alert (rule 1)",
    {"alertname": "SlowResponses", "severity": "warning", "vhost": "intranet.example.org"},
    {"summary": "intranet.example.org p95 response time 61s",
     "description": f"Requests ending at the ProxyTimeout log: {FCGI_LINE}"})

# ------------------------------------------------------------- grpc-dotnet: DeadlineExceeded
DL = 'Grpc.Core.RpcException: Status(StatusCode="DeadlineExceeded", Detail="")'
add(GRPC_NET, U, "grpc-dotnet's deadline exceeded",
    {"alertname": "ExceptionsAboveBaseline", "cloud_RoleName": "Ledger.Api",
     "type": "Grpc.Core.RpcException"},
    {"summary": "Exceptions above baseline in Ledger.Api",
     "description": f"{DL}\n   at Ledger.Api.Clients.FxClient.GetRateAsync(String pair)"})
add(GRPC_NET, U, "grpc-dotnet's deadline exceeded, in an error-ratio alert (rule 1)",
    {"alertname": "GrpcClientErrorRatio", "severity": "critical", "service": "basket-svc",
     "grpc_service": "pricing.v1.PriceService"},
    {"summary": "basket-svc: 9% of outgoing calls to pricing.v1.PriceService fail",
     "description": f"Most frequent exception: {DL}"})
add(GRPC_NET, U, "grpc-dotnet's deadline exceeded, a Seq alert",
    {"alertname": "SeqAlert", "signal": "Errors", "application": "Warehouse.Worker"},
    {"summary": "Seq: 27 events matched in 5m",
     "description": "[Error] Stock sync call failed after 3 attempts\n" + DL})
add(GRPC_NET, U, "grpc-dotnet's deadline exceeded, a Sentry issue",
    {"alertname": "SentryIssueAlert", "project": "claims-portal", "level": "error"},
    {"summary": "New issue in claims-portal",
     "title": 'RpcException: Status(StatusCode="DeadlineExceeded", Detail="")',
     "culprit": "Claims.Portal.Services.PolicyLookup in FindAsync"})
add(GRPC_NET, U, "grpc-dotnet's deadline exceeded, label only",
    {"alertname": "UnhandledException", "severity": "error", "service": "loyalty-api",
     "error_message": 'Status(StatusCode="DeadlineExceeded", Detail="")'},
    {"summary": "New unhandled exception in loyalty-api"})

# ------------------------------------------------------------- botocore: read/connect timeout
add(BOTO, U, "botocore read timeout on an AWS endpoint",
    {"alertname": "LambdaLogErrors", "severity": "warning", "function": "orders-projector"},
    {"summary": "orders-projector logged 12 errors in 5m",
     "description": '[ERROR] ReadTimeoutError: Read timeout on endpoint URL: '
                    '"https://dynamodb.eu-west-1.amazonaws.com/"'})
add(BOTO, U, "botocore connect timeout on an AWS endpoint",
    {"alertname": "SentryIssueAlert", "project": "invoice-mailer", "level": "error"},
    {"summary": "New issue in invoice-mailer",
     "title": 'ConnectTimeoutError: Connect timeout on endpoint URL: '
              '"https://sqs.eu-central-1.amazonaws.com/"',
     "culprit": "botocore.httpsession in send"})
add(BOTO, U, "botocore read timeout, a failed Airflow task's log (rule 1)",
    {"alertname": "AirflowTaskFailed", "severity": "warning", "dag_id": "s3_compaction",
     "task_id": "list_partitions"},
    {"summary": "Task s3_compaction.list_partitions failed",
     "description": 'botocore.exceptions.ReadTimeoutError: Read timeout on endpoint URL: '
                    '"https://datalake-raw.s3.eu-west-1.amazonaws.com/?list-type=2&prefix=events%2F"'})
add(BOTO, U, "botocore read timeout, in an error-ratio alert (rule 1)",
    {"alertname": "ApiErrorRatioHigh", "severity": "critical", "service": "search-indexer-py"},
    {"summary": "search-indexer-py: 5.7% of requests return 5xx",
     "description": 'top exception: botocore.exceptions.ReadTimeoutError: Read timeout on endpoint '
                    'URL: "https://runtime.sagemaker.eu-west-1.amazonaws.com/endpoints/rerank/invocations"'})

# ------------------------------------------------------------- HttpCore NIO (ES low-level client)
NIO_LINE = "java.net.SocketTimeoutException: 30,000 milliseconds timeout on connection http-outgoing-4 [ACTIVE]"
add(NIO, U, "HttpCore NIO socket timeout (Elasticsearch REST client)",
    {"alertname": "ApplicationLogErrors", "severity": "warning", "service": "catalog-indexer"},
    {"summary": "errors in application log",
     "description": f"catalog-indexer logged:\n{NIO_LINE}\n\tat org.elasticsearch.client.RestClient.extractAndWrapCause(RestClient.java:917)"})
add(NIO, U, "HttpCore NIO socket timeout, a failed job's output (rule 1)",
    {"alertname": "JobFailed", "severity": "critical", "job_name": "reindex-products-nightly"},
    {"summary": "Job reindex-products-nightly failed",
     "description": "Last lines of output:\nCaused by: java.net.SocketTimeoutException: 60,000 "
                    "milliseconds timeout on connection http-outgoing-11 [ACTIVE]"})
add(NIO, U, "HttpCore NIO socket timeout, in an error-ratio alert (rule 1)",
    {"alertname": "HighErrorRate", "severity": "critical", "service": "product-search"},
    {"summary": "product-search: 7.2% of requests failing",
     "description": f"Error ratio above 5% for 10m. Most frequent error: {NIO_LINE}"})

# ------------------------------------------------------------- Go reverse proxy
add(GO_PROXY, U, "Go reverse proxy gave up on its backend (deadline)",
    {"alertname": "ProxyErrorLines", "severity": "warning", "app": "auth-edge"},
    {"summary": "auth-edge: 88 proxy errors in 5m",
     "description": "2026/12/04 06:58:02 http: proxy error: context deadline exceeded"})
add(GO_PROXY, U, "Go reverse proxy's connect to its backend timed out (rule 15)",
    {"alertname": "ProxyErrorLines", "severity": "warning", "app": "docs-gateway"},
    {"summary": "docs-gateway: 23 proxy errors in 5m",
     "description": "2026/12/04 07:02:45 http: proxy error: dial tcp 10.8.1.23:8443: connect: "
                    "connection timed out"})
add(GO_PROXY, U, "Go reverse proxy's connect timed out, in a 502-ratio alert (rule 1)",
    {"alertname": "GatewayBadGatewayRatio", "severity": "critical", "service": "partner-gw"},
    {"summary": "partner-gw: 502 ratio 3.8%",
     "description": "proxy log: http: proxy error: dial tcp 172.20.3.9:9000: connect: connection "
                    "timed out"})

# ------------------------------------------------------------- ALB: connection timeout to target
ALB_CONN = ("The load balancer failed to establish a connection to the target before the "
            "connection timeout expired (10 seconds).")
add_page(ALB_PAGE, "repost.aws", U, "ALB connect timeout to its target (rule 15)",
         {"alertname": "AlbGatewayTimeouts", "severity": "warning", "load_balancer": "app/shop-public/5f1c0e9d",
          "code": "504"},
         {"summary": "shop-public ALB answered 504 to 212 requests in 5 minutes",
          "description": "Access logs show target_status_code '-' and target_processing_time -1: "
                         + ALB_CONN})
add_page(ALB_PAGE, "repost.aws", U, "ALB connect timeout to its target, a runbook-style annotation",
         {"alertname": "ElbGeneratedGatewayTimeout", "severity": "critical", "target_group": "tg-api-blue"},
         {"summary": "ELB-generated 504s for tg-api-blue",
          "description": "Cause from the access log's error fields: " + ALB_CONN})

# ALB latency alert that only foresees a timeout: the symptom stays (rule 17).
add_page(ALB_PAGE, "repost.aws", L, "TargetResponseTime alert that only foresees the idle timeout (rule 17)",
         {"alertname": "AlbTargetResponseTimeHigh", "severity": "warning", "load_balancer": "app/booking/77ab12"},
         {"summary": "booking ALB TargetResponseTime p99 is 41s",
          "description": "TargetResponseTime p99 above 30s for 15 minutes. If it keeps rising, requests "
                         "will exceed the 60 second idle timeout and clients will see 504s."})
add_page(ALB_PAGE, "repost.aws", L, "TargetResponseTime alert naming the timeout as a risk (rule 17)",
         {"alertname": "TargetResponseTimeAnomaly", "severity": "warning", "target_group": "tg-reports"},
         {"summary": "Average TargetResponseTime of tg-reports is 12.4s (baseline 0.8s)",
          "description": "Slow responses; the load balancer's idle timeout is 60s, so no timeouts yet."})
# A setting changed (rule 9).
add_page(ALB_PAGE, "repost.aws", None, "ALB idle timeout raised (a setting changed, rule 9)",
         {"alertname": "CloudTrailConfigChange", "severity": "info", "event": "ModifyLoadBalancerAttributes"},
         {"summary": "idle_timeout.timeout_seconds of app/shop-public changed from 60 to 120",
          "description": "User ops-automation modified load balancer attributes in eu-west-1."})
add_page(ALB_PAGE, "repost.aws", None, "ALB idle timeout lowered by a deploy (a setting changed, rule 9)",
         {"alertname": "LoadBalancerAttributeDrift", "severity": "info", "load_balancer": "app/booking/77ab12"},
         {"summary": "Terraform applied: idle_timeout 120 -> 60 on app/booking/77ab12"})

# ALB target marked unhealthy because its health checks timed out (rule 9): node_down.
add_page(TH_PAGE, "docs.aws.amazon.com", N, "ALB target unhealthy, Target.Timeout (rule 9)",
         {"alertname": "TargetUnhealthy", "severity": "critical", "target_group": "tg-orders",
          "target": "i-0a41c9e2f7d3b8815:8080", "reason": "Target.Timeout"},
         {"summary": "Target i-0a41c9e2f7d3b8815:8080 of tg-orders is unhealthy",
          "description": "State unhealthy, reason Target.Timeout: the health check requests timed out."})
add_page(TH_PAGE, "docs.aws.amazon.com", N, "ALB target unhealthy, Target.Timeout (rule 9)",
         {"alertname": "AlbUnHealthyHostCount", "severity": "warning", "target_group": "tg-auth"},
         {"summary": "2 of 3 targets of tg-auth unhealthy",
          "description": "describe-target-health: 10.0.12.7:443 unhealthy (Target.Timeout), "
                         "10.0.13.4:443 unhealthy (Target.Timeout)"})
add_page(TH_PAGE, "docs.aws.amazon.com", N, "ALB target unhealthy, Target.Timeout (rule 9)",
         {"alertname": "LoadBalancerTargetDown", "severity": "critical", "target_group": "tg-search",
          "target": "10.0.21.15:9200"},
         {"summary": "tg-search target 10.0.21.15:9200 failed its health checks",
          "description": "Reason: Target.Timeout - Request timed out"})

# ============================================================= look-alikes
# PHP: the script's own time limit (rule 10).
add(PHP, None, "PHP's own max_execution_time (rule 10)",
    {"alertname": "PhpFatalErrors", "severity": "warning", "app": "backoffice"},
    {"summary": "PHP fatal errors in backoffice",
     "description": "PHP Fatal error:  Maximum execution time of 30 seconds exceeded in "
                    "/var/www/backoffice/src/Report/MarginBuilder.php on line 214"})
add(PHP, None, "PHP's own max_execution_time (rule 10)",
    {"alertname": "LogPatternMatched", "severity": "warning", "service": "cms-admin",
     "pattern": "Fatal error"},
    {"summary": "Pattern 'Fatal error' matched 6 times in 15m",
     "description": "[04-Dec-2026 06:40:02 UTC] PHP Fatal error:  Maximum execution time of 60 "
                    "seconds exceeded in /srv/cms/vendor/twig/twig/src/Lexer.php on line 380"})
add(PHP, None, "PHP's own max_execution_time, a failed cron run (rules 9, 10)",
    {"alertname": "CronRunFailed", "severity": "warning", "host": "shop-cron-1", "job": "sitemap"},
    {"summary": "cron job sitemap failed on shop-cron-1",
     "description": "Fatal error: Maximum execution time of 300 seconds exceeded in "
                    "/var/www/shop/bin/generate-sitemap.php on line 97"})
add(PHP, E, "PHP's own time limit inside an error-ratio alert: symptom kept (rule 1)",
    {"alertname": "HighErrorRate", "severity": "critical", "service": "storefront-php"},
    {"summary": "storefront-php: 5.9% of requests failing",
     "description": "Error ratio above 5% for 10m. Most frequent error: PHP Fatal error:  Maximum "
                    "execution time of 30 seconds exceeded in /var/www/app/src/Cart/Totals.php"})

# Airflow: a task past its own execution_timeout (rule 10).
AFT = "airflow.exceptions.AirflowTaskTimeout: Timeout, PID: 48211"
add(AIRFLOW, None, "Airflow task past its own execution_timeout (rule 10)",
    {"alertname": "AirflowTaskFailed", "severity": "warning", "dag_id": "daily_revenue",
     "task_id": "aggregate_orders"},
    {"summary": "Task daily_revenue.aggregate_orders failed",
     "description": AFT})
add(AIRFLOW, None, "Airflow task past its own execution_timeout (rule 10)",
    {"alertname": "LogErrorLine", "severity": "warning", "app": "airflow-worker"},
    {"summary": "ERROR line from airflow-worker-2",
     "description": "[2026-12-04, 05:00:13 UTC] {taskinstance.py:2698} ERROR - Task failed with "
                    "exception\n" + AFT.replace("48211", "1187")})
add(AIRFLOW, None, "Airflow task past its own execution_timeout, a Slack callback (rule 10)",
    {"alertname": "DagRunFailed", "severity": "info", "dag_id": "ml_feature_backfill"},
    {"summary": ":red_circle: ml_feature_backfill failed",
     "description": "Task: build_features\nException: AirflowTaskTimeout: Timeout, PID: 902"})

# Argo Workflows: a step past its own activeDeadlineSeconds (rule 10).
add(ARGO, None, "Argo step past its own deadline (rule 10)",
    {"alertname": "ArgoWorkflowFailed", "severity": "warning", "namespace": "ml",
     "workflow": "train-ranker-7xq2m"},
    {"summary": "Workflow ml/train-ranker-7xq2m failed",
     "description": "node train-ranker-7xq2m-2218 (train): Step exceeded its deadline"})
add(ARGO, None, "Argo step past its own deadline (rule 10)",
    {"alertname": "KubeEventWarning", "severity": "warning", "namespace": "etl",
     "involved_object": "nightly-load-p9k4d"},
    {"summary": "WorkflowNodeFailed on nightly-load-p9k4d",
     "description": "Failed node nightly-load-p9k4d[1].extract: Step exceeded its deadline"})
add(ARGO, None, "Argo step past its own deadline, label only (rule 10)",
    {"alertname": "ArgoWorkflowStepFailed", "severity": "warning", "workflow": "backup-verify-5tqzn",
     "message": "Step exceeded its deadline"},
    {"summary": "A step of backup-verify-5tqzn failed"})

# Go http2 server: the client never sent its preface (rule 13).
PREF = "http2: server: error reading preface from client {}: timeout waiting for client preface"
add(GO_H2, None, "a client that stalled while the server waited (rule 13)",
    {"alertname": "AppErrorsByMessage", "severity": "warning", "app": "grpc-gateway"},
    {"summary": "grpc-gateway: 17 errors with the same message in 5 minutes",
     "description": "sample: " + PREF.format("203.0.113.77:40122")})
add(GO_H2, None, "a client that stalled while the server waited (rule 13)",
    {"alertname": "LogLinesMatched", "severity": "info", "service": "metrics-api",
     "log": PREF.format("10.44.3.9:51877")},
    {"summary": "metrics-api: 9 matching lines in 10m"})
add(GO_H2, None, "a client that stalled while the server waited (rule 13)",
    {"alertname": "ErrorLogSpike", "severity": "warning", "service": "edge-h2"},
    {"summary": "edge-h2 logged 140 lines at level error in 5m",
     "description": "most frequent: " + PREF.format("198.51.100.12:33016")})

# grpc-dotnet: the caller cancelled (rule 13).
CANC = 'Grpc.Core.RpcException: Status(StatusCode="Cancelled", Detail="Call canceled by the client.")'
add(GRPC_NET, None, "a call cancelled by its own caller (rule 13)",
    {"alertname": "ExceptionsAboveBaseline", "cloud_RoleName": "Notifications.Hub",
     "type": "Grpc.Core.RpcException"},
    {"summary": "Exceptions above baseline in Notifications.Hub",
     "description": CANC + "\n   at Notifications.Hub.Streams.PushStream.ReadAllAsync()"})
add(GRPC_NET, None, "a call cancelled by its own caller (rule 13)",
    {"alertname": "SeqAlert", "signal": "Warnings", "application": "Telemetry.Collector"},
    {"summary": "Seq: 58 events matched in 5m",
     "description": "[Warning] Subscription stream ended\n" + CANC})
add(GRPC_NET, None, "a call cancelled by its own caller, a Sentry issue (rule 13)",
    {"alertname": "SentryIssueAlert", "project": "chat-relay", "level": "warning"},
    {"summary": "New issue in chat-relay",
     "title": 'RpcException: Status(StatusCode="Cancelled", Detail="Call canceled by the client.")'})
add(GRPC_NET, E, "client cancellation inside an error-ratio alert: symptom kept (rule 1)",
    {"alertname": "GrpcClientErrorRatio", "severity": "critical", "service": "feed-bff",
     "grpc_service": "feed.v2.Timeline"},
    {"summary": "feed-bff: 11% of outgoing calls to feed.v2.Timeline fail",
     "description": "Most frequent exception: " + CANC})

# Idle connections closed (rule 12).
add(GO_TRANSPORT, None, "an idle keep-alive connection closed by the server (rule 12)",
    {"alertname": "AppErrorsByMessage", "severity": "warning", "app": "span-shipper"},
    {"summary": "span-shipper: 12 errors with the same message in 5 minutes",
     "description": 'sample: Post "http://collector.obs.svc:9411/api/v2/spans": http: server '
                    'closed idle connection'})
add(GO_TRANSPORT, None, "an idle keep-alive connection closed by the server (rule 12)",
    {"alertname": "LogWarnings", "severity": "info", "service": "webhook-relay",
     "msg": "http: server closed idle connection"},
    {"summary": "webhook-relay: warning lines above 10/min"})
add(GO_TRANSPORT, None, "an idle keep-alive connection closed by the server (rule 12)",
    {"alertname": "LokiPatternAlert", "severity": "warning", "namespace": "ops", "app": "exporter-bridge"},
    {"summary": "exporter-bridge: 'error' lines in the last 5m",
     "description": 'level=error msg="scrape forward failed" err="Get \\"http://10.9.2.14:9100/metrics\\": '
                    'http: server closed idle connection"'})
add(NGX_REQ, None, "a client closing its idle keep-alive connection (rule 12)",
    {"alertname": "NginxErrorLogPattern", "severity": "info", "host": "static-1"},
    {"summary": "lines in nginx error log on static-1",
     "description": "2026/12/04 06:31:50 [info] 29#29: *40411 client 10.2.0.14 closed keepalive "
                    "connection"})
add(NGX_REQ, None, "a client closing its idle keep-alive connection (rule 12)",
    {"alertname": "ErrorLinesByMessage", "severity": "warning", "app": "ingress-nginx",
     "message": "client 10.244.1.1 closed keepalive connection"},
    {"summary": "ingress-nginx: 380 identical lines in 5 minutes"})
add(NGX_REQ, None, "a client closing its idle keep-alive connection (rule 12)",
    {"alertname": "[Triggered] nginx error log volume", "monitor_type": "log alert",
     "service": "assets-edge"},
    {"message": "Log count 1220 > 1000 in last 5m for service:assets-edge\n"
                "Sample: [info] 7#7: *889123 client 172.16.9.30 closed keepalive connection"})

# ------------------------------------------------------------- a few more frames
add(GO_CLIENT, U, "Go client's body read timed out, a Grafana-managed alert",
    {"alertname": "Outbound call failures", "grafana_folder": "Integrations",
     "service": "carrier-sync", "err": "Get \"https://api.carrier.example/v1/manifests\": " + BODY},
    {"summary": "carrier-sync: 14 failed outbound calls in 10m"})
add(BOTO, U, "botocore connect timeout, in a latency alert (rule 1)",
    {"alertname": "RequestLatencyP99High", "severity": "warning", "service": "upload-signer"},
    {"summary": "p99 latency of upload-signer is 61.0s",
     "description": 'p99 above 2s for 10m. Sample error from slow requests: ConnectTimeoutError: '
                    'Connect timeout on endpoint URL: "https://sts.eu-west-1.amazonaws.com/"'})
add(NIO, U, "HttpCore NIO socket timeout, a Kibana log threshold rule",
    {"alertname": "Log threshold breached", "rule_type": "logs.alert.document.count",
     "service.name": "audit-shipper"},
    {"summary": "22 log entries matched in the last 5 minutes",
     "description": "message: bulk request failed: java.net.SocketTimeoutException: 5,000 "
                    "milliseconds timeout on connection http-outgoing-0 [ACTIVE]"})
add(FCGI, U, "httpd timed out waiting on the FastCGI backend, label only",
    {"alertname": "ApacheProxyErrors", "severity": "warning", "host": "www-7",
     "error": "(70007)The timeout specified has expired: AH01075: Error dispatching request to "
              "unix:/run/php/php8.2-fpm.sock: (polling)"},
    {"summary": "mod_proxy_fcgi errors on www-7"})
add(AIRFLOW, None, "Airflow task past its own execution_timeout, the failure e-mail (rule 10)",
    {"alertname": "AirflowAlertEmail", "severity": "warning", "dag_id": "partner_export"},
    {"summary": "Airflow alert: <TaskInstance: partner_export.write_csv manual__2026-12-04 [failed]>",
     "description": "Try 3 out of 3\nException:\nTimeout, PID: 77310\nLog: Link"})
add(PHP, None, "PHP's own max_execution_time, a Sentry issue (rule 10)",
    {"alertname": "SentryIssueAlert", "project": "legacy-crm", "level": "fatal"},
    {"summary": "New issue in legacy-crm",
     "title": "Fatal Error: Maximum execution time of 120 seconds exceeded",
     "culprit": "App\\Import\\CsvImporter::parseRows"})
add(GO_PROXY, U, "Go reverse proxy gave up on its backend, in a 502 count (rule 1)",
    {"alertname": "ReverseProxy502s", "severity": "warning", "app": "legacy-bridge"},
    {"summary": "legacy-bridge answered 502 to 64 requests in 5m",
     "description": "all matching log lines: http: proxy error: context deadline exceeded"})

# ------------------------------------------------------------- Ktor client timeouts
add(KTOR, U, "Ktor client's request timeout",
    {"alertname": "ApplicationLogErrors", "severity": "warning", "service": "courier-bridge"},
    {"summary": "errors in application log",
     "description": "courier-bridge logged:\nio.ktor.client.plugins.HttpRequestTimeoutException: "
                    "Request timeout has expired [url=https://api.courier.example/v3/labels, "
                    "request_timeout=15000 ms]"})
add(KTOR, U, "Ktor client's request timeout, in an error-ratio alert (rule 1)",
    {"alertname": "HighErrorRate", "severity": "critical", "service": "booking-kt"},
    {"summary": "booking-kt: 6.6% of requests failing",
     "description": "Error ratio above 5% for 10m. Most frequent error: Request timeout has expired "
                    "[url=http://availability.svc.cluster.local/slots?day=2026-12-05, "
                    "request_timeout=3000 ms]"})
add(KTOR, U, "Ktor client's request timeout, a Crashlytics-style non-fatal spike",
    {"alertname": "NonFatalSpike", "app": "android-shop", "severity": "warning",
     "exception": "HttpRequestTimeoutException"},
    {"summary": "Non-fatal HttpRequestTimeoutException up 340% in the last hour",
     "description": "Request timeout has expired [url=https://m-api.shop.example/v1/home, "
                    "request_timeout=10000 ms]"})
add(KTOR, U, "Ktor client's socket (read) timeout",
    {"alertname": "SentryIssueAlert", "project": "feed-kmp", "level": "error"},
    {"summary": "New issue in feed-kmp",
     "title": "SocketTimeoutException: Socket timeout has expired [url=https://feed.example/api/items, "
              "socket_timeout=20000] ms"})
add(KTOR, U, "Ktor client's socket (read) timeout, in a latency alert (rule 1)",
    {"alertname": "RequestLatencyP99High", "severity": "warning", "service": "statement-render"},
    {"summary": "p99 latency of statement-render is 20.4s",
     "description": "Slow requests end with io.ktor.client.network.sockets.SocketTimeoutException: "
                    "Socket timeout has expired [url=http://pdf-engine:8080/render, socket_timeout=20000] ms"})
add(KTOR, U, "Ktor client's connect timeout (rule 13)",
    {"alertname": "LogPatternMatched", "severity": "warning", "service": "sms-dispatch",
     "pattern": "timeout has expired"},
    {"summary": "Pattern matched 27 times in 15m",
     "description": "io.ktor.client.network.sockets.ConnectTimeoutException: Connect timeout has "
                    "expired [url=https://gw.sms-partner.example/send, connect_timeout=5000 ms]"})
add(KTOR, U, "Ktor client's connect timeout, label only (rule 13)",
    {"alertname": "OutboundRequestErrors", "severity": "warning", "service": "geo-enricher",
     "error": "ConnectTimeoutException: Connect timeout has expired [url=http://10.60.2.8:7000/lookup, "
              "connect_timeout=2000 ms]"},
    {"summary": "geo-enricher: 44 failed outbound requests in 10m"})

# ------------------------------------------------------------- PgBouncer's own closings
add(PGB, None, "server connection closed for idleness (rule 12)",
    {"alertname": "PgbouncerLogPattern", "severity": "info", "instance": "pgbouncer-2"},
    {"summary": "pgbouncer-2 log lines matched 'closing because'",
     "description": "LOG S-0x5581c2e0a4f0: orders/app@10.4.5.6:5432 closing because: server idle "
                    "timeout (age=612s)"})
add(PGB, None, "server connection closed for idleness (rule 12)",
    {"alertname": "ErrorLinesByMessage", "severity": "warning", "app": "pgbouncer",
     "message": "closing because: server idle timeout"},
    {"summary": "pgbouncer: 96 identical lines in 5 minutes"})
add(PGB, None, "server connection closed for age (rule 12)",
    {"alertname": "PgbouncerLogPattern", "severity": "info", "instance": "pgbouncer-0"},
    {"summary": "pgbouncer-0 log lines matched 'closing because'",
     "description": "LOG S-0x55d0f2a3c010: billing/billing_rw@10.4.5.9:5432 closing because: server "
                    "lifetime over (age=3601s)"})
add(PGB, None, "server connection closed for age (rule 12)",
    {"alertname": "LogVolumeAnomaly", "severity": "warning", "service": "pgbouncer-ledger"},
    {"summary": "pgbouncer-ledger log volume 4x baseline",
     "description": "most frequent line: closing because: server lifetime over"})
add(PGB, CP, "clients waited too long in the pool for a server connection",
    {"alertname": "PgbouncerLogPattern", "severity": "critical", "instance": "pgbouncer-1"},
    {"summary": "pgbouncer-1 disconnecting queued clients",
     "description": "LOG C-0x55d0f2b71a20: orders/app@10.4.2.17:52814 closing because: "
                    "query_wait_timeout (age=120s)"})
add(PGB, CP, "clients waited too long in the pool, in an error-ratio alert (rule 1)",
    {"alertname": "HighErrorRatio", "severity": "critical", "service": "orders-api",
     "namespace": "prod"},
    {"summary": "orders-api: 9.2% of requests failed in the last 5m",
     "description": "Top error from the pooler: query_wait_timeout"})

family.write()
