//! Any bytes as a Grafana (unified alerting) webhook body: the parser answers `Ok` or `Err`,
//! never panics, and what it accepts holds the invariants of an accepted notice.
#![no_main]

use libfuzzer_sys::fuzz_target;
use recurrence_exporter::ingest::{grafana, AlertStatus};

fuzz_target!(|data: &[u8]| {
    let Ok(delivery) = grafana::parse(data) else {
        return;
    };
    for notice in &delivery.notices {
        assert!(!notice.fingerprint.is_empty(), "an accepted alert has a fingerprint");
        if let (AlertStatus::Resolved, Some(end)) = (notice.status, notice.ends_at) {
            assert!(end >= notice.starts_at, "the end is clamped to the start");
        }
    }
});
