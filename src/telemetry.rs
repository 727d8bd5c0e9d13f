//! Logs and traces. `tracing` is the API for both: every log line goes to stderr, and when
//! OTLP is configured the daemon's own spans (webhook requests, store commits, reloads) are
//! also exported as OpenTelemetry traces.
//!
//! A webhook span continues the sender's trace when it sends a W3C `traceparent`; log lines
//! inside it carry `trace_id`, with or without export. A store commit serves many webhooks at
//! once, so its span links to theirs instead of having one parent. This module does not export
//! metrics (`export::otlp` does) and owns no business state.

use std::io::IsTerminal;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use opentelemetry::propagation::{Extractor, TextMapPropagator};
use opentelemetry::trace::{TraceContextExt, TraceId, TracerProvider as _};
use opentelemetry::KeyValue;
use opentelemetry_otlp::{Protocol, WithExportConfig, WithHttpConfig};
use opentelemetry_sdk::error::OTelSdkResult;
use opentelemetry_sdk::propagation::TraceContextPropagator;
use opentelemetry_sdk::trace::{
    BatchConfigBuilder, BatchSpanProcessor, SdkTracerProvider, SpanData, SpanExporter,
};
use opentelemetry_sdk::Resource;
use tracing::field::Empty;
use tracing::{Level, Span};
use tracing_opentelemetry::OpenTelemetrySpanExt;
use tracing_subscriber::filter::{filter_fn, LevelFilter};
use tracing_subscriber::layer::SubscriberExt;
use tracing_subscriber::util::SubscriberInitExt;
use tracing_subscriber::Layer;

use crate::config::OtlpConfig;
pub mod otlp;

use otlp::{FailureLog, Settings};

/// Longest wait for spans to be batched before they are sent.
const MAX_BATCH_DELAY: Duration = Duration::from_secs(5);

/// The installed logging and, if configured, the trace pipeline.
pub struct Telemetry {
    provider: Option<SdkTracerProvider>,
}

/// Installs the global `tracing` subscriber: logs at `level` to stderr and, when `otlp`
/// (with the environment) names a traces endpoint, the span exporter. Must run outside the
/// tokio runtime (the exporter's blocking HTTP client owns one). Problems with the OTLP
/// settings are not reported here: the application refuses to start on them.
pub fn init(level: Level, otlp: Option<&OtlpConfig>, listen_address: &str) -> Telemetry {
    let provider = otlp
        .and_then(|c| Settings::from_env(c).ok().flatten())
        .filter(|s| s.traces_url.is_some())
        .and_then(|s| tracer_provider(&s, &otlp::instance_id(listen_address)).ok());
    let logs = tracing_subscriber::fmt::layer()
        .with_writer(std::io::stderr)
        .with_ansi(std::io::stderr().is_terminal())
        .with_filter(LevelFilter::from_level(level));
    // Only the daemon's own spans and events at info or above: the HTTP client's internals
    // would otherwise trace the export of traces.
    let traces = provider.as_ref().map(|p| {
        tracing_opentelemetry::layer()
            .with_tracer(p.tracer("recurrence-exporter"))
            .with_filter(filter_fn(|m| {
                m.target().starts_with("recurrence_exporter") && *m.level() <= Level::INFO
            }))
    });
    tracing_subscriber::registry()
        .with(logs)
        .with(traces)
        .init();
    Telemetry { provider }
}

impl Telemetry {
    /// Sends the spans still waiting, within [`otlp::SHUTDOWN_BUDGET`]. Call it after the
    /// runtime has stopped.
    pub fn shutdown(self) {
        if let Some(provider) = self.provider {
            if let Err(e) = provider.shutdown_with_timeout(otlp::SHUTDOWN_BUDGET) {
                tracing::warn!(error = %e, "flushing traces at shutdown failed");
            }
        }
    }
}

