//! Authentication of HTTP requests: a bearer token per endpoint class (`auth:` in the
//! configuration, each read from a file) and the web configuration's basic-auth users, who may
//! use every class. A request without valid credentials gets 401 with `WWW-Authenticate` and
//! is counted in `recurrence_auth_failures_total{endpoint_class}`.
//!
//! The classes: `webhook` (every `POST` that is not admin: the webhook endpoints and any other
//! ingestion path), `admin` (`POST`/`DELETE /api/v1/fixes…`, `/-/reload`) and `read`
//! (`/metrics`, the landing page, `GET /api/v1/…`). `/-/healthy` and `/-/ready` stay open for
//! probes. A class with no token is open unless there are basic-auth users.
//!
//! Tokens are compared in constant time through their SHA-256 digests, so neither their
//! content nor their length shows in the timing; passwords are checked with bcrypt. No
//! credential is ever logged or kept in clear beyond the request. This module does not do TLS
//! (`web_config`, `tls`) nor finer authorisation than the three classes.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::net::IpAddr;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, RwLock};

use axum::extract::{Request, State};
use axum::http::{header, HeaderMap, HeaderValue, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::Json;
use base64::Engine;
use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::registry::Registry;

use crate::config::AuthConfig;
use crate::web_config::{WebConfig, WebConfigError};

/// What a request does, for choosing its credentials.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EndpointClass {
    Webhook,
    Admin,
    Read,
}

impl EndpointClass {
    pub const ALL: [EndpointClass; 3] = [
        EndpointClass::Webhook,
        EndpointClass::Admin,
        EndpointClass::Read,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            EndpointClass::Webhook => "webhook",
            EndpointClass::Admin => "admin",
            EndpointClass::Read => "read",
        }
    }

    /// The class of a request; `None` for the health endpoints, which stay open for probes.
    /// Every path the router does not know falls into a class too, so a route added later is
    /// protected without being listed here.
    pub fn of(method: &Method, path: &str) -> Option<EndpointClass> {
        let read = method == Method::GET || method == Method::HEAD;
        match path {
            "/-/healthy" | "/-/ready" => None,
            "/-/reload" => Some(EndpointClass::Admin),
            _ if !read && path.starts_with("/api/v1/fixes") => Some(EndpointClass::Admin),
            _ if read => Some(EndpointClass::Read),
            _ => Some(EndpointClass::Webhook),
        }
    }

    fn index(self) -> usize {
        self as usize
    }
}

/// Why the credentials or the web configuration could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum SecurityError {
    #[error("{path}: {error}")]
    WebConfig { path: String, error: WebConfigError },
    #[error("auth.{class}.bearer_token_file: reading {path}: {error}")]
    TokenRead {
        class: &'static str,
        path: String,
        error: std::io::Error,
    },
    #[error("auth.{class}.bearer_token_file: {path} holds no token")]
    TokenEmpty { class: &'static str, path: String },
    #[error("TLS cannot be switched {0} by a reload; restart the daemon")]
    TlsSwitch(&'static str),
}

impl SecurityError {
    /// A short, closed-set name for logs.
    pub fn kind(&self) -> &'static str {
        match self {
            SecurityError::WebConfig { error, .. } => error.kind(),
            SecurityError::TokenRead { .. } | SecurityError::TokenEmpty { .. } => "token",
            SecurityError::TlsSwitch(_) => "tls_switch",
        }
    }
}

/// Everything security-related in force: swapped whole on reload.
pub struct Security {
    /// SHA-256 of each class's bearer token, by [`EndpointClass::index`].
    tokens: [Option<[u8; 32]>; 3],
    /// TLS, response headers and basic-auth users from `--web.config.file`.
    pub web: WebConfig,
}

impl std::fmt::Debug for Security {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Security")
            .field(
                "tokens",
                &EndpointClass::ALL.map(|c| (c.as_str(), self.tokens[c.index()].is_some())),
            )
            .field("web", &self.web)
            .finish()
    }
}

impl Security {
    /// Reads the token files named in `auth` and the web configuration file, if any.
    pub fn load(auth: &AuthConfig, web_config: Option<&Path>) -> Result<Security, SecurityError> {
        let web = match web_config {
            None => WebConfig::default(),
            Some(path) => WebConfig::load(path).map_err(|error| SecurityError::WebConfig {
                path: path.display().to_string(),
                error,
            })?,
        };
        let mut tokens = [None; 3];
        for (class, file) in [
            (EndpointClass::Webhook, &auth.webhook),
            (EndpointClass::Admin, &auth.admin),
            (EndpointClass::Read, &auth.read),
        ] {
            if let Some(path) = file {
                tokens[class.index()] = Some(read_token(class, path)?);
            }
        }
        Ok(Security { tokens, web })
    }

