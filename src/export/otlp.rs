//! OTLP metrics export: pushes what `/metrics` shows to an OpenTelemetry receiver over
//! HTTP/protobuf, on its own thread.
//!
//! One source of truth: each export renders the same registry `/metrics` serves and converts
//! that exposition, so the two can never disagree. Counters become monotonic cumulative sums
//! (named without `_total`, which a Collector's Prometheus exporters add back), gauges gauges,
//! histograms explicit-bucket histograms with the same bounds, info metrics gauges of 1.
//!
//! A slow or absent receiver costs this thread only: every request has a timeout, ingestion
//! and scrapes never wait for it, failures are counted in
//! `recurrence_otlp_export_failures_total{signal}` and logged at most once a minute. This
//! module does not know the trace pipeline (`telemetry`) beyond sharing the failure counter.

use std::sync::mpsc::{Receiver, RecvTimeoutError, Sender};
use std::sync::Arc;
use std::thread::JoinHandle;
use std::time::{Duration, Instant, SystemTime};

use opentelemetry_proto::tonic::collector::metrics::v1::ExportMetricsServiceRequest;
use opentelemetry_proto::tonic::common::v1::{any_value, AnyValue, InstrumentationScope, KeyValue};
use opentelemetry_proto::tonic::metrics::v1::{
    metric, number_data_point, AggregationTemporality, Gauge, Histogram, HistogramDataPoint,
    Metric, NumberDataPoint, ResourceMetrics, ScopeMetrics, Sum,
};
use opentelemetry_proto::tonic::resource::v1::Resource;
use prometheus_client::registry::Registry;
use prost::Message;

use crate::state::Shared;
pub use crate::telemetry::otlp::{
    error_chain, header_map, instance_id, register, resource_attributes, shared_failure_log,
    FailureLog, Settings, SignalLabel, TlsMaterial, DEFAULT_INTERVAL, DEFAULT_TIMEOUT,
    SHUTDOWN_BUDGET,
};

fn string_kv(key: &str, value: &str) -> KeyValue {
    KeyValue {
        key: key.to_string(),
        value: Some(AnyValue {
            value: Some(any_value::Value::StringValue(value.to_string())),
        }),
        ..Default::default()
    }
}

// ---------------------------------------------------------------------------------------------
// Exposition → OTLP.

/// Converts a Prometheus/OpenMetrics text exposition (as [`super::metrics::render`] writes it)
/// into an OTLP request. `start` is the start of the cumulative series, `now` the collection
/// time, both in nanoseconds since the epoch.
pub fn to_request(
    exposition: &str,
    instance_id: &str,
    start: u64,
    now: u64,
) -> ExportMetricsServiceRequest {
    let mut metrics = Vec::new();
    let mut family: Option<FamilyText> = None;
    for line in exposition.lines() {
        if let Some(rest) = line.strip_prefix("# ") {
            let mut parts = rest.splitn(3, ' ');
            let (keyword, name, text) = (
                parts.next().unwrap_or_default(),
                parts.next().unwrap_or_default(),
                parts.next().unwrap_or_default(),
            );
            if family.as_ref().is_none_or(|f| f.name != name) {
                if let Some(done) = family.take() {
                    metrics.extend(done.finish(start, now));
                }
                if keyword == "EOF" {
                    break;
                }
                family = Some(FamilyText::new(name));
            }
            let f = family.as_mut().expect("set above");
            match keyword {
                "HELP" => f.help = unescape_help(text),
                "TYPE" => f.kind = text.to_string(),
                "UNIT" => f.unit = text.to_string(),
                _ => {}
            }
            continue;
        }
        if line.is_empty() {
            continue;
        }
        let Some(sample) = parse_sample(line) else {
            continue;
        };
        match &mut family {
            Some(f) if sample.name.starts_with(f.name.as_str()) => f.samples.push(sample),
            _ => {
                // A sample without metadata: an untyped gauge of its own.
                if let Some(done) = family.take() {
                    metrics.extend(done.finish(start, now));
                }
                let mut f = FamilyText::new(&sample.name);
                f.samples.push(sample);
                family = Some(f);
            }
        }
    }
    if let Some(done) = family.take() {
        metrics.extend(done.finish(start, now));
    }
    ExportMetricsServiceRequest {
        resource_metrics: vec![ResourceMetrics {
            resource: Some(Resource {
                attributes: resource_attributes(instance_id)
                    .iter()
                    .map(|(k, v)| string_kv(k, v))
                    .collect(),
                ..Default::default()
            }),
            scope_metrics: vec![ScopeMetrics {
                scope: Some(InstrumentationScope {
                    name: "recurrence-exporter".into(),
                    version: env!("CARGO_PKG_VERSION").into(),
                    ..Default::default()
                }),
                metrics,
                schema_url: String::new(),
            }],
            schema_url: String::new(),
        }],
    }
}

