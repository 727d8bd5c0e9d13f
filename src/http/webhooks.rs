//! The webhook routes: the body read within its deadline and budget, then the pipeline.

use std::sync::Arc;

use axum::body::Body;
use axum::extract::State;
use tokio::sync::{oneshot, OwnedSemaphorePermit};

use super::{write_error, ApiError, AppState};
use crate::export::metrics::SourceCode;
use crate::ingest::Source;
use crate::pipeline::{self, Format, Outcome, Prepared, Refusal};
use crate::self_metrics::Tally;
use crate::state::{now_millis, Shared};
use crate::store::writer::{Ingest, Job, WriteError};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::json;

pub(super) async fn alertmanager(
    State(state): State<AppState>,
    headers: axum::http::HeaderMap,
    body: Body,
) -> Response {
    let span = crate::telemetry::webhook_span(&headers, Source::Alertmanager.as_str());
    let work = webhook(state, Source::Alertmanager, Format::Alertmanager, body);
    tracing::Instrument::instrument(work, span).await
}

pub(super) async fn grafana(
    State(state): State<AppState>,
    headers: axum::http::HeaderMap,
    body: Body,
) -> Response {
    let span = crate::telemetry::webhook_span(&headers, Source::Grafana.as_str());
    tracing::Instrument::instrument(webhook(state, Source::Grafana, Format::Grafana, body), span)
        .await
}

/// A source from the `sources:` section, found by its path.
pub(super) async fn configured_source(
    State(state): State<AppState>,
    axum::extract::Path(name): axum::extract::Path<String>,
    headers: axum::http::HeaderMap,
    body: Body,
) -> Response {
    let path = format!("/webhook/{name}");
    let runtime = state.shared.runtime();
    let Some(mapping) = runtime.config.sources.iter().find(|m| m.path == path) else {
        return ApiError::NotFound(format!(
            "no source is configured at {path}; see `sources:` in the configuration"
        ))
        .into_response();
    };
    let source = Source::named(&mapping.name);
    let span = crate::telemetry::webhook_span(&headers, source.as_str());
    let work = webhook(
        state,
        source,
        Format::Mapped(Box::new(mapping.clone())),
        body,
    );
    tracing::Instrument::instrument(work, span).await
}

/// Every webhook: the body read within its own deadline, then bounded concurrency and time
/// for [`ingest_document`]. The in-flight permit is taken only once the body is in: a sender
/// trickling a body holds a connection, never a processing slot.
async fn webhook(state: AppState, source: Source, format: Format, body: Body) -> Response {
    let result = match read_body(&state, source, body).await {
        Err(e) => Err(e),
        // The body's bytes stay counted until the request is answered.
        Ok((bytes, _held)) => process_webhook(&state, source, format, bytes).await,
    };
    let code = match &result {
        Ok(_) => 200,
        Err(e) => e.status(),
    };
    crate::telemetry::finish_webhook(&tracing::Span::current(), code);
    state
        .shared
        .metrics
        .webhook_requests
        .get_or_create(&SourceCode {
            source: source.as_str(),
            code,
        })
        .inc();
    match result {
        Ok(summary) => (StatusCode::OK, Json(summary)).into_response(),
        Err(e) => e.into_response(),
    }
}

