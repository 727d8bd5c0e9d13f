#!/usr/bin/env bash
# End-to-end ingest benchmark (issue 9, BENCHMARKS.md): the daemon against its ceilings, in
# one run on one machine, alternating so that noise hits all of them alike.
#
#   ceiling  benches/ceiling_server.rs discard: hyper 1 reads the body and drops it
#   parse    benches/ceiling_server.rs parse: the same, plus serde_json into typed structs
#   daemon   the release binary with its real store on local disk (fresh for every run)
#   sqlite   benches/store.rs insert: bare SQLite, WAL + synchronous=FULL, the daemon's insert
#            statement and schema, batches as large as the daemon's group commits were
#
# Workloads, 32 connections each: repeat-50 (the same 50 firing alerts again and again),
# new-50 (50 never-seen alerts per request), repeat-1 and new-1.
#
# Environment: BENCH_DURATION seconds per run (10), BENCH_ROUNDS (3), BENCH_TMP (/var/tmp;
# must be on the disk you want to measure), BENCH_WORKLOADS, BENCH_WRK_THREADS (2),
# CARGO_TARGET_DIR. Only 127.0.0.1 is used; every load run is bounded by BENCH_DURATION.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${BENCH_DURATION:-10}
ROUNDS=${BENCH_ROUNDS:-3}
WARMUP=${BENCH_WARMUP:-2}
CONNECTIONS=32
THREADS=${BENCH_WRK_THREADS:-2}
WORKLOADS=${BENCH_WORKLOADS:-"repeat-50 new-50 repeat-1 new-1"}
PORT=${BENCH_PORT:-39877}
TICKS=$(getconf CLK_TCK)

if ! command -v wrk >/dev/null; then
    apt-get install -y wrk >/dev/null 2>&1 || sudo apt-get install -y wrk >/dev/null
fi
for tool in curl jq; do
    command -v "$tool" >/dev/null || apt-get install -y "$tool" >/dev/null
done

# BENCH_DAEMON, BENCH_CEILING and BENCH_STORE name prebuilt binaries; otherwise they are built.
if [[ -z ${BENCH_DAEMON:-} ]]; then
    echo "building (release)..." >&2
    cargo build --release --locked --bin recurrence-exporter >&2
    executables=$(cargo bench --locked --no-run --bench ceiling_server --bench store \
        --message-format=json 2>/dev/null |
        jq -r 'select(.executable != null) | "\(.target.name) \(.executable)"')
fi
CEILING=${BENCH_CEILING:-$(awk '$1 == "ceiling_server" {print $2}' <<<"$executables")}
STORE=${BENCH_STORE:-$(awk '$1 == "store" {print $2}' <<<"$executables")}
DAEMON=${BENCH_DAEMON:-${CARGO_TARGET_DIR:-target}/release/recurrence-exporter}

WORK=$(mktemp -d "${BENCH_TMP:-/var/tmp}/bench-ingest.XXXXXX")
SERVER_PID=
cleanup() {
    if [[ -n "$SERVER_PID" ]]; then kill "$SERVER_PID" 2>/dev/null || true; fi
    rm -rf "$WORK"
}
trap cleanup EXIT

# Alerts start yesterday, so they fall in every window and nothing is stale.
"$CEILING" bodies "$WORK/bodies" "$(date -u -d yesterday +%Y-%m-%dT%H:%M:%SZ)"

cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
peak_rss_kib() { awk '/^VmHWM/ {print $2}' "/proc/$1/status"; }

start_server() { # kind
    local kind=$1
    case $kind in
        ceiling) "$CEILING" serve discard "127.0.0.1:$PORT" 2>/dev/null & ;;
        parse) "$CEILING" serve parse "127.0.0.1:$PORT" 2>/dev/null & ;;
        daemon)
            rm -rf "$WORK/store"
            "$DAEMON" --storage.path="$WORK/store" --web.listen-address="127.0.0.1:$PORT" \
                --log.level=warn 2>>"$WORK/daemon.log" &
            ;;
    esac
    SERVER_PID=$!
    for _ in $(seq 200); do
        if curl -sf -o /dev/null -H 'Content-Type: application/json' \
            --data-binary @"$WORK/bodies/repeat-1.json" \
            "http://127.0.0.1:$PORT/webhook/alertmanager"; then
            return
        fi
        sleep 0.05
    done
    echo "$kind did not start" >&2
    exit 1
}

stop_server() {
    kill "$SERVER_PID"
    wait "$SERVER_PID" 2>/dev/null || true
    SERVER_PID=
}

