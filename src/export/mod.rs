//! Read paths: `/metrics` and the other views of the incident state. Nothing here writes.
//!
//! Label values come from closed sets (sources, status codes, error kinds) or from the pairs,
//! whose number is capped by `limits.max_series`; pairs beyond the cap are counted, not shown.

pub mod api;
pub mod landing;
pub mod metrics;
pub mod otlp;
pub mod pictures;
