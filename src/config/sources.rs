//! The `sources:` section: JSON webhook formats described in the configuration, each
//! compiled into an `ingest::generic::Mapping` mounted at its own path.
//!
//! Only validation and compilation; reading documents with a mapping is `ingest::generic`.

use serde::Deserialize;
use serde_saphyr::Spanned;

use super::{invalid, valid_label_name, ConfigError};

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawSource {
    name: Spanned<String>,
    path: Spanned<String>,
    envelope: Option<Spanned<String>>,
    alerts: Option<Spanned<String>>,
    #[serde(default)]
    fingerprint: Vec<Spanned<RawField>>,
    #[serde(default)]
    resolve_by_fingerprint: bool,
    #[serde(default)]
    labels: std::collections::BTreeMap<String, Spanned<RawField>>,
    #[serde(default)]
    static_labels: std::collections::BTreeMap<String, String>,
    #[serde(default)]
    annotations: std::collections::BTreeMap<String, Spanned<RawField>>,
    #[serde(default)]
    links: std::collections::BTreeMap<String, Spanned<RawField>>,
    status: Spanned<RawStatus>,
    starts_at: Spanned<RawTime>,
    ends_at: Option<Spanned<RawTime>>,
}

/// A field: a dotted path, or a path with a regex whose first group is taken and paths tried
/// in order when it is missing (`or`).
#[derive(Debug, Deserialize)]
#[serde(untagged)]
enum RawField {
    Path(String),
    Detailed {
        field: String,
        #[serde(default)]
        regex: Option<String>,
        #[serde(default)]
        or: Vec<String>,
    },
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawStatus {
    field: RawField,
    #[serde(default)]
    firing: Vec<String>,
    #[serde(default)]
    resolved: Vec<String>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RawTime {
    field: String,
    #[serde(default)]
    or: Vec<String>,
    #[serde(default)]
    regex: Option<String>,
    #[serde(default = "default_time_format")]
    format: String,
}

fn default_time_format() -> String {
    "rfc3339".into()
}

/// Built-in webhook paths that a configured source cannot take.
const RESERVED_PATHS: [&str; 2] = ["/webhook/alertmanager", "/webhook/grafana"];

pub(super) fn compile_sources(
    raw: &[Spanned<RawSource>],
) -> Result<Vec<crate::ingest::generic::Mapping>, ConfigError> {
    use crate::ingest::generic::{
        Envelope, Field, JsonPath, Mapping, StatusMap, TimeField, TimeFormat,
    };
    let mut out: Vec<Mapping> = Vec::new();
    for (index, span) in raw.iter().enumerate() {
        let r = &span.value;
        let name = &r.name.value;
        let key = format!("sources[{index}] ({name})");
        let valid_name = name.chars().next().is_some_and(|c| c.is_ascii_lowercase())
            && name
                .chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-')
            && name.len() <= 32;
        if !valid_name {
            return Err(invalid(
                &r.name,
                format!("{key}.name"),
                "must be lower-case letters, digits, _ or -, starting with a letter, at most 32",
            ));
        }
        if crate::ingest::Source::ALL
            .iter()
            .any(|s| s.as_str() == name)
            || out.iter().any(|m| &m.name == name)
        {
            return Err(invalid(&r.name, format!("{key}.name"), "is already taken"));
        }
        let path = &r.path.value;
        let suffix = path.strip_prefix("/webhook/").unwrap_or("");
        if suffix.is_empty() || suffix.contains('/') {
            return Err(invalid(
                &r.path,
                format!("{key}.path"),
                "must be /webhook/NAME",
            ));
        }
        if RESERVED_PATHS.contains(&path.as_str()) || out.iter().any(|m| &m.path == path) {
            return Err(invalid(&r.path, format!("{key}.path"), "is already taken"));
        }
        let envelope = match r.envelope.as_ref().map(|e| e.value.as_str()) {
            None | Some("none") => Envelope::None,
            Some("sns") => Envelope::Sns,
            Some(other) => {
                return Err(invalid(
                    r.envelope.as_ref().expect("matched Some"),
                    format!("{key}.envelope"),
                    format!("{other:?} is not an envelope (none, sns)"),
                ))
            }
        };
        let path_of = |text: &str, span_key: &str, at: &dyn Fn(String, String) -> ConfigError| {
            JsonPath::parse(text).map_err(|m| at(span_key.to_string(), m))
        };
        let field = |raw: &Spanned<RawField>, field_key: String| -> Result<Field, ConfigError> {
            let at = |k: String, m: String| invalid(raw, k, m);
            let (text, regex, or) = match &raw.value {
                RawField::Path(p) => (p.as_str(), None, &[][..]),
                RawField::Detailed { field, regex, or } => {
                    (field.as_str(), regex.as_deref(), or.as_slice())
                }
            };
            Ok(Field {
                path: path_of(text, &field_key, &at)?,
                fallbacks: or
                    .iter()
                    .map(|p| path_of(p, &format!("{field_key}.or"), &at))
                    .collect::<Result<_, _>>()?,
                regex: regex
                    .map(|r| {
                        regex::Regex::new(r).map_err(|e| {
                            invalid(raw, field_key.clone(), format!("invalid regex {r:?}: {e}"))
                        })
                    })
                    .transpose()?,
            })
        };
        let fields = |map: &std::collections::BTreeMap<String, Spanned<RawField>>,
                      section: &str|
         -> Result<Vec<(String, Field)>, ConfigError> {
            map.iter()
                .map(|(name, raw)| {
                    Ok((name.clone(), field(raw, format!("{key}.{section}.{name}"))?))
                })
                .collect()
        };
        let labels = fields(&r.labels, "labels")?;
        if labels.is_empty() && r.static_labels.is_empty() {
            return Err(invalid(
                span,
                format!("{key}.labels"),
                "map at least one label (alertname, service, ...)",
            ));
        }
        for name in r.labels.keys().chain(r.static_labels.keys()) {
            if !valid_label_name(name) {
                return Err(invalid(
                    span,
                    format!("{key}.labels"),
                    format!("{name:?} is not a valid Prometheus label name"),
                ));
            }
        }
        let status_key = format!("{key}.status");
        let st = &r.status.value;
        if st.firing.is_empty() || st.resolved.is_empty() {
            return Err(invalid(
                &r.status,
                status_key,
                "list the values meaning `firing` and `resolved`",
            ));
        }
        let status_field = Spanned {
            value: clone_field(&st.field),
            referenced: r.status.referenced,
            defined: r.status.defined,
        };
        let time = |raw: &Spanned<RawTime>, time_key: String| -> Result<TimeField, ConfigError> {
            let format = TimeFormat::parse(&raw.value.format).ok_or_else(|| {
                invalid(
                    raw,
                    format!("{time_key}.format"),
                    format!(
                        "{:?} is not a time format (rfc3339, unix, unix_ms, unix_ns)",
                        raw.value.format
                    ),
                )
            })?;
            let as_field = Spanned {
                value: RawField::Detailed {
                    field: raw.value.field.clone(),
                    regex: raw.value.regex.clone(),
                    or: raw.value.or.clone(),
                },
                referenced: raw.referenced,
                defined: raw.defined,
            };
            Ok(TimeField {
                field: field(&as_field, format!("{time_key}.field"))?,
                format,
            })
        };
        let alerts = match &r.alerts {
            None => None,
            Some(a) => Some(
                JsonPath::parse(&a.value).map_err(|m| invalid(a, format!("{key}.alerts"), m))?,
            ),
        };
        out.push(Mapping {
            name: name.clone(),
            path: path.clone(),
            envelope,
            alerts,
            fingerprint: r
                .fingerprint
                .iter()
                .enumerate()
                .map(|(i, f)| field(f, format!("{key}.fingerprint[{i}]")))
                .collect::<Result<_, _>>()?,
            resolve_by_fingerprint: r.resolve_by_fingerprint,
            labels,
            static_labels: r.static_labels.clone().into_iter().collect(),
            annotations: fields(&r.annotations, "annotations")?,
            links: fields(&r.links, "links")?,
            status: StatusMap {
                field: field(&status_field, format!("{key}.status.field"))?,
                firing: st.firing.clone(),
                resolved: st.resolved.clone(),
            },
            starts_at: time(&r.starts_at, format!("{key}.starts_at"))?,
            ends_at: r
                .ends_at
                .as_ref()
                .map(|t| time(t, format!("{key}.ends_at")))
                .transpose()?,
        });
    }
    Ok(out)
}

fn clone_field(f: &RawField) -> RawField {
    match f {
        RawField::Path(p) => RawField::Path(p.clone()),
        RawField::Detailed { field, regex, or } => RawField::Detailed {
            field: field.clone(),
            regex: regex.clone(),
            or: or.clone(),
        },
    }
}
