#!/usr/bin/env python3
"""Figures for issue 16 (hostile load) against one release binary, loopback only, bounded in
count and time (about a minute in all). Attackers connect from 127.0.0.2.

    python3 scripts/hostile-figures.py target/release/recurrence-exporter [MIXED_SECONDS]

Prints one line per case: what an attacker or an unlucky operator did, and what came of it.
Run it against an older binary to get the "before" figures.
"""
import base64
import crypt  # noqa: deprecated, but libxcrypt's bcrypt is what we need and it is there
import json
import os
import resource
import shutil
import socket
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request

BIN = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "target/release/recurrence-exporter")
MIXED_SECONDS = int(sys.argv[2]) if len(sys.argv) > 2 else 20


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


def ts(t):
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(t))


class Daemon:
    def __init__(self, config="", web=None, nofile=None, storage=None):
        self.dir = tempfile.mkdtemp(prefix="hostile-")
        self.storage = storage or os.path.join(self.dir, "data")
        self.port = free_port()
        args = [BIN, f"--web.listen-address=127.0.0.1:{self.port}", f"--storage.path={self.storage}"]
        with open(os.path.join(self.dir, "config.yml"), "w") as f:
            f.write(config)
        args.append(f"--config.file={os.path.join(self.dir, 'config.yml')}")
        if web:
            with open(os.path.join(self.dir, "web.yml"), "w") as f:
                f.write(web)
            args.append(f"--web.config.file={os.path.join(self.dir, 'web.yml')}")

        def limit():
            if nofile:
                resource.setrlimit(resource.RLIMIT_NOFILE, (nofile, nofile))

        self.proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, preexec_fn=limit)
        self.url = f"http://127.0.0.1:{self.port}"
        deadline = time.time() + 20
        while time.time() < deadline:
            if self.get("/-/ready", timeout=1)[0] == 200:
                break
            time.sleep(0.1)

    def request(self, method, path, body=None, headers=None, timeout=10):
        req = urllib.request.Request(self.url + path, data=body, method=method, headers=headers or {})
        if body is not None:
            req.add_header("Content-Type", "application/json")
        try:
            with urllib.request.urlopen(req, timeout=timeout) as r:
                return r.status, r.read().decode()
        except urllib.error.HTTPError as e:
            return e.code, e.read().decode()
        except Exception as e:  # timeouts, resets
            return 0, str(e)

    def get(self, path, **kw):
        return self.request("GET", path, **kw)

    def post(self, doc, **kw):
        return self.request("POST", "/webhook/alertmanager", json.dumps(doc).encode(), **kw)

    def rss_mb(self, field="VmRSS"):
        with open(f"/proc/{self.proc.pid}/status") as f:
            for line in f:
                if line.startswith(field):
                    return int(line.split()[1]) // 1024
        return -1

    def metric(self, series, headers=None):
        _, text = self.get("/metrics", headers=headers)
        for line in text.splitlines():
            if line.startswith(series + " "):
                return float(line.split()[-1])
        return None

    def stop(self):
        self.proc.kill()
        self.proc.wait()
        shutil.rmtree(self.dir, ignore_errors=True)


def alert(labels, start, fingerprint=""):
    return {"status": "firing", "labels": labels, "annotations": {}, "startsAt": ts(start),
            "endsAt": "0001-01-01T00:00:00Z", "generatorURL": "", "fingerprint": fingerprint}


def webhook(alerts):
    return {"version": "4", "status": "firing", "receiver": "r", "groupLabels": {}, "commonLabels": {},
            "commonAnnotations": {}, "externalURL": "", "groupKey": "{}", "truncatedAlerts": 0, "alerts": alerts}


def attacker():
    s = socket.socket()
    s.settimeout(2)
    s.bind(("127.0.0.2", 0))
    return s


def store_mb(d):
    total = 0
    for root, _, files in os.walk(d.storage):
        total += sum(os.path.getsize(os.path.join(root, f)) for f in files)
    return total / 1e6


now = time.time()
lines = []

