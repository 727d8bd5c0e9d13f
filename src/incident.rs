//! The incident model: episodes → incidents → recurrences, per (service, signature) pair.
//!
//! Pure: no I/O, no clock. Time comes in as an argument and every timestamp used for history
//! is the sender's own `startsAt`/`endsAt`, so a replay of the stored episodes rebuilds exactly
//! the live state. The rules (also in ARCHITECTURE.md):
//!
//! 1. An *episode* is one firing stretch of one alert, identified by (source, fingerprint,
//!    startsAt). Repeats of a known episode change nothing. A resolve closes it with its real
//!    `endsAt`; a late firing for a closed episode does not reopen it; a resolve for an unknown
//!    episode records a closed episode.
//! 2. Per pair, episodes are merged into *incidents*: sorted by start, an episode joins the
//!    current incident when it starts while the incident is open or within `merge_window` after
//!    it ended; otherwise it opens a new incident, a *recurrence* when the pair had one before.
//!    Joining after a gap is a *flap*. An incident ends when its last episode ends.
//! 3. An open episode with no notification for `stale_after` is closed at its last-seen time.
//!
//! Because incidents are a function of the set of episode intervals, not of arrival order,
//! duplicate and out-of-order deliveries give the same incidents.

mod accounting;
mod derive;
mod keys;
pub mod ledger;
mod names;
pub mod outage;
mod restore;
mod service_outages;
mod settle;
mod tracker;
mod types;

pub use accounting::OUTAGE_CAUSE_FIGURES;
pub use derive::{derive, derive_incidents, incidents_of_history};
use derive::{derive_after, first_incident, millis_of, pair_figures, recompute, window_stats};
use keys::{EpisodeSlot, Keys};
pub use names::NameSet;
pub use service_outages::ServiceOutages;
pub use settle::Pair;
use settle::{settle, settle_horizon, Folded};
pub use tracker::Tracker;
pub use types::*;

/// Settings of the incident model, as values (`incident:` and `windows:` in the configuration).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IncidentConfig {
    /// An episode that starts within this time after the pair's last incident ended joins it.
    pub merge_window: std::time::Duration,
    /// An open episode with no notification for this long is closed at its last-seen time.
    pub stale_after: std::time::Duration,
    /// Trailing windows for the `recurrence_window_*` metrics, shortest first (YAML: `windows`).
    pub windows: Vec<std::time::Duration>,
}

#[cfg(test)]
mod monotone_tests;

#[cfg(test)]
mod tests;
