//! Test helpers: an in-process daemon on port 0 with a temporary store, a minimal HTTP
//! client, and child-process guards.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use recurrence_exporter::app::{Application, Settings};
use recurrence_exporter::config::Config;

/// A daemon running inside the test process.
pub struct TestApp {
    pub addr: SocketAddr,
    pub storage: PathBuf,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    task: Option<tokio::task::JoinHandle<()>>,
}

impl TestApp {
    /// Stops the daemon the way SIGTERM does and waits until it has.
    pub async fn stop(mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(task) = self.task.take() {
            task.await.expect("daemon task");
        }
    }

    pub async fn post(&self, path: &str, body: &[u8]) -> Response {
        let addr = self.addr;
        let path = path.to_string();
        let body = body.to_vec();
        tokio::task::spawn_blocking(move || request(addr, "POST", &path, &body))
            .await
            .expect("request task")
    }

    pub async fn get(&self, path: &str) -> Response {
        let addr = self.addr;
        let path = path.to_string();
        tokio::task::spawn_blocking(move || request(addr, "GET", &path, b""))
            .await
            .expect("request task")
    }

    pub async fn get_with(&self, method: &str, path: &str) -> Response {
        let addr = self.addr;
        let path = path.to_string();
        let method = method.to_string();
        tokio::task::spawn_blocking(move || request(addr, &method, &path, b""))
            .await
            .expect("request task")
    }

