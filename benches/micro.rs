//! Micro-benchmarks (criterion), each next to its ceiling where the issue names one:
//!
//! - `parse`: one 50-alert Alertmanager document through `ingest::alertmanager::parse`, and
//!   the same bytes through serde_json into typed structs (the parse ceiling);
//! - `classify`: the default classifier on a mix of real alerts, and a bare
//!   `RegexSet::matches` over the catalogue's own patterns on the same values;
//! - `incident`: `Tracker::decide` for 50 repeats, and `decide` + `apply` for 50 new episodes
//!   of pairs with history;
//! - `scrape`: `/metrics` with 10,000 pairs, and prometheus-client encoding the same series
//!   from plain families (the encoding ceiling).
//!
//! `cargo bench --bench micro`; BENCHMARKS.md has the figures. CI only builds this.

mod common;

use std::collections::BTreeMap;
use std::hint::black_box;
use std::sync::atomic::AtomicU64;
use std::sync::Arc;
use std::time::{Duration, Instant};

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::Histogram;
use prometheus_client::registry::Registry;
use regex::{RegexSet, RegexSetBuilder};
use serde_json::Value;

use recurrence_exporter::classify::{
    ascii_word_boundaries, catalogue_signatures, Classification, Classifier,
};
use recurrence_exporter::config::{format_duration, Config};
use recurrence_exporter::export::metrics;
use recurrence_exporter::incident::{
    Batch, EpisodeKey, EpisodeRecord, Fix, Pair, Tracker, DURATION_BUCKETS, INTERVAL_BUCKETS,
};
use recurrence_exporter::ingest::{alertmanager, Millis, Notice, Source};
use recurrence_exporter::state::{Runtime, Shared};

const STARTS_AT: &str = "2026-01-05T10:00:00Z";
const DAY: Millis = 86_400_000;
/// 2026-01-06T00:00:00Z: "now" of the incident and scrape benchmarks.
const NOW: Millis = 1_767_657_600_000;

fn parse(c: &mut Criterion) {
    let body = common::repeat_body(50, STARTS_AT);
    let mut group = c.benchmark_group("parse");
    group.throughput(Throughput::Elements(50));
    group.bench_function("daemon_parse_50_alerts", |b| {
        b.iter(|| alertmanager::parse(black_box(body.as_bytes())).expect("a valid document"))
    });
    group.bench_function("ceiling_serde_typed_50_alerts", |b| {
        b.iter(|| {
            serde_json::from_slice::<common::Webhook>(black_box(body.as_bytes()))
                .expect("a valid document")
        })
    });
    group.finish();
}

/// The catalogue's prefilter patterns, read from catalogue.yml as plain YAML: every `text`
/// pattern (searched in every annotation value) and every label regex, anchored as the
/// configuration anchors them, grouped by label name. The text patterns are compiled as the
/// classifier compiles them (`src/classify/textset.rs`): the ASCII patterns without Unicode for
/// values that are all ASCII and with Unicode classes and ASCII word boundaries for the others,
/// each with the same lazy-DFA cache, so that both sides run the DFA; the patterns with other
/// characters with Unicode, on every value.
/// The classifier's lazy-DFA cache per text set (`TEXT_SET_DFA_BYTES`).
const DFA_BYTES: usize = 48 << 20;

struct BareSets {
    text: RegexSet,
    ascii_text: regex::bytes::RegexSet,
    /// The patterns with non-ASCII characters, with Unicode, run on every value.
    other_text: RegexSet,
    labels: Vec<(String, RegexSet)>,
}