/// One metric family of the exposition: its metadata and samples.
struct FamilyText {
    name: String,
    help: String,
    kind: String,
    unit: String,
    samples: Vec<Sample>,
}

struct Sample {
    name: String,
    labels: Vec<(String, String)>,
    /// The value as written, so integers stay integers.
    value: String,
}

impl Sample {
    fn number(&self) -> f64 {
        match self.value.as_str() {
            "+Inf" | "Inf" => f64::INFINITY,
            "-Inf" => f64::NEG_INFINITY,
            v => v.parse().unwrap_or(f64::NAN),
        }
    }

    fn data_point(&self, start: u64, now: u64) -> NumberDataPoint {
        let value = match self.value.parse::<i64>() {
            Ok(i) => number_data_point::Value::AsInt(i),
            Err(_) => number_data_point::Value::AsDouble(self.number()),
        };
        NumberDataPoint {
            attributes: attributes(&self.labels),
            start_time_unix_nano: start,
            time_unix_nano: now,
            value: Some(value),
            ..Default::default()
        }
    }
}

fn attributes(labels: &[(String, String)]) -> Vec<KeyValue> {
    labels.iter().map(|(k, v)| string_kv(k, v)).collect()
}

impl FamilyText {
    fn new(name: &str) -> FamilyText {
        FamilyText {
            name: name.to_string(),
            help: String::new(),
            kind: "unknown".into(),
            unit: String::new(),
            samples: Vec::new(),
        }
    }

    fn finish(self, start: u64, now: u64) -> Option<Metric> {
        if self.samples.is_empty() {
            // A family with no series yet has nothing to say in OTLP either.
            return None;
        }
        // The classic text format names a counter family `x_total`, OpenMetrics `x`; OTLP
        // names the sum `x` either way.
        let base = match self.kind.as_str() {
            "counter" => self.name.strip_suffix("_total").unwrap_or(&self.name),
            _ => &self.name,
        }
        .to_string();
        let unit = if !self.unit.is_empty() {
            self.unit.clone()
        } else if base.ends_with("_seconds") {
            "s".into()
        } else {
            String::new()
        };
        let (name, data) = match self.kind.as_str() {
            "counter" => {
                let total = format!("{base}_total");
                let points = self
                    .samples
                    .iter()
                    .filter(|s| s.name == total || s.name == base)
                    .map(|s| s.data_point(start, now))
                    .collect();
                (
                    base,
                    metric::Data::Sum(Sum {
                        data_points: points,
                        aggregation_temporality: AggregationTemporality::Cumulative as i32,
                        is_monotonic: true,
                    }),
                )
            }
            "histogram" => (
                self.name.clone(),
                metric::Data::Histogram(Histogram {
                    data_points: self.histogram_points(start, now),
                    aggregation_temporality: AggregationTemporality::Cumulative as i32,
                }),
            ),
            // Info metrics have no OTLP type; as on /metrics, a gauge of 1 named `_info`.
            "info" => (
                format!("{}_info", self.name),
                metric::Data::Gauge(Gauge {
                    data_points: self.samples.iter().map(|s| s.data_point(0, now)).collect(),
                }),
            ),
            _ => (
                self.name.clone(),
                metric::Data::Gauge(Gauge {
                    data_points: self.samples.iter().map(|s| s.data_point(0, now)).collect(),
                }),
            ),
        };
        Some(Metric {
            name,
            description: self.help,
            unit,
            metadata: Vec::new(),
            data: Some(data),
        })
    }

