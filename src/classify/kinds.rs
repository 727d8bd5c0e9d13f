//! The kind of each built-in signature: a root cause, or a symptom of one.
//!
//! Outages take their cause from cause-kind incidents; symptom-only outages get a cause from
//! a dependency, a declared rule or the service's history. Why each built-in has its kind:
//!
//! | signature | kind | why |
//! |---|---|---|
//! | `fd_exhaustion`, `connection_pool_exhaustion`, `out_of_memory`, `disk_full` | cause | a named resource ran out; fixing it fixes the outage |
//! | `certificate_expiry`, `dns_failure`, `deadlock` | cause | a concrete mechanism with a concrete fix |
//! | `rate_limited` | cause | a limit was reached; raising it or shedding load is the fix |
//! | `replication_lag` | cause | a replica behind explains the stale reads and errors around it |
//! | `upstream_timeout` | symptom | it points at another service; a dependency declaration names that one |
//! | `crash_loop` | symptom | a process restarting has a reason (OOM, a bad config, a failed dependency) |
//! | `node_down` | symptom | a host unreachable has a cause below it (power, kernel, network) |
//! | `queue_backlog` | symptom | consumers fall behind because something slowed or stopped them |
//! | `high_error_rate`, `high_latency` | symptom | what users see of nearly every cause |
//! | `unclassified:*` | symptom | nothing named a cause |
//!
//! User rules choose with `kind:`; a rule without one names a symptom unless its signature is
//! one of the built-in causes.

/// Built-in signatures of kind cause: the head of [`CATALOGUE_ORDER`], where the catalogue
/// puts root causes before symptoms.
pub const CAUSES: &[&str] = CATALOGUE_ORDER.split_at(9).0;

/// Built-in signatures in the catalogue's order: when one text matches several, the
/// classifier picks the earliest (causes first, the most specific symptom before the general
/// ones).
pub const CATALOGUE_ORDER: [&str; 15] = [
    "fd_exhaustion",
    "certificate_expiry",
    "dns_failure",
    "disk_full",
    "out_of_memory",
    "deadlock",
    "connection_pool_exhaustion",
    "rate_limited",
    "replication_lag",
    "upstream_timeout",
    "crash_loop",
    "node_down",
    "queue_backlog",
    "high_error_rate",
    "high_latency",
];

/// Where `signature` stands when two texts of one alert disagree: a user rule's own signature
/// first (user rules are tried before the catalogue), then the built-ins in
/// [`CATALOGUE_ORDER`], then `unclassified:…`.
pub fn precedence(signature: &str) -> usize {
    if signature.starts_with(super::UNCLASSIFIED_PREFIX) {
        return CATALOGUE_ORDER.len() + 1;
    }
    CATALOGUE_ORDER
        .iter()
        .position(|s| *s == signature)
        .map_or(0, |i| i + 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The order is the catalogue file's, so that it cannot drift when a rule moves.
    #[test]
    fn catalogue_order_is_the_order_of_the_catalogue_file() {
        let mut seen: Vec<&str> = Vec::new();
        for line in include_str!("catalogue.yml").lines() {
            if let Some(signature) = line.strip_prefix("  signature: ") {
                if !seen.contains(&signature.trim()) {
                    seen.push(signature.trim());
                }
            }
        }
        assert_eq!(seen, CATALOGUE_ORDER);
        assert_eq!(
            CAUSES.last(),
            Some(&"replication_lag"),
            "the last cause in the file"
        );
        assert!(precedence("my_own") < precedence("fd_exhaustion"));
        assert!(precedence("high_latency") < precedence("unclassified:X"));
    }
}
