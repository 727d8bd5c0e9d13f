#!/usr/bin/env bash
# OTLP export overhead: the daemon with and without OTLP (metrics every 1s + traces to a real
# receiver decoding the wire format), new-50 and repeat-50, wrk 32 connections, alternating.
set -euo pipefail
cd "$(dirname "$0")/.."
DAEMON=${BENCH_DAEMON:-target/release/recurrence-exporter}
CEILING=${BENCH_CEILING:?set BENCH_CEILING to the ceiling_server bench binary (cargo bench --no-run --bench ceiling_server)}
W=$(mktemp -d /var/tmp/otelbench.XXXX)
"$CEILING" bodies "$W/bodies" "$(date -u -d yesterday +%Y-%m-%dT%H:%M:%SZ)"
python3 tests/otlp_receiver.py --port 39419 --out "$W/otlp.jsonl" >/dev/null 2>&1 &
RX=$!
printf 'otlp:\n  endpoint: http://127.0.0.1:39419\n  interval: 1s\n' > "$W/otlp.yml"
printf '' > "$W/plain.yml"
for round in 1 2; do
  for mode in plain otlp; do
    for wl in new repeat; do
      rm -rf "$W/store"
      "$DAEMON" --storage.path="$W/store" --web.listen-address=127.0.0.1:39877 --config.file="$W/$mode.yml" --log.level=warn 2>>"$W/d.log" &
      P=$!
      for _ in $(seq 200); do curl -sf -o /dev/null --data-binary @"$W/bodies/repeat-1.json" http://127.0.0.1:39877/webhook/alertmanager && break; sleep 0.05; done
      out=$(BENCH_MODE=$wl BENCH_BODY="$W/bodies/$wl-50.json" wrk -t2 -c32 -d8s --latency -s benches/wrk/ingest.lua http://127.0.0.1:39877/ 2>&1)
      rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}'); p99=$(echo "$out" | awk '$1=="99%" {print $2}')
      echo "round $round $mode $wl-50: req/s $rps (alerts/s $(python3 -c "print(round(float('$rps')*50))")) p99 $p99"
      kill $P; wait $P 2>/dev/null || true
    done
  done
done
echo "otlp requests received: $(wc -l < "$W/otlp.jsonl")"
kill $RX; rm -rf "$W"