load() { # workload seconds
    local mode=${1%-*} size=${1#*-}
    BENCH_MODE=$mode BENCH_BODY="$WORK/bodies/$mode-$size.json" \
        wrk -t"$THREADS" -c"$CONNECTIONS" -d"${2}s" --latency -s benches/wrk/ingest.lua \
        "http://127.0.0.1:$PORT" | grep '^RESULT'
}

field() { sed -n "s/.*\b$1=\([0-9.]*\).*/\1/p" <<<"$2"; }

RESULTS="$WORK/results.tsv"
printf 'workload\tkind\tround\talerts_per_s\tp50_ms\tp99_ms\tcpu_pct\tpeak_rss_mib\tnon2xx\tbatch\n' >"$RESULTS"

for workload in $WORKLOADS; do
    size=${workload#*-}
    for round in $(seq "$ROUNDS"); do
        for kind in ceiling parse daemon; do
            start_server "$kind"
            load "$workload" "$WARMUP" >/dev/null
            before=$(cpu_ticks "$SERVER_PID")
            result=$(load "$workload" "$DURATION")
            after=$(cpu_ticks "$SERVER_PID")
            rss=$(peak_rss_kib "$SERVER_PID")
            batch=-
            if [[ $kind == daemon ]]; then
                batch=$(curl -sf "http://127.0.0.1:$PORT/metrics" | awk '
                    /^recurrence_store_commit_changes_sum/ {s = $2}
                    /^recurrence_store_commit_changes_count/ {c = $2}
                    END {if (c > 0) printf "%.0f", s / c; else print "-"}')
            fi
            stop_server
            seconds=$(awk -v d="$(field duration_us "$result")" 'BEGIN {print d / 1e6}')
            awk -v OFS='\t' -v w="$workload" -v k="$kind" -v r="$round" -v size="$size" \
                -v req="$(field requests "$result")" -v s="$seconds" \
                -v p50="$(field p50_us "$result")" -v p99="$(field p99_us "$result")" \
                -v cpu=$((after - before)) -v ticks="$TICKS" -v rss="$rss" \
                -v bad="$(field non2xx "$result")" -v batch="$batch" 'BEGIN {
                    print w, k, r, sprintf("%.0f", req * size / s), p50 / 1000, p99 / 1000,
                        sprintf("%.0f", 100 * cpu / ticks / s), sprintf("%.1f", rss / 1024), bad, batch
                }' >>"$RESULTS"
            tail -1 "$RESULTS" >&2
            # The durable ceiling, right after the daemon's run: bare SQLite inserts in
            # batches as large as the daemon's group commits were.
            if [[ $kind == daemon && $workload == new-* && $batch != - ]]; then
                rm -rf "$WORK/sqlite"
                out=$("$STORE" insert "$WORK/sqlite" "$batch" "$DURATION")
                printf '%s\tsqlite\t%s\t%s\t-\t-\t-\t-\t0\t%s\n' "$workload" "$round" \
                    "$(field rows_per_s "$out")" "$batch" >>"$RESULTS"
                tail -1 "$RESULTS" >&2
            fi
        done
    done
done

echo
echo "## every run"
column -t -s $'\t' "$RESULTS"
echo
echo "## medians over $ROUNDS rounds; ratios are daemon / ceiling"
awk -F'\t' '
    NR == 1 {next}
    {key = $1 SUBSEP $2; n[key]++; v[key, n[key], 4] = $4; v[key, n[key], 5] = $5;
     v[key, n[key], 6] = $6; v[key, n[key], 7] = $7; v[key, n[key], 8] = $8; v[key, n[key], 10] = $10
     if (!($1 in seen)) {seen[$1] = 1; order[++w] = $1}}
    function median(key, col,   i, j, a, m, t) {
        m = n[key]; for (i = 1; i <= m; i++) a[i] = v[key, i, col]
        for (i = 1; i <= m; i++) for (j = i + 1; j <= m; j++) if (a[j] + 0 < a[i] + 0) {t = a[i]; a[i] = a[j]; a[j] = t}
        return a[int((m + 1) / 2)]
    }
    END {
        printf "%-10s %-8s %12s %8s %8s %6s %9s %6s\n", "workload", "kind", "alerts/s", "p50 ms", "p99 ms", "cpu %", "rss MiB", "batch"
        for (i = 1; i <= w; i++) {
            split("ceiling parse daemon sqlite", kinds, " ")
            for (k = 1; k <= 4; k++) {
                key = order[i] SUBSEP kinds[k]; if (!(key in n)) continue
                printf "%-10s %-8s %12s %8s %8s %6s %9s %6s\n", order[i], kinds[k], median(key, 4), median(key, 5), median(key, 6), median(key, 7), median(key, 8), median(key, 10)
            }
            d = order[i] SUBSEP "daemon"; p = order[i] SUBSEP "parse"; c = order[i] SUBSEP "ceiling"; s = order[i] SUBSEP "sqlite"
            printf "  %s: daemon/parse throughput %.2f, daemon/ceiling %.2f, p99 daemon/parse %.2f", order[i],
                median(d, 4) / median(p, 4), median(d, 4) / median(c, 4), median(d, 6) / median(p, 6)
            if (s in n) printf ", daemon/sqlite-insert %.2f", median(d, 4) / median(s, 4)
            printf "\n"
        }
    }' "$RESULTS"
if [[ -s "$WORK/daemon.log" ]]; then
    echo
    echo "## daemon warnings"
    sort "$WORK/daemon.log" | uniq -c | sort -rn | head
fi