# 1. 5 posts of a 3.9 MB fingerprint on one pair.
d = Daemon()
codes = [d.post(webhook([alert({"alertname": "PoolA", "service": "pay"}, now - 600 - i, "F" * 3_900_000)]))[0] for i in range(5)]
lines.append(f"1 huge fingerprint x5: codes {sorted(set(codes))}, store {store_mb(d):.1f} MB, RSS {d.rss_mb()} MB")
d.stop()

# 2. 10 alerts with 150,000 labels each, then the incident API.
d = Daemon()
labels = {f"l{i}": "v" for i in range(150_000)}
labels.update({"alertname": "Wide", "service": "pay"})
codes = [d.post(webhook([alert(labels, now - 600 - i)]))[0] for i in range(10)]
_, listing = d.get("/api/v1/incidents")
size = 0
try:
    ids = [i["id"] for i in json.loads(listing)["data"]]
    if ids:
        size = len(d.get(f"/api/v1/incidents/{ids[0]}", timeout=60)[1])
except Exception:
    pass
lines.append(f"2 150k labels x10: codes {sorted(set(codes))}, detail answer {size / 1e6:.1f} MB, RSS {d.rss_mb()} MB")
d.stop()


# 3. Read paths at scale: readers of /metrics, / and the API on a store of 100,000 pairs and
# 1,000,000 episodes, while a sender repeats a known alert every 20 ms. A repeat is answered
# after one look-up under the tracker lock, so its latency shows how long readers hold that
# lock. The store is made once with `store generate DIR 1000000 100000` (benches/store.rs,
# about 75 s) and named by HOSTILE_BIG_STORE; each run works on a copy.
def drain(port, path, timeout=120):
    """GETs `path`, reading and discarding the answer; returns (status, bytes, seconds)."""
    t0 = time.time()
    try:
        s = socket.create_connection(("127.0.0.1", port), timeout=timeout)
        s.sendall(f"GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n".encode())
        head, n, status = b"", 0, 0
        while True:
            chunk = s.recv(65536)
            if not chunk:
                break
            if not status:
                head += chunk
                if b" " in head:
                    status = int(head.split(b" ")[1])
            n += len(chunk)
        s.close()
        return status, n, time.time() - t0
    except OSError:
        return 0, 0, time.time() - t0


