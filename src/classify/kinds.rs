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

/// Built-in signatures of kind cause.
pub const CAUSES: [&str; 9] = [
    "fd_exhaustion",
    "certificate_expiry",
    "dns_failure",
    "disk_full",
    "out_of_memory",
    "deadlock",
    "connection_pool_exhaustion",
    "rate_limited",
    "replication_lag",
];