impl BareSets {
    fn from_catalogue() -> BareSets {
        let yaml = std::fs::read_to_string(common::root().join("src/classify/catalogue.yml"))
            .expect("reading the catalogue");
        let rules: Vec<Value> = serde_saphyr::from_str(&yaml).expect("the catalogue is YAML");
        let mut text = Vec::new();
        let mut labels: BTreeMap<String, Vec<String>> = BTreeMap::new();
        fn walk(v: &Value, text: &mut Vec<String>, labels: &mut BTreeMap<String, Vec<String>>) {
            match v {
                Value::Object(o) => {
                    if let Some(Value::String(t)) = o.get("text") {
                        text.push(t.clone());
                    }
                    if let (Some(Value::String(l)), Some(Value::String(r))) =
                        (o.get("label"), o.get("regex"))
                    {
                        labels
                            .entry(l.clone())
                            .or_default()
                            .push(format!("^(?:{r})$"));
                    }
                    for child in o.values() {
                        walk(child, text, labels);
                    }
                }
                Value::Array(a) => a.iter().for_each(|c| walk(c, text, labels)),
                _ => {}
            }
        }
        for rule in &rules {
            walk(rule, &mut text, &mut labels);
        }
        let (text, other_text): (Vec<String>, Vec<String>) =
            text.into_iter().partition(|p| p.is_ascii());
        BareSets {
            other_text: RegexSet::new(&other_text).expect("catalogue patterns compile"),
            text: RegexSetBuilder::new(text.iter().map(|p| ascii_word_boundaries(p)))
                .dfa_size_limit(DFA_BYTES)
                .build()
                .expect("catalogue patterns compile"),
            ascii_text: regex::bytes::RegexSetBuilder::new(&text)
                .unicode(false)
                .dfa_size_limit(DFA_BYTES)
                .build()
                .expect("catalogue patterns compile without Unicode"),
            labels: labels
                .into_iter()
                .map(|(l, p)| (l, RegexSet::new(&p).expect("catalogue patterns compile")))
                .collect(),
        }
    }

    /// The same regex work the classifier's prefilter does, and nothing else.
    fn matches(&self, labels: &common::LabelMap, annotations: &common::LabelMap) -> usize {
        let mut hits = 0;
        for value in annotations.values() {
            hits += if value.is_ascii() {
                self.ascii_text.matches(value.as_bytes()).iter().count()
            } else {
                self.text.matches(value).iter().count()
            } + self.other_text.matches(value).iter().count();
        }
        for (label, set) in &self.labels {
            let value = labels.get(label).map(String::as_str).unwrap_or("");
            hits += set.matches(value).iter().count();
        }
        hits
    }
}

fn classify(c: &mut Criterion) {
    let alerts = common::corpus();
    let classifier = Classifier::new(&Config::default());
    let bare = BareSets::from_catalogue();
    eprintln!(
        "classify: {} alerts, bare sets: {} text patterns, {} label sets",
        alerts.len(),
        bare.text.len() + bare.other_text.len(),
        bare.labels.len()
    );
    let mut group = c.benchmark_group("classify");
    group.throughput(Throughput::Elements(alerts.len() as u64));
    group.bench_function("daemon_classifier_corpus", |b| {
        b.iter(|| {
            for a in &alerts {
                black_box(classifier.classify(black_box(&a.labels), black_box(&a.annotations)));
            }
        })
    });
    group.bench_function("ceiling_bare_regexset_corpus", |b| {
        b.iter(|| {
            for a in &alerts {
                black_box(bare.matches(black_box(&a.labels), black_box(&a.annotations)));
            }
        })
    });
    group.finish();
}

/// The 50 alerts of a repeat document, parsed and classified as the daemon does.
fn classified_notices() -> Vec<(Notice, Classification)> {
    let classifier = Classifier::new(&Config::default());
    alertmanager::parse(common::repeat_body(50, STARTS_AT).as_bytes())
        .expect("a valid document")
        .notices
        .into_iter()
        .map(|n| {
            let class = classifier.classify(&n.labels, &n.annotations);
            (n, class)
        })
        .collect()
}

/// A tracker holding `rounds` closed episodes of each of the notices' pairs, one a day.
fn tracker_with_history(items: &[(Notice, Classification)], rounds: i64) -> Tracker {
    let config = Config::default();
    let mut records = Vec::new();
    for round in 0..rounds {
        for (i, (notice, class)) in items.iter().enumerate() {
            let starts_at = NOW - (rounds - round + 1) * DAY;
            records.push(EpisodeRecord {
                key: EpisodeKey {
                    source: Source::Alertmanager,
                    fingerprint: format!("h{round}-{i}"),
                    starts_at,
                },
                ends_at: Some(starts_at + 600_000),
                last_seen: starts_at + 600_000,
                service: class.service.clone(),
                signature: class.signature.clone(),
                rule: class.rule.clone(),
                alertname: notice.labels.get("alertname").cloned().unwrap_or_default(),
                labels: Default::default(),
                annotations: Default::default(),
                extra: Default::default(),
            });
        }
    }
    Tracker::restore(&config.incident, records, Vec::<Fix>::new(), NOW)
}

