//! Shared vocabulary: the few types every layer speaks. Imports no other project module, so
//! that any module can use it without an import cycle.

use std::collections::BTreeMap;

/// Milliseconds since the Unix epoch, the time unit of the whole core.
pub type Millis = i64;

/// Label or annotation name → value, ordered so that hashing and output are deterministic.
pub type LabelMap = BTreeMap<String, String>;