    /// Groups `_bucket`, `_sum` and `_count` samples by label set, in exposition order, and
    /// turns Prometheus' cumulative `le` buckets into OTLP's per-bucket counts.
    fn histogram_points(&self, start: u64, now: u64) -> Vec<HistogramDataPoint> {
        struct Point {
            labels: Vec<(String, String)>,
            buckets: Vec<(f64, u64)>,
            sum: f64,
            count: u64,
        }
        let mut points: Vec<Point> = Vec::new();
        let bucket = format!("{}_bucket", self.name);
        let sum = format!("{}_sum", self.name);
        let count = format!("{}_count", self.name);
        for s in &self.samples {
            let mut labels = s.labels.clone();
            let le = labels
                .iter()
                .position(|(k, _)| k == "le")
                .map(|i| labels.remove(i).1);
            let index = match points.iter().position(|p| p.labels == labels) {
                Some(i) => i,
                None => {
                    points.push(Point {
                        labels,
                        buckets: Vec::new(),
                        sum: 0.0,
                        count: 0,
                    });
                    points.len() - 1
                }
            };
            let p = &mut points[index];
            if s.name == bucket {
                let bound = match le.as_deref() {
                    Some("+Inf") | Some("Inf") => f64::INFINITY,
                    Some(v) => v.parse().unwrap_or(f64::NAN),
                    None => continue,
                };
                p.buckets.push((bound, s.number() as u64));
            } else if s.name == sum {
                p.sum = s.number();
            } else if s.name == count {
                p.count = s.number() as u64;
            }
        }
        points
            .into_iter()
            .map(|mut p| {
                p.buckets.sort_by(|a, b| a.0.total_cmp(&b.0));
                let mut bounds = Vec::new();
                let mut counts = Vec::new();
                let mut below = 0u64;
                for (bound, cumulative) in &p.buckets {
                    if bound.is_finite() {
                        bounds.push(*bound);
                        counts.push(cumulative.saturating_sub(below));
                        below = *cumulative;
                    }
                }
                counts.push(p.count.saturating_sub(below));
                HistogramDataPoint {
                    attributes: attributes(&p.labels),
                    start_time_unix_nano: start,
                    time_unix_nano: now,
                    count: p.count,
                    sum: Some(p.sum),
                    bucket_counts: counts,
                    explicit_bounds: bounds,
                    ..Default::default()
                }
            })
            .collect()
    }
}

fn unescape_help(text: &str) -> String {
    text.replace("\\n", "\n").replace("\\\\", "\\")
}

/// Parses `name{k="v",...} value [timestamp]`, undoing the label value escapes (`\\`, `\"`,
/// `\n`).
fn parse_sample(line: &str) -> Option<Sample> {
    let name_end = line.find(['{', ' '])?;
    let name = line[..name_end].to_string();
    let mut rest = &line[name_end..];
    let mut labels = Vec::new();
    if let Some(after) = rest.strip_prefix('{') {
        let mut chars = after.char_indices();
        let mut consumed = after.len();
        loop {
            // Skip separators, read a key up to '='.
            let mut key = String::new();
            let mut closed = false;
            for (i, c) in chars.by_ref() {
                match c {
                    '}' => {
                        consumed = i + 1;
                        closed = true;
                        break;
                    }
                    ',' | ' ' => {}
                    '=' => break,
                    c => key.push(c),
                }
            }
            if closed {
                break;
            }
            if !matches!(chars.next(), Some((_, '"'))) {
                return None;
            }
            let mut value = String::new();
            let mut escaped = false;
            for (_, c) in chars.by_ref() {
                match (escaped, c) {
                    (true, 'n') => {
                        value.push('\n');
                        escaped = false;
                    }
                    (true, c) => {
                        value.push(c);
                        escaped = false;
                    }
                    (false, '\\') => escaped = true,
                    (false, '"') => break,
                    (false, c) => value.push(c),
                }
            }
            labels.push((key, value));
        }
        rest = &after[consumed..];
    }
    let value = rest.split_whitespace().next()?.to_string();
    Some(Sample {
        name,
        labels,
        value,
    })
}

// ---------------------------------------------------------------------------------------------
// The exporter thread.

/// The running metrics exporter; [`MetricsExporter::shutdown`] flushes once more and stops it.
pub struct MetricsExporter {
    stop: Sender<()>,
    done: Receiver<()>,
    thread: JoinHandle<()>,
}

/// What one export needs, owned by the exporter thread.
struct Pipeline {
    url: String,
    headers: Vec<(String, String)>,
    registry: Arc<Registry>,
    shared: Arc<Shared>,
    instance_id: String,
    start: u64,
    log: FailureLog,
}