fn incident(c: &mut Criterion) {
    let items = classified_notices();
    let mut group = c.benchmark_group("incident");
    group.throughput(Throughput::Elements(items.len() as u64));

    // Repeats: the 50 episodes are known and open; decide changes nothing durable.
    let mut tracker = tracker_with_history(&items, 200);
    let mut first = Batch::default();
    for (notice, class) in &items {
        tracker.decide(&mut first, Source::Alertmanager, notice, class, NOW);
    }
    tracker.apply(&first.changes, NOW);
    group.bench_function("decide_50_repeats", |b| {
        b.iter(|| {
            let mut batch = Batch::default();
            for (notice, class) in &items {
                black_box(tracker.decide(&mut batch, Source::Alertmanager, notice, class, NOW));
            }
            assert!(batch.is_empty());
        })
    });

    // New episodes: decide + apply of 50 never-seen episodes on pairs with 200 days of history.
    // The tracker is rebuilt (untimed) every 100 documents so its size stays near 10,000.
    group.bench_function("decide_apply_50_new", |b| {
        b.iter_custom(|iters| {
            let mut total = Duration::ZERO;
            let mut tracker = tracker_with_history(&items, 200);
            for it in 0..iters {
                if it % 100 == 99 {
                    tracker = tracker_with_history(&items, 200);
                }
                let fresh: Vec<Notice> = items
                    .iter()
                    .enumerate()
                    .map(|(i, (n, _))| Notice {
                        fingerprint: format!("n{it}-{i}"),
                        ..n.clone()
                    })
                    .collect();
                let started = Instant::now();
                let mut batch = Batch::default();
                for (notice, (_, class)) in fresh.iter().zip(&items) {
                    tracker.decide(&mut batch, Source::Alertmanager, notice, class, NOW);
                }
                tracker.apply(&batch.changes, NOW);
                total += started.elapsed();
            }
            total
        })
    });
    group.finish();
}

