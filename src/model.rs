//! Shared vocabulary: the few types every layer speaks. Imports no other project module, so
//! that any module can use it without an import cycle.

use std::collections::BTreeMap;

/// Milliseconds since the Unix epoch, the time unit of the whole core.
pub type Millis = i64;

/// Label or annotation name → value, ordered so that hashing and output are deterministic.
pub type LabelMap = BTreeMap<String, String>;

/// One stored episode as a pair's history needs it: enough to derive the pair's incidents
/// again (see `incident::incidents_of_history` and `Tracker::rebuild_pair`). Ordered by start,
/// then end, then alertname, the order a pair's history is read in.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct HistoryRow {
    pub starts_at: Millis,
    /// Absent while the episode is firing.
    pub ends_at: Option<Millis>,
    pub alertname: String,
}

/// The longest prefix of `text` of at most `max` bytes that ends on a character boundary.
pub fn truncate_str(text: &str, max: usize) -> &str {
    if text.len() <= max {
        return text;
    }
    let mut end = max;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}
