#!/usr/bin/env bash
# Posts a realistic six-week alert history to a running recurrence-exporter through its real
# Alertmanager webhook (POST /webhook/alertmanager, the same documents Alertmanager sends), and
# declares one fix, so that the landing page and /metrics show recurrences at once.
#
#   scripts/demo.sh                        # daemon at http://127.0.0.1:8977
#   RECURRENCE_URL=http://host:8977 scripts/demo.sh
#
# Needs bash, curl, sha256sum and GNU date. Times count back from the start of today (UTC), so
# running it again the same day changes nothing: episodes are identified by (fingerprint,
# startsAt). Use a throwaway store (--storage.path) if you do not want the demo's services in
# your real history.
set -euo pipefail

url="${RECURRENCE_URL:-http://127.0.0.1:8977}"
now=$(($(date -u +%s) / 86400 * 86400))

# An RFC 3339 time `days` and `hours` before now.
at() { date -u -d "@$((now - $1 * 86400 - ${2:-0} * 3600))" +%Y-%m-%dT%H:%M:%SZ; }

# post STATUS SERVICE ALERTNAME FINGERPRINT STARTS ENDS DESCRIPTION
post() {
    local status=$1 service=$2 name=$3 fp=$4 starts=$5 ends=$6 description=$7
    local body
    body=$(printf '{"version":"4","groupKey":"{}:{alertname=\\"%s\\"}","truncatedAlerts":0,"status":"%s","receiver":"recurrence","groupLabels":{"alertname":"%s"},"commonLabels":{"service":"%s"},"commonAnnotations":{},"externalURL":"http://alertmanager:9093","alerts":[{"status":"%s","labels":{"alertname":"%s","service":"%s","severity":"critical"},"annotations":{"description":"%s"},"startsAt":"%s","endsAt":"%s","generatorURL":"http://prometheus:9090/graph","fingerprint":"%s"}]}' \
        "$name" "$status" "$name" "$service" "$status" "$name" "$service" "$description" "$starts" "$ends" "$fp")
    curl -fsS -o /dev/null -H 'Content-Type: application/json' --data-binary "$body" "$url/webhook/alertmanager"
}

# episode SERVICE ALERTNAME DAYS_AGO HOURS_LONG DESCRIPTION: a firing notification, then its
# resolve, as Alertmanager sends them.
episode() {
    local service=$1 name=$2 days=$3 hours=$4 description=$5
    local starts ends fp
    starts=$(at "$days")
    ends=$(date -u -d "@$(($(date -u -d "$starts" +%s) + hours * 3600))" +%Y-%m-%dT%H:%M:%SZ)
    fp=$(printf '%s/%s/%s' "$service" "$name" "$days" | sha256sum | cut -c1-16)
    post firing "$service" "$name" "$fp" "$starts" "0001-01-01T00:00:00Z" "$description"
    post resolved "$service" "$name" "$fp" "$starts" "$ends" "$description"
}

pool='HikariPool-1 - Connection is not available, request timed out after 30000ms.'
oom='Container checkout was OOMKilled: memory limit 512Mi exceeded (exit code 137).'

# payments-api: the same root cause five times, under three different alertnames.
episode payments-api PaymentsDBPoolSaturated 40 2 "$pool"
episode payments-api HighRequestLatency 31 1 "p99 latency 4.2s; logs show: $pool"
episode payments-api PaymentsDBPoolSaturated 22 3 "$pool"
episode payments-api CheckoutErrorBudgetBurn 12 2 "5xx ratio 7%; payments-api logs: $pool"
episode payments-api HighRequestLatency 3 1 "p99 latency 3.8s; logs show: $pool"
# checkout: out of memory three times.
episode checkout KubePodCrashLooping 35 4 "Pod checkout-6b8f9d7c44-x9kqd restarted 5 times: OOMKilled (exit code 137)."
episode checkout ContainerMemoryNearLimit 20 1 "$oom"
episode checkout KubePodCrashLooping 6 2 "Pod checkout-6b8f9d7c44-q2lzp restarted 4 times: OOMKilled (exit code 137)."
# search-indexer: the disk filled up twice.
episode search-indexer NodeFilesystemAlmostOutOfSpace 28 6 "Filesystem /var/lib/elasticsearch has only 3% available space left."
episode search-indexer ElasticsearchDiskWatermark 9 5 "flood stage disk watermark [95%] exceeded on node es-2, all indices on this node will be marked read-only"
# orders-api: upstream timeouts three times; auth: a certificate once.
episode orders-api UpstreamErrors 18 1 "upstream request timeout from inventory service (504 Gateway Timeout)."
episode orders-api UpstreamErrors 10 1 "upstream request timeout from inventory service (504 Gateway Timeout)."
episode orders-api UpstreamErrors 2 1 "upstream request timeout from inventory service (504 Gateway Timeout)."
episode auth SSLCertExpiringSoon 25 30 "The TLS certificate for auth.example.com expires in 6 days."

# A fix declared for the pool 15 days ago; the incident 12 days ago broke it (a regression).
# A second run finds the fix already there and declares nothing.
if ! curl -fsS "$url/api/v1/fixes" | grep -q '"ref":"PM-1042"'; then
    curl -fsS -o /dev/null -XPOST -H 'Content-Type: application/json' "$url/api/v1/fixes" \
        --data-binary "{\"service\":\"payments-api\",\"signature\":\"connection_pool_exhaustion\",\"ref\":\"PM-1042\",\"at\":\"$(at 15)\",\"note\":\"pool size 10 → 40\"}"
fi

echo "posted 14 episodes of 5 services over six weeks to $url"
echo "  landing page:  $url/"
echo "  recurrences:   curl -s '$url/api/v1/recurrences?window=90d'"
echo "  metrics:       curl -s $url/metrics | grep 'recurrence_incidents_total{'"
