//! TLS and authentication: real Alertmanager delivering over HTTPS with a bearer token (and a
//! wrong one, refused and counted), real Prometheus scraping over HTTPS with the read token,
//! every protected endpoint against every kind of credential, client certificates, reloads of
//! the credentials, and bad web configuration files. Certificates are made for each test with
//! `openssl`; the README's snippets are the files in `tests/fixtures/security`.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpStream};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;
use std::time::Duration;

use base64::Engine;
use recurrence_exporter::app::Settings;
use recurrence_exporter::config::Config;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer, ServerName};

use crate::support::*;

const BIN: &str = env!("CARGO_BIN_EXE_recurrence-exporter");

// ---------------------------------------------------------------------------------------------
// Helpers of this module.

/// A CA, a server certificate for 127.0.0.1, a client certificate signed by the CA, another
/// CA and a client certificate it signed; all made with `openssl`. The OTLP tests use it too.
pub(crate) struct Pki {
    pub(crate) ca: PathBuf,
    pub(crate) server_cert: PathBuf,
    pub(crate) server_key: PathBuf,
    /// Certificate and key.
    pub(crate) client: (PathBuf, PathBuf),
    /// A CA that signed neither the server's certificate nor `client`.
    pub(crate) rogue_ca: PathBuf,
    pub(crate) rogue_client: (PathBuf, PathBuf),
}

fn openssl(dir: &Path, args: &[&str]) {
    let out = Command::new("openssl")
        .args(args)
        .current_dir(dir)
        .output()
        .expect("openssl runs (the test command installs it)");
    assert!(
        out.status.success(),
        "openssl {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
}

pub(crate) fn make_ca(dir: &Path, name: &str) {
    openssl(
        dir,
        &[
            "req",
            "-x509",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:prime256v1",
            "-nodes",
            "-keyout",
            &format!("{name}.key"),
            "-out",
            &format!("{name}.crt"),
            "-days",
            "2",
            "-subj",
            &format!("/CN={name}"),
            "-addext",
            "basicConstraints=critical,CA:TRUE",
            "-addext",
            "keyUsage=critical,keyCertSign,cRLSign",
        ],
    );
}

pub(crate) fn make_leaf(dir: &Path, ca: &str, name: &str, extensions: &str) {
    std::fs::write(dir.join(format!("{name}.ext")), extensions).expect("ext file");
    openssl(
        dir,
        &[
            "req",
            "-newkey",
            "ec",
            "-pkeyopt",
            "ec_paramgen_curve:prime256v1",
            "-nodes",
            "-keyout",
            &format!("{name}.key"),
            "-out",
            &format!("{name}.csr"),
            "-subj",
            &format!("/CN={name}"),
        ],
    );
    openssl(
        dir,
        &[
            "x509",
            "-req",
            "-in",
            &format!("{name}.csr"),
            "-CA",
            &format!("{ca}.crt"),
            "-CAkey",
            &format!("{ca}.key"),
            "-CAcreateserial",
            "-out",
            &format!("{name}.crt"),
            "-days",
            "2",
            "-extfile",
            &format!("{name}.ext"),
        ],
    );
}

impl Pki {
    pub(crate) fn new(dir: &Path) -> Pki {
        std::fs::create_dir_all(dir).expect("pki dir");
        make_ca(dir, "ca");
        make_ca(dir, "rogue-ca");
        make_leaf(
            dir,
            "ca",
            "server",
            "subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n",
        );
        let client_ext = "basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=clientAuth\n";
        make_leaf(dir, "ca", "client", client_ext);
        make_leaf(dir, "rogue-ca", "rogue-client", client_ext);
        Pki {
            ca: dir.join("ca.crt"),
            server_cert: dir.join("server.crt"),
            server_key: dir.join("server.key"),
            client: (dir.join("client.crt"), dir.join("client.key")),
            rogue_ca: dir.join("rogue-ca.crt"),
            rogue_client: (dir.join("rogue-client.crt"), dir.join("rogue-client.key")),
        }
    }
}

/// How a test reaches the daemon.
#[derive(Clone)]
enum Transport {
    Plain,
    /// HTTPS trusting `ca`, optionally with a client certificate and key.
    Tls {
        ca: PathBuf,
        client: Option<(PathBuf, PathBuf)>,
    },
}

/// One blocking request with `Connection: close`; over TLS through a rustls client.
fn call(
    transport: &Transport,
    addr: SocketAddr,
    method: &str,
    path: &str,
    body: &[u8],
    headers: &[(&str, &str)],
) -> std::io::Result<Response> {
    let Transport::Tls { ca, client } = transport else {
        return try_request(addr, method, path, body, headers);
    };
    let mut roots = rustls::RootCertStore::empty();
    for cert in CertificateDer::pem_file_iter(ca).expect("ca file") {
        roots.add(cert.expect("ca pem")).expect("ca cert");
    }
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let builder = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .expect("versions")
        .with_root_certificates(roots);
    let config = match client {
        None => builder.with_no_client_auth(),
        Some((cert, key)) => builder
            .with_client_auth_cert(
                CertificateDer::pem_file_iter(cert)
                    .expect("client cert")
                    .collect::<Result<_, _>>()
                    .expect("client pem"),
                PrivateKeyDer::from_pem_file(key).expect("client key"),
            )
            .expect("client auth"),
    };
    let name = ServerName::try_from("127.0.0.1").expect("server name");
    let connection =
        rustls::ClientConnection::new(Arc::new(config), name).map_err(std::io::Error::other)?;
    let tcp = TcpStream::connect_timeout(&addr, Duration::from_secs(5))?;
    tcp.set_read_timeout(Some(Duration::from_secs(30)))?;
    let mut stream = rustls::StreamOwned::new(connection, tcp);
    let head = request_head(addr, method, path, body.len(), headers);
    stream.write_all(head.as_bytes())?;
    stream.write_all(body)?;
    stream.flush()?;
    let mut raw = Vec::new();
    match stream.read_to_end(&mut raw) {
        Ok(_) => {}
        // A server may close without close_notify once the response is complete.
        Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof && !raw.is_empty() => {}
        Err(e) => return Err(e),
    }
    let text = String::from_utf8_lossy(&raw).to_string();
    let (headers, body) = text.split_once("\r\n\r\n").unwrap_or((&text, ""));
    let status = headers
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| std::io::Error::other(format!("no status line in {text:?}")))?;
    assert!(
        !headers
            .to_ascii_lowercase()
            .contains("transfer-encoding: chunked"),
        "this helper does not de-chunk"
    );
    Ok(Response {
        status,
        headers: headers.to_string(),
        body: body.to_string(),
    })
}

