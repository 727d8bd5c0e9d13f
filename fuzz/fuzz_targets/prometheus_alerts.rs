//! Any bytes as a Prometheus `query_range` answer for `ALERTS`: `runs` answers `Ok` or `Err`,
//! never panics, and every run it finds turns into a webhook the Alertmanager parser accepts.
#![no_main]

use libfuzzer_sys::fuzz_target;
use recurrence_exporter::ingest::{alertmanager, prometheus};

fuzz_target!(|data: &[u8]| {
    let Ok(runs) = prometheus::runs(data, 60_000, 0) else {
        return;
    };
    for run in &runs {
        if let Some(end) = run.end {
            assert!(end > run.start, "a run ends after it starts");
        }
    }
    let _ = alertmanager::parse(&prometheus::to_webhook(&runs));
});
