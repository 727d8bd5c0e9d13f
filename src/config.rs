//! Configuration: the YAML as the user wrote it (`Raw*` types) and the validated [`Config`]
//! built from it once.
//!
//! A `Config` that exists is valid: durations are parsed, regexes compiled, signature names
//! checked. Every error names the key and the line and column it came from. This module does
//! not read files beyond [`Config::load`]; parsing is tested on strings through
//! [`Config::from_yaml`].
//!
//! This file only aggregates: each section's raw structs and validation are in a file of their
//! own (`signatures`, `incident`, `limits`, `sources`, `otlp`, `auth`, `outages`, `storage`), on
//! the shared value parsers of `values`. The rule language is `classify::rules`.

use std::path::Path;
use std::time::Duration;

use serde::Deserialize;
use serde_saphyr::Spanned;

mod auth;
mod incident;
mod limits;
mod otlp;
mod outages;
mod signatures;
mod sources;
mod storage;
mod values;

pub use auth::AuthConfig;
pub use otlp::{check_otlp_endpoint, valid_header_name, OtlpConfig, OtlpTls, OTLP_PROTOCOL};
pub use outages::{parse_inhibit_rules, AlertMatcher, InhibitRule, OutagesConfig};
pub use storage::{PostgresConfig, StorageConfig};
use values::{count_or, duration_or};
pub use values::{format_duration, parse_duration};

// The rule language and the classifier's settings belong to `classify`, the error type to
// `spans`; they are re-exported so that callers name them as configuration.
pub use crate::classify::rules::{
    compile_regex, compile_rule, valid_label_name, valid_signature_name, BuiltinSignatures,
    Condition, RawRule, Rule, ServiceFrom, SignatureKind,
};
pub use crate::spans::{invalid, ConfigError};

/// The default service labels: the first one that is present and non-empty names the service.
pub const DEFAULT_SERVICE_LABELS: [&str; 4] = ["service", "app", "application", "job"];

/// The validated configuration of the daemon.
#[derive(Debug, Clone)]
pub struct Config {
    /// Labels consulted in order to name an alert's service.
    pub service_labels: Vec<String>,
    /// `service_from:` as written; `None` means the defaults (`classify::service`), which
    /// derive the workload of Kubernetes alerts and then fall back to `service_labels`.
    pub service_from: Option<Vec<ServiceFrom>>,
    /// The user's signature rules, in the order written; they run before the catalogue.
    pub rules: Vec<Rule>,
    /// Whether the built-in catalogue runs, and which of its signatures are switched off.
    pub builtin: BuiltinSignatures,
    /// How episodes are grouped into incidents.
    pub incident: IncidentConfig,
    /// How long closed episodes are kept in the store.
    pub retention: Duration,
    /// Bounds on label cardinality and request sizes.
    pub limits: Limits,
    /// OTLP export of metrics and traces, as written in YAML (`export::otlp` adds the
    /// `OTEL_EXPORTER_OTLP_*` environment and the defaults when the daemon starts).
    pub otlp: OtlpConfig,
    /// Bearer token files per endpoint class (`auth:`); the tokens are read by `auth`.
    pub auth: AuthConfig,
    /// Configured JSON sources, each mounted at its own webhook path.
    pub sources: Vec<crate::ingest::generic::Mapping>,
    /// How incidents of a service are grouped into outages and their causes attributed.
    pub outages: OutagesConfig,
    /// Where the history lives: the embedded SQLite store unless `storage.postgres` is set.
    pub storage: StorageConfig,
}

/// Settings of the incident model; the model owns the type, so that it never imports this
/// module.
pub use crate::incident::IncidentConfig;

/// Resource limits; ingest owns the type, so that it never imports this module.
pub use crate::ingest::Limits;

impl crate::classify::ClassifierSettings for Config {
    fn rules(&self) -> &[Rule] {
        &self.rules
    }

    fn builtin(&self) -> &BuiltinSignatures {
        &self.builtin
    }

