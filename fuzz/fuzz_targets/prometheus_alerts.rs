//! Any bytes as a Prometheus `query_range` answer for `ALERTS`: `runs` answers `Ok` or `Err`
//! and never panics, and the webhook built from its runs goes through the Alertmanager parser
//! the way a backfill does.
#![no_main]

use libfuzzer_sys::fuzz_target;
use recurrence_exporter::ingest::{alertmanager, prometheus};

fuzz_target!(|data: &[u8]| {
    let Ok(runs) = prometheus::runs(data, 60_000, 0) else {
        return;
    };
    let _ = alertmanager::parse(&prometheus::to_webhook(&runs));
});
