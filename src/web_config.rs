//! The web configuration file (`--web.config.file`) in the format of the Prometheus
//! exporter-toolkit, so an operator's existing file works here: `tls_server_config`,
//! `http_server_config` and `basic_auth_users`.
//!
//! A [`WebConfig`] that exists is valid: certificates and keys are read and matched, client
//! CAs loaded, bcrypt hashes checked, response headers restricted to the toolkit's list. Every
//! error names the key and its line and column. Relative file names are relative to the web
//! configuration file's directory, as in the toolkit. Parsing is tested on strings through
//! [`WebConfig::from_yaml`]; this module does not serve or authenticate anything.
//!
//! Differences from the toolkit, refused with a clear error rather than silently ignored:
//! `min_version`/`max_version` `TLS10` and `TLS11` (rustls speaks TLS 1.2 and 1.3 only), the
//! `CurveP521` curve, `client_allowed_sans` and `rate_limit` (the daemon's own `limits:`
//! apply). `http_server_config.http2` is accepted and ignored: the daemon speaks HTTP/1.1.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use axum::http::{HeaderName, HeaderValue};
use rustls::crypto::CryptoProvider;
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, PrivateKeyDer};
use rustls::server::danger::{ClientCertVerified, ClientCertVerifier};
use rustls::server::WebPkiClientVerifier;
use rustls::{NamedGroup, ServerConfig, SupportedCipherSuite};
use serde::Deserialize;
use serde_saphyr::Spanned;

use crate::config::invalid;

/// The validated web configuration.
#[derive(Clone, Default)]
pub struct WebConfig {
    /// TLS for the listener; `None` serves plain HTTP (no `tls_server_config`, or one that
    /// sets no certificate, key, client CA or client auth type, as in the toolkit).
    pub tls: Option<Arc<ServerConfig>>,
    /// Headers added to every response (`http_server_config.headers`).
    pub headers: Vec<(HeaderName, HeaderValue)>,
    /// User name → bcrypt hash; when not empty, these users may use every protected endpoint.
    pub basic_auth_users: BTreeMap<String, String>,
}

impl std::fmt::Debug for WebConfig {
    /// Names the users but never prints their hashes.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WebConfig")
            .field("tls", &self.tls.is_some())
            .field("headers", &self.headers)
            .field(
                "basic_auth_users",
                &self.basic_auth_users.keys().collect::<Vec<_>>(),
            )
            .finish()
    }
}

/// Why a web configuration was refused: the same errors, and messages, as the main
/// configuration's.
pub use crate::config::ConfigError as WebConfigError;

/// The client certificate policies of Go's `crypto/tls`, by the names the toolkit uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClientAuth {
    NoClientCert,
    /// Asks for a certificate; accepts none, and any certificate unverified.
    RequestClientCert,
    /// Demands a certificate but does not verify it.
    RequireAnyClientCert,
    /// Verifies a certificate against the client CA if one is sent.
    VerifyClientCertIfGiven,
    /// Demands a certificate signed by the client CA: the one secure choice.
    RequireAndVerifyClientCert,
}

impl ClientAuth {
    fn parse(name: &str) -> Option<ClientAuth> {
        Some(match name {
            "" | "NoClientCert" => ClientAuth::NoClientCert,
            "RequestClientCert" => ClientAuth::RequestClientCert,
            // The toolkit keeps the old name for backwards compatibility.
            "RequireAnyClientCert" | "RequireClientCert" => ClientAuth::RequireAnyClientCert,
            "VerifyClientCertIfGiven" => ClientAuth::VerifyClientCertIfGiven,
            "RequireAndVerifyClientCert" => ClientAuth::RequireAndVerifyClientCert,
            _ => return None,
        })
    }
}

/// The headers the toolkit lets a web configuration set, with their allowed values (empty:
/// any value).
const ALLOWED_HEADERS: [(&str, &[&str]); 5] = [
    ("Strict-Transport-Security", &[]),
    ("X-Content-Type-Options", &["nosniff"]),
    ("X-Frame-Options", &["deny", "sameorigin"]),
    ("X-XSS-Protection", &[]),
    ("Content-Security-Policy", &[]),
];

