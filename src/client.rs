//! The command line's HTTP client (`fixes`, `import --url`, `import --from-prometheus`):
//! reqwest's blocking client over rustls with *ring*, already in the build for OTLP. It speaks
//! http and https (trusting the system's roots, or a CA file), and sends a bearer token or
//! basic-auth credentials, so that the CLI can drive a daemon run with `--web.config.file` and
//! `auth:`. Blocking on purpose: the CLI runs no async runtime.

use std::path::Path;
use std::sync::OnceLock;
use std::time::Duration;

use base64::Engine;

/// Why a request failed.
#[derive(Debug, thiserror::Error)]
pub enum ClientError {
    #[error("{0:?} is not an http:// or https:// URL")]
    Url(String),
    #[error("{url}: {message}")]
    Request { url: String, message: String },
    #[error("the bearer token is empty or holds a control character")]
    Token,
    #[error("the basic-auth user or password is empty, or holds a control character or ':'")]
    BasicAuth,
    #[error("{path}: {message}")]
    CaFile { path: String, message: String },
}

/// A base URL such as `http://127.0.0.1:8977` or `https://prometheus:9090/prefix`, with the
/// credentials and trusted CAs its requests use.
#[derive(Debug, Clone)]
pub struct BaseUrl {
    /// Scheme, host, port and path prefix, without a trailing slash.
    base: String,
    /// The `Authorization` header sent with every request, if any.
    authorization: Option<String>,
    /// CA certificates trusted besides the system's.
    roots: Vec<reqwest::Certificate>,
    /// Built on first use and reused, so that an import's many requests share connections.
    client: OnceLock<reqwest::blocking::Client>,
}

/// A response: status and body.
#[derive(Debug)]
pub struct Reply {
    pub status: u16,
    pub body: String,
}

impl BaseUrl {
    pub fn parse(url: &str) -> Result<BaseUrl, ClientError> {
        let rest = url
            .strip_prefix("http://")
            .or_else(|| url.strip_prefix("https://"))
            .ok_or_else(|| ClientError::Url(url.to_string()))?;
        if rest.is_empty() || rest.starts_with('/') {
            return Err(ClientError::Url(url.to_string()));
        }
        Ok(BaseUrl {
            base: url.trim_end_matches('/').to_string(),
            authorization: None,
            roots: Vec::new(),
            client: OnceLock::new(),
        })
    }

    /// Sends `Authorization: Bearer <token>` with every request (the daemon's `auth:`).
    pub fn with_bearer_token(mut self, token: &str) -> Result<BaseUrl, ClientError> {
        if token.is_empty() || token.chars().any(|c| c.is_control()) {
            return Err(ClientError::Token);
        }
        self.authorization = Some(format!("Bearer {token}"));
        Ok(self)
    }

    /// Sends basic-auth credentials with every request (the web configuration's
    /// `basic_auth_users`).
    pub fn with_basic_auth(mut self, user: &str, password: &str) -> Result<BaseUrl, ClientError> {
        let bad = |s: &str| s.is_empty() || s.chars().any(|c| c.is_control());
        if bad(user) || bad(password) || user.contains(':') {
            return Err(ClientError::BasicAuth);
        }
        let encoded =
            base64::engine::general_purpose::STANDARD.encode(format!("{user}:{password}"));
        self.authorization = Some(format!("Basic {encoded}"));
        Ok(self)
    }

    /// Trusts the PEM certificates in `path` (the daemon's CA) besides the system's roots.
    pub fn with_ca_file(mut self, path: &Path) -> Result<BaseUrl, ClientError> {
        let fail = |message: String| ClientError::CaFile {
            path: path.display().to_string(),
            message,
        };
        let pem = std::fs::read(path).map_err(|e| fail(e.to_string()))?;
        let roots = reqwest::Certificate::from_pem_bundle(&pem)
            .map_err(|e| fail(format!("not PEM certificates: {e}")))?;
        if roots.is_empty() {
            return Err(fail("holds no PEM certificate".into()));
        }
        self.roots = roots;
        Ok(self)
    }