    /// Whether requests of `class` need credentials.
    pub fn protects(&self, class: EndpointClass) -> bool {
        self.tokens[class.index()].is_some() || !self.web.basic_auth_users.is_empty()
    }
}

/// Reads a token file the way Prometheus reads `credentials_file`: surrounding white space,
/// such as the final newline, is not part of the token.
fn read_token(class: EndpointClass, path: &PathBuf) -> Result<[u8; 32], SecurityError> {
    let text = std::fs::read_to_string(path).map_err(|error| SecurityError::TokenRead {
        class: class.as_str(),
        path: path.display().to_string(),
        error,
    })?;
    let token = text.trim();
    if token.is_empty() {
        return Err(SecurityError::TokenEmpty {
            class: class.as_str(),
            path: path.display().to_string(),
        });
    }
    Ok(sha256(&[token.as_bytes()]))
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct ClassLabel {
    endpoint_class: &'static str,
}

/// Largest number of remembered successful password checks.
const VERIFIED_CAPACITY: usize = 1024;

/// The HTTP middleware's state: the security settings in force, the failure counter and the
/// cache of password checks.
pub struct Guard {
    current: RwLock<Arc<Security>>,
    failures: Family<ClassLabel, Counter>,
    /// Digests of (user, hash, password) that bcrypt accepted. bcrypt at cost 10 takes about
    /// 70 ms, too slow to pay on every webhook; the toolkit caches the same way.
    verified: Mutex<HashSet<[u8; 32]>>,
    /// Digests of (user, hash, password) that bcrypt refused, so a client repeating the same
    /// wrong password costs one bcrypt, not one per request.
    refused: Mutex<HashSet<[u8; 32]>>,
    /// One bcrypt computation at a time, as in the toolkit: a stream of wrong passwords
    /// occupies one core, not all of them.
    bcrypt: tokio::sync::Semaphore,
    /// Password checks waiting or running, per peer address. Each address may have only
    /// [`MAX_CHECKS_PER_PEER`], so a storm from one address cannot queue ahead of a correct
    /// login from another: that login waits for at most a few checks per storming address.
    checking: Mutex<HashMap<IpAddr, usize>>,
}

/// Password checks one address may have waiting or running at once; more get 429.
const MAX_CHECKS_PER_PEER: usize = 2;

/// Why a request's credentials were not accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Refusal {
    /// Missing, malformed or wrong: 401.
    Credentials(&'static str),
    /// Too many password checks from the request's address at once: 429, retry later.
    Busy,
}

/// A password check's place in its address's share; dropping it frees the place.
struct CheckSlot<'a> {
    guard: &'a Guard,
    peer: IpAddr,
}

impl Drop for CheckSlot<'_> {
    fn drop(&mut self) {
        let mut checking = self.guard.checking.lock().expect("checking lock");
        if let Some(count) = checking.get_mut(&self.peer) {
            *count -= 1;
            if *count == 0 {
                checking.remove(&self.peer);
            }
        }
    }
}

impl std::fmt::Debug for Guard {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Guard")
    }
}

impl Guard {
    pub fn new(security: Security) -> Guard {
        let failures = Family::<ClassLabel, Counter>::default();
        // Zero from the start, so `increase()` sees the first failure.
        for class in EndpointClass::ALL {
            let _ = failures.get_or_create(&ClassLabel {
                endpoint_class: class.as_str(),
            });
        }
        Guard {
            current: RwLock::new(Arc::new(security)),
            failures,
            verified: Mutex::new(HashSet::new()),
            refused: Mutex::new(HashSet::new()),
            bcrypt: tokio::sync::Semaphore::new(1),
            checking: Mutex::new(HashMap::new()),
        }
    }

    /// The settings in force; callers clone the `Arc` and never hold the lock.
    pub fn current(&self) -> Arc<Security> {
        self.current.read().expect("security lock").clone()
    }

    /// Checks that `next` can replace the settings in force without a restart: the listener
    /// serves TLS or not from start to end.
    pub fn check_replacement(&self, next: &Security) -> Result<(), SecurityError> {
        match (self.current().web.tls.is_some(), next.web.tls.is_some()) {
            (true, false) => Err(SecurityError::TlsSwitch("off")),
            (false, true) => Err(SecurityError::TlsSwitch("on")),
            _ => Ok(()),
        }
    }

    /// Puts new settings in force (after [`Guard::check_replacement`]).
    pub fn replace(&self, next: Security) {
        *self.current.write().expect("security lock") = Arc::new(next);
    }

    /// Registers `recurrence_auth_failures_total{endpoint_class}`.
    pub fn register(&self, registry: &mut Registry) {
        registry.register(
            "recurrence_auth_failures",
            "Requests refused for missing or wrong credentials, by endpoint class (webhook, admin, read)",
            self.failures.clone(),
        );
    }

