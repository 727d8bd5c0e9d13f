//! OTLP connection settings and failure accounting, shared by the metrics exporter
//! (`export::otlp`) and the trace pipeline (`telemetry`): endpoints, headers and TLS resolved
//! from YAML, the `OTEL_*` environment and defaults; the failure counter and its bounded log;
//! the resource attributes every signal carries. Knows nothing of what is exported.

use std::collections::HashMap;
use std::sync::{Arc, LazyLock, Mutex};
use std::time::{Duration, Instant};

use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::registry::Registry;

use crate::config::{check_otlp_endpoint, valid_header_name, OtlpConfig, OTLP_PROTOCOL};

/// Default push interval, as OTEL_METRIC_EXPORT_INTERVAL's default.
pub const DEFAULT_INTERVAL: Duration = Duration::from_secs(60);
/// Default time one export request may take, as OTEL_EXPORTER_OTLP_TIMEOUT's default.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(10);
/// How long shutdown waits for the last export of each signal.
pub const SHUTDOWN_BUDGET: Duration = Duration::from_secs(5);
/// Least time between two log lines about failing exports of one signal.
const FAILURE_LOG_EVERY: Duration = Duration::from_secs(60);

/// The OTLP settings in force: YAML first, then the `OTEL_*` environment, then defaults.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settings {
    /// Full URL metrics are posted to; `None`: metrics are not exported.
    pub metrics_url: Option<String>,
    /// Full URL traces are posted to; `None`: traces are not exported.
    pub traces_url: Option<String>,
    pub interval: Duration,
    pub timeout: Duration,
    /// Request headers, later sources overriding earlier ones (environment, file, YAML).
    pub headers: Vec<(String, String)>,
    pub tls: crate::config::OtlpTls,
}

