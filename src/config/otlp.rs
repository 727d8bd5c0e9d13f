//! The `otlp:` section: where and how metrics and traces are pushed over OTLP/HTTP.
//!
//! Only the YAML as written, checked; `export::otlp` adds the `OTEL_EXPORTER_OTLP_*`
//! environment and the defaults when the daemon starts.

use std::time::Duration;

use serde::Deserialize;
use serde_saphyr::Spanned;

use super::{duration_or, invalid, ConfigError};

/// The `otlp:` section. `None` means "not written": the environment or the default applies.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OtlpConfig {
    /// Base URL of an OTLP/HTTP receiver; `/v1/metrics` and `/v1/traces` are appended.
    pub endpoint: Option<String>,
    /// How often metrics are pushed.
    pub interval: Option<Duration>,
    /// Longest one export request may take.
    pub timeout: Option<Duration>,
    /// Extra request headers, e.g. an API key; they win over `headers_file` and the environment.
    pub headers: Vec<(String, String)>,
    /// A file of `Name: value` lines read at start-up, for secrets kept out of the YAML.
    pub headers_file: Option<std::path::PathBuf>,
    pub tls: OtlpTls,
}

/// TLS settings of an `https://` OTLP endpoint.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct OtlpTls {
    /// PEM CA certificates trusted in addition to the system's.
    pub ca_file: Option<std::path::PathBuf>,
    /// PEM client certificate and key, for mutual TLS; both or neither.
    pub cert_file: Option<std::path::PathBuf>,
    pub key_file: Option<std::path::PathBuf>,
    /// Accept any server certificate; for tests only.
    pub insecure_skip_verify: bool,
}

/// The one OTLP protocol spoken; `grpc` and `http/json` are refused.
pub const OTLP_PROTOCOL: &str = "http/protobuf";

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawOtlp {
    endpoint: Option<Spanned<String>>,
    protocol: Option<Spanned<String>>,
    interval: Option<Spanned<String>>,
    timeout: Option<Spanned<String>>,
    headers: Option<Spanned<std::collections::BTreeMap<String, String>>>,
    headers_file: Option<Spanned<String>>,
    tls: Option<Spanned<RawOtlpTls>>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawOtlpTls {
    ca_file: Option<String>,
    cert_file: Option<String>,
    key_file: Option<String>,
    #[serde(default)]
    insecure_skip_verify: bool,
}

/// Checks an OTLP endpoint URL: `http://` or `https://` with a host. Also used for the
/// `OTEL_EXPORTER_OTLP_*ENDPOINT` environment variables.
pub fn check_otlp_endpoint(url: &str) -> Result<(), String> {
    let rest = url
        .strip_prefix("http://")
        .or_else(|| url.strip_prefix("https://"))
        .ok_or_else(|| format!("{url:?} is not an http:// or https:// URL"))?;
    let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
    if host.is_empty() || host.chars().any(|c| c.is_whitespace()) {
        return Err(format!("{url:?} has no valid host"));
    }
    Ok(())
}

/// Checks a header name: an HTTP token.
pub fn valid_header_name(name: &str) -> bool {
    !name.is_empty()
        && name
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(&b))
}

impl RawOtlp {
    pub(super) fn validate(self) -> Result<OtlpConfig, ConfigError> {
        if let Some(span) = &self.endpoint {
            check_otlp_endpoint(&span.value).map_err(|m| invalid(span, "otlp.endpoint", m))?;
        }
        if let Some(span) = &self.protocol {
            if span.value != OTLP_PROTOCOL {
                return Err(invalid(
                    span,
                    "otlp.protocol",
                    format!("{:?} is not supported; use {OTLP_PROTOCOL}", span.value),
                ));
            }
        }
        let duration = |value: &Option<Spanned<String>>, key| match value {
            None => Ok(None),
            Some(_) => duration_or(value, key, Duration::ZERO).map(Some),
        };
        let interval = duration(&self.interval, "otlp.interval")?;
        let timeout = duration(&self.timeout, "otlp.timeout")?;
        let mut headers = Vec::new();
        if let Some(span) = &self.headers {
            for (name, value) in &span.value {
                if !valid_header_name(name) {
                    return Err(invalid(
                        span,
                        "otlp.headers",
                        format!("{name:?} is not a valid HTTP header name"),
                    ));
                }
                if value.chars().any(|c| c.is_control()) {
                    return Err(invalid(
                        span,
                        "otlp.headers",
                        format!("the value of {name:?} holds a control character"),
                    ));
                }
                headers.push((name.clone(), value.clone()));
            }
        }
        let mut tls = OtlpTls::default();
        if let Some(span) = &self.tls {
            let raw = &span.value;
            if raw.cert_file.is_some() != raw.key_file.is_some() {
                return Err(invalid(
                    span,
                    "otlp.tls",
                    "cert_file and key_file go together (mutual TLS)",
                ));
            }
            let used = raw.ca_file.is_some() || raw.cert_file.is_some() || raw.insecure_skip_verify;
            if let Some(endpoint) = &self.endpoint {
                if used && endpoint.value.starts_with("http://") {
                    return Err(invalid(
                        span,
                        "otlp.tls",
                        "applies only to an https:// endpoint",
                    ));
                }
            }
            tls = OtlpTls {
                ca_file: raw.ca_file.as_ref().map(Into::into),
                cert_file: raw.cert_file.as_ref().map(Into::into),
                key_file: raw.key_file.as_ref().map(Into::into),
                insecure_skip_verify: raw.insecure_skip_verify,
            };
        }
        Ok(OtlpConfig {
            endpoint: self.endpoint.map(|s| s.value),
            interval,
            timeout,
            headers,
            headers_file: self.headers_file.map(|s| s.value.into()),
            tls,
        })
    }
}