/// A daemon inside the test process with a web configuration.
struct SecureApp {
    addr: SocketAddr,
    transport: Transport,
    stop: Option<tokio::sync::oneshot::Sender<()>>,
    task: Option<tokio::task::JoinHandle<()>>,
}

impl SecureApp {
    /// Writes `config_yaml` and `web_yaml` into `dir` and starts a daemon on them.
    async fn start(
        dir: &Path,
        config_yaml: &str,
        web_yaml: &str,
        transport: Transport,
    ) -> SecureApp {
        let config_path = dir.join("recurrence.yml");
        let web_path = dir.join("web-config.yml");
        std::fs::write(&config_path, config_yaml).expect("config");
        std::fs::write(&web_path, web_yaml).expect("web config");
        let settings = Settings {
            config: Config::load(&config_path).expect("test config is valid"),
            config_path: Some(config_path),
            storage_path: dir.join("data"),
            listen_address: "127.0.0.1:0".into(),
            web_config: Some(web_path),
        };
        let (addr, stop, task) = launch(settings).await;
        let app = SecureApp {
            addr,
            transport,
            stop: Some(stop),
            task: Some(task),
        };
        let deadline = std::time::Instant::now() + Duration::from_secs(20);
        while app
            .send("GET", "/-/ready", b"", &[])
            .await
            .map(|r| r.status)
            .ok()
            != Some(200)
        {
            assert!(
                std::time::Instant::now() < deadline,
                "daemon never became ready"
            );
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
        app
    }

    async fn send(
        &self,
        method: &str,
        path: &str,
        body: &[u8],
        headers: &[(&str, &str)],
    ) -> std::io::Result<Response> {
        self.send_with(&self.transport.clone(), method, path, body, headers)
            .await
    }

    async fn send_with(
        &self,
        transport: &Transport,
        method: &str,
        path: &str,
        body: &[u8],
        headers: &[(&str, &str)],
    ) -> std::io::Result<Response> {
        let (transport, addr) = (transport.clone(), self.addr);
        let (method, path, body) = (method.to_string(), path.to_string(), body.to_vec());
        let headers: Vec<(String, String)> = headers
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        tokio::task::spawn_blocking(move || {
            let headers: Vec<(&str, &str)> = headers
                .iter()
                .map(|(k, v)| (k.as_str(), v.as_str()))
                .collect();
            call(&transport, addr, &method, &path, &body, &headers)
        })
        .await
        .expect("request task")
    }

    async fn stop(mut self) {
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        if let Some(task) = self.task.take() {
            task.await.expect("daemon task");
        }
    }
}

fn bearer(token: &str) -> String {
    format!("Bearer {token}")
}

fn basic(user: &str, password: &str) -> String {
    format!(
        "Basic {}",
        base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}"))
    )
}

/// A fixture of `tests/fixtures/security` with the README's host and directories replaced.
fn snippet(name: &str, replacements: &[(&str, &str)]) -> String {
    let mut text = String::from_utf8(fixture(&format!("security/{name}"))).expect("utf-8");
    for (from, to) in replacements {
        assert!(text.contains(from), "{name} has no {from:?}");
        text = text.replace(from, to);
    }
    text
}

fn auth_failures(metrics: &str, class: &str) -> Option<f64> {
    sample(
        metrics,
        &format!("recurrence_auth_failures_total{{endpoint_class=\"{class}\"}}"),
    )
}

// ---------------------------------------------------------------------------------------------
// Tests.