/// Starts the metrics exporter thread if `settings` asks for metrics. TLS files are read here,
/// so their errors stop start-up.
pub fn spawn(
    settings: &Settings,
    registry: Arc<Registry>,
    shared: Arc<Shared>,
    instance_id: String,
) -> Result<Option<MetricsExporter>, String> {
    let Some(url) = settings.metrics_url.clone() else {
        return Ok(None);
    };
    let tls = settings.tls_material()?;
    let interval = settings.interval;
    let mut pipeline = Pipeline {
        url,
        headers: settings.headers.clone(),
        registry,
        shared,
        instance_id,
        start: unix_nanos(SystemTime::now()),
        log: FailureLog::new("metrics"),
    };
    let (stop, stopped) = std::sync::mpsc::channel::<()>();
    let (done_tx, done) = std::sync::mpsc::channel::<()>();
    tracing::info!(url = %pipeline.url, interval = ?interval, "exporting metrics over OTLP");
    let thread = std::thread::Builder::new()
        .name("otlp-metrics".into())
        .spawn(move || {
            let client = match tls.client() {
                Ok(c) => c,
                Err(e) => {
                    tracing::error!(error = %e, "OTLP metrics export disabled");
                    let _ = done_tx.send(());
                    return;
                }
            };
            let mut next = Instant::now() + interval;
            loop {
                match stopped.recv_timeout(next.saturating_duration_since(Instant::now())) {
                    Err(RecvTimeoutError::Timeout) => {
                        next = Instant::now() + interval;
                        pipeline.export(&client, None);
                    }
                    Ok(()) | Err(RecvTimeoutError::Disconnected) => {
                        pipeline.export(&client, Some(SHUTDOWN_BUDGET));
                        break;
                    }
                }
            }
            // The blocking client owns a runtime; it is dropped here, off the tokio workers.
            drop(client);
            let _ = done_tx.send(());
        })
        .map_err(|e| format!("starting the OTLP metrics thread: {e}"))?;
    Ok(Some(MetricsExporter { stop, done, thread }))
}

impl MetricsExporter {
    /// Sends what is current one last time and stops, waiting at most `budget`; a receiver that
    /// does not answer in time is abandoned with a warning.
    pub fn shutdown(self, budget: Duration) {
        let _ = self.stop.send(());
        match self.done.recv_timeout(budget) {
            Ok(()) | Err(RecvTimeoutError::Disconnected) => {
                let _ = self.thread.join();
            }
            Err(RecvTimeoutError::Timeout) => {
                tracing::warn!("the last OTLP metrics export did not finish within {budget:?}; not waiting for it");
            }
        }
    }
}

impl Pipeline {
    fn export(&mut self, client: &reqwest::blocking::Client, timeout: Option<Duration>) {
        // Before the history is loaded every counter would read 0: a false reset downstream.
        if !self.shared.health.get().is_loaded() {
            return;
        }
        let exposition = super::metrics::render(&self.registry);
        let request = to_request(
            &exposition,
            &self.instance_id,
            self.start,
            unix_nanos(SystemTime::now()),
        );
        let mut post = client
            .post(&self.url)
            .header("content-type", "application/x-protobuf")
            .body(request.encode_to_vec());
        for (name, value) in &self.headers {
            post = post.header(name, value);
        }
        if let Some(timeout) = timeout {
            post = post.timeout(timeout);
        }
        match post.send() {
            Ok(response) if response.status().is_success() => self.log.succeeded(),
            Ok(response) => {
                let status = response.status();
                let body = response.text().unwrap_or_default();
                let body: String = body.chars().take(200).collect();
                self.log.failed(&format!("HTTP {status}: {body}"));
            }
            Err(e) => self.log.failed(&error_chain(&e)),
        }
    }
}