    fn service_from(&self) -> Option<&[ServiceFrom]> {
        self.service_from.as_deref()
    }

    fn service_labels(&self) -> &[String] {
        &self.service_labels
    }
}

impl Default for Config {
    fn default() -> Self {
        Config::from_yaml("").expect("the empty configuration is valid")
    }
}

impl Config {
    /// Reads and validates a configuration file.
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|error| ConfigError::Read {
            path: path.display().to_string(),
            error,
        })?;
        let mut config = Config::from_yaml_at(&text, path.parent()).map_err(|e| e.in_file(path))?;
        // Like Prometheus' `credentials_file`, a relative token file is found beside the
        // configuration file.
        if let Some(dir) = path.parent() {
            config.auth.resolve_relative_to(dir);
        }
        Ok(config)
    }

    /// Parses and validates a configuration from YAML text; an empty document gives the defaults.
    pub fn from_yaml(text: &str) -> Result<Config, ConfigError> {
        Config::from_yaml_at(text, None)
    }

    /// As [`Config::from_yaml`]; files the configuration names are found relative to `base`.
    fn from_yaml_at(text: &str, base: Option<&Path>) -> Result<Config, ConfigError> {
        let raw: RawConfig = if text.trim().is_empty() {
            RawConfig::default()
        } else {
            serde_saphyr::from_str::<Option<RawConfig>>(text)
                .map_err(|e| ConfigError::Syntax(e.to_string()))?
                .unwrap_or_default()
        };
        raw.validate(base)
    }
}

/// The raw configuration, exactly as written. The order of the fields is the order of the
/// keys an unknown-field error lists.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawConfig {
    service_labels: Option<Spanned<Vec<String>>>,
    service_from: Option<Vec<Spanned<signatures::RawServiceFrom>>>,
    builtin_signatures: Option<Spanned<signatures::RawBuiltin>>,
    #[serde(default)]
    signatures: Vec<Spanned<RawRule>>,
    #[serde(default)]
    incident: incident::RawIncident,
    retention: Option<Spanned<String>>,
    windows: Option<Spanned<Vec<Spanned<String>>>>,
    #[serde(default)]
    limits: limits::RawLimits,
    otlp: Option<otlp::RawOtlp>,
    auth: Option<auth::RawAuth>,
    #[serde(default)]
    sources: Vec<Spanned<sources::RawSource>>,
    outages: Option<outages::RawOutages>,
    storage: Option<storage::RawStorage>,
}

impl RawConfig {
    fn validate(self, base: Option<&Path>) -> Result<Config, ConfigError> {
        // Sections are checked in the order of this list, so that the first error reported
        // stays the same whichever sections the file has.
        let service_labels = signatures::service_labels(self.service_labels)?;
        let service_from = signatures::service_from(self.service_from.as_ref())?;
        let rules = signatures::rules(&self.signatures)?;
        let builtin = signatures::builtin(self.builtin_signatures)?;
        let retention = incident::retention(&self.retention)?;
        let incident = self.incident.validate(&self.windows, retention)?;
        let limits = self.limits.validate()?;
        let sources = sources::compile_sources(&self.sources)?;
        let outages = self.outages.unwrap_or_default().validate(base)?;
        let storage = self.storage.unwrap_or_default().validate(base)?;
        Ok(Config {
            service_labels,
            service_from,
            rules,
            builtin,
            incident,
            retention,
            limits,
            sources,
            outages,
            storage,
            otlp: self
                .otlp
                .map(otlp::RawOtlp::validate)
                .transpose()?
                .unwrap_or_default(),
            auth: self
                .auth
                .map(auth::RawAuth::validate)
                .transpose()?
                .unwrap_or_default(),
        })
    }
}

