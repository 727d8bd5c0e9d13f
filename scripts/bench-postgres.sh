#!/usr/bin/env bash
# PostgreSQL benchmark (issue 18, BENCHMARKS.md): durable new episodes per second for one and
# two daemon replicas on one throwaway PostgreSQL cluster, against a bare batch insert of the
# same rows (benches/store.rs pginsert: synchronous_commit=on, batches as large as the
# replica's group commits were), all in one run; repeats on a replica against the parse
# ceiling (benches/ceiling_server.rs parse).
#
# Workloads (wrk, 32 connections in all): new-50 (50 never-seen alerts per request) and
# repeat-50. Two replicas get 16 connections each, from two wrk processes sending different
# alerts. Environment: BENCH_DURATION (10), BENCH_ROUNDS (3), BENCH_TMP (/var/tmp),
# BENCH_DAEMON, BENCH_STORE, BENCH_CEILING (prebuilt binaries; else built). Loopback only.
set -euo pipefail
cd "$(dirname "$0")/.."

DURATION=${BENCH_DURATION:-10}
ROUNDS=${BENCH_ROUNDS:-3}
PORTS=(39881 39882)
command -v wrk >/dev/null || apt-get install -y wrk >/dev/null
command -v jq >/dev/null || apt-get install -y jq >/dev/null
compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || apt-get install -y postgresql >/dev/null
PGBIN=$(dirname "$(ls /usr/lib/postgresql/*/bin/initdb | sort -V | tail -1)")

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

WORK=$(mktemp -d "${BENCH_TMP:-/var/tmp}/bench-postgres.XXXXXX")
chmod 777 "$WORK"
PIDS=()
as_postgres() { if [[ $(id -u) -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi; }
cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
    as_postgres "$PGBIN/pg_ctl" -D "$WORK/pg" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$WORK"
}
trap cleanup EXIT

PGPORT=39880
as_postgres "$PGBIN/initdb" -D "$WORK/pg" -A trust -U postgres >/dev/null
as_postgres "$PGBIN/pg_ctl" -D "$WORK/pg" -l "$WORK/pg.log" -w \
    -o "-p $PGPORT -k $WORK -c listen_addresses=127.0.0.1 -c synchronous_commit=on" start >/dev/null
URL="postgres://postgres@127.0.0.1:$PGPORT/recurrence"
fresh_db() {
    as_postgres "$PGBIN/dropdb" -h 127.0.0.1 -p $PGPORT -U postgres --if-exists recurrence
    as_postgres "$PGBIN/createdb" -h 127.0.0.1 -p $PGPORT -U postgres recurrence
}

"$CEILING" bodies "$WORK/bodies" "$(date -u -d yesterday +%Y-%m-%dT%H:%M:%SZ)"

start_replicas() { # count
    PIDS=()
    for i in $(seq 0 $(($1 - 1))); do
        "$DAEMON" --storage.postgres.url="$URL" --web.listen-address="127.0.0.1:${PORTS[$i]}" \
            --log.level=warn 2>>"$WORK/daemon.log" &
        PIDS+=($!)
    done
    for i in $(seq 0 $(($1 - 1))); do
        for _ in $(seq 400); do
            curl -sf -o /dev/null "http://127.0.0.1:${PORTS[$i]}/-/ready" && break
            sleep 0.05
        done
    done
}
stop_all() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; done
    PIDS=()
}
load() { # mode port connections id_base seconds
    BENCH_MODE=$1 BENCH_BODY="$WORK/bodies/$1-50.json" BENCH_ID_BASE=$4 \
        wrk -t2 -c"$3" -d"$5s" --latency -s benches/wrk/ingest.lua "http://127.0.0.1:$2" | grep '^RESULT'
}
field() { sed -n "s/.*\b$1=\([0-9.]*\).*/\1/p" <<<"$2"; }
rate() { awk -v r="$(field requests "$1")" -v d="$(field duration_us "$1")" 'BEGIN {printf "%.0f", r * 50 / (d / 1e6)}'; }
batch_of() {
    curl -sf "http://127.0.0.1:$1/metrics" | awk '
        /^recurrence_store_commit_changes_sum/ {s = $2}
        /^recurrence_store_commit_changes_count/ {c = $2}
        END {if (c > 0) printf "%.0f", s / c; else print 1}'
}