/// Reads a webhook's body within `limits.body_read_timeout`, telling apart a body over
/// `limits.max_body_bytes` (413), one the sender cut off (`aborted`) and one that breaks
/// HTTP framing, such as a bad chunk size (`malformed`): only the first is "too large". The
/// bytes are counted against `limits.max_buffered_body_bytes` as they arrive, and stay
/// counted while the returned permit lives.
async fn read_body(
    state: &AppState,
    source: Source,
    body: Body,
) -> Result<(axum::body::Bytes, Option<OwnedSemaphorePermit>), ApiError> {
    let limits = &state.shared.runtime().config.limits;
    let (limit, deadline) = (limits.max_body_bytes, limits.body_read_timeout);
    let reject = |reason: &'static str| reject_document(&state.shared, source, reason);
    let reading = collect_body(body, limit, &state.body_bytes);
    match tokio::time::timeout(deadline, reading).await {
        Ok(Ok(read)) => Ok(read),
        Ok(Err(BodyError::Buffers)) => {
            state
                .shared
                .metrics
                .throttled(source.as_str(), "body_buffers");
            Err(ApiError::Unavailable(
                "too many webhook body bytes held at once (limits.max_buffered_body_bytes); retry later"
                    .into(),
            ))
        }
        Ok(Err(BodyError::Read(e))) => {
            let failure = BodyFailure::of(e.as_ref());
            reject(failure.reason());
            tracing::debug!(source = source.as_str(), error = %e, reason = failure.reason(), "webhook body not read");
            Err(match failure {
                BodyFailure::TooLarge => ApiError::TooLarge(limit),
                BodyFailure::Aborted => ApiError::BadRequest(format!(
                    "the request body ended before it was complete: {e}"
                )),
                BodyFailure::Malformed => {
                    ApiError::BadRequest(format!("the request body is not valid HTTP: {e}"))
                }
            })
        }
        Err(_) => {
            // Slow, not wrong: a sender on a bad link may succeed on retry, so 503.
            state
                .shared
                .metrics
                .throttled(source.as_str(), "body_timeout");
            Err(ApiError::Unavailable(format!(
                "the request body was not received within limits.body_read_timeout ({deadline:?})"
            )))
        }
    }
}

/// Counts a refused document in `recurrence_rejected_documents_total{source,reason}`.
fn reject_document(shared: &Shared, source: Source, reason: &'static str) {
    shared.metrics.reject_document(source.as_str(), reason);
}

/// Why [`collect_body`] stopped.
enum BodyError {
    /// Its bytes would go over `limits.max_buffered_body_bytes`.
    Buffers,
    /// The body itself failed: too large, cut off or malformed (see [`BodyFailure`]).
    Read(axum::BoxError),
}

/// Reads a body of at most `limit` bytes, taking one permit of `budget` per byte as the
/// frames arrive, so that what an attacker has sent but not finished is counted too.
async fn collect_body(
    body: Body,
    limit: usize,
    budget: &Arc<tokio::sync::Semaphore>,
) -> Result<(axum::body::Bytes, Option<OwnedSemaphorePermit>), BodyError> {
    use http_body_util::BodyExt;
    let mut body = http_body_util::Limited::new(body, limit);
    let mut frames: Vec<axum::body::Bytes> = Vec::new();
    let mut held: Option<OwnedSemaphorePermit> = None;
    while let Some(frame) = body.frame().await {
        let Ok(data) = frame.map_err(BodyError::Read)?.into_data() else {
            continue;
        };
        let bytes = u32::try_from(data.len()).map_err(|_| BodyError::Buffers)?;
        let permit = budget
            .clone()
            .try_acquire_many_owned(bytes)
            .map_err(|_| BodyError::Buffers)?;
        match &mut held {
            Some(held) => held.merge(permit),
            None => held = Some(permit),
        }
        frames.push(data);
    }
    let bytes = match frames.len() {
        0 => axum::body::Bytes::new(),
        1 => frames.remove(0),
        _ => axum::body::Bytes::from(frames.concat()),
    };
    Ok((bytes, held))
}

/// Why a body could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum BodyFailure {
    TooLarge,
    Aborted,
    Malformed,
}