fn tracer_provider(settings: &Settings, instance_id: &str) -> Result<SdkTracerProvider, String> {
    let url = settings.traces_url.clone().expect("checked by the caller");
    let client = settings.tls_material()?.client()?;
    let exporter = opentelemetry_otlp::SpanExporter::builder()
        .with_http()
        .with_http_client(client)
        .with_protocol(Protocol::HttpBinary)
        .with_endpoint(url.clone())
        .with_timeout(settings.timeout)
        .with_headers(otlp::header_map(&settings.headers))
        .build()
        .map_err(|e| format!("OTLP trace exporter: {e}"))?;
    let exporter = CountingExporter {
        inner: exporter,
        log: otlp::shared_failure_log("traces"),
    };
    let batch = BatchConfigBuilder::default()
        .with_scheduled_delay(settings.interval.min(MAX_BATCH_DELAY))
        .build();
    let resource = Resource::builder_empty()
        .with_attributes(
            otlp::resource_attributes(instance_id)
                .into_iter()
                .map(|(k, v)| KeyValue::new(k, v)),
        )
        .build();
    tracing::debug!(url, "exporting traces over OTLP");
    Ok(SdkTracerProvider::builder()
        .with_span_processor(
            BatchSpanProcessor::builder(exporter)
                .with_batch_config(batch)
                .build(),
        )
        .with_resource(resource)
        .build())
}

/// The OTLP span exporter, counting and logging its failures like the metrics exporter.
#[derive(Debug)]
struct CountingExporter {
    inner: opentelemetry_otlp::SpanExporter,
    log: Arc<Mutex<FailureLog>>,
}

impl SpanExporter for CountingExporter {
    async fn export(&self, batch: Vec<SpanData>) -> OTelSdkResult {
        let result = self.inner.export(batch).await;
        let mut log = self.log.lock().expect("failure log lock");
        match &result {
            Ok(()) => log.succeeded(),
            Err(e) => log.failed(&e.to_string()),
        }
        result
    }

    fn shutdown_with_timeout(&self, timeout: Duration) -> OTelSdkResult {
        self.inner.shutdown_with_timeout(timeout)
    }

    fn force_flush(&self) -> OTelSdkResult {
        self.inner.force_flush()
    }

    fn set_resource(&mut self, resource: &Resource) {
        self.inner.set_resource(resource)
    }
}

// ---------------------------------------------------------------------------------------------
// Spans.

struct HeaderExtractor<'a>(&'a axum::http::HeaderMap);

impl Extractor for HeaderExtractor<'_> {
    fn get(&self, key: &str) -> Option<&str> {
        self.0.get(key).and_then(|v| v.to_str().ok())
    }

    fn keys(&self) -> Vec<&str> {
        self.0.keys().map(|k| k.as_str()).collect()
    }
}

/// The span of one webhook request, continuing the sender's trace if its headers carry a
/// W3C `traceparent`. [`finish_webhook`] records the outcome; the ingest records `alerts`.
pub fn webhook_span(headers: &axum::http::HeaderMap, source: &'static str) -> Span {
    let span = tracing::info_span!(
        "webhook",
        otel.name = "POST /webhook",
        otel.kind = "server",
        otel.status_code = Empty,
        source,
        alerts = Empty,
        outcome = Empty,
        http.response.status_code = Empty,
        trace_id = Empty,
    );
    let parent = TraceContextPropagator::new().extract(&HeaderExtractor(headers));
    let remote = parent.span().span_context().trace_id();
    if remote != TraceId::INVALID {
        let _ = span.set_parent(parent);
    }
    // Without trace export the span has no OpenTelemetry context; the sender's id still helps.
    let own = span.context().span().span_context().trace_id();
    let trace_id = if own != TraceId::INVALID { own } else { remote };
    if trace_id != TraceId::INVALID {
        span.record("trace_id", tracing::field::display(trace_id));
    }
    span
}

/// Records how a webhook request ended on its span. Numbers are recorded as `i64`: the
/// OpenTelemetry layer exports other integer types as strings.
pub fn finish_webhook(span: &Span, code: u16) {
    let outcome = match code {
        200..=299 => "accepted",
        503 => "retry_later",
        400..=499 => "rejected",
        _ => "error",
    };
    span.record("outcome", outcome);
    span.record("http.response.status_code", i64::from(code));
    if code >= 500 {
        span.record("otel.status_code", "ERROR");
    }
}

/// The span of one group commit, linked to the spans of the webhooks it serves.
pub fn commit_span<'a>(
    jobs: usize,
    changes: usize,
    served: impl Iterator<Item = &'a Span>,
) -> Span {
    let span = tracing::info_span!(
        "store.commit",
        jobs = jobs as i64,
        changes = changes as i64,
        outcome = Empty,
        trace_id = Empty,
    );
    for webhook in served {
        let context = webhook.context().span().span_context().clone();
        if context.is_valid() {
            span.add_link(context);
        }
    }
    let trace_id = span.context().span().span_context().trace_id();
    if trace_id != TraceId::INVALID {
        span.record("trace_id", tracing::field::display(trace_id));
    }
    span
}