impl WebConfig {
    /// Reads and validates a web configuration file and the files it names.
    pub fn load(path: &Path) -> Result<WebConfig, WebConfigError> {
        let text = std::fs::read_to_string(path).map_err(|error| WebConfigError::Read {
            path: path.display().to_string(),
            error,
        })?;
        let base = path.parent().unwrap_or(Path::new("."));
        WebConfig::from_yaml(&text, base).map_err(|e| e.in_file(path))
    }

    /// Parses and validates a web configuration; relative file names are taken from `base`.
    pub fn from_yaml(text: &str, base: &Path) -> Result<WebConfig, WebConfigError> {
        let raw: RawWebConfig = if text.trim().is_empty() {
            RawWebConfig::default()
        } else {
            serde_saphyr::from_str::<Option<RawWebConfig>>(text)
                .map_err(|e| WebConfigError::Syntax(e.to_string()))?
                .unwrap_or_default()
        };
        raw.validate(base)
    }
}

// ---------------------------------------------------------------------------------------------
// The raw file, exactly as written.

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawWebConfig {
    tls_server_config: Option<Spanned<RawTls>>,
    http_server_config: Option<Spanned<RawHttp>>,
    basic_auth_users: Option<BTreeMap<String, Spanned<String>>>,
    rate_limit: Option<Spanned<RawRateLimit>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTls {
    cert: Option<Spanned<String>>,
    key: Option<Spanned<String>>,
    client_ca: Option<Spanned<String>>,
    cert_file: Option<Spanned<String>>,
    key_file: Option<Spanned<String>>,
    client_auth_type: Option<Spanned<String>>,
    client_ca_file: Option<Spanned<String>>,
    client_allowed_sans: Option<Spanned<Vec<String>>>,
    min_version: Option<Spanned<String>>,
    max_version: Option<Spanned<String>>,
    cipher_suites: Option<Spanned<Vec<Spanned<String>>>>,
    prefer_server_cipher_suites: Option<bool>,
    curve_preferences: Option<Spanned<Vec<Spanned<String>>>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawHttp {
    /// Accepted for compatibility; the daemon speaks HTTP/1.1 only.
    #[allow(dead_code)]
    http2: Option<bool>,
    headers: Option<BTreeMap<String, Spanned<String>>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawRateLimit {
    interval: Option<String>,
    #[allow(dead_code)]
    burst: Option<u64>,
}

/// Go's YAML cannot tell an empty string from an absent key; neither can the toolkit.
fn set(value: &Option<Spanned<String>>) -> Option<&Spanned<String>> {
    value.as_ref().filter(|s| !s.value.is_empty())
}

impl RawWebConfig {
    fn validate(self, base: &Path) -> Result<WebConfig, WebConfigError> {
        if let Some(span) = &self.rate_limit {
            let disabled = match &span.value.interval {
                None => true,
                Some(i) => crate::config::parse_duration(i).is_ok_and(|d| d.is_zero()),
            };
            if !disabled {
                return Err(invalid(
                    span,
                    "rate_limit",
                    "is not supported; the configuration file's limits: (max_in_flight, request_timeout) bound the load",
                ));
            }
        }
        let mut headers = Vec::new();
        if let Some(http) = &self.http_server_config {
            for (name, value) in http.value.headers.iter().flatten() {
                headers.push(header(name, value)?);
            }
        }
        let mut basic_auth_users = BTreeMap::new();
        for (user, hash) in self.basic_auth_users.into_iter().flatten() {
            let key = format!("basic_auth_users.{user}");
            if user.is_empty() || user.contains(':') {
                return Err(invalid(
                    &hash,
                    key,
                    "a user name must be non-empty and without ':'",
                ));
            }
            check_bcrypt(&hash.value).map_err(|m| invalid(&hash, key, m))?;
            basic_auth_users.insert(user, hash.value);
        }
        let tls = match &self.tls_server_config {
            Some(span) => span.value.validate(span, base)?,
            None => None,
        };
        Ok(WebConfig {
            tls,
            headers,
            basic_auth_users,
        })
    }
}

fn header(
    name: &str,
    value: &Spanned<String>,
) -> Result<(HeaderName, HeaderValue), WebConfigError> {
    let key = format!("http_server_config.headers.{name}");
    let Some((canonical, allowed)) = ALLOWED_HEADERS
        .iter()
        .find(|(h, _)| h.eq_ignore_ascii_case(name))
    else {
        return Err(invalid(
            value,
            key,
            format!(
                "HTTP header {name:?} can not be configured (allowed: {})",
                ALLOWED_HEADERS.map(|(h, _)| h).join(", ")
            ),
        ));
    };
    if !allowed.is_empty() && !allowed.contains(&value.value.as_str()) {
        return Err(invalid(
            value,
            key,
            format!(
                "{:?} is not one of {}",
                value.value,
                allowed
                    .iter()
                    .map(|a| format!("{a:?}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        ));
    }
    let header_value = HeaderValue::from_str(&value.value)
        .map_err(|_| invalid(value, &key, "holds a character not allowed in a header"))?;
    // `from_bytes` lower-cases the name, as HTTP/1.1 and HTTP/2 both allow.
    let header_name =
        HeaderName::from_bytes(canonical.as_bytes()).expect("the allowed header names are valid");
    Ok((header_name, header_value))
}

/// Checks that `hash` is a bcrypt hash (`$2a$`, `$2b$`, `$2x$` or `$2y$`, cost 4 to 31).
fn check_bcrypt(hash: &str) -> Result<(), String> {
    let well_formed = hash.len() == 60
        && ["$2a$", "$2b$", "$2x$", "$2y$"]
            .iter()
            .any(|p| hash.starts_with(p))
        && hash.as_bytes()[6] == b'$'
        && hash[4..6]
            .parse::<u32>()
            .is_ok_and(|c| (4..=31).contains(&c))
        && hash[7..]
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'.' || b == b'/');
    if well_formed {
        Ok(())
    } else {
        // The value is a secret's hash; it is not repeated in the message.
        Err("is not a bcrypt hash (like $2y$10$ followed by 53 characters); make one with `htpasswd -nBC 10 \"\" | tr -d ':\\n'`".into())
    }
}

impl RawTls {
    /// Builds the rustls server configuration, reading every file it names.
    fn validate(
        &self,
        section: &Spanned<RawTls>,
        base: &Path,
    ) -> Result<Option<Arc<ServerConfig>>, WebConfigError> {
        let enabled = [
            &self.cert,
            &self.key,
            &self.client_ca,
            &self.cert_file,
            &self.key_file,
            &self.client_ca_file,
            &self.client_auth_type,
        ]
        .iter()
        .any(|v| set(v).is_some());
        if !enabled {
            return Ok(None);
        }
        const S: &str = "tls_server_config";
        // Everything that needs no file first, so these mistakes show without certificates.
        let client_auth = match set(&self.client_auth_type) {
            None => ClientAuth::NoClientCert,
            Some(span) => ClientAuth::parse(&span.value).ok_or_else(|| {
                invalid(
                    span,
                    format!("{S}.client_auth_type"),
                    format!(
                        "{:?} is not one of NoClientCert, RequestClientCert, RequireAnyClientCert, VerifyClientCertIfGiven, RequireAndVerifyClientCert",
                        span.value
                    ),
                )
            })?,
        };
        if let Some(span) = &self.client_allowed_sans {
            return Err(invalid(
                span,
                format!("{S}.client_allowed_sans"),
                "is not supported; sign client certificates with a dedicated client CA instead",
            ));
        }

        let versions = self.versions(section)?;
        let mut provider = rustls::crypto::ring::default_provider();
        if let Some(list) = &self.cipher_suites {
            provider.cipher_suites = cipher_suites(&provider.cipher_suites, list)?;
        }
        if let Some(list) = &self.curve_preferences {
            provider.kx_groups = curves(&provider.kx_groups, list)?;
        }
        let provider = Arc::new(provider);

        let cert = pem_source(&self.cert, &self.cert_file, "cert", section, base)?
            .ok_or_else(|| invalid(section, S, "missing one of cert or cert_file"))?;
        let key = pem_source(&self.key, &self.key_file, "key", section, base)?
            .ok_or_else(|| invalid(section, S, "missing one of key or key_file"))?;
        let client_ca = pem_source(
            &self.client_ca,
            &self.client_ca_file,
            "client_ca",
            section,
            base,
        )?;

        let chain: Vec<CertificateDer<'static>> = CertificateDer::pem_slice_iter(&cert.bytes)
            .collect::<Result<_, _>>()
            .map_err(|e| cert.error(format!("no valid PEM certificate: {e}")))?;
        if chain.is_empty() {
            return Err(cert.error("holds no PEM certificate"));
        }
        let private_key = PrivateKeyDer::from_pem_slice(&key.bytes)
            .map_err(|e| key.error(format!("no valid PEM private key: {e}")))?;

        let builder = ServerConfig::builder_with_provider(provider.clone())
            .with_protocol_versions(&versions)
            .map_err(|e| invalid(section, S, e.to_string()))?;
        let builder = match (client_auth, &client_ca) {
            (ClientAuth::NoClientCert, None) => builder.with_no_client_auth(),
            (ClientAuth::NoClientCert, Some(ca)) => {
                return Err(ca.error(
                    "client CAs are configured without client_auth_type; use RequireAndVerifyClientCert",
                ))
            }
            (ClientAuth::RequestClientCert | ClientAuth::RequireAnyClientCert, _) => builder
                .with_client_cert_verifier(Arc::new(AnyClientCert {
                    mandatory: client_auth == ClientAuth::RequireAnyClientCert,
                    provider: provider.clone(),
                })),
            (ClientAuth::VerifyClientCertIfGiven | ClientAuth::RequireAndVerifyClientCert, ca) => {
                let Some(ca) = ca else {
                    let span = set(&self.client_auth_type).expect("a policy was written");
                    return Err(invalid(
                        span,
                        format!("{S}.client_auth_type"),
                        "verifying client certificates needs client_ca_file or client_ca",
                    ));
                };
                let mut roots = rustls::RootCertStore::empty();
                for der in CertificateDer::pem_slice_iter(&ca.bytes) {
                    let der =
                        der.map_err(|e| ca.error(format!("no valid PEM certificate: {e}")))?;
                    roots
                        .add(der)
                        .map_err(|e| ca.error(format!("not a usable CA certificate: {e}")))?;
                }
                if roots.is_empty() {
                    return Err(ca.error("holds no PEM certificate"));
                }
                let verifier =
                    WebPkiClientVerifier::builder_with_provider(Arc::new(roots), provider.clone());
                let verifier = if client_auth == ClientAuth::VerifyClientCertIfGiven {
                    verifier.allow_unauthenticated()
                } else {
                    verifier
                };
                builder.with_client_cert_verifier(
                    verifier
                        .build()
                        .map_err(|e| ca.error(format!("building the verifier: {e}")))?,
                )
            }
        };
        let mut config = builder
            .with_single_cert(chain, private_key)
            .map_err(|e| key.error(format!("does not fit the certificate: {e}")))?;
        config.ignore_client_order = self.prefer_server_cipher_suites.unwrap_or(true);
        config.alpn_protocols = vec![b"http/1.1".to_vec()];
        Ok(Some(Arc::new(config)))
    }

    fn versions(
        &self,
        section: &Spanned<RawTls>,
    ) -> Result<Vec<&'static rustls::SupportedProtocolVersion>, WebConfigError> {
        let parse = |value: &Option<Spanned<String>>, key: &str, default: u8| match set(value) {
            None => Ok(default),
            Some(span) => match span.value.as_str() {
                "TLS12" => Ok(2),
                "TLS13" => Ok(3),
                "TLS10" | "TLS11" => Err(invalid(
                    span,
                    format!("tls_server_config.{key}"),
                    format!("{} is not supported (TLS12 and TLS13 are)", span.value),
                )),
                other => Err(invalid(
                    span,
                    format!("tls_server_config.{key}"),
                    format!("unknown TLS version {other:?} (use TLS12 or TLS13)"),
                )),
            },
        };
        let min = parse(&self.min_version, "min_version", 2)?;
        let max = parse(&self.max_version, "max_version", 3)?;
        if min > max {
            return Err(invalid(
                section,
                "tls_server_config",
                "min_version is above max_version",
            ));
        }
        Ok((min..=max)
            .map(|v| {
                if v == 2 {
                    &rustls::version::TLS12
                } else {
                    &rustls::version::TLS13
                }
            })
            .collect())
    }
}

/// PEM text from an inline value or a file, remembering where it came from for errors.
struct PemSource<'a> {
    bytes: Vec<u8>,
    span: &'a Spanned<String>,
    key: String,
}

impl PemSource<'_> {
    fn error(&self, message: impl std::fmt::Display) -> WebConfigError {
        invalid(self.span, &self.key, message.to_string())
    }
}

fn pem_source<'a>(
    inline: &'a Option<Spanned<String>>,
    file: &'a Option<Spanned<String>>,
    name: &str,
    section: &Spanned<RawTls>,
    base: &Path,
) -> Result<Option<PemSource<'a>>, WebConfigError> {
    match (set(inline), set(file)) {
        (None, None) => Ok(None),
        (Some(_), Some(_)) => Err(invalid(
            section,
            "tls_server_config",
            format!("{name} and {name}_file are both set; use one"),
        )),
        (Some(span), None) => Ok(Some(PemSource {
            bytes: span.value.clone().into_bytes(),
            span,
            key: format!("tls_server_config.{name}"),
        })),
        (None, Some(span)) => {
            let path: PathBuf = base.join(&span.value);
            let key = format!("tls_server_config.{name}_file");
            let bytes = std::fs::read(&path)
                .map_err(|e| invalid(span, &key, format!("reading {}: {e}", path.display())))?;
            Ok(Some(PemSource { bytes, span, key }))
        }
    }
}

/// Keeps the TLS 1.2 suites named, in the order named, and every TLS 1.3 suite: like Go,
/// which the toolkit builds on, `cipher_suites` does not apply to TLS 1.3.
fn cipher_suites(
    available: &[SupportedCipherSuite],
    list: &Spanned<Vec<Spanned<String>>>,
) -> Result<Vec<SupportedCipherSuite>, WebConfigError> {
    // rustls spells the TLS 1.3 suites `TLS13_…` where IANA and Go write `TLS_…`.
    let name_of = |s: &SupportedCipherSuite| {
        s.suite()
            .as_str()
            .unwrap_or_default()
            .replacen("TLS13_", "TLS_", 1)
    };
    let mut chosen = Vec::new();
    for name in &list.value {
        // Go also accepts the CHACHA20 suites without the `_SHA256` suffix.
        let wanted = match name.value.as_str() {
            "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305" => "TLS_ECDHE_RSA_WITH_CHACHA20_POLY1305_SHA256",
            "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305" => {
                "TLS_ECDHE_ECDSA_WITH_CHACHA20_POLY1305_SHA256"
            }
            other => other,
        };
        match available.iter().find(|s| name_of(s) == wanted) {
            Some(SupportedCipherSuite::Tls13(_)) => {}
            Some(suite) => chosen.push(*suite),
            None => {
                return Err(invalid(
                    name,
                    "tls_server_config.cipher_suites",
                    format!(
                        "{:?} is not supported (supported: {})",
                        name.value,
                        available
                            .iter()
                            .filter(|s| matches!(s, SupportedCipherSuite::Tls12(_)))
                            .map(name_of)
                            .collect::<Vec<_>>()
                            .join(", ")
                    ),
                ))
            }
        }
    }
    if chosen.is_empty() {
        return Err(invalid(
            list,
            "tls_server_config.cipher_suites",
            "names no TLS 1.2 cipher suite",
        ));
    }
    chosen.extend(
        available
            .iter()
            .filter(|s| matches!(s, SupportedCipherSuite::Tls13(_))),
    );
    Ok(chosen)
}

type KxGroups = Vec<&'static dyn rustls::crypto::SupportedKxGroup>;

fn curves(
    available: &KxGroups,
    list: &Spanned<Vec<Spanned<String>>>,
) -> Result<KxGroups, WebConfigError> {
    let mut chosen = Vec::new();
    for name in &list.value {
        let group = match name.value.as_str() {
            "CurveP256" => Some(NamedGroup::secp256r1),
            "CurveP384" => Some(NamedGroup::secp384r1),
            "X25519" => Some(NamedGroup::X25519),
            _ => None,
        };
        let found = group.and_then(|g| available.iter().find(|k| k.name() == g));
        match found {
            Some(kx) => chosen.push(*kx),
            None => {
                return Err(invalid(
                    name,
                    "tls_server_config.curve_preferences",
                    format!(
                        "{:?} is not supported (supported: CurveP256, CurveP384, X25519)",
                        name.value
                    ),
                ))
            }
        }
    }
    if chosen.is_empty() {
        return Err(invalid(
            list,
            "tls_server_config.curve_preferences",
            "names no curve",
        ));
    }
    Ok(chosen)
}

/// `RequestClientCert` and `RequireAnyClientCert`: a client certificate is asked for (and
/// for the latter demanded) but never checked against a CA, as in Go. The handshake
/// signature is still verified, so the client holds the certificate's key.
#[derive(Debug)]
struct AnyClientCert {
    mandatory: bool,
    provider: Arc<CryptoProvider>,
}

impl ClientCertVerifier for AnyClientCert {
    fn offer_client_auth(&self) -> bool {
        true
    }

    fn client_auth_mandatory(&self) -> bool {
        self.mandatory
    }

    fn root_hint_subjects(&self) -> &[rustls::DistinguishedName] {
        &[]
    }

    fn verify_client_cert(
        &self,
        _end_entity: &CertificateDer<'_>,
        _intermediates: &[CertificateDer<'_>],
        _now: rustls::pki_types::UnixTime,
    ) -> Result<ClientCertVerified, rustls::Error> {
        Ok(ClientCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &rustls::DigitallySignedStruct,
    ) -> Result<rustls::client::danger::HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls12_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        )
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &rustls::DigitallySignedStruct,
    ) -> Result<rustls::client::danger::HandshakeSignatureValid, rustls::Error> {
        rustls::crypto::verify_tls13_signature(
            message,
            cert,
            dss,
            &self.provider.signature_verification_algorithms,
        )
    }

    fn supported_verify_schemes(&self) -> Vec<rustls::SignatureScheme> {
        self.provider
            .signature_verification_algorithms
            .supported_schemes()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Checks that `yaml` is refused with a first line starting with `expected`.
    fn check_invalid(yaml: &str, expected: &str) {
        let err = WebConfig::from_yaml(yaml, Path::new("/etc/rx"))
            .expect_err(yaml)
            .to_string();
        let first = err.lines().next().unwrap_or_default();
        assert!(
            first.starts_with(expected),
            "for web config:\n{yaml}\nexpected prefix: {expected}\ngot: {first}\nfull:\n{err}"
        );
    }

    #[test]
    fn invalid_web_configs_name_key_and_line() {
        let tls = "tls_server_config:\n  cert_file: server.crt\n  key_file: server.key\n";
        let table: &[(String, &str)] = &[
            ("bogus: 1\n".into(), "error: line 1 column 1: unknown field `bogus`, expected one of tls_server_config, http_server_config, basic_auth_users, rate_limit"),
            ("tls_server_config:\n  certfile: a\n".into(), "error: line 2 column 3: unknown field `certfile`"),
            (format!("{tls}  client_auth_type: Sometimes\n"), "line 4 column 21: tls_server_config.client_auth_type: \"Sometimes\" is not one of NoClientCert, RequestClientCert, RequireAnyClientCert, VerifyClientCertIfGiven, RequireAndVerifyClientCert"),
            (format!("{tls}  min_version: TLS11\n"), "line 4 column 16: tls_server_config.min_version: TLS11 is not supported (TLS12 and TLS13 are)"),
            (format!("{tls}  max_version: SSL3\n"), "line 4 column 16: tls_server_config.max_version: unknown TLS version \"SSL3\" (use TLS12 or TLS13)"),
            (format!("{tls}  min_version: TLS13\n  max_version: TLS12\n"), "line 2 column 3: tls_server_config: min_version is above max_version"),
            (format!("{tls}  cipher_suites: [TLS_RSA_WITH_AES_128_CBC_SHA]\n"), "line 4 column 19: tls_server_config.cipher_suites: \"TLS_RSA_WITH_AES_128_CBC_SHA\" is not supported (supported: TLS_ECDHE_"),
            (format!("{tls}  cipher_suites: [TLS_AES_128_GCM_SHA256]\n"), "line 4 column 18: tls_server_config.cipher_suites: names no TLS 1.2 cipher suite"),
            (format!("{tls}  curve_preferences: [X25519, CurveP521]\n"), "line 4 column 31: tls_server_config.curve_preferences: \"CurveP521\" is not supported (supported: CurveP256, CurveP384, X25519)"),
            (format!("{tls}  client_auth_type: RequireAndVerifyClientCert\n  client_allowed_sans: [a]\n"), "line 5 column 24: tls_server_config.client_allowed_sans: is not supported"),
            ("tls_server_config:\n  cert: \"-----BEGIN CERTIFICATE-----\"\n".into(), "line 2 column 3: tls_server_config: missing one of key or key_file"),
            ("tls_server_config:\n  key_file: k\n".into(), "line 2 column 3: tls_server_config: missing one of cert or cert_file"),
            ("tls_server_config:\n  cert: x\n  cert_file: y\n  key: z\n".into(), "line 2 column 3: tls_server_config: cert and cert_file are both set; use one"),
            (tls.into(), "line 2 column 14: tls_server_config.cert_file: reading /etc/rx/server.crt: No such file or directory"),
            ("tls_server_config:\n  cert: x\n  key: y\n".into(), "line 2 column 9: tls_server_config.cert: holds no PEM certificate"),
            ("http_server_config:\n  headers:\n    X-Powered-By: rust\n".into(), "line 3 column 19: http_server_config.headers.X-Powered-By: HTTP header \"X-Powered-By\" can not be configured (allowed: Strict-Transport-Security, X-Content-Type-Options, X-Frame-Options, X-XSS-Protection, Content-Security-Policy)"),
            ("http_server_config:\n  headers:\n    X-Frame-Options: allow\n".into(), "line 3 column 22: http_server_config.headers.X-Frame-Options: \"allow\" is not one of \"deny\", \"sameorigin\""),
            ("http_server_config:\n  http3: true\n".into(), "error: line 2 column 3: unknown field `http3`, expected one of http2, headers"),
            ("basic_auth_users:\n  alice: hunter2\n".into(), "line 2 column 10: basic_auth_users.alice: is not a bcrypt hash"),
            ("rate_limit:\n  interval: 1s\n  burst: 20\n".into(), "line 2 column 3: rate_limit: is not supported"),
            ("tls_server_config: [a]\n".into(), "error: line 1 column 20: expected mapping start"),
        ];
        for (yaml, expected) in table {
            check_invalid(yaml, expected);
        }
    }

    #[test]
    fn valid_without_tls() {
        let hash = bcrypt::hash("secret", 4).expect("hash");
        let yaml = format!(
            "tls_server_config: {{}}\nhttp_server_config:\n  http2: false\n  headers:\n    X-Frame-Options: deny\n    Content-Security-Policy: \"default-src 'self'\"\nbasic_auth_users:\n  alice: {hash}\nrate_limit:\n  interval: 0s\n"
        );
        let c = WebConfig::from_yaml(&yaml, Path::new(".")).expect("valid");
        assert!(c.tls.is_none());
        assert_eq!(c.headers.len(), 2);
        assert_eq!(c.headers[0].0.as_str(), "content-security-policy");
        assert_eq!(c.basic_auth_users.get("alice"), Some(&hash));
        // Debug output never shows a hash.
        assert!(!format!("{c:?}").contains(&hash));
        let empty = WebConfig::from_yaml("", Path::new(".")).expect("empty is valid");
        assert!(empty.tls.is_none() && empty.headers.is_empty());
    }
}