#[cfg(test)]
mod tests {
    /// The file's errors name the file and say their cause once.
    #[test]
    fn file_errors_name_the_file_and_their_cause_once() {
        let dir = tempfile::tempdir().expect("tempdir");
        let missing = dir.path().join("missing.yml");
        let err = anyhow::Error::new(Config::load(&missing).expect_err("missing"));
        let chain = format!("{err:#}");
        assert_eq!(chain.matches("No such file").count(), 1, "{chain}");
        assert!(
            chain.starts_with(&format!("reading {}: ", missing.display())),
            "{chain}"
        );

        let bad = dir.path().join("bad.yml");
        std::fs::write(&bad, "incident:\n  merge_windw: 15m\n").expect("write");
        let message = Config::load(&bad).expect_err("unknown key").to_string();
        assert!(message.contains("unknown field `merge_windw`"), "{message}");
        assert!(
            message.contains(&format!("--> {}:2:3", bad.display())),
            "{message}"
        );
        assert!(!message.contains("<input>"), "{message}");
    }
    use super::*;

    /// Checks that `yaml` is refused with exactly `expected` as the first line of the message.
    fn check_invalid(yaml: &str, expected: &str) {
        let err = Config::from_yaml(yaml).expect_err(yaml).to_string();
        let first = err.lines().next().unwrap_or_default();
        assert_eq!(first, expected, "for config:\n{yaml}\nfull error:\n{err}");
    }

    /// Each mistake in `storage.postgres` is refused naming its key and line.
    #[test]
    fn storage_errors_name_key_and_line() {
        check_invalid(
            "storage:\n  postgres:\n    url: mysql://db/x\n",
            "line 3 column 10: storage.postgres.url: must be a URL like postgres://USER@HOST:5432/DB",
        );
        check_invalid(
            "storage:\n  postgres:\n    url: postgres://u@db/x\n    sslmode: allow\n",
            "line 4 column 14: storage.postgres.sslmode: \"allow\" is not one of disable, prefer, require, verify-ca, verify-full",
        );
        let missing = "storage:\n  postgres:\n    url: postgres://u@db/x\n    password_file: /nonexistent/pg-password\n";
        let first = Config::from_yaml(missing)
            .expect_err("missing file")
            .to_string();
        assert!(
            first.starts_with("line 4 column 20: storage.postgres.password_file: reading /nonexistent/pg-password: "),
            "{first}"
        );
        let dir = tempfile::tempdir().expect("tempdir");
        let cert = dir.path().join("client.pem");
        std::fs::write(&cert, "not checked here").expect("write");
        check_invalid(
            &format!(
                "storage:\n  postgres:\n    url: postgres://u@db/x\n    cert_file: {}\n",
                cert.display()
            ),
            "line 4 column 16: storage.postgres: cert_file and key_file go together",
        );
        let valid = Config::from_yaml(&format!(
            "storage:\n  postgres:\n    url: postgres://u@db/x\n    sslmode: verify-full\n    ca_file: {0}\n    cert_file: {0}\n    key_file: {0}\n",
            cert.display()
        ))
        .expect("valid");
        let postgres = valid.storage.postgres.expect("postgres");
        assert_eq!(postgres.sslmode.as_deref(), Some("verify-full"));
        assert_eq!(postgres.key_file.as_deref(), Some(cert.as_path()));
        assert_eq!(Config::default().storage.postgres, None);
    }

    #[test]
    fn defaults() {
        let c = Config::default();
        assert_eq!(c.service_labels, ["service", "app", "application", "job"]);
        assert_eq!(c.incident.merge_window, Duration::from_secs(900));
        assert_eq!(c.incident.stale_after, Duration::from_secs(86_400));
        assert_eq!(c.retention, Duration::from_secs(400 * 86_400));
        assert_eq!(c.incident.windows.len(), 3);
        assert_eq!(c.limits.max_series, 10_000);
        assert!(c.builtin.enabled);
        assert!(c.rules.is_empty());
    }