RESULTS="$WORK/results.tsv"
for round in $(seq "$ROUNDS"); do
    # One replica, new episodes.
    fresh_db
    start_replicas 1
    load new ${PORTS[0]} 32 0 2 >/dev/null
    one=$(load new ${PORTS[0]} 32 0 "$DURATION")
    batch=$(batch_of ${PORTS[0]})
    printf 'new-50\tone-replica\t%s\t%s\t%s\n' "$round" "$(rate "$one")" "$batch" | tee -a "$RESULTS" >&2
    # Repeats on the same replica.
    load repeat ${PORTS[0]} 32 0 2 >/dev/null
    rep=$(load repeat ${PORTS[0]} 32 0 "$DURATION")
    printf 'repeat-50\tone-replica\t%s\t%s\t-\n' "$round" "$(rate "$rep")" | tee -a "$RESULTS" >&2
    stop_all
    # The bare ceiling with batches as large as the replica's group commits.
    fresh_db
    out=$("$STORE" pginsert "$URL" "$batch" "$DURATION")
    printf 'new-50\tbare-insert\t%s\t%s\t%s\n' "$round" "$(field rows_per_s "$out")" "$batch" | tee -a "$RESULTS" >&2
    # Two replicas, each with half the connections and its own alerts.
    fresh_db
    start_replicas 2
    load new ${PORTS[0]} 16 0 2 >/dev/null
    load new ${PORTS[0]} 16 100 "$DURATION" >"$WORK/a" &
    a=$!
    load new ${PORTS[1]} 16 200 "$DURATION" >"$WORK/b"
    wait $a
    total=$(($(rate "$(cat "$WORK/a")") + $(rate "$(cat "$WORK/b")")))
    printf 'new-50\ttwo-replicas\t%s\t%s\t%s\n' "$round" "$total" "$(batch_of ${PORTS[0]})" | tee -a "$RESULTS" >&2
    load repeat ${PORTS[1]} 32 0 2 >/dev/null
    rep=$(load repeat ${PORTS[1]} 32 0 "$DURATION")
    printf 'repeat-50\tsecond-replica\t%s\t%s\t-\n' "$round" "$(rate "$rep")" | tee -a "$RESULTS" >&2
    stop_all
    # The parse ceiling for repeats.
    "$CEILING" serve parse "127.0.0.1:${PORTS[0]}" 2>/dev/null &
    PIDS=($!)
    sleep 0.5
    load repeat ${PORTS[0]} 32 0 2 >/dev/null
    parse=$(load repeat ${PORTS[0]} 32 0 "$DURATION")
    printf 'repeat-50\tparse-ceiling\t%s\t%s\t-\n' "$round" "$(rate "$parse")" | tee -a "$RESULTS" >&2
    stop_all
done

echo
echo "## medians over $ROUNDS rounds (alerts/s; batch = mean changes per commit)"
awk -F'\t' '
    {key = $1 " " $2; n[key]++; v[key, n[key]] = $4; b[key] = $5; if (!(key in seen)) {seen[key] = 1; order[++k] = key}}
    function median(key,   i, j, a, m, t) {
        m = n[key]; for (i = 1; i <= m; i++) a[i] = v[key, i]
        for (i = 1; i <= m; i++) for (j = i + 1; j <= m; j++) if (a[j] + 0 < a[i] + 0) {t = a[i]; a[i] = a[j]; a[j] = t}
        return a[int((m + 1) / 2)]
    }
    END {
        for (i = 1; i <= k; i++) printf "%-28s %10s  batch %s\n", order[i], median(order[i]), b[order[i]]
        printf "one replica / bare insert:      %.2f (target >= 0.8)\n", median("new-50 one-replica") / median("new-50 bare-insert")
        printf "two replicas / one replica:     %.2f (target >= 1.0)\n", median("new-50 two-replicas") / median("new-50 one-replica")
        printf "repeats, replica / parse:       %.2f\n", median("repeat-50 one-replica") / median("repeat-50 parse-ceiling")
        printf "repeats, second replica / parse: %.2f\n", median("repeat-50 second-replica") / median("repeat-50 parse-ceiling")
    }' "$RESULTS"
if [[ -s "$WORK/daemon.log" ]]; then
    echo
    echo "## daemon warnings"
    sort "$WORK/daemon.log" | uniq -c | sort -rn | head
fi
