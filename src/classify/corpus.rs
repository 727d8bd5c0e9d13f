//! Accuracy of the built-in catalogue on the labelled corpus in `tests/fixtures/corpus/`.
//!
//! Prints per-signature precision and recall and fails if accuracy or macro-F1 drop below the
//! level reached. Print the report with `cargo test --lib corpus -- --nocapture`.

use std::collections::BTreeMap;

use serde::Deserialize;

use super::{Classifier, LabelMap, UNCLASSIFIED_PREFIX};
use crate::config::Config;

/// Levels reached when the corpora were assembled; a change to the catalogue must not lower
/// them. The blind set was written by someone who had not seen the catalogue.
const MIN_ACCURACY: f64 = 0.99;
const MIN_MACRO_F1: f64 = 0.98;
const MIN_BLIND_ACCURACY: f64 = 0.97;
const MIN_BLIND_MACRO_F1: f64 = 0.97;

#[derive(Deserialize)]
struct Case {
    labels: LabelMap,
    #[serde(default)]
    annotations: LabelMap,
    /// A signature, or null for "no built-in rule may match".
    expected: Option<String>,
    source: String,
}

const NONE: &str = "(none)";

#[test]
fn corpus_accuracy() {
    let (accuracy, macro_f1) = report("tests/fixtures/corpus", 250);
    assert!(
        accuracy >= MIN_ACCURACY,
        "accuracy {accuracy:.3} < {MIN_ACCURACY}"
    );
    assert!(
        macro_f1 >= MIN_MACRO_F1,
        "macro-F1 {macro_f1:.3} < {MIN_MACRO_F1}"
    );
}

#[test]
fn blind_corpus_accuracy() {
    let (accuracy, macro_f1) = report("tests/fixtures/corpus-blind", 80);
    assert!(
        accuracy >= MIN_BLIND_ACCURACY,
        "accuracy {accuracy:.3} < {MIN_BLIND_ACCURACY}"
    );
    assert!(
        macro_f1 >= MIN_BLIND_MACRO_F1,
        "macro-F1 {macro_f1:.3} < {MIN_BLIND_MACRO_F1}"
    );
}

/// Classifies every `*.jsonl` alert under `dir`, prints per-signature precision and recall, and
/// returns (accuracy, macro-F1 over signatures).
fn report(dir: &str, min_alerts: usize) -> (f64, f64) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let classifier = Classifier::new(&Config::default());
    let mut cases = Vec::new();
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("corpus directory")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "jsonl"))
        .collect();
    files.sort();
    for file in &files {
        let text = std::fs::read_to_string(file).expect("read corpus file");
        for (i, line) in text
            .lines()
            .enumerate()
            .filter(|(_, l)| !l.trim().is_empty())
        {
            let case: Case = serde_json::from_str(line)
                .unwrap_or_else(|e| panic!("{}:{}: {e}", file.display(), i + 1));
            assert!(
                !case.source.is_empty(),
                "{}:{} has no source",
                file.display(),
                i + 1
            );
            cases.push(case);
        }
    }
    assert!(
        cases.len() >= min_alerts,
        "the corpus has {} alerts",
        cases.len()
    );

    // Per class: (true positives, false positives, false negatives).
    let mut counts: BTreeMap<String, (u32, u32, u32)> = BTreeMap::new();
    let mut correct = 0;
    let mut misses = Vec::new();
    for case in &cases {
        let got = classifier.classify(&case.labels, &case.annotations);
        let got = if got.signature.starts_with(UNCLASSIFIED_PREFIX) {
            NONE.to_string()
        } else {
            got.signature
        };
        let expected = case.expected.clone().unwrap_or_else(|| NONE.to_string());
        if got == expected {
            correct += 1;
            counts.entry(expected).or_default().0 += 1;
        } else {
            counts.entry(got.clone()).or_default().1 += 1;
            counts.entry(expected.clone()).or_default().2 += 1;
            misses.push(format!(
                "  {} expected {expected}, got {got} ({})",
                case.labels
                    .get("alertname")
                    .map(String::as_str)
                    .unwrap_or(""),
                case.source
            ));
        }
    }
    let mut f1_sum = 0.0;
    let mut classes = 0;
    println!(
        "{:<28} {:>9} {:>7} {:>7}",
        "signature", "precision", "recall", "alerts"
    );
    for (class, (tp, fp, fn_)) in &counts {
        let precision = f64::from(*tp) / f64::from((tp + fp).max(1));
        let recall = f64::from(*tp) / f64::from((tp + fn_).max(1));
        let f1 = if precision + recall == 0.0 {
            0.0
        } else {
            2.0 * precision * recall / (precision + recall)
        };
        println!("{class:<28} {precision:>9.3} {recall:>7.3} {:>7}", tp + fn_);
        if class != NONE {
            f1_sum += f1;
            classes += 1;
        }
    }
    let accuracy = f64::from(correct) / cases.len() as f64;
    let macro_f1 = f1_sum / f64::from(classes);
    println!(
        "{}: alerts {}, accuracy {accuracy:.3}, macro-F1 over signatures {macro_f1:.3}",
        dir.display(),
        cases.len()
    );
    for m in &misses {
        println!("{m}");
    }
    (accuracy, macro_f1)
}