    #[test]
    fn durations() {
        for (text, ms) in [
            ("90s", 90_000u64),
            ("15m", 900_000),
            ("1h30m", 5_400_000),
            ("30d", 2_592_000_000),
            ("2w", 1_209_600_000),
            ("250ms", 250),
            ("1y", 31_536_000_000),
        ] {
            assert_eq!(
                parse_duration(text),
                Ok(Duration::from_millis(ms)),
                "{text}"
            );
            assert_eq!(
                parse_duration(&format_duration(Duration::from_millis(ms))),
                Ok(Duration::from_millis(ms))
            );
        }
        for bad in ["", "15", "m", "15x", "1.5h", "-3m"] {
            assert!(parse_duration(bad).is_err(), "{bad} should be refused");
        }
    }

    #[test]
    fn invalid_configs_name_key_and_line() {
        let table: &[(&str, &str)] = &[
            ("bogus: 1\n", "error: line 1 column 1: unknown field `bogus`, expected one of service_labels, service_from, builtin_signatures, signatures, incident, retention, windows, limits, otlp, auth"),
            ("incident:\n  merge_window: 15x\n", "line 2 column 17: incident.merge_window: invalid duration \"15x\": unknown unit \"x\" (use ms, s, m, h, d, w, y)"),
            ("incident:\n  stale_after: 0s\n", "line 2 column 16: incident.stale_after: must be greater than zero"),
            ("retention: forever\n", "line 1 column 12: retention: invalid duration \"forever\": expected a number like 90s, 15m, 24h or 30d"),
            ("service_labels: []\n", "line 1 column 17: service_labels: must name at least one label"),
            ("service_labels: [\"bad-name\"]\n", "line 1 column 17: service_labels: \"bad-name\" is not a valid Prometheus label name"),
            ("signatures:\n  - signature: Pool\n    any: [{label: alertname, equals: X}]\n", "line 2 column 16: signatures[0].signature: \"Pool\" is not a valid signature name (lower-case letters, digits and _, starting with a letter, at most 64)"),
            ("signatures:\n  - signature: pool\n", "line 2 column 5: signatures[0]: a rule needs `any:` or `all:` conditions"),
            ("signatures:\n  - signature: pool\n    any:\n      - text: '(unclosed'\n", "line 4 column 15: signatures[0].any[0].text: invalid regex \"(unclosed\": regex parse error:"),
            ("signatures:\n  - signature: pool\n    any:\n      - label: alertname\n", "line 4 column 9: signatures[0].any[0]: a label condition needs exactly one of `equals` or `regex`"),
            ("signatures:\n  - signature: pool\n    any:\n      - label: a\n        text: b\n", "line 4 column 9: signatures[0].any[0]: a condition is exactly one of {label, equals|regex}, {annotation, regex}, {text}, {any}, {all}, {not}"),
            ("signatures:\n  - signature: pool\n    any:\n      - labl: alertname\n", "error: line 4 column 9: unknown field `labl`, expected one of label, equals, regex, annotation, text, any, all, not"),
            ("limits:\n  max_series: 0\n", "line 2 column 15: limits.max_series: must be at least 1"),
            ("limits:\n  request_timeout: 0s\n", "line 2 column 20: limits.request_timeout: must be greater than zero"),
            ("limits:\n  max_body_bytes: 10\n", "line 2 column 19: limits.max_body_bytes: must be at least 1024"),
            ("limits:\n  max_fingerprint_bytes: 16\n", "line 2 column 26: limits.max_fingerprint_bytes: must be at least 72"),
            ("limits:\n  max_label_set_bytes: 1024\n", "line 2 column 24: limits.max_label_set_bytes: must be at least limits.max_label_bytes (4096)"),
            ("limits:\n  header_read_timeout: 0s\n", "line 2 column 24: limits.header_read_timeout: must be greater than zero"),
            ("limits:\n  max_buffered_body_bytes: 2048\n", "line 2 column 28: limits.max_buffered_body_bytes: must be at least limits.max_body_bytes (4194304)"),
            ("windows: [7d, 500d]\n", "line 1 column 15: windows: window 500d is longer than retention 400d"),
            ("otlp:\n  protocol: grpc\n", "line 2 column 13: otlp.protocol: \"grpc\" is not supported; use http/protobuf"),
            ("otlp:\n  endpoint: collector:4318\n", "line 2 column 13: otlp.endpoint: \"collector:4318\" is not an http:// or https:// URL"),
            ("otlp:\n  interval: 0s\n", "line 2 column 13: otlp.interval: must be greater than zero"),
            ("otlp:\n  headers: {\"bad name\": x}\n", "line 2 column 12: otlp.headers: \"bad name\" is not a valid HTTP header name"),
            ("otlp:\n  endpoint: http://c:4318\n  tls: {insecure_skip_verify: true}\n", "line 3 column 8: otlp.tls: applies only to an https:// endpoint"),
            ("otlp:\n  endpoint: https://c:4318\n  tls: {cert_file: c.pem}\n", "line 3 column 8: otlp.tls: cert_file and key_file go together (mutual TLS)"),
            ("otlp:\n  tls: {ca: x}\n", "error: line 2 column 9: unknown field `ca`, expected one of ca_file, cert_file, key_file, insecure_skip_verify"),
            ("builtin_signatures:\n  disabled: [nope]\n", "line 2 column 3: builtin_signatures.disabled: \"nope\" is not a built-in signature (known: "),
            ("incident: [1, 2]\n", "error: line 1 column 11: expected mapping start"),
            ("auth:\n  webhook:\n    bearer_token_file: ''\n", "line 3 column 24: auth.webhook.bearer_token_file: must name a file"),
            ("auth:\n  webhook:\n    bearer_token: s3cret\n", "error: line 3 column 5: unknown field `bearer_token`, expected one of bearer_token_file"),
            ("auth:\n  metrics: {bearer_token_file: t}\n", "error: line 2 column 3: unknown field `metrics`, expected one of webhook, admin, read"),
        ];
        for (yaml, expected) in table {
            let err = Config::from_yaml(yaml).expect_err(yaml).to_string();
            let first = err.lines().next().unwrap_or_default();
            assert!(
                first.starts_with(expected),
                "for config:\n{yaml}\nexpected prefix: {expected}\ngot: {first}\nfull:\n{err}"
            );
        }
        check_invalid("incident:\n  merge_window: 1x\n", "line 2 column 17: incident.merge_window: invalid duration \"1x\": unknown unit \"x\" (use ms, s, m, h, d, w, y)");
    }

