//! The value types every section shares: Prometheus-style durations and bounded counts, read
//! from a `Spanned` value so that a refusal names the key, line and column.
//!
//! Only parsing; what a duration or count means belongs to the section that reads it.

use std::time::Duration;

use serde_saphyr::Spanned;

use super::{invalid, ConfigError};

/// Parses a Prometheus-style duration: one or more `<number><unit>` terms with units
/// `ms`, `s`, `m`, `h`, `d`, `w`, `y` (365 days), e.g. `90s`, `1h30m`, `400d`.
pub fn parse_duration(text: &str) -> Result<Duration, String> {
    let text = text.trim();
    if text.is_empty() {
        return Err("empty duration".into());
    }
    let mut total_ms: u128 = 0;
    let mut rest = text;
    while !rest.is_empty() {
        let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
        if digits == 0 {
            return Err(format!(
                "invalid duration {text:?}: expected a number like 90s, 15m, 24h or 30d"
            ));
        }
        let number: u128 = rest[..digits]
            .parse()
            .map_err(|_| format!("invalid duration {text:?}: number too large"))?;
        rest = &rest[digits..];
        let unit_len = rest.bytes().take_while(u8::is_ascii_alphabetic).count();
        let unit = &rest[..unit_len];
        rest = &rest[unit_len..];
        let unit_ms: u128 = match unit {
            "ms" => 1,
            "s" => 1_000,
            "m" => 60_000,
            "h" => 3_600_000,
            "d" => 86_400_000,
            "w" => 7 * 86_400_000,
            "y" => 365 * 86_400_000,
            "" => {
                return Err(format!(
                    "invalid duration {text:?}: missing unit (ms, s, m, h, d, w, y)"
                ))
            }
            other => {
                return Err(format!(
                    "invalid duration {text:?}: unknown unit {other:?} (use ms, s, m, h, d, w, y)"
                ))
            }
        };
        total_ms = total_ms
            .checked_add(number.saturating_mul(unit_ms))
            .ok_or_else(|| format!("invalid duration {text:?}: too large"))?;
    }
    let ms =
        u64::try_from(total_ms).map_err(|_| format!("invalid duration {text:?}: too large"))?;
    Ok(Duration::from_millis(ms))
}

/// Formats a duration the way [`parse_duration`] reads it, using the largest exact unit up to
/// days (`7d`, not `1w`, as window labels read best in days).
pub fn format_duration(d: Duration) -> String {
    let ms = d.as_millis();
    for (unit, size) in [
        ("d", 86_400_000u128),
        ("h", 3_600_000),
        ("m", 60_000),
        ("s", 1_000),
    ] {
        if ms > 0 && ms.is_multiple_of(size) {
            return format!("{}{unit}", ms / size);
        }
    }
    format!("{ms}ms")
}

/// A numeric limit: its default when absent, refused below `min`.
pub(super) fn count_or(
    value: &Option<Spanned<u64>>,
    key: &str,
    default: usize,
    min: u64,
) -> Result<usize, ConfigError> {
    match value {
        None => Ok(default),
        Some(span) if span.value < min => {
            Err(invalid(span, key, format!("must be at least {min}")))
        }
        Some(span) => Ok(span.value as usize),
    }
}

/// A duration: its default when absent, refused when zero.
pub(super) fn duration_or(
    value: &Option<Spanned<String>>,
    key: &str,
    default: Duration,
) -> Result<Duration, ConfigError> {
    match value {
        None => Ok(default),
        Some(span) => {
            let d = parse_duration(&span.value).map_err(|m| invalid(span, key, m))?;
            if d.is_zero() {
                return Err(invalid(span, key, "must be greater than zero"));
            }
            Ok(d)
        }
    }
}