impl Settings {
    /// Combines the YAML section with the environment (`env` looks a variable up); `Ok(None)`
    /// when no endpoint is configured anywhere or `OTEL_SDK_DISABLED=true`. Reads
    /// `headers_file`, so its errors are reported at start-up.
    pub fn resolve(
        config: &OtlpConfig,
        env: impl Fn(&str) -> Option<String>,
    ) -> Result<Option<Settings>, String> {
        let env = |name: &str| env(name).filter(|v| !v.trim().is_empty());
        if env("OTEL_SDK_DISABLED").is_some_and(|v| v.trim().eq_ignore_ascii_case("true")) {
            return Ok(None);
        }
        for name in [
            "OTEL_EXPORTER_OTLP_PROTOCOL",
            "OTEL_EXPORTER_OTLP_METRICS_PROTOCOL",
            "OTEL_EXPORTER_OTLP_TRACES_PROTOCOL",
        ] {
            if let Some(value) = env(name) {
                if value.trim() != OTLP_PROTOCOL {
                    return Err(format!(
                        "{name}={value:?} is not supported; use {OTLP_PROTOCOL}"
                    ));
                }
            }
        }
        let signal_url = |signal_var: &str, path: &str| -> Result<Option<String>, String> {
            let url = match (
                &config.endpoint,
                env(signal_var),
                env("OTEL_EXPORTER_OTLP_ENDPOINT"),
            ) {
                (Some(base), _, _) => Some(join(base, path)),
                (None, Some(url), _) => Some(url.trim().to_string()),
                (None, None, Some(base)) => Some(join(base.trim(), path)),
                (None, None, None) => None,
            };
            if let Some(url) = &url {
                check_otlp_endpoint(url).map_err(|e| format!("OTLP endpoint: {e}"))?;
            }
            Ok(url)
        };
        let metrics_url = signal_url("OTEL_EXPORTER_OTLP_METRICS_ENDPOINT", "v1/metrics")?;
        let traces_url = signal_url("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "v1/traces")?;
        if metrics_url.is_none() && traces_url.is_none() {
            return Ok(None);
        }
        let millis = |name: &str| -> Result<Option<Duration>, String> {
            env(name)
                .map(|v| {
                    v.trim()
                        .parse::<u64>()
                        .ok()
                        .filter(|ms| *ms > 0)
                        .map(Duration::from_millis)
                        .ok_or_else(|| {
                            format!("{name}={v:?} is not a positive number of milliseconds")
                        })
                })
                .transpose()
        };
        let interval = match config.interval {
            Some(d) => d,
            None => millis("OTEL_METRIC_EXPORT_INTERVAL")?.unwrap_or(DEFAULT_INTERVAL),
        };
        let timeout = match config.timeout {
            Some(d) => d,
            None => millis("OTEL_EXPORTER_OTLP_TIMEOUT")?.unwrap_or(DEFAULT_TIMEOUT),
        };

        let mut headers: Vec<(String, String)> = Vec::new();
        let mut set = |name: &str, value: &str| {
            headers.retain(|(n, _)| !n.eq_ignore_ascii_case(name));
            headers.push((name.to_string(), value.to_string()));
        };
        if let Some(list) = env("OTEL_EXPORTER_OTLP_HEADERS") {
            for (name, value) in parse_env_headers(&list)? {
                set(&name, &value);
            }
        }
        if let Some(path) = &config.headers_file {
            let text = std::fs::read_to_string(path)
                .map_err(|e| format!("reading otlp.headers_file {}: {e}", path.display()))?;
            for (number, line) in text.lines().enumerate() {
                let line = line.trim();
                if line.is_empty() || line.starts_with('#') {
                    continue;
                }
                let (name, value) = line
                    .split_once(':')
                    .filter(|(n, _)| valid_header_name(n.trim()))
                    .ok_or_else(|| {
                        format!(
                            "otlp.headers_file {} line {}: expected `Name: value`",
                            path.display(),
                            number + 1
                        )
                    })?;
                set(name.trim(), value.trim());
            }
        }
        for (name, value) in &config.headers {
            set(name, value);
        }

        let mut tls = config.tls.clone();
        let path_env = |name: &str| env(name).map(|v| std::path::PathBuf::from(v.trim()));
        tls.ca_file = tls
            .ca_file
            .or_else(|| path_env("OTEL_EXPORTER_OTLP_CERTIFICATE"));
        if tls.cert_file.is_none() {
            tls.cert_file = path_env("OTEL_EXPORTER_OTLP_CLIENT_CERTIFICATE");
            tls.key_file = path_env("OTEL_EXPORTER_OTLP_CLIENT_KEY");
        }
        Ok(Some(Settings {
            metrics_url,
            traces_url,
            interval,
            timeout,
            headers,
            tls,
        }))
    }

    /// The settings from `config` and the process environment.
    pub fn from_env(config: &OtlpConfig) -> Result<Option<Settings>, String> {
        Settings::resolve(config, |name| std::env::var(name).ok())
    }

    /// Reads the TLS files now, so that a missing or bad file stops start-up instead of
    /// failing every export.
    pub fn tls_material(&self) -> Result<TlsMaterial, String> {
        let read = |path: &std::path::Path| {
            std::fs::read(path).map_err(|e| format!("reading {}: {e}", path.display()))
        };
        let mut roots = Vec::new();
        if let Some(path) = &self.tls.ca_file {
            roots = reqwest::Certificate::from_pem_bundle(&read(path)?)
                .map_err(|e| format!("{}: not PEM certificates: {e}", path.display()))?;
            if roots.is_empty() {
                return Err(format!("{}: holds no PEM certificate", path.display()));
            }
        }
        let identity = match (&self.tls.cert_file, &self.tls.key_file) {
            (Some(cert), Some(key)) => {
                let mut pem = read(cert)?;
                pem.push(b'\n');
                pem.extend(read(key)?);
                Some(reqwest::Identity::from_pem(&pem).map_err(|e| {
                    format!(
                        "{} and {}: not a PEM certificate and key: {e}",
                        cert.display(),
                        key.display()
                    )
                })?)
            }
            (None, None) => None,
            _ => return Err("a client certificate needs both a certificate and a key".into()),
        };
        Ok(TlsMaterial {
            roots,
            identity,
            insecure: self.tls.insecure_skip_verify,
            timeout: self.timeout,
        })
    }
}

/// Certificates read at start-up, from which the exporters build their HTTP clients.
#[derive(Clone)]
pub struct TlsMaterial {
    roots: Vec<reqwest::Certificate>,
    identity: Option<reqwest::Identity>,
    insecure: bool,
    timeout: Duration,
}

impl TlsMaterial {
    /// A blocking HTTP client. It runs its own small runtime, so it must be built, used and
    /// dropped off the tokio workers: on an exporter thread or before the runtime starts.
    pub fn client(&self) -> Result<reqwest::blocking::Client, String> {
        // rustls needs a process-wide crypto provider; a second install is refused harmlessly.
        let _ = rustls::crypto::ring::default_provider().install_default();
        let mut builder = reqwest::blocking::Client::builder()
            .timeout(self.timeout)
            .connect_timeout(self.timeout)
            .danger_accept_invalid_certs(self.insecure)
            .user_agent(concat!("recurrence-exporter/", env!("CARGO_PKG_VERSION")));
        for root in &self.roots {
            builder = builder.add_root_certificate(root.clone());
        }
        if let Some(identity) = &self.identity {
            builder = builder.identity(identity.clone());
        }
        builder
            .build()
            .map_err(|e| format!("building the OTLP HTTP client: {e}"))
    }
}

/// `base` with `/path` appended, as the spec derives signal URLs from OTEL_EXPORTER_OTLP_ENDPOINT.
fn join(base: &str, path: &str) -> String {
    format!("{}/{path}", base.trim_end_matches('/'))
}

/// Parses OTEL_EXPORTER_OTLP_HEADERS: `name=value` pairs separated by commas, values
/// percent-encoded.
fn parse_env_headers(list: &str) -> Result<Vec<(String, String)>, String> {
    let mut out = Vec::new();
    for item in list.split(',').map(str::trim).filter(|i| !i.is_empty()) {
        let (name, value) = item
            .split_once('=')
            .filter(|(n, _)| valid_header_name(n.trim()))
            .ok_or_else(|| format!("OTEL_EXPORTER_OTLP_HEADERS: {item:?} is not name=value"))?;
        out.push((name.trim().to_string(), percent_decode(value.trim())));
    }
    Ok(out)
}

fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'%' && i + 2 < bytes.len() {
            let hex = |b: u8| (b as char).to_digit(16);
            if let (Some(hi), Some(lo)) = (hex(bytes[i + 1]), hex(bytes[i + 2])) {
                out.push((hi * 16 + lo) as u8);
                i += 3;
                continue;
            }
        }
        out.push(bytes[i]);
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

// ---------------------------------------------------------------------------------------------
// Failure accounting, shared with the trace exporter.

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
pub struct SignalLabel {
    pub signal: &'static str,
}

/// `recurrence_otlp_export_failures_total`. Process-wide because the trace pipeline is: the
/// `tracing` subscriber that feeds it is global, and it is set up before the application.
static FAILURES: LazyLock<Family<SignalLabel, Counter>> = LazyLock::new(|| {
    let family = Family::default();
    for signal in ["metrics", "traces"] {
        let _ = family.get_or_create(&SignalLabel { signal });
    }
    family
});

/// Adds the OTLP self-metrics to the `/metrics` registry (present, at 0, even when OTLP is off,
/// so an alert on them needs no `absent()`).
pub fn register(registry: &mut Registry) {
    registry.register(
        "recurrence_otlp_export_failures",
        "OTLP export requests that failed (receiver unreachable, slow or refusing), by signal",
        FAILURES.clone(),
    );
}

/// Counts failures of one signal and logs them at a bounded rate: the first at once, then
/// at most one line a minute with the number since, and one line when exports recover.
#[derive(Debug)]
pub struct FailureLog {
    signal: &'static str,
    failures: u64,
    unlogged: u64,
    last_logged: Option<Instant>,
}

impl FailureLog {
    pub fn new(signal: &'static str) -> FailureLog {
        FailureLog {
            signal,
            failures: 0,
            unlogged: 0,
            last_logged: None,
        }
    }

