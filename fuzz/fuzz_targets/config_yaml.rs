//! Any UTF-8 text as a configuration file: `Config::from_yaml` answers `Ok` or a `ConfigError`,
//! never panics, and a configuration it accepts builds a classifier (a `Config` that exists is
//! valid).
#![no_main]

use libfuzzer_sys::fuzz_target;
use recurrence_exporter::classify::Classifier;
use recurrence_exporter::config::Config;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    if let Ok(config) = Config::from_yaml(text) {
        let _ = Classifier::new(&config);
    }
});