/// The table test: every protected endpoint against no credentials, wrong ones, another
/// class's, and the right ones (bearer and basic); health endpoints stay open; every refusal
/// is a 401 with `WWW-Authenticate`, counted per class; the web configuration's headers are on
/// every response.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn every_protected_endpoint_refuses_missing_and_wrong_credentials() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    for (class, token) in [
        ("webhook", "wh-token"),
        ("admin", "ad-token"),
        ("read", "rd-token"),
    ] {
        std::fs::write(d.join(format!("{class}.token")), format!("{token}\n")).expect("token");
    }
    let hash = bcrypt::hash("open sesame", 4).expect("bcrypt");
    let config = "auth:\n  webhook: {bearer_token_file: webhook.token}\n  admin: {bearer_token_file: admin.token}\n  read: {bearer_token_file: read.token}\n";
    let web = format!(
        "http_server_config:\n  headers:\n    X-Frame-Options: deny\nbasic_auth_users:\n  ops: {hash}\n"
    );
    let app = SecureApp::start(d, config, &web, Transport::Plain).await;

    // A fix to delete, declared with the admin token.
    let created = app
        .send(
            "POST",
            "/api/v1/fixes",
            br#"{"service":"a","signature":"b","ref":"PM-1"}"#,
            &[("Authorization", "Bearer ad-token")],
        )
        .await
        .expect("fix");
    assert_eq!(created.status, 201, "{}", created.body);

    let doc = webhook(
        "payments-api",
        &[(
            "PoolExhausted",
            "f1",
            "firing",
            "2026-01-01T00:00:00Z",
            "0001-01-01T00:00:00Z",
            "x",
        )],
    );
    let fix = br#"{"service":"a","signature":"b","ref":"PM-2"}"#.to_vec();
    // (class, method, path, body, status with the right credentials)
    let endpoints: Vec<(&str, &str, String, Vec<u8>, u16)> = vec![
        (
            "webhook",
            "POST",
            "/webhook/alertmanager".into(),
            doc.clone(),
            200,
        ),
        // Paths not routed are protected too: 401 before 404, so nothing is revealed.
        (
            "webhook",
            "POST",
            "/webhook/unknown".into(),
            doc.clone(),
            404,
        ),
        ("admin", "POST", "/api/v1/fixes".into(), fix.clone(), 201),
        ("admin", "DELETE", "/api/v1/fixes/1".into(), vec![], 200),
        ("admin", "POST", "/-/reload".into(), vec![], 200),
        ("admin", "PUT", "/-/reload".into(), vec![], 200),
        ("read", "GET", "/metrics".into(), vec![], 200),
        ("read", "GET", "/".into(), vec![], 200),
        ("read", "GET", "/api/v1/incidents".into(), vec![], 200),
        ("read", "GET", "/api/v1/recurrences".into(), vec![], 200),
        ("read", "GET", "/api/v1/fixes".into(), vec![], 200),
    ];
    let token_of = |class: &str| match class {
        "webhook" => "wh-token",
        "admin" => "ad-token",
        _ => "rd-token",
    };
    let other_of = |class: &str| match class {
        "webhook" => "rd-token",
        "admin" => "wh-token",
        _ => "ad-token",
    };
    let mut refused = std::collections::BTreeMap::<&str, u32>::new();
    let mut deleted = false;
    for (class, method, path, body, ok_status) in &endpoints {
        let wrong_password = basic("ops", "open sesame!");
        let unknown_user = basic("root", "open sesame");
        let malformed = "Basic !!!".to_string();
        let other_class = bearer(other_of(class));
        let wrong_token = bearer("wh-token-but-longer");
        let refusals: Vec<(&str, Option<String>)> = vec![
            ("no credentials", None),
            ("wrong token", Some(wrong_token)),
            ("another class's token", Some(other_class)),
            ("wrong password", Some(wrong_password)),
            ("unknown user", Some(unknown_user)),
            ("malformed", Some(malformed)),
            ("unknown scheme", Some("Digest x".into())),
        ];
        for (what, credentials) in refusals {
            let headers: Vec<(&str, &str)> = credentials
                .as_deref()
                .map(|c| vec![("Authorization", c)])
                .unwrap_or_default();
            let r = app
                .send(method, path, body, &headers)
                .await
                .expect("request");
            assert_eq!(r.status, 401, "{method} {path} with {what}: {}", r.body);
            let lower = r.headers.to_ascii_lowercase();
            assert!(
                lower.contains("www-authenticate: bearer realm=\"recurrence-exporter\"")
                    && lower.contains("www-authenticate: basic realm=\"recurrence-exporter\""),
                "{method} {path} with {what}: {}",
                r.headers
            );
            assert!(lower.contains("x-frame-options: deny"), "{}", r.headers);
            *refused.entry(class).or_default() += 1;
        }
        for (what, credentials) in [
            ("its token", bearer(token_of(class))),
            ("a basic-auth user", basic("ops", "open sesame")),
        ] {
            // The fix can be deleted once; the second time it is gone.
            let expected = if *method == "DELETE" && deleted {
                404
            } else {
                *ok_status
            };
            let r = app
                .send(method, path, body, &[("Authorization", &credentials)])
                .await
                .expect("request");
            assert_eq!(
                r.status, expected,
                "{method} {path} with {what}: {}",
                r.body
            );
            assert!(
                r.headers
                    .to_ascii_lowercase()
                    .contains("x-frame-options: deny"),
                "{}",
                r.headers
            );
            deleted |= *method == "DELETE";
        }
    }
    for path in ["/-/healthy", "/-/ready"] {
        let r = app.send("GET", path, b"", &[]).await.expect("health");
        assert_eq!(r.status, 200, "{path} stays open");
    }
    let metrics = app
        .send(
            "GET",
            "/metrics",
            b"",
            &[("Authorization", "Bearer rd-token")],
        )
        .await
        .expect("metrics")
        .body;
    for class in ["webhook", "admin", "read"] {
        assert_eq!(
            auth_failures(&metrics, class),
            Some(f64::from(refused[class])),
            "{class} in\n{metrics}"
        );
    }
    app.stop().await;
}