    /// Waits until `/-/ready` answers 200.
    pub async fn wait_ready(&self) {
        let deadline = Instant::now() + Duration::from_secs(20);
        while self.get("/-/ready").await.status != 200 {
            assert!(Instant::now() < deadline, "daemon never became ready");
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    /// The value of one sample in `/metrics`, e.g. `recurrence_incidents_total{service="a",signature="b"}`.
    pub async fn metric(&self, series: &str) -> Option<f64> {
        sample(&self.get("/metrics").await.body, series)
    }
}

/// Starts a daemon with `config_yaml` on a store in `storage` (created if needed).
pub async fn spawn_app_in(storage: &Path, config_yaml: &str) -> TestApp {
    let config_path = storage.with_extension("yml");
    std::fs::write(&config_path, config_yaml).expect("write config");
    let settings = Settings {
        config: Config::from_yaml(config_yaml).expect("test config is valid"),
        config_path: Some(config_path),
        storage_path: storage.to_path_buf(),
        listen_address: "127.0.0.1:0".into(),
        web_config: None,
    };
    let (addr, stop, task) = launch(settings).await;
    let test_app = TestApp {
        addr,
        storage: storage.to_path_buf(),
        stop: Some(stop),
        task: Some(task),
    };
    test_app.wait_ready().await;
    test_app
}

/// Builds and serves a daemon in this process until the returned sender fires or drops.
pub async fn launch(
    settings: Settings,
) -> (
    SocketAddr,
    tokio::sync::oneshot::Sender<()>,
    tokio::task::JoinHandle<()>,
) {
    let app = Application::build(settings).await.expect("daemon starts");
    let addr = app.local_addr();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let task = tokio::spawn(async move {
        app.run_until(async {
            let _ = stopped.await;
        })
        .await
        .expect("serve");
    });
    (addr, stop, task)
}

/// Starts a daemon on defaults with a fresh temporary store.
pub async fn spawn_app() -> (TestApp, tempfile::TempDir) {
    let dir = tempfile::tempdir().expect("tempdir");
    let app = spawn_app_in(&dir.path().join("data"), "").await;
    (app, dir)
}

/// An HTTP response.
#[derive(Debug)]
pub struct Response {
    pub status: u16,
    pub headers: String,
    pub body: String,
}

/// A blocking HTTP/1.1 request with `Connection: close`; enough for tests, no client crate.
pub fn request(addr: SocketAddr, method: &str, path: &str, body: &[u8]) -> Response {
    try_request(addr, method, path, body, &[]).unwrap_or_else(|e| panic!("{method} {path}: {e}"))
}

/// The head of a `Connection: close` JSON request, for the plain and the TLS test clients.
pub fn request_head(
    addr: SocketAddr,
    method: &str,
    path: &str,
    body_len: usize,
    headers: &[(&str, &str)],
) -> String {
    let mut head = format!(
        "{method} {path} HTTP/1.1\r\nHost: {addr}\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: {body_len}\r\n"
    );
    for (k, v) in headers {
        head.push_str(&format!("{k}: {v}\r\n"));
    }
    head.push_str("\r\n");
    head
}

pub fn try_request(
    addr: SocketAddr,
    method: &str,
    path: &str,
    body: &[u8],
    extra_headers: &[(&str, &str)],
) -> std::io::Result<Response> {
    let mut stream = TcpStream::connect_timeout(&addr, Duration::from_secs(5))?;
    stream.set_read_timeout(Some(Duration::from_secs(30)))?;
    let head = request_head(addr, method, path, body.len(), extra_headers);
    // A server may answer (413, say) and close before reading the whole body: a failed write is
    // then not the outcome, the answer that was already sent is.
    let written = stream
        .write_all(head.as_bytes())
        .and_then(|()| stream.write_all(body));
    let mut raw = Vec::new();
    let read = stream.read_to_end(&mut raw);
    if raw.is_empty() {
        written?;
        read?;
    }
    let text = String::from_utf8_lossy(&raw).to_string();
    let (headers, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let status = headers
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| std::io::Error::other(format!("no status line in {text:?}")))?;
    let body = if headers
        .to_ascii_lowercase()
        .contains("transfer-encoding: chunked")
    {
        dechunk(body)
    } else {
        body.to_string()
    };
    Ok(Response {
        status,
        headers: headers.to_string(),
        body,
    })
}

fn dechunk(mut body: &str) -> String {
    let mut out = String::new();
    while let Some((size, rest)) = body.split_once("\r\n") {
        let Ok(n) = usize::from_str_radix(size.trim(), 16) else {
            break;
        };
        if n == 0 || rest.len() < n {
            break;
        }
        out.push_str(&rest[..n]);
        body = rest[n..].trim_start_matches("\r\n");
    }
    out
}

/// Finds one sample's value in Prometheus text output.
pub fn sample(exposition: &str, series: &str) -> Option<f64> {
    exposition.lines().find_map(|line| {
        let rest = line.strip_prefix(series)?;
        rest.strip_prefix(' ')?.trim().parse().ok()
    })
}

/// A fixture from `tests/fixtures`.
pub fn fixture(path: &str) -> Vec<u8> {
    std::fs::read(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures")
            .join(path),
    )
    .unwrap_or_else(|e| panic!("fixture {path}: {e}"))
}

/// A free loopback port (bound, then released for a child process to take).
///
/// Taken below the kernel's ephemeral range (32768 and up by default), each port once per
/// test process: an in-process app binding port 0, or a client socket, would otherwise be
/// free to take the port between its release here and the child's bind, and the child's
/// readiness check would then be answered by another test's daemon.
pub fn free_port() -> u16 {
    use std::sync::atomic::{AtomicU32, Ordering};
    const FIRST: u32 = 20_000;
    const SPAN: u32 = 12_000;
    static NEXT: AtomicU32 = AtomicU32::new(u32::MAX);
    // Start where the process id points, so that test processes run one after another do
    // not walk the same ports while the last one's sockets linger.
    let _ = NEXT.compare_exchange(
        u32::MAX,
        std::process::id() % SPAN,
        Ordering::SeqCst,
        Ordering::SeqCst,
    );
    for _ in 0..SPAN {
        let port = FIRST + NEXT.fetch_add(1, Ordering::SeqCst) % SPAN;
        let port = u16::try_from(port).expect("below 65536");
        if std::net::TcpListener::bind(("127.0.0.1", port)).is_ok() {
            return port;
        }
    }
    panic!("no free loopback port in {FIRST}..{}", FIRST + SPAN);
}

/// A child process killed when the guard drops.
pub struct ChildGuard {
    pub child: Child,
}

impl Drop for ChildGuard {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// Starts `program` with `args`, stdout and stderr into `log`.
pub fn start(program: &str, args: &[String], log: &Path) -> ChildGuard {
    let out = std::fs::File::create(log).expect("log file");
    let child = Command::new(program)
        .args(args)
        .stdin(Stdio::null())
        .stdout(out.try_clone().expect("dup"))
        .stderr(out)
        .spawn()
        .unwrap_or_else(|e| panic!("starting {program}: {e} (the test command installs it)"));
    ChildGuard { child }
}

/// Polls `check` until it returns `Some`, or fails with `what` and the given log.
pub fn wait_for<T>(
    what: &str,
    timeout: Duration,
    log: Option<&Path>,
    mut check: impl FnMut() -> Option<T>,
) -> T {
    let deadline = Instant::now() + timeout;
    loop {
        if let Some(v) = check() {
            return v;
        }
        if Instant::now() > deadline {
            let log = log
                .map(|p| std::fs::read_to_string(p).unwrap_or_default())
                .unwrap_or_default();
            panic!("timed out waiting for {what}\n--- log ---\n{log}");
        }
        std::thread::sleep(Duration::from_millis(100));
    }
}

/// An Alertmanager webhook document with the given alerts `(alertname, fingerprint, status,
/// startsAt, endsAt, description)`.
pub fn webhook(service: &str, alerts: &[(&str, &str, &str, &str, &str, &str)]) -> Vec<u8> {
    let alerts: Vec<serde_json::Value> = alerts
        .iter()
        .map(|(name, fp, status, start, end, description)| {
            serde_json::json!({
                "status": status,
                "labels": {"alertname": name, "service": service, "severity": "critical"},
                "annotations": {"description": description},
                "startsAt": start,
                "endsAt": end,
                "generatorURL": "",
                "fingerprint": fp,
            })
        })
        .collect();
    serde_json::to_vec(&serde_json::json!({
        "receiver": "rx", "status": "firing", "alerts": alerts,
        "groupLabels": {"service": service}, "commonLabels": {}, "commonAnnotations": {},
        "externalURL": "http://am", "version": "4", "groupKey": "{}", "truncatedAlerts": 0
    }))
    .expect("json")
}

/// Debian's `prometheus` on `addr`, reading `dir/prometheus.yml` (written by the caller) and
/// keeping its data in `dir/prom-data`; returns the guard and its log.
pub fn start_prometheus(dir: &Path, addr: SocketAddr) -> (ChildGuard, PathBuf) {
    let log = dir.join("prometheus.log");
    let guard = start(
        "prometheus",
        &[
            format!("--config.file={}", dir.join("prometheus.yml").display()),
            format!("--storage.tsdb.path={}", dir.join("prom-data").display()),
            format!("--web.listen-address={addr}"),
        ],
        &log,
    );
    (guard, log)
}

/// Debian's `prometheus-alertmanager` on a free port with `config_yaml` and its data in
/// `dir`, without clustering, once it answers ready; returns the guard, its address and log.
pub fn start_alertmanager(dir: &Path, config_yaml: &str) -> (ChildGuard, SocketAddr, PathBuf) {
    start_alertmanager_peer(dir, config_yaml, &["--cluster.listen-address=".into()])
}

/// An Alertmanager with these cluster flags (an HA pair member lists its own listen address
/// and its peer's), started in `dir` and waited for until ready.
pub fn start_alertmanager_peer(
    dir: &Path,
    config_yaml: &str,
    cluster: &[String],
) -> (ChildGuard, SocketAddr, PathBuf) {
    let config = dir.join("alertmanager.yml");
    std::fs::write(&config, config_yaml).expect("alertmanager config");
    let addr: SocketAddr = format!("127.0.0.1:{}", free_port()).parse().expect("addr");
    let log = dir.join("alertmanager.log");
    let mut args = vec![
        format!("--config.file={}", config.display()),
        format!("--storage.path={}", dir.join("am-data").display()),
        format!("--web.listen-address={addr}"),
    ];
    args.extend_from_slice(cluster);
    let guard = start("prometheus-alertmanager", &args, &log);
    wait_for(
        "alertmanager ready",
        Duration::from_secs(30),
        Some(&log),
        || {
            try_request(addr, "GET", "/-/ready", b"", &[])
                .ok()
                .filter(|r| r.status == 200)
        },
    );
    (guard, addr, log)
}

/// An ext4 file system in a 32 MiB image, loop-mounted for one test (root, as CI), unmounted on
/// drop: ext4 refuses every write to an immutable file, through descriptors already open too,
/// so a file can fail under a running daemon and come back.
pub struct Ext4Disk {
    pub path: PathBuf,
}

impl Ext4Disk {
    pub fn mount(parent: &Path) -> Ext4Disk {
        let image = parent.join("ext4.img");
        std::fs::File::create(&image)
            .and_then(|f| f.set_len(32 << 20))
            .expect("image");
        let made = Command::new("mkfs.ext4")
            .args(["-q", "-F"])
            .arg(&image)
            .status()
            .expect("mkfs.ext4 (e2fsprogs; the test command installs it)");
        assert!(made.success(), "mkfs.ext4");
        let path = parent.join("ext4");
        std::fs::create_dir_all(&path).expect("mount point");
        let mounted = Command::new("mount")
            .args(["-o", "loop"])
            .arg(&image)
            .arg(&path)
            .status()
            .expect("mount");
        assert!(
            mounted.success(),
            "loop-mounting an ext4 image needs root (CI runs as root)"
        );
        Ext4Disk { path }
    }

    /// `fsfreeze`: while frozen, every write to the file system blocks (a stalled disk);
    /// thawing lets them finish.
    pub fn freeze(&self, frozen: bool) {
        let status = Command::new("fsfreeze")
            .arg(if frozen { "--freeze" } else { "--unfreeze" })
            .arg(&self.path)
            .status()
            .expect("fsfreeze (util-linux)");
        assert!(status.success(), "fsfreeze {}", self.path.display());
    }
}

impl Drop for Ext4Disk {
    fn drop(&mut self) {
        let _ = Command::new("fsfreeze")
            .arg("--unfreeze")
            .arg(&self.path)
            .stderr(Stdio::null())
            .status();
        let _ = Command::new("umount").arg("-l").arg(&self.path).status();
    }
}

/// `chattr +i` / `-i`: whether the file system refuses writes to `file`.
pub fn set_immutable(file: &Path, on: bool) {
    let status = Command::new("chattr")
        .arg(if on { "+i" } else { "-i" })
        .arg(file)
        .status()
        .expect("chattr (e2fsprogs)");
    assert!(status.success(), "chattr on {}", file.display());
}
