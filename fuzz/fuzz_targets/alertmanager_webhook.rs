//! Any bytes as an Alertmanager webhook body: the parser answers `Ok` or `Err`, never panics,
//! and what it accepts holds the invariants the rest of the daemon relies on.
#![no_main]

use libfuzzer_sys::fuzz_target;
use recurrence_exporter::ingest::{alertmanager, AlertStatus};

fuzz_target!(|data: &[u8]| {
    let Ok(delivery) = alertmanager::parse(data) else {
        return;
    };
    for notice in &delivery.notices {
        assert!(!notice.labels.is_empty(), "an accepted alert has labels");
        assert!(!notice.fingerprint.is_empty(), "an accepted alert has a fingerprint");
        match notice.status {
            AlertStatus::Firing => assert_eq!(notice.ends_at, None),
            AlertStatus::Resolved => {
                let end = notice.ends_at.expect("a resolved alert has an end");
                assert!(end >= notice.starts_at, "the end is clamped to the start");
            }
        }
    }
});