/// 10,000 pairs (services `svc-NNNN` times the catalogue's signatures), each with three
/// incidents in the last 30 days, the latest still open on every tenth pair.
fn shared_with_pairs(pairs: usize) -> Arc<Shared> {
    let config = Config::default();
    let signatures: Vec<&str> = catalogue_signatures().into_iter().collect();
    let mut records = Vec::with_capacity(pairs * 3);
    for p in 0..pairs {
        let service = format!("svc-{:04}", p / signatures.len());
        let signature = signatures[p % signatures.len()].to_string();
        for k in 0..3i64 {
            let starts_at = NOW - (30 - 9 * k) * DAY + (p as i64 % 1000) * 1000;
            let open = k == 2 && p % 10 == 0;
            records.push(EpisodeRecord {
                key: EpisodeKey {
                    source: Source::Alertmanager,
                    fingerprint: format!("{p:08x}{k:08x}"),
                    starts_at,
                },
                ends_at: (!open).then_some(starts_at + (k + 1) * 1_800_000),
                last_seen: starts_at,
                service: service.clone(),
                signature: signature.clone(),
                rule: format!("builtin:{signature}"),
                alertname: format!("Alert{k}"),
                labels: Default::default(),
                annotations: Default::default(),
                extra: Default::default(),
            });
        }
    }
    let shared = Arc::new(Shared::new(Runtime::new(config.clone())));
    *shared.tracker.lock().expect("tracker lock") =
        Tracker::restore(&config.incident, records, Vec::<Fix>::new(), NOW);
    shared.health.loaded();
    shared
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct PairLabels {
    service: String,
    signature: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct WindowLabels {
    service: String,
    signature: String,
    window: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct ServiceWindow {
    service: String,
    window: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct SignatureWindow {
    signature: String,
    window: String,
}

type FloatGauge = Gauge<f64, AtomicU64>;
type HistogramFamily = Family<PairLabels, Histogram, fn() -> Histogram>;

fn interval_histogram() -> Histogram {
    Histogram::new(INTERVAL_BUCKETS)
}

fn duration_histogram() -> Histogram {
    Histogram::new(DURATION_BUCKETS)
}

/// Puts a histogram's per-bucket counts into a prometheus-client histogram.
fn fill(h: &Histogram, bounds: &[f64], counts: &recurrence_exporter::incident::Histogram) {
    for (bound, count) in counts.buckets(bounds) {
        for _ in 0..count {
            h.observe(bound);
        }
    }
}

/// The encoding ceiling: the same series in plain prometheus-client families, filled from the
/// tracker once, so that encoding is all that is left.
fn ceiling_registry(shared: &Shared) -> Registry {
    let tracker = shared.tracker.lock().expect("tracker lock");
    let windows: Vec<String> = tracker
        .windows()
        .iter()
        .map(|w| format_duration(Duration::from_millis(*w as u64)))
        .collect();
    let incidents = Family::<PairLabels, Counter>::default();
    let open = Family::<PairLabels, Gauge>::default();
    let last_start = Family::<PairLabels, FloatGauge>::default();
    let last_end = Family::<PairLabels, FloatGauge>::default();
    let intervals = HistogramFamily::new_with_constructor(interval_histogram);
    let durations = HistogramFamily::new_with_constructor(duration_histogram);
    let flaps = Family::<PairLabels, Counter>::default();
    let window_incidents = Family::<WindowLabels, Gauge>::default();
    let window_firing = Family::<WindowLabels, FloatGauge>::default();
    let regressions = Family::<PairLabels, Counter>::default();
    let to_regression = HistogramFamily::new_with_constructor(interval_histogram);
    let symptoms = Family::<PairLabels, Gauge>::default();
    let new_symptoms = Family::<PairLabels, Counter>::default();
    let service_share = Family::<ServiceWindow, FloatGauge>::default();
    let signature_share = Family::<SignatureWindow, FloatGauge>::default();
    let mut totals = vec![0u64; windows.len()];
    let mut by_service: BTreeMap<&str, Vec<u64>> = BTreeMap::new();
    let mut by_signature: BTreeMap<&str, Vec<u64>> = BTreeMap::new();
    for p in tracker.pairs() {
        let Pair {
            service,
            signature,
            summary: s,
            ..
        } = p;
        let l = PairLabels {
            service: service.clone(),
            signature: signature.clone(),
        };
        incidents.get_or_create(&l).inc_by(s.incidents);
        open.get_or_create(&l).set(i64::from(s.open));
        if let Some(t) = s.last_start {
            last_start.get_or_create(&l).set(t as f64 / 1000.0);
        }
        if let Some(t) = s.last_end {
            last_end.get_or_create(&l).set(t as f64 / 1000.0);
        }
        fill(
            &intervals.get_or_create(&l),
            &INTERVAL_BUCKETS,
            &s.intervals,
        );
        fill(
            &durations.get_or_create(&l),
            &DURATION_BUCKETS,
            &s.durations,
        );
        flaps.get_or_create(&l).inc_by(s.flaps);
        for (i, (w, stats)) in windows.iter().zip(&s.windows).enumerate() {
            let wl = WindowLabels {
                service: service.clone(),
                signature: signature.clone(),
                window: w.clone(),
            };
            window_incidents
                .get_or_create(&wl)
                .set(stats.incidents as i64);
            window_firing
                .get_or_create(&wl)
                .set(stats.firing_ms as f64 / 1000.0);
            totals[i] += stats.incidents;
            by_service
                .entry(service)
                .or_insert_with(|| vec![0; windows.len()])[i] += stats.incidents;
            by_signature
                .entry(signature)
                .or_insert_with(|| vec![0; windows.len()])[i] += stats.incidents;
        }
        regressions.get_or_create(&l).inc_by(s.regressions);
        fill(
            &to_regression.get_or_create(&l),
            &INTERVAL_BUCKETS,
            &s.time_to_regression,
        );
        let longest = s.windows.last().map(|w| w.symptoms).unwrap_or(0);
        symptoms.get_or_create(&l).set(longest as i64);
        new_symptoms.get_or_create(&l).inc_by(s.new_symptoms);
    }
    for (service, counts) in &by_service {
        for (i, w) in windows.iter().enumerate() {
            let key = ServiceWindow {
                service: service.to_string(),
                window: w.clone(),
            };
            service_share
                .get_or_create(&key)
                .set(counts[i] as f64 / totals[i].max(1) as f64);
        }
    }
    for (signature, counts) in &by_signature {
        for (i, w) in windows.iter().enumerate() {
            let key = SignatureWindow {
                signature: signature.to_string(),
                window: w.clone(),
            };
            signature_share
                .get_or_create(&key)
                .set(counts[i] as f64 / totals[i].max(1) as f64);
        }
    }

    // The daemon's own metrics are the same objects in both registries.
    let m = shared.metrics.clone();
    let mut r = Registry::default();
    r.register("recurrence_webhook_requests", "h", m.webhook_requests);
    r.register("recurrence_alerts_received", "h", m.alerts_received);
    r.register("recurrence_truncated_alerts", "h", m.truncated_alerts);
    r.register("recurrence_rejected_documents", "h", m.rejected_documents);
    r.register("recurrence_store_errors", "h", m.store_errors);
    r.register("recurrence_store_commit_seconds", "h", m.commit_seconds);
    r.register("recurrence_store_commit_changes", "h", m.commit_changes);
    r.register(
        "recurrence_config_last_reload_successful",
        "h",
        m.reload_successful,
    );
    r.register(
        "recurrence_config_last_reload_success_timestamp_seconds",
        "h",
        m.reload_success_timestamp,
    );
    r.register("recurrence_incidents", "Incidents per pair", incidents);
    r.register("recurrence_incident_open", "Open", open);
    r.register(
        "recurrence_last_incident_start_timestamp_seconds",
        "Start",
        last_start,
    );
    r.register(
        "recurrence_last_incident_end_timestamp_seconds",
        "End",
        last_end,
    );
    r.register("recurrence_interval_seconds", "Interval", intervals);
    r.register(
        "recurrence_incident_duration_seconds",
        "Duration",
        durations,
    );
    r.register("recurrence_flaps", "Flaps", flaps);
    r.register("recurrence_window_incidents", "Window", window_incidents);
    r.register("recurrence_window_firing_seconds", "Firing", window_firing);
    r.register("recurrence_regressions", "Regressions", regressions);
    r.register(
        "recurrence_time_to_regression_seconds",
        "Fix to regression",
        to_regression,
    );
    r.register("recurrence_symptoms", "Symptoms", symptoms);
    r.register("recurrence_new_symptom", "New symptoms", new_symptoms);
    r.register(
        "recurrence_service_incident_share_ratio",
        "Share",
        service_share,
    );
    r.register(
        "recurrence_signature_incident_share_ratio",
        "Share",
        signature_share,
    );
    for (name, value) in [
        ("recurrence_pairs", tracker.pairs().len() as i64),
        ("recurrence_series_overflow", 0),
        ("recurrence_episodes", tracker.episode_count() as i64),
        ("recurrence_episodes_open", tracker.open_episodes() as i64),
        ("recurrence_ready", 1),
    ] {
        let g = Gauge::<i64>::default();
        g.set(value);
        r.register(name, "h", g);
    }
    r
}

fn encode(registry: &Registry) -> String {
    let mut out = String::with_capacity(64 * 1024);
    prometheus_client::encoding::prometheus_text::encode(&mut out, registry)
        .expect("writing to a String cannot fail");
    out
}

fn scrape(c: &mut Criterion) {
    let shared = shared_with_pairs(10_000);
    let daemon = metrics::registry(shared.clone());
    let ceiling = ceiling_registry(&shared);
    let (a, b) = (metrics::render(&daemon), encode(&ceiling));
    let series = |s: &str| s.lines().filter(|l| !l.starts_with('#')).count();
    eprintln!(
        "scrape: daemon {} bytes, {} series; ceiling {} bytes, {} series",
        a.len(),
        series(&a),
        b.len(),
        series(&b)
    );
    let mut group = c.benchmark_group("scrape");
    group.sample_size(20);
    group.throughput(Throughput::Bytes(a.len() as u64));
    group.bench_function("daemon_render_10k_pairs", |bench| {
        bench.iter(|| metrics::render(&daemon))
    });
    group.bench_function("ceiling_encode_10k_pairs", |bench| {
        bench.iter_batched(|| (), |()| encode(&ceiling), BatchSize::SmallInput)
    });
    group.finish();
}

criterion_group!(benches, parse, classify, incident, scrape);
criterion_main!(benches);
