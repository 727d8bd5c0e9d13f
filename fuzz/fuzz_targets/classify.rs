//! Arbitrary labels and annotations through the classifier of the default configuration
//! (every rule of the built-in catalogue): it always answers, with a bounded service and a
//! non-empty signature.
//!
//! Input layout: fields separated by 0xFF bytes, taken in pairs (name, value); pairs before
//! the first 0xFE byte are labels, the rest annotations. Names and values are lossy UTF-8, so
//! every input reaches the classifier.
#![no_main]

use std::sync::OnceLock;

use libfuzzer_sys::fuzz_target;
use recurrence_exporter::classify::{Classifier, LabelMap};
use recurrence_exporter::config::Config;

fn classifier() -> &'static Classifier {
    static CLASSIFIER: OnceLock<Classifier> = OnceLock::new();
    CLASSIFIER.get_or_init(|| Classifier::new(&Config::default()))
}

fn pairs(bytes: &[u8]) -> LabelMap {
    let fields: Vec<String> = bytes
        .split(|b| *b == 0xff)
        .map(|f| String::from_utf8_lossy(f).into_owned())
        .collect();
    fields
        .chunks(2)
        .map(|kv| (kv[0].clone(), kv.get(1).cloned().unwrap_or_default()))
        .collect()
}

fuzz_target!(|data: &[u8]| {
    let (labels, annotations) = match data.iter().position(|b| *b == 0xfe) {
        Some(i) => (pairs(&data[..i]), pairs(&data[i + 1..])),
        None => (pairs(data), LabelMap::new()),
    };
    let class = classifier().classify(&labels, &annotations);
    assert!(!class.signature.is_empty());
    assert!(class.service.len() <= 128 * 4, "the service is cut to 128 characters");
    // The explanation the `classify --explain` subcommand prints must serialise.
    serde_json::to_string(&class).expect("a classification serialises");
});