/// Token files are read again on reload; a reload with an unreadable token or a broken web
/// configuration is refused whole and the previous credentials stay in force.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn reload_reads_the_credentials_again_all_or_nothing() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    std::fs::write(d.join("webhook.token"), "first\n").expect("token");
    std::fs::write(d.join("admin.token"), "admin\n").expect("token");
    let config = "auth:\n  webhook: {bearer_token_file: webhook.token}\n  admin: {bearer_token_file: admin.token}\n";
    let app = SecureApp::start(d, config, "", Transport::Plain).await;
    let doc = webhook(
        "payments-api",
        &[(
            "PoolExhausted",
            "f1",
            "firing",
            "2026-01-01T00:00:00Z",
            "0001-01-01T00:00:00Z",
            "x",
        )],
    );
    let post = |token: &'static str| {
        let doc = doc.clone();
        let app = &app;
        async move {
            app.send(
                "POST",
                "/webhook/alertmanager",
                &doc,
                &[("Authorization", &bearer(token))],
            )
            .await
            .expect("post")
            .status
        }
    };
    let reload = || async {
        app.send(
            "POST",
            "/-/reload",
            b"",
            &[("Authorization", "Bearer admin")],
        )
        .await
        .expect("reload")
    };
    assert_eq!(post("first").await, 200);

    std::fs::write(d.join("webhook.token"), "second\n").expect("token");
    assert_eq!(post("first").await, 200, "in force until the reload");
    assert_eq!(reload().await.status, 200);
    assert_eq!(post("first").await, 401);
    assert_eq!(post("second").await, 200);

    // The read class is open: there is no read token and no basic-auth user.
    assert_eq!(
        app.send("GET", "/metrics", b"", &[])
            .await
            .expect("metrics")
            .status,
        200
    );

    std::fs::write(d.join("webhook.token"), "third\n").expect("token");
    std::fs::write(
        d.join("web-config.yml"),
        "basic_auth_users:\n  ops: plaintext\n",
    )
    .expect("web");
    let r = reload().await;
    assert_eq!(r.status, 500, "{}", r.body);
    assert!(
        r.body
            .contains("basic_auth_users.ops: is not a bcrypt hash"),
        "{}",
        r.body
    );
    assert_eq!(post("second").await, 200, "the previous credentials stay");
    assert_eq!(post("third").await, 401);

    std::fs::write(d.join("web-config.yml"), "").expect("web");
    std::fs::remove_file(d.join("webhook.token")).expect("rm");
    let r = reload().await;
    assert_eq!(r.status, 500, "{}", r.body);
    assert!(
        r.body.contains("auth.webhook.bearer_token_file: reading"),
        "{}",
        r.body
    );
    assert_eq!(post("second").await, 200);

    // A reload cannot switch TLS on: the listener stays what it was.
    let pki = Pki::new(&d.join("pki"));
    std::fs::write(d.join("webhook.token"), "second\n").expect("token");
    std::fs::write(
        d.join("web-config.yml"),
        format!(
            "tls_server_config:\n  cert_file: {}\n  key_file: {}\n",
            pki.server_cert.display(),
            pki.server_key.display()
        ),
    )
    .expect("web");
    let r = reload().await;
    assert_eq!(r.status, 500, "{}", r.body);
    assert!(
        r.body.contains("TLS cannot be switched on by a reload"),
        "{}",
        r.body
    );
    assert_eq!(post("second").await, 200);
    app.stop().await;
}

/// `fixes` and `import --url` send the token of `--auth.bearer-token-file`.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cli_commands_send_the_bearer_token() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    for (class, token) in [("webhook", "wh"), ("admin", "ad"), ("read", "rd")] {
        std::fs::write(d.join(format!("{class}.token")), format!("{token}\n")).expect("token");
    }
    let config = "auth:\n  webhook: {bearer_token_file: webhook.token}\n  admin: {bearer_token_file: admin.token}\n  read: {bearer_token_file: read.token}\n";
    let app = SecureApp::start(d, config, "", Transport::Plain).await;
    let url = format!("http://{}", app.addr);
    let token = |class: &str| {
        format!(
            "--auth.bearer-token-file={}",
            d.join(format!("{class}.token")).display()
        )
    };
    let run = |args: Vec<String>| async move {
        tokio::task::spawn_blocking(move || Command::new(BIN).args(args).output().expect("run"))
            .await
            .expect("cli task")
    };
    let add: Vec<String> = [
        "fixes",
        "--url",
        &url,
        "add",
        "--service",
        "a",
        "--signature",
        "b",
        "--ref",
        "PM-7",
    ]
    .map(String::from)
    .to_vec();
    let out = run(add.clone()).await;
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("401"),
        "{out:?}"
    );
    let out = run([add.clone(), vec![token("admin")]].concat()).await;
    assert!(out.status.success(), "{out:?}");
    let out = run(vec![
        "fixes".into(),
        "list".into(),
        "--url".into(),
        url.clone(),
        token("read"),
    ])
    .await;
    assert!(out.status.success(), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("PM-7"));

    let lines = d.join("history.jsonl");
    let doc = webhook(
        "payments-api",
        &[(
            "PoolExhausted",
            "f1",
            "firing",
            "2026-01-01T00:00:00Z",
            "0001-01-01T00:00:00Z",
            "x",
        )],
    );
    std::fs::write(&lines, [doc, b"\n".to_vec()].concat()).expect("jsonl");
    let import = vec![
        "import".into(),
        lines.display().to_string(),
        "--url".into(),
        url.clone(),
    ];
    let out = run(import.clone()).await;
    assert!(!out.status.success(), "{out:?}");
    let out = run([import, vec![token("webhook")]].concat()).await;
    assert!(out.status.success(), "{out:?}");
    // The imported episode reached the daemon's history, not just a 200.
    let r = app
        .send(
            "GET",
            "/api/v1/incidents?service=payments-api&since=400d",
            b"",
            &[("Authorization", "Bearer rd")],
        )
        .await
        .expect("incidents");
    assert_eq!(r.status, 200, "{}", r.body);
    let v: serde_json::Value = serde_json::from_str(&r.body).expect("json");
    assert_eq!(v["data"].as_array().map(|a| a.len()), Some(1), "{}", r.body);
    app.stop().await;
}