    pub fn failed(&mut self, error: &str) {
        FAILURES
            .get_or_create(&SignalLabel {
                signal: self.signal,
            })
            .inc();
        self.failures += 1;
        self.unlogged += 1;
        if self
            .last_logged
            .is_none_or(|t| t.elapsed() >= FAILURE_LOG_EVERY)
        {
            tracing::warn!(
                signal = self.signal,
                error,
                failures = self.unlogged,
                "OTLP export failed; retrying, next report in a minute at the earliest"
            );
            self.last_logged = Some(Instant::now());
            self.unlogged = 0;
        }
    }

    pub fn succeeded(&mut self) {
        if self.failures > 0 {
            tracing::info!(
                signal = self.signal,
                failures = self.failures,
                "OTLP export recovered"
            );
        }
        self.failures = 0;
        self.unlogged = 0;
        self.last_logged = None;
    }
}

// ---------------------------------------------------------------------------------------------
// Resource.

/// `service.instance.id`: the host name and the listening port, stable across restarts, like
/// the counters derived from the durable store.
pub fn instance_id(listen_address: &str) -> String {
    let host = std::fs::read_to_string("/proc/sys/kernel/hostname")
        .ok()
        .map(|h| h.trim().to_string())
        .filter(|h| !h.is_empty())
        .unwrap_or_else(|| "localhost".into());
    let port = listen_address.rsplit(':').next().unwrap_or_default();
    format!("{host}:{port}")
}

/// The resource attributes every signal carries.
pub fn resource_attributes(instance_id: &str) -> [(&'static str, String); 3] {
    [
        ("service.name", "recurrence-exporter".to_string()),
        ("service.version", env!("CARGO_PKG_VERSION").to_string()),
        ("service.instance.id", instance_id.to_string()),
    ]
}

/// An error with its sources, as one line ("connection refused" hides below reqwest's own).
pub fn error_chain(e: &dyn std::error::Error) -> String {
    let mut text = e.to_string();
    let mut source = e.source();
    while let Some(s) = source {
        text.push_str(": ");
        text.push_str(&s.to_string());
        source = s.source();
    }
    text
}

/// Header map for the trace exporter.
pub fn header_map(headers: &[(String, String)]) -> HashMap<String, String> {
    headers.iter().cloned().collect()
}

/// A lock-protected [`FailureLog`] for the trace exporter, which is called from the SDK's thread.
pub fn shared_failure_log(signal: &'static str) -> Arc<Mutex<FailureLog>> {
    Arc::new(Mutex::new(FailureLog::new(signal)))
}