def percentile(values, p):
    values = sorted(values)
    return values[min(len(values) - 1, len(values) * p // 100)] if values else float("nan")


big = os.environ.get("HOSTILE_BIG_STORE")
if not big:
    lines.append("3 read paths at scale: skipped (HOSTILE_BIG_STORE names a store made by `store generate DIR 1000000 100000`)")
else:
    copy = tempfile.mkdtemp(prefix="hostile-big-", dir=os.path.dirname(os.path.abspath(big)))
    shutil.rmtree(copy)
    shutil.copytree(big, copy)
    t0 = time.time()
    d = Daemon(storage=copy)
    deadline = time.time() + 120
    while d.get("/-/ready", timeout=2)[0] != 200 and time.time() < deadline:
        time.sleep(0.2)
    ready_s = time.time() - t0
    rss_ready = d.rss_mb()
    repeat = webhook([alert({"alertname": "Repeat", "service": "repeat"}, now - 60, "repeat-1")])
    d.post(repeat)

    def reset_peak():
        # VmHWM back to the current RSS (proc(5)), so the next peak is the next phase's alone.
        with open(f"/proc/{d.proc.pid}/clear_refs", "w") as f:
            f.write("5")

    reset_peak()
    status, size, single = drain(d.port, "/metrics")
    peak_one = d.rss_mb("VmHWM")
    reset_peak()
    until = time.time() + 20
    reads = {"/metrics": [], "/": [], "/api/v1/recurrences?limit=10000": [], "/api/v1/incidents?limit=10000": []}
    readers_of = {"/metrics": 4, "/": 4, "/api/v1/recurrences?limit=10000": 2, "/api/v1/incidents?limit=10000": 2}

    def reader(path):
        while time.time() < until:
            reads[path].append(drain(d.port, path))

    threads = [threading.Thread(target=reader, args=(p,)) for p, n in readers_of.items() for _ in range(n)]
    for t in threads:
        t.start()
    repeats, probes = [], []
    while time.time() < until:
        t1 = time.time()
        code = d.post(repeat, timeout=30)[0]
        repeats.append((code, time.time() - t1))
        t1 = time.time()
        code = d.get("/-/healthy", timeout=30)[0]
        probes.append((code, time.time() - t1))
        time.sleep(0.02)
    for t in threads:
        t.join()
    peak = d.rss_mb("VmHWM")
    lat = [t for _, t in repeats]
    done = ", ".join(f"{p.split('?')[0]} {len([r for r in v if r[0] == 200])}" for p, v in reads.items())
    lines.append(
        f"3 100k pairs, 1M episodes: ready {ready_s:.1f} s, RSS {rss_ready} MB; one /metrics {size / 1e6:.1f} MB in {single:.2f} s, peak RSS {peak_one} MB; "
        f"20 s of 12 readers ({done} answered): repeat webhook p50 {percentile(lat, 50) * 1000:.0f} ms p99 {percentile(lat, 99) * 1000:.0f} ms max {max(lat) * 1000:.0f} ms "
        f"({len([c for c, _ in repeats if c != 200])} of {len(repeats)} not 200), /-/healthy p99 {percentile([t for _, t in probes], 99) * 1000:.0f} ms, peak RSS {peak} MB"
    )
    d.stop()
    shutil.rmtree(copy, ignore_errors=True)
    if os.environ.get("HOSTILE_ONLY") == "3":
        print("\n".join(lines))
        sys.exit(0)

# 4. 300 connections trickling bodies; time until a legitimate webhook gets 200.
d = Daemon()
socks = []
for _ in range(300):
    try:
        s = attacker()
        s.connect(("127.0.0.1", d.port))
        s.sendall(b"POST /webhook/alertmanager HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100000\r\n\r\n{")
        socks.append(s)
    except OSError:
        break
stop = threading.Event()


def trickle():
    while not stop.is_set():
        for s in socks:
            try:
                s.send(b" ")
            except OSError:
                pass
        time.sleep(1)


threading.Thread(target=trickle, daemon=True).start()
time.sleep(1)
t0, first_ok, codes = time.time(), None, []
while time.time() - t0 < 10:
    code, _ = d.post(webhook([alert({"alertname": "Legit", "service": "co"}, now - 60)]), timeout=5)
    codes.append(code)
    if code == 200:
        first_ok = time.time() - t0
        break
    time.sleep(0.5)
stop.set()
for s in socks:
    s.close()
lines.append(f"4 300 slow bodies: legit webhook 200 after {'%.2f s' % first_ok if first_ok is not None else 'never (10 s)'}, codes {sorted(set(codes))}")
d.stop()

# 5. RLIMIT_NOFILE=256 and 250 half-sent heads: /-/healthy.
d = Daemon(nofile=256)
socks = []
for _ in range(250):
    try:
        s = attacker()
        s.connect(("127.0.0.1", d.port))
        s.sendall(b"GET /metrics HTTP/1.1\r\nHost: x\r\n")
        socks.append(s)
    except OSError:
        break
time.sleep(1)
lat = []
for _ in range(10):
    t0 = time.time()
    code, _ = d.get("/-/healthy", timeout=3)
    lat.append((code, time.time() - t0))
ok = [t for c, t in lat if c == 200]
lines.append(f"5 250 half-sent heads, nofile 256: /-/healthy {len(ok)}/10 answered, worst {max(t for _, t in lat):.2f} s")
for s in socks:
    s.close()
d.stop()

# 6. 400 wrong passwords (bcrypt cost 10) from 127.0.0.2; a correct login from 127.0.0.1.
hashed = crypt.crypt("right", crypt.mksalt(crypt.METHOD_BLOWFISH, rounds=1 << 10))
d = Daemon(web=f"basic_auth_users:\n  ops: '{hashed}'\n")


def wrong(i):
    try:
        s = attacker()
        s.settimeout(30)
        s.connect(("127.0.0.1", d.port))
        cred = base64.b64encode(f"ops:wrong{i}".encode()).decode()
        s.sendall(f"GET /metrics HTTP/1.1\r\nHost: x\r\nConnection: close\r\nAuthorization: Basic {cred}\r\n\r\n".encode())
        s.recv(100)
        s.close()
    except OSError:
        pass


threads = [threading.Thread(target=wrong, args=(i,), daemon=True) for i in range(400)]
for t in threads:
    t.start()
time.sleep(0.5)
good = {"Authorization": "Basic " + base64.b64encode(b"ops:right").decode()}
t0 = time.time()
code, _ = d.get("/metrics", headers=good, timeout=10)
lines.append(f"6 400 wrong passwords: correct login {code} after {time.time() - t0:.2f} s")
d.stop()

# 7. A body shorter than its Content-Length, the client gone.
d = Daemon()
s = socket.create_connection(("127.0.0.1", d.port))
s.sendall(b"POST /webhook/alertmanager HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"alerts\":")
s.shutdown(socket.SHUT_WR)
answer = s.recv(100).split(b"\r\n")[0].decode()
s.close()
reasons = {r: d.metric(f'recurrence_rejected_documents_total{{source="alertmanager",reason="{r}"}}') for r in ("too_large", "aborted")}
lines.append(f"7 aborted body: {answer!r}, counted {reasons}")
d.stop()

# 8. One document with 1,200 new pairs (budget 1,000 a minute), retried 5 times.
d = Daemon()
doc = webhook([alert({"alertname": f"N{i}", "service": f"s{i}"}, now - 60) for i in range(1200)])
codes = [d.post(doc)[0] for _ in range(5)]
lines.append(f"8 1,200 new pairs in one document: codes of 5 tries {codes}")
d.stop()

# 9. rm -rf of the storage directory; then a new alert and /-/ready.
d = Daemon()
d.post(webhook([alert({"alertname": "Before", "service": "co"}, now - 60)]))
shutil.rmtree(d.storage)
code, _ = d.post(webhook([alert({"alertname": "After", "service": "co"}, now - 30)]))
time.sleep(2)
ready, _ = d.get("/-/ready")
lines.append(f"9 storage deleted: new alert {code}, /-/ready {ready} after 2 s")
d.stop()

# 10. A second daemon, and an offline import, on a running daemon's store.
d = Daemon()
port2 = free_port()
p = subprocess.Popen([BIN, f"--web.listen-address=127.0.0.1:{port2}", f"--storage.path={d.storage}"],
                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
time.sleep(2)
second = "running" if p.poll() is None else f"exited {p.returncode}"
p.kill()
p.wait()
lines_file = os.path.join(d.dir, "in.jsonl")
with open(lines_file, "w") as f:
    f.write(json.dumps(webhook([alert({"alertname": "Imported", "service": "co"}, now - 60)])) + "\n")
r = subprocess.run([BIN, f"--storage.path={d.storage}", "import", lines_file], capture_output=True)
lines.append(f"10 second daemon: {second}; offline import exit {r.returncode}")
d.stop()

# Mixed abuse, all at once: slow bodies, half-sent heads, wrong passwords, a sender inventing
# pairs, huge documents and landing-page readers from 127.0.0.2; a prober and a legitimate
# sender (retrying until 200) from 127.0.0.1.
hashed = crypt.crypt("right", crypt.mksalt(crypt.METHOD_BLOWFISH, rounds=1 << 10))
d = Daemon(web=f"basic_auth_users:\n  ops: '{hashed}'\n")
good = "Basic " + base64.b64encode(b"ops:right").decode()
until = time.time() + MIXED_SECONDS
huge = [json.dumps(webhook([alert({"alertname": "Huge", "service": "huge"}, now - 600 - i, "F" * 3_900_000)])).encode() for i in range(4)]
wide_labels = {f"l{i}": "v" for i in range(150_000)}
wide_labels.update({"alertname": "Wide", "service": "wide"})
wide = json.dumps(webhook([alert(wide_labels, now - 600)])).encode()


def raw(method, path, body=b"", auth=good, read=True):
    try:
        s = attacker()
        s.settimeout(30)
        s.connect(("127.0.0.1", d.port))
        s.sendall(f"{method} {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\nAuthorization: {auth}\r\nContent-Type: application/json\r\nContent-Length: {len(body)}\r\n\r\n".encode() + body)
        while read and s.recv(65536):
            pass
        s.close()
    except OSError:
        pass


def slow(head):
    while time.time() < until:
        try:
            s = attacker()
            s.connect(("127.0.0.1", d.port))
            s.sendall(head)
            while time.time() < until:
                s.send(b" ")
                time.sleep(1)
        except OSError:
            time.sleep(0.2)


def loop(fn):
    def run():
        n = 0
        while time.time() < until:
            fn(n)
            n += 1
    return run


body_head = f"POST /webhook/alertmanager HTTP/1.1\r\nHost: x\r\nAuthorization: {good}\r\nContent-Length: 100000\r\n\r\n{{".encode()
workers = [threading.Thread(target=slow, args=(body_head,), daemon=True) for _ in range(50)]
workers += [threading.Thread(target=slow, args=(b"GET / HTTP/1.1\r\nHost: x\r\n",), daemon=True) for _ in range(50)]
workers += [threading.Thread(target=loop(lambda n, i=i: raw("GET", "/metrics", auth="Basic " + base64.b64encode(f"ops:w{i}-{n}".encode()).decode())), daemon=True) for i in range(8)]
workers += [threading.Thread(target=loop(lambda n: raw("GET", "/")), daemon=True) for _ in range(4)]
workers.append(threading.Thread(target=loop(lambda n: raw("POST", "/webhook/alertmanager", json.dumps(webhook([alert({"alertname": f"I{n}x{i}", "service": "invented"}, now - 60) for i in range(50)])).encode())), daemon=True))
workers.append(threading.Thread(target=loop(lambda n: (raw("POST", "/webhook/alertmanager", huge[n % 4]), raw("POST", "/webhook/alertmanager", wide))), daemon=True))
for w in workers:
    w.start()
probes, acknowledged, retries, lost_time = [], [], 0, 0.0
n = 0
next_probe = time.time()
while time.time() < until:
    t0 = time.time()
    code, _ = d.get("/-/healthy", timeout=5)
    probes.append((code, time.time() - t0))
    fingerprint = f"legit-{n}"
    doc = webhook([alert({"alertname": "Legit", "service": "legit"}, now - 60, fingerprint)])
    t1 = time.time()
    while time.time() - t1 < 30:
        code, _ = d.post(doc, headers={"Authorization": good}, timeout=10)
        if code == 200:
            acknowledged.append(fingerprint)
            break
        retries += 1
        time.sleep(0.2)
    n += 1
    time.sleep(0.05)
for w in workers:
    w.join(timeout=35)
times = sorted(t for _, t in probes)
p99 = times[min(len(times) - 1, len(times) * 99 // 100)]
peak = d.rss_mb("VmHWM")
db = sqlite3.connect(os.path.join(d.storage, "recurrence.db"))
stored = {r[0] for r in db.execute("SELECT fingerprint FROM episodes WHERE service = 'legit'")}
lost = [f for f in acknowledged if f not in stored]
lines.append(f"mixed abuse {MIXED_SECONDS}s: /-/healthy p99 {p99 * 1000:.0f} ms over {len(times)} probes ({sum(1 for c, _ in probes if c != 200)} failed); "
             f"{len(acknowledged)}/{n} legitimate webhooks acknowledged after {retries} retries, {len(lost)} lost; peak RSS {peak} MB")
d.stop()

print("\n".join(lines))