/// The command line drives a daemon behind TLS: https with `--tls.ca-file`, a bearer token or
/// basic-auth credentials; without the CA the handshake fails, with a wrong password the daemon
/// answers 401.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn cli_commands_speak_https_with_tokens_and_basic_auth() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    let pki = Pki::new(&d.join("pki"));
    for (class, token) in [("webhook", "wh"), ("admin", "ad"), ("read", "rd")] {
        std::fs::write(d.join(format!("{class}.token")), format!("{token}\n")).expect("token");
    }
    std::fs::write(d.join("ops.password"), "open sesame\n").expect("password");
    std::fs::write(d.join("wrong.password"), "closed\n").expect("password");
    let hash = bcrypt::hash("open sesame", 4).expect("bcrypt");
    let web = format!(
        "tls_server_config:\n  cert_file: {}\n  key_file: {}\nbasic_auth_users:\n  ops: {hash}\n",
        pki.server_cert.display(),
        pki.server_key.display()
    );
    let config = "auth:\n  webhook: {bearer_token_file: webhook.token}\n  admin: {bearer_token_file: admin.token}\n  read: {bearer_token_file: read.token}\n";
    let transport = Transport::Tls {
        ca: pki.ca.clone(),
        client: None,
    };
    let app = SecureApp::start(d, config, &web, transport).await;
    let url = format!("https://localhost:{}", app.addr.port());
    let file = |name: &str| d.join(name).display().to_string();
    let ca = format!("--tls.ca-file={}", pki.ca.display());
    let run = |args: Vec<String>| async move {
        tokio::task::spawn_blocking(move || Command::new(BIN).args(args).output().expect("run"))
            .await
            .expect("cli task")
    };
    let add: Vec<String> = [
        "fixes",
        "--url",
        &url,
        "add",
        "--service",
        "a",
        "--signature",
        "b",
        "--ref",
        "PM-9",
    ]
    .map(String::from)
    .to_vec();
    let admin = format!("--auth.bearer-token-file={}", file("admin.token"));

    let out = run([add.clone(), vec![admin.clone()]].concat()).await;
    assert!(!out.status.success(), "no CA, no trust: {out:?}");
    let err = String::from_utf8_lossy(&out.stderr).to_lowercase();
    assert!(err.contains("certificate"), "{err}");

    let out = run([add, vec![admin, ca.clone()]].concat()).await;
    assert!(out.status.success(), "{out:?}");

    let list = |password: &str| {
        [
            "fixes",
            "list",
            "--url",
            &url,
            &ca,
            "--auth.basic-user=ops",
            &format!("--auth.basic-password-file={}", file(password)),
        ]
        .map(String::from)
        .to_vec()
    };
    let out = run(list("ops.password")).await;
    assert!(out.status.success(), "{out:?}");
    assert!(String::from_utf8_lossy(&out.stdout).contains("PM-9"));
    let out = run(list("wrong.password")).await;
    assert!(!out.status.success());
    assert!(
        String::from_utf8_lossy(&out.stderr).contains("401"),
        "{out:?}"
    );

    let lines = d.join("history.jsonl");
    let doc = webhook(
        "payments-api",
        &[(
            "PoolExhausted",
            "f1",
            "firing",
            "2026-01-01T00:00:00Z",
            "0001-01-01T00:00:00Z",
            "x",
        )],
    );
    std::fs::write(&lines, [doc, b"\n".to_vec()].concat()).expect("jsonl");
    let out = run(vec![
        "import".into(),
        lines.display().to_string(),
        "--url".into(),
        url.clone(),
        ca.clone(),
        format!("--auth.bearer-token-file={}", file("webhook.token")),
    ])
    .await;
    assert!(out.status.success(), "{out:?}");
    assert!(
        String::from_utf8_lossy(&out.stdout).contains("\"new_episodes\":1"),
        "{out:?}"
    );
    app.stop().await;
}

