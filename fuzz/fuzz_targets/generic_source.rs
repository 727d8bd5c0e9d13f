//! Any bytes as a document of a configured JSON source. The mappings are those shipped in
//! `config/sources.example.yml` (PagerDuty, Datadog, SNS/CloudWatch, Opsgenie); the first byte
//! of the input picks one, the rest is the body. The parser answers `Ok` or `Err` and never
//! panics.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use recurrence_exporter::config::Config;
use recurrence_exporter::ingest::generic;

fn mappings() -> &'static [generic::Mapping] {
    static CONFIG: OnceLock<Config> = OnceLock::new();
    &CONFIG
        .get_or_init(|| {
            Config::from_yaml(include_str!("../../config/sources.example.yml"))
                .expect("the shipped example sources are valid")
        })
        .sources
}

fuzz_target!(|data: &[u8]| {
    let Some((pick, body)) = data.split_first() else {
        return;
    };
    let mappings = mappings();
    let mapping = &mappings[usize::from(*pick) % mappings.len()];
    let _ = generic::parse(mapping, body);
});