    #[test]
    fn example_config_is_valid_and_matches_defaults() {
        let text = include_str!("../config/example.yml");
        let c = Config::from_yaml(text).expect("config/example.yml is valid");
        let d = Config::default();
        assert_eq!(c.service_labels, d.service_labels);
        assert_eq!(c.incident, d.incident);
        assert_eq!(c.retention, d.retention);
        assert_eq!(c.limits, d.limits);
        // The example shows the OTLP defaults explicitly but leaves the endpoint unset.
        assert_eq!(c.otlp.endpoint, None);
        assert_eq!(c.otlp.interval, Some(crate::export::otlp::DEFAULT_INTERVAL));
        assert_eq!(c.otlp.timeout, Some(crate::export::otlp::DEFAULT_TIMEOUT));
        assert_eq!(c.otlp.tls, OtlpTls::default());
        assert_eq!(c.limits.max_in_flight, 256);
        assert_eq!(c.limits.max_clock_skew, Duration::from_secs(300));
        assert_eq!(c.auth, AuthConfig::default());
    }

    #[test]
    fn rules_compile_with_nesting() {
        let c = Config::from_yaml(
            "signatures:\n  - name: pool\n    signature: connection_pool_exhaustion\n    all:\n      - label: service\n        regex: 'pay.*'\n    any:\n      - annotation: description\n        regex: 'too many clients'\n      - not: {any: [{label: alertname, equals: Watchdog}]}\n",
        )
        .expect("valid");
        assert_eq!(c.rules.len(), 1);
        assert_eq!(c.rules[0].name, "pool");
        assert!(matches!(&c.rules[0].condition, Condition::All(parts) if parts.len() == 2));
    }
}
