//! The incident model's sections: `incident:` (merge window, stale closing), `windows:` and
//! `retention:`.
//!
//! The model owns `IncidentConfig`, so that it never imports the configuration; this file only
//! reads and checks the YAML.

use std::time::Duration;

use serde::Deserialize;
use serde_saphyr::Spanned;

use super::{duration_or, format_duration, invalid, ConfigError, IncidentConfig};

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawIncident {
    merge_window: Option<Spanned<String>>,
    stale_after: Option<Spanned<String>>,
}

/// `retention:`, 400 days when absent.
pub(super) fn retention(raw: &Option<Spanned<String>>) -> Result<Duration, ConfigError> {
    duration_or(raw, "retention", Duration::from_secs(400 * 86_400))
}

impl RawIncident {
    /// The section with `windows:`, each window no longer than `retention`.
    pub(super) fn validate(
        &self,
        windows: &Option<Spanned<Vec<Spanned<String>>>>,
        retention: Duration,
    ) -> Result<IncidentConfig, ConfigError> {
        let windows = match windows {
            None => vec![
                Duration::from_secs(7 * 86_400),
                Duration::from_secs(30 * 86_400),
                Duration::from_secs(90 * 86_400),
            ],
            Some(list) => {
                if list.value.is_empty() || list.value.len() > 8 {
                    return Err(invalid(
                        list,
                        "windows",
                        "must list between 1 and 8 durations",
                    ));
                }
                let mut windows = Vec::new();
                for w in &list.value {
                    let d = duration_or(&Some(w.clone()), "windows", Duration::ZERO)?;
                    if d > retention {
                        return Err(invalid(
                            w,
                            "windows",
                            format!(
                                "window {} is longer than retention {}",
                                w.value,
                                format_duration(retention)
                            ),
                        ));
                    }
                    windows.push(d);
                }
                windows.sort();
                windows.dedup();
                windows
            }
        };

        Ok(IncidentConfig {
            merge_window: duration_or(
                &self.merge_window,
                "incident.merge_window",
                Duration::from_secs(15 * 60),
            )?,
            stale_after: duration_or(
                &self.stale_after,
                "incident.stale_after",
                Duration::from_secs(24 * 3600),
            )?,
            windows,
        })
    }
}