fn unix_nanos(t: SystemTime) -> u64 {
    t.duration_since(SystemTime::UNIX_EPOCH)
        .map(|d| d.as_nanos() as u64)
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;

    fn check_resolve(yaml: &str, env: &[(&str, &str)], expected: Option<(&str, &str, u64)>) {
        let config = Config::from_yaml(yaml).expect("valid");
        let lookup = |name: &str| {
            env.iter()
                .find(|(k, _)| *k == name)
                .map(|(_, v)| v.to_string())
        };
        let got = Settings::resolve(&config.otlp, lookup).expect("resolves");
        let got = got.map(|s| {
            (
                s.metrics_url.unwrap_or_default(),
                s.traces_url.unwrap_or_default(),
                s.interval.as_millis() as u64,
            )
        });
        let expected = expected.map(|(m, t, i)| (m.to_string(), t.to_string(), i));
        assert_eq!(got, expected, "yaml {yaml:?} env {env:?}");
    }

    #[test]
    fn settings_come_from_yaml_then_environment_then_defaults() {
        check_resolve("", &[], None);
        check_resolve(
            "otlp:\n  endpoint: http://c:4318/\n",
            &[],
            Some((
                "http://c:4318/v1/metrics",
                "http://c:4318/v1/traces",
                60_000,
            )),
        );
        check_resolve(
            "",
            &[
                ("OTEL_EXPORTER_OTLP_ENDPOINT", "http://env:4318"),
                ("OTEL_METRIC_EXPORT_INTERVAL", "5000"),
            ],
            Some((
                "http://env:4318/v1/metrics",
                "http://env:4318/v1/traces",
                5_000,
            )),
        );
        // A signal's own variable is used as it is; YAML wins over the environment.
        check_resolve(
            "",
            &[("OTEL_EXPORTER_OTLP_TRACES_ENDPOINT", "http://t:1/x")],
            Some(("", "http://t:1/x", 60_000)),
        );
        check_resolve(
            "otlp:\n  endpoint: http://yaml:4318\n  interval: 15s\n",
            &[
                ("OTEL_EXPORTER_OTLP_ENDPOINT", "http://env:4318"),
                ("OTEL_METRIC_EXPORT_INTERVAL", "5000"),
            ],
            Some((
                "http://yaml:4318/v1/metrics",
                "http://yaml:4318/v1/traces",
                15_000,
            )),
        );
        check_resolve(
            "otlp:\n  endpoint: http://yaml:4318\n",
            &[("OTEL_SDK_DISABLED", "true")],
            None,
        );
    }

    #[test]
    fn environment_errors_and_headers() {
        let config =
            Config::from_yaml("otlp:\n  endpoint: http://c:4318\n  headers: {X-Team: yaml}\n")
                .expect("valid");
        let err = Settings::resolve(&config.otlp, |n| {
            (n == "OTEL_EXPORTER_OTLP_PROTOCOL").then(|| "grpc".to_string())
        })
        .expect_err("grpc is refused");
        assert_eq!(
            err,
            "OTEL_EXPORTER_OTLP_PROTOCOL=\"grpc\" is not supported; use http/protobuf"
        );
        let s = Settings::resolve(&config.otlp, |n| {
            (n == "OTEL_EXPORTER_OTLP_HEADERS").then(|| "x-team=env,api-key=a%20b".to_string())
        })
        .expect("resolves")
        .expect("enabled");
        assert_eq!(
            s.headers,
            [
                ("api-key".to_string(), "a b".to_string()),
                ("X-Team".to_string(), "yaml".to_string())
            ]
        );
    }

    #[test]
    fn exposition_converts_to_otlp_types() {
        let text = "# HELP a_total_things Things.\n# TYPE a_total_things counter\na_total_things_total{service=\"x\\\"y\",signature=\"s\"} 3\n\
# HELP g A gauge.\n# TYPE g gauge\ng 1.5\n\
# HELP h_seconds H.\n# TYPE h_seconds histogram\nh_seconds_sum{p=\"1\"} 7.5\nh_seconds_count{p=\"1\"} 3\nh_seconds_bucket{le=\"1.0\",p=\"1\"} 1\nh_seconds_bucket{le=\"10.0\",p=\"1\"} 3\nh_seconds_bucket{le=\"+Inf\",p=\"1\"} 3\n\
# HELP b Build.\n# TYPE b info\nb_info{version=\"1\"} 1\n# HELP c_total Classic.\n# TYPE c_total counter\nc_total 2\n# HELP empty Nothing yet.\n# TYPE empty counter\n# EOF\n";
        let request = to_request(text, "host:1", 10, 20);
        let metrics = &request.resource_metrics[0].scope_metrics[0].metrics;
        let names: Vec<&str> = metrics.iter().map(|m| m.name.as_str()).collect();
        assert_eq!(names, ["a_total_things", "g", "h_seconds", "b_info", "c"]);
        let Some(metric::Data::Sum(sum)) = &metrics[0].data else {
            panic!("counter is a sum")
        };
        assert!(sum.is_monotonic);
        assert_eq!(
            sum.data_points[0].value,
            Some(number_data_point::Value::AsInt(3))
        );
        assert_eq!(sum.data_points[0].start_time_unix_nano, 10);
        assert_eq!(
            sum.data_points[0].attributes[0],
            string_kv("service", "x\"y")
        );
        let Some(metric::Data::Gauge(g)) = &metrics[1].data else {
            panic!("gauge")
        };
        assert_eq!(
            g.data_points[0].value,
            Some(number_data_point::Value::AsDouble(1.5))
        );
        let Some(metric::Data::Histogram(h)) = &metrics[2].data else {
            panic!("histogram")
        };
        assert_eq!(metrics[2].unit, "s");
        let p = &h.data_points[0];
        assert_eq!((p.count, p.sum), (3, Some(7.5)));
        assert_eq!(p.explicit_bounds, [1.0, 10.0]);
        assert_eq!(p.bucket_counts, [1, 2, 0]);
        assert_eq!(p.attributes, [string_kv("p", "1")]);
    }
}