    /// Whether the `Authorization` header holds valid credentials for `class`.
    async fn check(
        &self,
        security: &Security,
        class: EndpointClass,
        headers: &HeaderMap,
        peer: Option<IpAddr>,
    ) -> Result<(), Refusal> {
        self.check_credentials(security, class, headers, peer)
            .await
            .and_then(|verdict| verdict.ok_or(Refusal::Busy))
    }

    /// `Ok(Some(()))` for valid credentials, `Ok(None)` when the password could not be checked
    /// now (see [`MAX_CHECKS_PER_PEER`]).
    async fn check_credentials(
        &self,
        security: &Security,
        class: EndpointClass,
        headers: &HeaderMap,
        peer: Option<IpAddr>,
    ) -> Result<Option<()>, Refusal> {
        let credentials_error = Refusal::Credentials;
        let Some(value) = headers.get(header::AUTHORIZATION) else {
            return Err(credentials_error("missing credentials"));
        };
        let malformed = || credentials_error("malformed credentials");
        let value = value.to_str().map_err(|_| malformed())?.trim();
        let (scheme, credentials) = value.split_once(' ').unwrap_or((value, ""));
        let credentials = credentials.trim();
        if scheme.eq_ignore_ascii_case("bearer") {
            return match &security.tokens[class.index()] {
                Some(expected) if equal(&sha256(&[credentials.as_bytes()]), expected) => {
                    Ok(Some(()))
                }
                _ => Err(credentials_error("wrong credentials")),
            };
        }
        if scheme.eq_ignore_ascii_case("basic") {
            let decoded = base64::engine::general_purpose::STANDARD
                .decode(credentials)
                .ok()
                .and_then(|bytes| String::from_utf8(bytes).ok())
                .ok_or_else(malformed)?;
            let (user, password) = decoded.split_once(':').ok_or_else(malformed)?;
            return match self
                .password_ok(&security.web.basic_auth_users, user, password, peer)
                .await
            {
                Some(true) => Ok(Some(())),
                Some(false) => Err(credentials_error("wrong credentials")),
                None => Ok(None),
            };
        }
        Err(credentials_error("unsupported authorization scheme"))
    }

    /// A place for one more password check from `peer`, if it has fewer than
    /// [`MAX_CHECKS_PER_PEER`].
    fn begin_check(&self, peer: IpAddr) -> Option<CheckSlot<'_>> {
        let mut checking = self.checking.lock().expect("checking lock");
        let count = checking.entry(peer).or_insert(0);
        if *count >= MAX_CHECKS_PER_PEER {
            return None;
        }
        *count += 1;
        Some(CheckSlot { guard: self, peer })
    }

    /// What is remembered about a (user, hash, password) digest, if anything.
    fn remembered(&self, key: &[u8; 32], known: bool) -> Option<bool> {
        if known && self.verified.lock().expect("verified lock").contains(key) {
            return Some(true);
        }
        if self.refused.lock().expect("refused lock").contains(key) {
            return Some(false);
        }
        None
    }

    /// Whether the password is right; `None` when `peer` already has its share of checks
    /// under way. bcrypt runs on the blocking pool, one at a time, never on an async worker.
    async fn password_ok(
        &self,
        users: &BTreeMap<String, String>,
        user: &str,
        password: &str,
        peer: Option<IpAddr>,
    ) -> Option<bool> {
        // An unknown user is checked against a real hash and refused anyway, so the time
        // taken does not tell which user names exist.
        let (hash, known) = match (users.get(user), users.values().next()) {
            (Some(hash), _) => (hash.clone(), true),
            (None, Some(other)) => (other.clone(), false),
            (None, None) => return Some(false),
        };
        let key = sha256(&[user.as_bytes(), hash.as_bytes(), password.as_bytes()]);
        if let Some(known_answer) = self.remembered(&key, known) {
            return Some(known_answer && known);
        }
        let _slot = match peer {
            Some(peer) => Some(self.begin_check(peer)?),
            None => None,
        };
        let Ok(_permit) = self.bcrypt.acquire().await else {
            return Some(false);
        };
        // The same credentials may have been checked while this request waited.
        if let Some(known_answer) = self.remembered(&key, known) {
            return Some(known_answer && known);
        }
        let password = password.to_string();
        let matched = tokio::task::spawn_blocking(move || bcrypt::verify(password, &hash))
            .await
            .ok()
            .and_then(Result::ok)
            .unwrap_or(false);
        let accepted = matched && known;
        let cache = if accepted {
            &self.verified
        } else {
            &self.refused
        };
        let mut cache = cache.lock().expect("password cache lock");
        if cache.len() >= VERIFIED_CAPACITY {
            cache.clear();
        }
        cache.insert(key);
        Some(accepted)
    }
}

