#!/usr/bin/env python3
"""Memory per episode, for the README's sizing (issue 16): RSS once ready of a release binary on
three stores made through its own schema: empty; N episodes over 1,000 pairs that ended two
days ago (inside the window, no key kept); the same N episodes still open (16-hex-digit
fingerprints, seen now, so each keeps its key). Loopback only; stores under /var/tmp.

    python3 scripts/sizing.py target/release/recurrence-exporter [N]
"""
import os, shutil, socket, sqlite3, subprocess, sys, tempfile, time, urllib.request

BIN = os.path.abspath(sys.argv[1])
N = int(sys.argv[2]) if len(sys.argv) > 2 else 500_000
PAIRS = 1000

def free_port():
    s = socket.socket(); s.bind(("127.0.0.1", 0)); p = s.getsockname()[1]; s.close(); return p

def run(storage, wait_ready=True):
    port = free_port()
    p = subprocess.Popen([BIN, f"--web.listen-address=127.0.0.1:{port}", f"--storage.path={storage}"],
                         stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    t0 = time.time()
    while time.time() - t0 < 300:
        try:
            if urllib.request.urlopen(f"http://127.0.0.1:{port}/-/ready", timeout=2).status == 200:
                break
        except Exception:
            pass
        time.sleep(0.2)
    ready = time.time() - t0
    time.sleep(4)  # quick_check after ready
    rss = int([l for l in open(f"/proc/{p.pid}/status") if l.startswith("VmRSS")][0].split()[1])
    p.terminate(); p.wait()
    return rss / 1024, ready

def make(dir, open_):
    storage = os.path.join(dir, "open" if open_ else "closed")
    run(storage)  # schema
    db = sqlite3.connect(os.path.join(storage, "recurrence.db"))
    now = int(time.time() * 1000)
    end = "NULL" if open_ else "s + 600000"
    closed_by = "NULL" if open_ else "'resolved'"
    seen = f"{now}" if open_ else "s + 600000"
    db.execute("PRAGMA synchronous=OFF")
    db.execute(f"""WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < {N} - 1)
      INSERT INTO episodes (source, fingerprint, starts_at, ends_at, last_seen, closed_by, service, signature, rule, alertname, labels, annotations)
      SELECT 'alertmanager', printf('%016x', i * 2654435761), s, {end}, {seen}, {closed_by},
             printf('svc-%04d', (i % {PAIRS}) / 20), printf('sig-%02d', (i % {PAIRS}) % 20), 'test', 'Alert', '{{}}', '{{}}'
      FROM (SELECT i, {now} - 3 * 86400000 + i AS s FROM n)""")
    db.commit(); db.close()
    return storage

d = tempfile.mkdtemp(prefix="sizing-", dir="/var/tmp")
empty, _ = run(os.path.join(d, "empty"))
o = make(d, True); c = make(d, False)
ro, to = run(o); rc, tc = run(c)
print(f"{N} episodes over {PAIRS} pairs: empty {empty:.1f} MiB; open {ro:.1f} MiB (ready {to:.1f} s); "
      f"closed 2 days ago {rc:.1f} MiB (ready {tc:.1f} s); per open episode's key {(ro - rc) * 1048576 / N:.0f} B; "
      f"per closed episode in window {(rc - empty) * 1048576 / N:.0f} B (pairs included)")
shutil.rmtree(d)