/// `RequireAndVerifyClientCert`: no client certificate, or one from another CA, fails the
/// handshake; one signed by the client CA gets through.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn client_certificates_are_required_and_verified() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    let pki = Pki::new(&d.join("pki"));
    // The README's snippet; its relative file names are relative to the web configuration's
    // directory.
    std::fs::copy(&pki.server_cert, d.join("server.crt")).expect("copy");
    std::fs::copy(&pki.server_key, d.join("server.key")).expect("copy");
    std::fs::copy(&pki.ca, d.join("clients-ca.crt")).expect("copy");
    let web = &snippet("web-config-mtls.yml", &[]);
    let with_client = Transport::Tls {
        ca: pki.ca.clone(),
        client: Some(pki.client.clone()),
    };
    let app = SecureApp::start(d, "", web, with_client.clone()).await;

    let r = app
        .send("GET", "/metrics", b"", &[])
        .await
        .expect("with a client certificate");
    assert_eq!(r.status, 200);
    assert!(
        r.body.contains("# TYPE recurrence_ready gauge"),
        "the exposition itself: {}",
        r.body
    );

    let without = Transport::Tls {
        ca: pki.ca.clone(),
        client: None,
    };
    let rogue = Transport::Tls {
        ca: pki.ca.clone(),
        client: Some(pki.rogue_client.clone()),
    };
    for (what, transport) in [("no client certificate", without), ("another CA's", rogue)] {
        let result = app.send_with(&transport, "GET", "/metrics", b"", &[]).await;
        assert!(
            result.is_err(),
            "{what} must fail the handshake: {result:?}"
        );
    }
    // Plain HTTP on the TLS port gets no answer.
    let plain = app
        .send_with(&Transport::Plain, "GET", "/-/healthy", b"", &[])
        .await;
    assert!(plain.is_err(), "a TLS port answered plain HTTP: {plain:?}");
    // The daemon still serves after the refused handshakes.
    let r = app
        .send("GET", "/-/healthy", b"", &[])
        .await
        .expect("healthy");
    assert_eq!(r.status, 200);
    app.stop().await;
}

/// A renewed server certificate, written over the files the web configuration names, is served
/// from the first connection after a reload; until then the old one is.
#[tokio::test]
async fn a_renewed_certificate_applies_from_the_next_connection_after_a_reload() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    let old = Pki::new(&d.join("pki-old"));
    let new = Pki::new(&d.join("pki-new"));
    let install = |pki: &Pki| {
        std::fs::copy(&pki.server_cert, d.join("server.crt")).expect("copy");
        std::fs::copy(&pki.server_key, d.join("server.key")).expect("copy");
    };
    install(&old);
    let web = "tls_server_config:\n  cert_file: server.crt\n  key_file: server.key\n";
    let trusting = |pki: &Pki| Transport::Tls {
        ca: pki.ca.clone(),
        client: None,
    };
    let app = SecureApp::start(d, "", web, trusting(&old)).await;
    install(&new);
    assert_eq!(
        served_by(&app, &old).await,
        Some(200),
        "the old one until the reload"
    );
    assert_eq!(served_by(&app, &new).await, None);
    let r = app
        .send("POST", "/-/reload", b"", &[])
        .await
        .expect("reload");
    assert_eq!(r.status, 200, "{}", r.body);
    assert_eq!(
        served_by(&app, &new).await,
        Some(200),
        "the renewed one after it"
    );
    assert_eq!(served_by(&app, &old).await, None);
    app.stop().await;
}

/// The status of `GET /-/healthy` on a new connection that trusts only `pki`'s CA, or `None`
/// when the handshake fails.
async fn served_by(app: &SecureApp, pki: &Pki) -> Option<u16> {
    let transport = Transport::Tls {
        ca: pki.ca.clone(),
        client: None,
    };
    app.send_with(&transport, "GET", "/-/healthy", b"", &[])
        .await
        .map(|r| r.status)
        .ok()
}

/// Bad web configuration files are refused by `--config.check` with the key and the line.
#[test]
fn config_check_names_key_and_line_of_a_bad_web_config() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    let pki = Pki::new(&d.join("pki"));
    std::fs::copy(&pki.server_cert, d.join("server.crt")).expect("copy");
    std::fs::copy(&pki.server_key, d.join("server.key")).expect("copy");
    std::fs::copy(&pki.client.1, d.join("client.key")).expect("copy");
    let tls = "tls_server_config:\n  cert_file: server.crt\n  key_file: server.key\n";
    let cases: Vec<(String, String)> = vec![
        (format!("{tls}  client_auth_type: Always\n"), "line 4 column 21: tls_server_config.client_auth_type: \"Always\" is not one of NoClientCert".into()),
        (format!("{tls}  client_auth_type: RequireAndVerifyClientCert\n"), "line 4 column 21: tls_server_config.client_auth_type: verifying client certificates needs client_ca_file or client_ca".into()),
        (format!("{tls}  client_ca_file: server.crt\n"), "line 4 column 19: tls_server_config.client_ca_file: client CAs are configured without client_auth_type; use RequireAndVerifyClientCert".into()),
        ("tls_server_config:\n  cert_file: server.crt\n  key_file: client.key\n".into(), "line 3 column 13: tls_server_config.key_file: does not fit the certificate".into()),
        ("tls_server_config:\n  cert_file: missing.crt\n  key_file: server.key\n".into(), format!("line 2 column 14: tls_server_config.cert_file: reading {}: No such file or directory", d.join("missing.crt").display())),
        ("tls_server_config:\n  cert_file: server.key\n  key_file: server.key\n".into(), "line 2 column 14: tls_server_config.cert_file: holds no PEM certificate".into()),
        (format!("{tls}  cipher_suites: [TLS_RSA_WITH_RC4_128_SHA]\n"), "line 4 column 19: tls_server_config.cipher_suites: \"TLS_RSA_WITH_RC4_128_SHA\" is not supported".into()),
        ("basic_auth_users:\n  alice: secret\n".into(), "line 2 column 10: basic_auth_users.alice: is not a bcrypt hash".into()),
        ("http_server_config:\n  headers:\n    Server: x\n".into(), "line 3 column 13: http_server_config.headers.Server: HTTP header \"Server\" can not be configured".into()),
        ("tls_server_config:\n  cert_file: server.crt\n  keyfile: server.key\n".into(), "error: line 3 column 3: unknown field `keyfile`, expected one of cert, key, client_ca, cert_file, key_file".into()),
    ];
    for (yaml, expected) in cases {
        let path = d.join("web.yml");
        std::fs::write(&path, &yaml).expect("write");
        let out = Command::new(BIN)
            .arg("--config.check")
            .arg(format!("--web.config.file={}", path.display()))
            .output()
            .expect("run");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{yaml}\n{stderr}");
        assert!(
            stderr.contains(&format!("{}: {expected}", path.display())),
            "for\n{yaml}\nexpected: {expected}\ngot: {stderr}"
        );
    }
    // A good file with the configuration: both are named valid.
    std::fs::write(d.join("web.yml"), tls).expect("write");
    std::fs::write(
        d.join("rx.yml"),
        "auth:\n  admin: {bearer_token_file: nope.token}\n",
    )
    .expect("write");
    let check = |config: &str| {
        Command::new(BIN)
            .arg("--config.check")
            .arg(format!("--config.file={}", d.join(config).display()))
            .arg(format!("--web.config.file={}", d.join("web.yml").display()))
            .output()
            .expect("run")
    };
    let out = check("rx.yml");
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains(&format!(
            "auth.admin.bearer_token_file: reading {}: No such file",
            d.join("nope.token").display()
        )),
        "{stderr}"
    );
    std::fs::write(d.join("nope.token"), "t0ken").expect("write");
    let out = check("rx.yml");
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("rx.yml: configuration is valid"),
        "{stdout}"
    );
    assert!(
        stdout.contains("web.yml: configuration is valid"),
        "{stdout}"
    );
}