    /// Sends one request; `path` includes any query string.
    pub fn request(
        &self,
        method: &str,
        path: &str,
        body: Option<&[u8]>,
    ) -> Result<Reply, ClientError> {
        let url = format!("{}{path}", self.base);
        let fail = |message: String| ClientError::Request {
            url: url.clone(),
            message,
        };
        let method = reqwest::Method::from_bytes(method.as_bytes())
            .map_err(|e| fail(format!("method {method:?}: {e}")))?;
        let client = match self.client.get() {
            Some(client) => client,
            None => {
                let client = self.build_client().map_err(|e| fail(one_line(&e)))?;
                self.client.get_or_init(|| client)
            }
        };
        let mut request = client
            .request(method, &url)
            .header(reqwest::header::ACCEPT, "application/json")
            .header(reqwest::header::CONTENT_TYPE, "application/json");
        if let Some(value) = &self.authorization {
            request = request.header(reqwest::header::AUTHORIZATION, value);
        }
        if let Some(body) = body {
            request = request.body(body.to_vec());
        }
        let response = request.send().map_err(|e| fail(one_line(&e)))?;
        let status = response.status().as_u16();
        let body = response.text().map_err(|e| fail(one_line(&e)))?;
        Ok(Reply { status, body })
    }

    fn build_client(&self) -> Result<reqwest::blocking::Client, reqwest::Error> {
        // rustls needs a process-wide crypto provider; a second install is refused harmlessly.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let mut builder = reqwest::blocking::Client::builder()
            .connect_timeout(Duration::from_secs(10))
            // A Prometheus range query over weeks can take a while to answer.
            .timeout(Duration::from_secs(120))
            .user_agent(concat!("recurrence-exporter/", env!("CARGO_PKG_VERSION")));
        for root in &self.roots {
            builder = builder.add_root_certificate(root.clone());
        }
        builder.build()
    }
}

/// An error with its sources on one line: reqwest's own message hides the cause ("connection
/// refused", "invalid peer certificate") below it.
fn one_line(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut source = error.source();
    while let Some(cause) = source {
        let cause_text = cause.to_string();
        if !text.contains(&cause_text) {
            text.push_str(": ");
            text.push_str(&cause_text);
        }
        source = cause.source();
    }
    text
}

/// Percent-encodes a query parameter value.
pub fn encode(value: &str) -> String {
    let mut out = String::with_capacity(value.len());
    for b in value.bytes() {
        if b.is_ascii_alphanumeric() || b"-_.~".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn urls_credentials_and_encoding() {
        assert!(BaseUrl::parse("ftp://x").is_err());
        assert!(BaseUrl::parse("http://").is_err());
        let u = BaseUrl::parse("https://prom:9090/sub/").expect("valid");
        assert_eq!(u.base, "https://prom:9090/sub");
        let u = u.with_basic_auth("ops", "open sesame").expect("valid");
        assert_eq!(
            u.authorization.as_deref(),
            Some("Basic b3BzOm9wZW4gc2VzYW1l")
        );
        assert!(BaseUrl::parse("http://x")
            .expect("valid")
            .with_basic_auth("a:b", "c")
            .is_err());
        assert!(BaseUrl::parse("http://x")
            .expect("valid")
            .with_bearer_token("")
            .is_err());
        assert_eq!(encode("a b{c=\"d\"}"), "a%20b%7Bc%3D%22d%22%7D");
    }

    #[test]
    fn a_refused_connection_names_the_url_and_the_cause() {
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("port")
            .port();
        let err = BaseUrl::parse(&format!("http://127.0.0.1:{port}"))
            .expect("valid")
            .request("GET", "/api/v1/fixes", None)
            .expect_err("nothing listens")
            .to_string();
        assert!(
            err.starts_with(&format!("http://127.0.0.1:{port}/api/v1/fixes: ")),
            "{err}"
        );
        assert!(err.to_lowercase().contains("refused"), "{err}");
    }
}