/// The middleware: refuses requests without valid credentials for their class, and adds the
/// web configuration's headers to every response, refusals included.
pub async fn require(State(guard): State<Arc<Guard>>, request: Request, next: Next) -> Response {
    let security = guard.current();
    let class = EndpointClass::of(request.method(), request.uri().path())
        .filter(|class| security.protects(*class));
    let peer = request
        .extensions()
        .get::<crate::serve::PeerAddr>()
        .map(|p| p.0.ip());
    let mut response = match class {
        None => next.run(request).await,
        Some(class) => match guard.check(&security, class, request.headers(), peer).await {
            Ok(()) => next.run(request).await,
            Err(Refusal::Busy) => {
                tracing::debug!(?peer, "too many password checks from one address");
                let mut response = (
                    StatusCode::TOO_MANY_REQUESTS,
                    Json(serde_json::json!({
                        "status": "error",
                        "errorType": "busy",
                        "error": "too many password checks from this address at once; retry shortly",
                    })),
                )
                    .into_response();
                response
                    .headers_mut()
                    .insert(header::RETRY_AFTER, HeaderValue::from_static("1"));
                response
            }
            Err(Refusal::Credentials(reason)) => {
                guard
                    .failures
                    .get_or_create(&ClassLabel {
                        endpoint_class: class.as_str(),
                    })
                    .inc();
                tracing::debug!(
                    endpoint_class = class.as_str(),
                    method = %request.method(),
                    path = request.uri().path(),
                    reason,
                    "refused a request"
                );
                unauthorized(&security, class, reason)
            }
        },
    };
    for (name, value) in &security.web.headers {
        response.headers_mut().insert(name.clone(), value.clone());
    }
    response
}

fn unauthorized(security: &Security, class: EndpointClass, reason: &str) -> Response {
    let mut response = (
        StatusCode::UNAUTHORIZED,
        Json(serde_json::json!({
            "status": "error",
            "errorType": "unauthorized",
            "error": format!("{reason} for the {} endpoints", class.as_str()),
        })),
    )
        .into_response();
    let headers = response.headers_mut();
    if security.tokens[class.index()].is_some() {
        headers.append(
            header::WWW_AUTHENTICATE,
            HeaderValue::from_static("Bearer realm=\"recurrence-exporter\""),
        );
    }
    if !security.web.basic_auth_users.is_empty() {
        headers.append(
            header::WWW_AUTHENTICATE,
            HeaderValue::from_static("Basic realm=\"recurrence-exporter\""),
        );
    }
    response
}

/// SHA-256 of the parts, each prefixed with its length so that parts cannot run together.
fn sha256(parts: &[&[u8]]) -> [u8; 32] {
    let mut context = ring::digest::Context::new(&ring::digest::SHA256);
    for part in parts {
        context.update(&(part.len() as u64).to_be_bytes());
        context.update(part);
    }
    context
        .finish()
        .as_ref()
        .try_into()
        .expect("SHA-256 has 32 bytes")
}

/// Compares two digests in constant time: every byte is looked at, whatever differs.
fn equal(a: &[u8; 32], b: &[u8; 32]) -> bool {
    let difference = a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y));
    std::hint::black_box(difference) == 0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes() {
        use EndpointClass::*;
        let table: &[(Method, &str, Option<EndpointClass>)] = &[
            (Method::POST, "/webhook/alertmanager", Some(Webhook)),
            (Method::POST, "/webhook/grafana", Some(Webhook)),
            (Method::POST, "/hooks/anything", Some(Webhook)),
            (Method::POST, "/api/v1/fixes", Some(Admin)),
            (Method::DELETE, "/api/v1/fixes/3", Some(Admin)),
            (Method::POST, "/-/reload", Some(Admin)),
            (Method::PUT, "/-/reload", Some(Admin)),
            (Method::GET, "/-/reload", Some(Admin)),
            (Method::GET, "/api/v1/fixes", Some(Read)),
            (Method::GET, "/api/v1/incidents", Some(Read)),
            (Method::GET, "/metrics", Some(Read)),
            (Method::HEAD, "/", Some(Read)),
            (Method::GET, "/-/healthy", None),
            (Method::HEAD, "/-/ready", None),
        ];
        for (method, path, class) in table {
            assert_eq!(EndpointClass::of(method, path), *class, "{method} {path}");
        }
    }

    #[test]
    fn digests_compare_equal_only_when_equal() {
        let a = sha256(&[b"token"]);
        assert!(equal(&a, &sha256(&[b"token"])));
        assert!(!equal(&a, &sha256(&[b"token "])));
        assert!(!equal(&a, &sha256(&[b"tok", b"en"])));
    }
}