/// Real peers with the README's snippets: Alertmanager delivers over HTTPS with the webhook
/// token; a receiver with a wrong token is refused (401), counted, and stores nothing;
/// Prometheus scrapes over HTTPS with the read token. No token appears in the daemon's log.
#[test]
fn alertmanager_and_prometheus_over_https_with_tokens() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    let (rx, am_dir, prom_dir) = (d.join("rx"), d.join("am"), d.join("prom"));
    for sub in [&rx, &am_dir, &prom_dir] {
        std::fs::create_dir_all(sub).expect("dir");
    }
    let pki = Pki::new(&d.join("pki"));
    std::fs::copy(&pki.server_cert, rx.join("server.crt")).expect("copy");
    std::fs::copy(&pki.server_key, rx.join("server.key")).expect("copy");
    std::fs::copy(&pki.ca, am_dir.join("recurrence-ca.crt")).expect("copy");
    std::fs::copy(&pki.ca, prom_dir.join("recurrence-ca.crt")).expect("copy");
    let (webhook_token, admin_token, read_token, wrong_token) = (
        "wh-5f1b0c9e2d",
        "ad-8a7e6d5c4b",
        "rd-3c2b1a0f9e",
        "wh-guessed-00",
    );
    std::fs::write(rx.join("webhook.token"), format!("{webhook_token}\n")).expect("token");
    std::fs::write(rx.join("admin.token"), format!("{admin_token}\n")).expect("token");
    std::fs::write(rx.join("read.token"), format!("{read_token}\n")).expect("token");
    std::fs::write(
        am_dir.join("recurrence-webhook.token"),
        format!("{webhook_token}\n"),
    )
    .expect("token");
    std::fs::write(am_dir.join("wrong.token"), format!("{wrong_token}\n")).expect("token");
    std::fs::write(
        prom_dir.join("recurrence-read.token"),
        format!("{read_token}\n"),
    )
    .expect("token");

    let rx_dir = format!("{}/", rx.display());
    std::fs::write(
        rx.join("recurrence.yml"),
        snippet("recurrence.yml", &[("/etc/recurrence-exporter/", &rx_dir)]),
    )
    .expect("config");
    std::fs::write(
        rx.join("web-config.yml"),
        snippet("web-config.yml", &[("/etc/recurrence-exporter/", &rx_dir)]),
    )
    .expect("web config");

    let port = free_port();
    let daemon: SocketAddr = format!("127.0.0.1:{port}").parse().expect("addr");
    let daemon_log = d.join("daemon.log");
    let _daemon = start(
        BIN,
        &[
            format!("--web.listen-address={daemon}"),
            format!("--storage.path={}", d.join("data").display()),
            format!("--config.file={}", rx.join("recurrence.yml").display()),
            format!("--web.config.file={}", rx.join("web-config.yml").display()),
            "--log.level=debug".into(),
        ],
        &daemon_log,
    );
    let https = Transport::Tls {
        ca: pki.ca.clone(),
        client: None,
    };
    wait_for(
        "daemon ready over HTTPS",
        Duration::from_secs(30),
        Some(&daemon_log),
        || {
            call(&https, daemon, "GET", "/-/ready", b"", &[])
                .ok()
                .filter(|r| r.status == 200)
        },
    );
    let read = bearer(read_token);
    let read_headers = [("Authorization", read.as_str())];
    let incidents = |service: &str| -> serde_json::Value {
        let r = call(
            &https,
            daemon,
            "GET",
            &format!("/api/v1/incidents?service={service}"),
            b"",
            &read_headers,
        )
        .expect("incidents");
        assert_eq!(r.status, 200, "{}", r.body);
        serde_json::from_str::<serde_json::Value>(&r.body).expect("json")["data"].clone()
    };

    // Alertmanager: the README's receiver, and the same receiver with a wrong token for
    // alerts of the service "intruder".
    let am_dir_s = format!("{}/", am_dir.display());
    let receiver = snippet(
        "alertmanager-receiver.yml",
        &[
            ("recurrence-exporter:8977", &daemon.to_string()),
            ("/etc/alertmanager/", &am_dir_s),
        ],
    );
    let intruder = receiver
        .replace("receivers:\n", "")
        .replace("name: recurrence", "name: intruder")
        .replace("recurrence-webhook.token", "wrong.token");
    let am_config = format!(
        "route:\n  receiver: recurrence\n  group_by: [service]\n  group_wait: 1s\n  group_interval: 1s\n  repeat_interval: 1h\n  routes:\n    - receiver: intruder\n      matchers: ['service=\"intruder\"']\n{receiver}{intruder}"
    );
    let (_am, am, am_log) = start_alertmanager(&am_dir, &am_config);
    let now = time::OffsetDateTime::now_utc();
    let at = |offset: i64| {
        (now + time::Duration::seconds(offset))
            .format(&time::format_description::well_known::Rfc3339)
            .expect("format")
    };
    let alerts = serde_json::json!([
        {"labels": {"alertname": "PostgresTooManyConnections", "service": "payments-api"},
         "annotations": {"description": "FATAL:  sorry, too many clients already"},
         "startsAt": at(-60), "endsAt": at(3600)},
        {"labels": {"alertname": "PostgresTooManyConnections", "service": "intruder"},
         "annotations": {"description": "FATAL:  sorry, too many clients already"},
         "startsAt": at(-60), "endsAt": at(3600)},
    ]);
    let r = request(
        am,
        "POST",
        "/api/v2/alerts",
        &serde_json::to_vec(&alerts).expect("json"),
    );
    assert_eq!(r.status, 200, "alertmanager refused alerts: {}", r.body);

    let stored = wait_for(
        "the alert delivered over HTTPS",
        Duration::from_secs(30),
        Some(&am_log),
        || {
            let data = incidents("payments-api");
            (data.as_array().is_some_and(|a| a.len() == 1)).then_some(data)
        },
    );
    assert_eq!(
        stored[0]["signature"], "connection_pool_exhaustion",
        "{stored}"
    );
    wait_for(
        "Alertmanager to log the 401",
        Duration::from_secs(30),
        Some(&am_log),
        || {
            let log = std::fs::read_to_string(&am_log).unwrap_or_default();
            log.lines()
                .any(|l| l.contains("intruder") && l.contains("401"))
                .then_some(())
        },
    );
    let metrics = call(&https, daemon, "GET", "/metrics", b"", &read_headers).expect("metrics");
    let refused = auth_failures(&metrics.body, "webhook").expect("failure counter");
    assert!(refused >= 1.0, "{}", metrics.body);
    assert_eq!(
        incidents("intruder"),
        serde_json::json!([]),
        "nothing stored"
    );
    // The web configuration's headers are on the responses.
    assert!(
        metrics
            .headers
            .to_ascii_lowercase()
            .contains("strict-transport-security: max-age=31536000"),
        "{}",
        metrics.headers
    );
    // The read token does not open the admin endpoints.
    let r = call(&https, daemon, "POST", "/-/reload", b"", &read_headers).expect("reload");
    assert_eq!(r.status, 401);

    // Prometheus: the README's scrape job.
    let prom_dir_s = format!("{}/", prom_dir.display());
    let scrape = snippet(
        "prometheus-scrape.yml",
        &[
            ("recurrence-exporter:8977", &daemon.to_string()),
            ("/etc/prometheus/", &prom_dir_s),
        ],
    );
    std::fs::write(
        prom_dir.join("prometheus.yml"),
        format!("global:\n  scrape_interval: 1s\n{scrape}"),
    )
    .expect("prom config");
    let prom: SocketAddr = format!("127.0.0.1:{}", free_port()).parse().expect("addr");
    let prom_log = d.join("prometheus.log");
    let _prom = start(
        "prometheus",
        &[
            format!(
                "--config.file={}",
                prom_dir.join("prometheus.yml").display()
            ),
            format!("--storage.tsdb.path={}", prom_dir.join("data").display()),
            format!("--web.listen-address={prom}"),
        ],
        &prom_log,
    );
    wait_for(
        "Prometheus to scrape over HTTPS with the read token",
        Duration::from_secs(60),
        Some(&prom_log),
        || {
            let r = try_request(
                prom,
                "GET",
                "/api/v1/query?query=recurrence_incidents_total%7Bservice%3D%22payments-api%22%7D",
                b"",
                &[],
            )
            .ok()?;
            let v: serde_json::Value = serde_json::from_str(&r.body).ok()?;
            (v["data"]["result"][0]["value"][1] == "1").then_some(())
        },
    );

    let log = std::fs::read_to_string(&daemon_log).expect("daemon log");
    for token in [webhook_token, admin_token, read_token, wrong_token] {
        assert!(!log.contains(token), "a token leaked into the log:\n{log}");
    }
    assert!(
        log.contains("refused a request"),
        "the refusal is logged at debug:\n{log}"
    );
}
