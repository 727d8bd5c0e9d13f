-- wrk script of scripts/bench-ingest.sh: POSTs Alertmanager webhook documents.
--
-- BENCH_BODY names a JSON document. BENCH_MODE=repeat sends it unchanged on every request
-- (Alertmanager re-sending the same firing alerts); BENCH_MODE=new fills every "@@FP@@" slot
-- with a fingerprint never sent before (thread id + counter), so every alert of every request
-- is a new episode. done() prints one machine-readable RESULT line.

local mode = os.getenv("BENCH_MODE") or "repeat"
local path = assert(os.getenv("BENCH_BODY"), "BENCH_BODY is not set")
local file = assert(io.open(path, "rb"))
local body = file:read("*a")
file:close()

wrk.method = "POST"
wrk.path = "/webhook/alertmanager"
wrk.headers["Content-Type"] = "application/json"

local threads = {}
local next_id = 0

function setup(thread)
  next_id = next_id + 1
  -- BENCH_ID_BASE keeps two wrk processes (one per replica) from sending the same alerts.
  thread:set("tid", next_id + (tonumber(os.getenv("BENCH_ID_BASE")) or 0))
  table.insert(threads, thread)
end

local pieces = {}
local counter = 0

function init(args)
  if mode == "repeat" then
    wrk.body = body
    return
  end
  local start = 1
  while true do
    local i, j = string.find(body, "@@FP@@", start, true)
    if not i then break end
    table.insert(pieces, string.sub(body, start, i - 1))
    start = j + 1
  end
  table.insert(pieces, string.sub(body, start))
end

if mode ~= "repeat" then
  function request()
    local parts = {}
    for k = 1, #pieces - 1 do
      counter = counter + 1
      parts[#parts + 1] = pieces[k]
      parts[#parts + 1] = string.format("%04x%06x%06x", tid, math.floor(counter / 16777216), counter % 16777216)
    end
    parts[#parts + 1] = pieces[#pieces]
    return wrk.format(nil, nil, nil, table.concat(parts))
  end
end

function done(summary, latency, requests)
  local e = summary.errors
  io.write(string.format(
    "RESULT requests=%d duration_us=%d non2xx=%d socket_errors=%d p50_us=%d p99_us=%d\n",
    summary.requests, summary.duration, e.status, e.connect + e.read + e.write + e.timeout,
    latency:percentile(50), latency:percentile(99)))
end