impl BodyFailure {
    /// Looks through the error's causes: the size limit's own error, then hyper's verdict,
    /// then the I/O error kind hyper's body decoder reports.
    fn of(error: &(dyn std::error::Error + Send + Sync + 'static)) -> BodyFailure {
        let mut cause: Option<&(dyn std::error::Error + 'static)> = Some(error);
        while let Some(e) = cause {
            if e.is::<http_body_util::LengthLimitError>() {
                return BodyFailure::TooLarge;
            }
            if let Some(e) = e.downcast_ref::<hyper::Error>() {
                if e.is_incomplete_message() {
                    return BodyFailure::Aborted;
                }
                if e.is_parse() {
                    return BodyFailure::Malformed;
                }
            }
            if let Some(e) = e.downcast_ref::<std::io::Error>() {
                return match e.kind() {
                    std::io::ErrorKind::InvalidData | std::io::ErrorKind::InvalidInput => {
                        BodyFailure::Malformed
                    }
                    _ => BodyFailure::Aborted,
                };
            }
            cause = e.source();
        }
        BodyFailure::Aborted
    }

    fn reason(self) -> &'static str {
        match self {
            BodyFailure::TooLarge => "too_large",
            BodyFailure::Aborted => "aborted",
            BodyFailure::Malformed => "malformed",
        }
    }
}

/// A read body: bounded concurrency and time for [`ingest_document`].
async fn process_webhook(
    state: &AppState,
    source: Source,
    format: Format,
    bytes: axum::body::Bytes,
) -> Result<serde_json::Value, ApiError> {
    match state.in_flight.clone().try_acquire_owned() {
        Err(_) => {
            state.shared.metrics.throttled(source.as_str(), "in_flight");
            Err(ApiError::Unavailable(
                "too many webhook requests in flight (limits.max_in_flight); retry later".into(),
            ))
        }
        Ok(_permit) => {
            let timeout = state.shared.runtime().config.limits.request_timeout;
            match tokio::time::timeout(timeout, ingest_document(state, source, format, bytes)).await
            {
                Ok(result) => result,
                Err(_) => {
                    state.shared.metrics.throttled(source.as_str(), "timeout");
                    Err(ApiError::Unavailable(format!(
                        "not answered within limits.request_timeout ({timeout:?}); retrying is safe"
                    )))
                }
            }
        }
    }
}

async fn ingest_document(
    state: &AppState,
    source: Source,
    format: Format,
    bytes: axum::body::Bytes,
) -> Result<serde_json::Value, ApiError> {
    let shared = &state.shared;
    if let Some(reason) = shared.health.get().refuses_webhooks() {
        return Err(ApiError::Unavailable(reason));
    }
    let received_at = now_millis();
    let outcome = accept(shared.clone(), source, format, bytes, received_at).await;
    shared.metrics.record(source.as_str(), &outcome.tally);
    let items = match outcome.result {
        Ok(Prepared::Answered(answer)) => return Ok(answer),
        Ok(Prepared::Repeats(summary)) => return Ok(json!({"status": "success", "data": summary})),
        Ok(Prepared::Items(items)) => items,
        Err(Refusal::TooLarge(message)) => return Err(ApiError::TooLargeDocument(message)),
        Err(Refusal::Invalid(message) | Refusal::Malformed(message)) => {
            return Err(ApiError::BadRequest(message))
        }
    };
    let (reply, answer) = oneshot::channel();
    let job = Job::Ingest(Ingest {
        source,
        items,
        received_at,
        reply,
        span: tracing::Span::current(),
    });
    state.writer.submit(job).map_err(|e| {
        if e == WriteError::Busy {
            shared.metrics.throttled(source.as_str(), "queue_full");
        }
        write_error(e)
    })?;
    let summary = answer
        .await
        .map_err(|_| ApiError::Unavailable("the store writer stopped".into()))?
        .map_err(|e| match e {
            WriteError::TooManyNewPairs { .. } => {
                reject_document(shared, source, "too_many_new_pairs");
                ApiError::TooLargeDocument(e.to_string())
            }
            e => write_error(e),
        })?;
    Ok(json!({"status": "success", "data": summary}))
}

/// Bodies larger than this are accepted on the blocking pool: parsing and classifying
/// megabytes takes milliseconds of CPU that the async workers owe to probes and other
/// requests.
const INLINE_PARSE_BYTES: usize = 64 * 1024;

/// [`pipeline::accept`], for large bodies off the async workers.
async fn accept(
    shared: Arc<Shared>,
    source: Source,
    format: Format,
    bytes: axum::body::Bytes,
    received_at: crate::ingest::Millis,
) -> Outcome {
    let inline = bytes.len() <= INLINE_PARSE_BYTES;
    let run = move || {
        let runtime = shared.runtime();
        pipeline::accept(&shared, &runtime, source, &format, &bytes, received_at)
    };
    if inline {
        return run();
    }
    tokio::task::spawn_blocking(run)
        .await
        .unwrap_or_else(|_| Outcome {
            result: Err(Refusal::Malformed("parsing failed".into())),
            tally: Tally {
                rejected: Some("document"),
                ..Tally::default()
            },
        })
}
