//! HTTP edge: routes, request limits and the mapping of errors to status codes.
//!
//! Bad input is the sender's problem (4xx, logged at debug); storage trouble is ours (503, so
//! Alertmanager retries: it retries 5xx and drops 4xx for good).

use std::sync::atomic::Ordering;
use std::sync::Arc;

use axum::body::Body;
use axum::extract::State;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use prometheus_client::registry::Registry;
use serde_json::json;
use tokio::sync::{oneshot, OwnedSemaphorePermit};

use crate::export::api;
use crate::export::metrics::{self, SourceCode};
use crate::incident::Fix;
use crate::ingest::Millis;
use crate::ingest::{self, Source};
use crate::pipeline::{self, Prepared, Refusal};
use crate::state::{now_millis, Shared};
use crate::store::writer::{Ingest, Job, WriteError, WriterHandle};

/// What every handler can reach.
#[derive(Clone)]
pub struct AppState {
    pub shared: Arc<Shared>,
    pub writer: WriterHandle,
    pub registry: Arc<Registry>,
    /// Permits for webhook requests in flight (`limits.max_in_flight`).
    pub in_flight: Arc<tokio::sync::Semaphore>,
    /// One permit per byte of webhook body held (`limits.max_buffered_body_bytes`, read at
    /// start-up).
    pub body_bytes: Arc<tokio::sync::Semaphore>,
    /// Reloads the configuration; `None` when the daemon runs on built-in defaults.
    pub reloader: Arc<dyn Fn() -> Result<(), String> + Send + Sync>,
    /// Reads the stored history, episode details and links for the incident API.
    pub reader: Arc<dyn crate::store::StoreReader>,
    /// Credentials and response headers in force (`auth`).
    pub auth: Arc<crate::auth::Guard>,
}

/// The router; tests drive it without a socket.
pub fn router(state: AppState) -> Router {
    let auth = state.auth.clone();
    Router::new()
        .route("/", get(index))
        .route("/webhook/alertmanager", post(alertmanager))
        .route("/webhook/grafana", post(grafana))
        .route("/webhook/{name}", post(configured_source))
        .route("/metrics", get(metrics_handler))
        .route("/-/healthy", get(healthy).head(healthy))
        .route("/-/ready", get(ready).head(ready))
        .route("/-/reload", post(reload).put(reload))
        .route("/api/v1/fixes", get(list_fixes).post(add_fix))
        .route("/api/v1/fixes/{id}", axum::routing::delete(delete_fix))
        .route("/api/v1/incidents", get(list_incidents))
        .route("/api/v1/incidents/{id}", get(incident_detail))
        .route("/api/v1/recurrences", get(list_recurrences))
        .route("/api/v1/outages", get(list_outages))
        .with_state(state)
        // Last, so that it wraps every route, the fallback included.
        .layer(axum::middleware::from_fn_with_state(
            auth,
            crate::auth::require,
        ))
}

/// Errors a handler answers with.
#[derive(Debug)]
pub enum ApiError {
    BadRequest(String),
    /// A document with more alerts than allowed.
    TooLargeDocument(String),
    NotFound(String),
    TooLarge(usize),
    Unavailable(String),
    Internal(String),
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let (code, kind, message) = match self {
            ApiError::BadRequest(m) => (StatusCode::BAD_REQUEST, "bad_data", m),
            ApiError::TooLargeDocument(m) => (StatusCode::PAYLOAD_TOO_LARGE, "too_large", m),
            ApiError::NotFound(m) => (StatusCode::NOT_FOUND, "not_found", m),
            ApiError::TooLarge(limit) => (
                StatusCode::PAYLOAD_TOO_LARGE,
                "too_large",
                format!("request body is larger than limits.max_body_bytes ({limit} bytes)"),
            ),
            ApiError::Unavailable(m) => (StatusCode::SERVICE_UNAVAILABLE, "unavailable", m),
            ApiError::Internal(m) => (StatusCode::INTERNAL_SERVER_ERROR, "internal", m),
        };
        let mut response = (
            code,
            Json(json!({"status": "error", "errorType": kind, "error": message})),
        )
            .into_response();
        if code == StatusCode::SERVICE_UNAVAILABLE {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, HeaderValue::from_static("5"));
        }
        response
    }
}

impl ApiError {
    fn status(&self) -> u16 {
        match self {
            ApiError::BadRequest(_) => 400,
            ApiError::TooLargeDocument(_) => 413,
            ApiError::NotFound(_) => 404,
            ApiError::TooLarge(_) => 413,
            ApiError::Unavailable(_) => 503,
            ApiError::Internal(_) => 500,
        }
    }
}

async fn alertmanager(
    State(state): State<AppState>,
    headers: axum::http::HeaderMap,
    body: Body,
) -> Response {
    let span = crate::telemetry::webhook_span(&headers, Source::Alertmanager.as_str());
    let work = webhook(state, Source::Alertmanager, Format::Alertmanager, body);
    tracing::Instrument::instrument(work, span).await
}

async fn grafana(
    State(state): State<AppState>,
    headers: axum::http::HeaderMap,
    body: Body,
) -> Response {
    let span = crate::telemetry::webhook_span(&headers, Source::Grafana.as_str());
    tracing::Instrument::instrument(webhook(state, Source::Grafana, Format::Grafana, body), span)
        .await
}

/// A source from the `sources:` section, found by its path.
async fn configured_source(
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

/// How a webhook's body is read.
enum Format {
    Alertmanager,
    Grafana,
    Mapped(Box<ingest::generic::Mapping>),
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
    let runtime = shared.runtime();
    let reject = |reason: &'static str| reject_document(shared, source, reason);
    if !shared.loaded.load(Ordering::SeqCst) {
        return Err(ApiError::Unavailable(
            match &*shared.load_error.lock().expect("lock") {
                Some(e) => format!("history could not be loaded: {e}"),
                None => "history is still loading; retry shortly".into(),
            },
        ));
    }
    if shared.store_missing.load(Ordering::SeqCst) {
        return Err(ApiError::Unavailable(
            "the store was deleted or replaced under the daemon; nothing is acknowledged until it is back".into(),
        ));
    }
    let refuse = |e: ingest::IngestError| {
        reject(e.kind());
        tracing::debug!(source = source.as_str(), error = %e, "rejected webhook document");
        ApiError::BadRequest(e.to_string())
    };
    let parsed = parse_document(format, bytes).await.map_err(refuse)?;
    let received_at = now_millis();
    let items = match pipeline::prepare(shared, &runtime, source, parsed, received_at) {
        Ok(Prepared::Answered(answer)) => return Ok(answer),
        Ok(Prepared::Repeats(summary)) => return Ok(json!({"status": "success", "data": summary})),
        Ok(Prepared::Items(items)) => items,
        Err(Refusal::TooLarge(message)) => return Err(ApiError::TooLargeDocument(message)),
        Err(Refusal::Invalid(message)) => return Err(ApiError::BadRequest(message)),
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
                reject("too_many_new_pairs");
                ApiError::TooLargeDocument(e.to_string())
            }
            e => write_error(e),
        })?;
    Ok(json!({"status": "success", "data": summary}))
}

/// Bodies larger than this are parsed on the blocking pool: parsing megabytes takes
/// milliseconds of CPU that the async workers owe to probes and other requests.
const INLINE_PARSE_BYTES: usize = 64 * 1024;

/// Parses a webhook document in its format, large ones off the async workers.
async fn parse_document(
    format: Format,
    bytes: axum::body::Bytes,
) -> Result<ingest::generic::Parsed, ingest::IngestError> {
    let inline = bytes.len() <= INLINE_PARSE_BYTES;
    let parse = move || match &format {
        Format::Alertmanager => {
            ingest::alertmanager::parse(&bytes).map(|delivery| ingest::generic::Parsed::Alerts {
                delivery,
                ignored: 0,
            })
        }
        Format::Grafana => {
            ingest::grafana::parse(&bytes).map(|delivery| ingest::generic::Parsed::Alerts {
                delivery,
                ignored: 0,
            })
        }
        Format::Mapped(mapping) => ingest::generic::parse(mapping, &bytes),
    };
    if inline {
        return parse();
    }
    tokio::task::spawn_blocking(parse)
        .await
        .unwrap_or_else(|_| Err(ingest::IngestError::Document("parsing failed".into())))
}

fn write_error(e: WriteError) -> ApiError {
    ApiError::Unavailable(e.to_string())
}

async fn metrics_handler(State(state): State<AppState>) -> Response {
    let registry = state.registry.clone();
    // Encoding walks every pair under the tracker lock; keep it off the async workers.
    let body = tokio::task::spawn_blocking(move || metrics::render(&registry))
        .await
        .unwrap_or_default();
    ([(header::CONTENT_TYPE, metrics::CONTENT_TYPE)], body).into_response()
}

async fn healthy() -> &'static str {
    "Healthy.\n"
}

async fn ready(State(state): State<AppState>) -> Response {
    let shared = &state.shared;
    if let Some(e) = &*shared.load_error.lock().expect("lock") {
        return (StatusCode::SERVICE_UNAVAILABLE, format!("Not ready: {e}\n")).into_response();
    }
    if !shared.loaded.load(Ordering::SeqCst) {
        return (
            StatusCode::SERVICE_UNAVAILABLE,
            "Not ready: loading history.\n",
        )
            .into_response();
    }
    if shared.store_missing.load(Ordering::SeqCst) {
        return (
            StatusCode::SERVICE_UNAVAILABLE,
            "Not ready: the store was deleted or replaced under the daemon.\n",
        )
            .into_response();
    }
    if !shared.ingest_healthy.load(Ordering::SeqCst) {
        return (
            StatusCode::SERVICE_UNAVAILABLE,
            "Not ready: the store refuses writes.\n",
        )
            .into_response();
    }
    (StatusCode::OK, "Ready.\n").into_response()
}

async fn reload(State(state): State<AppState>) -> Response {
    let reloader = state.reloader.clone();
    match tokio::task::spawn_blocking(move || reloader()).await {
        Ok(Ok(())) => (StatusCode::OK, "Configuration reloaded.\n").into_response(),
        Ok(Err(e)) => {
            ApiError::Internal(format!("reload failed, previous configuration kept: {e}"))
                .into_response()
        }
        Err(_) => ApiError::Internal("reload task failed".into()).into_response(),
    }
}

async fn index(State(state): State<AppState>) -> Response {
    let now = now_millis();
    let window = state
        .shared
        .runtime()
        .config
        .incident
        .windows
        .last()
        .map(|w| w.as_millis() as Millis)
        .unwrap_or(90 * 86_400_000);
    // Rendering walks every pair under the tracker lock: on the blocking pool, so that many
    // readers cannot take the async workers from webhooks and probes.
    let shared = state.shared.clone();
    let page = tokio::task::spawn_blocking(move || {
        let tracker = shared.tracker.lock().expect("tracker lock");
        crate::export::landing::render(&tracker, window, now)
    })
    .await;
    match page {
        Ok(page) => ([(header::CONTENT_TYPE, "text/html; charset=utf-8")], page).into_response(),
        Err(_) => ApiError::Internal("rendering the page failed".into()).into_response(),
    }
}

/// The body of `POST /api/v1/fixes`.
#[derive(Debug, serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct FixRequest {
    service: String,
    signature: String,
    #[serde(rename = "ref")]
    reference: String,
    at: Option<String>,
    note: Option<String>,
}

/// Longest accepted `ref` and `note`.
const MAX_REF: usize = 512;
const MAX_NOTE: usize = 4096;

async fn add_fix(State(state): State<AppState>, body: axum::body::Bytes) -> Response {
    let result = async {
        let request: FixRequest = serde_json::from_slice(&body)
            .map_err(|e| ApiError::BadRequest(format!("invalid fix: {e}")))?;
        let now = now_millis();
        for (field, value) in [
            ("service", &request.service),
            ("signature", &request.signature),
            ("ref", &request.reference),
        ] {
            if value.trim().is_empty() {
                return Err(ApiError::BadRequest(format!("{field} must not be empty")));
            }
        }
        if request.reference.len() > MAX_REF {
            return Err(ApiError::BadRequest(format!(
                "ref is longer than {MAX_REF} bytes"
            )));
        }
        if request.note.as_ref().is_some_and(|n| n.len() > MAX_NOTE) {
            return Err(ApiError::BadRequest(format!(
                "note is longer than {MAX_NOTE} bytes"
            )));
        }
        let at = match &request.at {
            None => now,
            Some(text) => ingest::parse_time(text)
                .map_err(|e| ApiError::BadRequest(format!("at: {e}")))?
                .ok_or_else(|| ApiError::BadRequest("at: must not be the zero time".into()))?,
        };
        let fix = Fix {
            id: 0,
            service: request.service,
            signature: request.signature,
            reference: request.reference,
            at,
            note: request.note,
            created_at: now,
        };
        let (reply, answer) = oneshot::channel();
        state
            .writer
            .submit(Job::AddFix { fix, reply })
            .map_err(write_error)?;
        let stored = answer
            .await
            .map_err(|_| ApiError::Unavailable("the store writer stopped".into()))?
            .map_err(write_error)?;
        let tracker = state.shared.tracker.lock().expect("tracker lock");
        Ok(api::fix_record(&tracker, &stored))
    }
    .await;
    match result {
        Ok(record) => (
            StatusCode::CREATED,
            Json(json!({"status": "success", "data": record})),
        )
            .into_response(),
        Err(e) => e.into_response(),
    }
}

async fn list_fixes(State(state): State<AppState>) -> Response {
    let shared = state.shared.clone();
    let fixes = tokio::task::spawn_blocking(move || {
        let tracker = shared.tracker.lock().expect("tracker lock");
        api::fixes(&tracker)
    })
    .await;
    match fixes {
        Ok(fixes) => Json(json!({"status": "success", "data": fixes})).into_response(),
        Err(_) => ApiError::Internal("listing fixes failed".into()).into_response(),
    }
}

async fn delete_fix(
    State(state): State<AppState>,
    axum::extract::Path(id): axum::extract::Path<String>,
) -> Response {
    let result = async {
        let id: i64 = id
            .parse()
            .map_err(|_| ApiError::BadRequest(format!("fix id {id:?} is not a number")))?;
        let (reply, answer) = oneshot::channel();
        state
            .writer
            .submit(Job::DeleteFix { id, reply })
            .map_err(write_error)?;
        answer
            .await
            .map_err(|_| ApiError::Unavailable("the store writer stopped".into()))?
            .map_err(write_error)?
            .ok_or_else(|| ApiError::NotFound(format!("no fix with id {id}")))
    }
    .await;
    match result {
        Ok(fix) => Json(json!({"status": "success", "data": {"deleted": fix.id}})).into_response(),
        Err(e) => e.into_response(),
    }
}

/// Reads an instant: RFC 3339, or a duration meaning that long before now (`30d`).
fn parse_instant(name: &str, text: &str, now: Millis) -> Result<Millis, ApiError> {
    if let Ok(Some(t)) = ingest::parse_time(text) {
        return Ok(t);
    }
    crate::config::parse_duration(text)
        .map(|d| now - d.as_millis() as Millis)
        .map_err(|_| {
            ApiError::BadRequest(format!(
                "{name}: {text:?} is neither an RFC 3339 time nor a duration like 30d"
            ))
        })
}

async fn list_incidents(
    State(state): State<AppState>,
    axum::extract::Query(params): axum::extract::Query<std::collections::HashMap<String, String>>,
) -> Response {
    let now = now_millis();
    let result = (|| {
        for key in params.keys() {
            if !["service", "signature", "since", "until", "limit"].contains(&key.as_str()) {
                return Err(ApiError::BadRequest(format!("unknown parameter {key:?}")));
            }
        }
        let limit = match params.get("limit") {
            None => 100,
            Some(l) => l
                .parse::<usize>()
                .ok()
                .filter(|l| (1..=10_000).contains(l))
                .ok_or_else(|| ApiError::BadRequest("limit must be between 1 and 10000".into()))?,
        };
        Ok(api::IncidentQuery {
            service: params.get("service").filter(|s| !s.is_empty()).cloned(),
            signature: params.get("signature").filter(|s| !s.is_empty()).cloned(),
            since: params
                .get("since")
                .filter(|s| !s.is_empty())
                .map(|s| parse_instant("since", s, now))
                .transpose()?,
            until: params
                .get("until")
                .filter(|s| !s.is_empty())
                .map(|s| parse_instant("until", s, now))
                .transpose()?,
            limit,
        })
    })();
    match result {
        Ok(query) => {
            let reader = state.reader.clone();
            let shared = state.shared.clone();
            // Every step walks pairs or reads the store: all of it on the blocking pool.
            let views = tokio::task::spawn_blocking(move || {
                let (mut views, settled, merge_window) = {
                    let tracker = shared.tracker.lock().expect("tracker lock");
                    let (views, settled) = api::incidents(&tracker, &query, now);
                    (views, settled, tracker.merge_window())
                };
                for pair in &settled {
                    let history = reader.pair_history(&pair.service, &pair.signature)?;
                    api::add_settled(&mut views, pair, &history, merge_window, &query, now);
                }
                Ok::<_, crate::store::StoreError>(with_links(&*reader, views))
            })
            .await;
            match views {
                Ok(Ok(views)) => Json(json!({"status": "success", "data": views})).into_response(),
                Ok(Err(e)) => {
                    ApiError::Unavailable(format!("reading the store failed: {e}")).into_response()
                }
                Err(_) => ApiError::Internal("reading the store failed".into()).into_response(),
            }
        }
        Err(e) => e.into_response(),
    }
}

/// Adds the links of each incident's episodes, read from the store.
fn with_links(
    reader: &dyn crate::store::StoreReader,
    mut views: Vec<api::IncidentView>,
) -> Vec<api::IncidentView> {
    // One read per pair over the span of its listed incidents, not one per incident.
    let mut spans: std::collections::BTreeMap<(&str, &str), (Millis, Millis)> = Default::default();
    for v in &views {
        let end = v.end_ms.unwrap_or(Millis::MAX);
        let span = spans
            .entry((v.service.as_str(), v.signature.as_str()))
            .or_insert((v.start_ms, end));
        *span = (span.0.min(v.start_ms), span.1.max(end));
    }
    let mut found = Vec::new();
    for ((service, signature), (from, to)) in spans {
        match reader.links(service, signature, from, to) {
            Ok(links) => found.push((service.to_string(), signature.to_string(), links)),
            Err(e) => tracing::warn!(error = %e, "reading episode links failed"),
        }
    }
    for (service, signature, links) in found {
        for v in views
            .iter_mut()
            .filter(|v| v.service == service && v.signature == signature)
        {
            let end = v.end_ms.unwrap_or(Millis::MAX);
            for l in &links {
                if (v.start_ms..=end).contains(&l.starts_at) {
                    v.links.extend(l.links.clone());
                }
            }
        }
    }
    views
}

/// One incident with its episodes: alertnames, times, the rule and evidence that classified
/// each, and the sender's links.
async fn incident_detail(
    State(state): State<AppState>,
    axum::extract::Path(id): axum::extract::Path<String>,
) -> Response {
    let now = now_millis();
    let (view, settled, merge_window) = {
        let tracker = state.shared.tracker.lock().expect("tracker lock");
        let view = api::incident_by_id(&tracker, &id, now);
        let settled = match view {
            Some(_) => Vec::new(),
            None => api::settled_pairs(&tracker),
        };
        (view, settled, tracker.merge_window())
    };
    let reader = state.reader.clone();
    let wanted = id.clone();
    let result = tokio::task::spawn_blocking(move || {
        // An incident older than every window is settled: look for it in each pair's
        // stored history.
        let mut view = view;
        for pair in &settled {
            if view.is_some() {
                break;
            }
            let history = reader.pair_history(&pair.service, &pair.signature)?;
            view = api::settled_by_id(pair, &history, merge_window, &wanted, now);
        }
        let Some(view) = view else {
            return Ok(None);
        };
        let end = view.end_ms.unwrap_or(Millis::MAX);
        let episodes = reader.episodes(&view.service, &view.signature, view.start_ms, end, 1000)?;
        Ok::<_, crate::store::StoreError>(Some((view, episodes)))
    })
    .await;
    match result {
        Ok(Ok(None)) => ApiError::NotFound(format!("no incident with id {id:?}")).into_response(),
        Ok(Ok(Some((mut view, episodes)))) => {
            for e in &episodes {
                view.links.extend(e.links.clone());
            }
            let episodes: Vec<serde_json::Value> = episodes
                .into_iter()
                .map(|e| {
                    json!({
                        "source": e.source,
                        "fingerprint": e.fingerprint,
                        "alertname": e.alertname,
                        "start": ingest::format_time(e.starts_at),
                        "end": e.ends_at.map(ingest::format_time),
                        "closed_by": e.closed_by,
                        "rule": e.rule,
                        "evidence": e.evidence,
                        "links": e.links,
                        "labels": e.labels,
                    })
                })
                .collect();
            let mut data = serde_json::to_value(&view).unwrap_or_default();
            data["episodes"] = serde_json::Value::Array(episodes);
            Json(json!({"status": "success", "data": data})).into_response()
        }
        Ok(Err(e)) => {
            ApiError::Unavailable(format!("reading the store failed: {e}")).into_response()
        }
        Err(_) => ApiError::Internal("reading the store failed".into()).into_response(),
    }
}

async fn list_recurrences(
    State(state): State<AppState>,
    axum::extract::Query(params): axum::extract::Query<std::collections::HashMap<String, String>>,
) -> Response {
    let now = now_millis();
    let runtime = state.shared.runtime();
    let window = match params.get("window") {
        None => runtime
            .config
            .incident
            .windows
            .last()
            .map(|w| w.as_millis() as Millis)
            .unwrap_or(90 * 86_400_000),
        Some(text) => match crate::config::parse_duration(text) {
            Ok(d) if !d.is_zero() => d.as_millis() as Millis,
            _ => {
                return ApiError::BadRequest(format!("window: {text:?} is not a duration like 90d"))
                    .into_response()
            }
        },
    };
    // Incidents older than the longest window are settled: only their sums are in memory.
    let longest = runtime.config.incident.windows.iter().max().copied();
    if let Some(longest) = longest.filter(|l| window > l.as_millis() as Millis) {
        return ApiError::BadRequest(format!(
            "window: longer than the longest configured window ({}); add it to `windows` in the configuration",
            crate::config::format_duration(longest)
        ))
        .into_response();
    }
    let page = match page_of(&params) {
        Ok(page) => page,
        Err(e) => return e.into_response(),
    };
    let shared = state.shared.clone();
    let ranked = tokio::task::spawn_blocking(move || {
        let tracker = shared.tracker.lock().expect("tracker lock");
        let mut ranked = api::recurrences(&tracker, window, now);
        drop(tracker);
        let total = ranked.len();
        ranked.truncate(page.offset.saturating_add(page.limit));
        ranked.drain(..page.offset.min(ranked.len()));
        (ranked, total)
    })
    .await;
    match ranked {
        Ok((ranked, total)) => {
            let mut response = Json(json!({"status": "success", "data": ranked})).into_response();
            response.headers_mut().insert(
                "x-total-count",
                HeaderValue::from_str(&total.to_string()).expect("digits are a header value"),
            );
            response
        }
        Err(_) => ApiError::Internal("ranking recurrences failed".into()).into_response(),
    }
}

/// Most entries one answer of the recurrences API holds; `limit` may ask for fewer.
const MAX_PAGE: usize = 10_000;
/// Entries per answer when `limit` is not given.
const DEFAULT_PAGE: usize = 1_000;

/// A slice of a ranked list: `offset` entries skipped, at most `limit` returned.
#[derive(Debug, Clone, Copy)]
struct Page {
    offset: usize,
    limit: usize,
}

/// Reads `limit` (1 to [`MAX_PAGE`], default [`DEFAULT_PAGE`]) and `offset` (default 0).
fn page_of(params: &std::collections::HashMap<String, String>) -> Result<Page, ApiError> {
    let limit = match params.get("limit") {
        None => DEFAULT_PAGE,
        Some(l) => l
            .parse::<usize>()
            .ok()
            .filter(|l| (1..=MAX_PAGE).contains(l))
            .ok_or_else(|| {
                ApiError::BadRequest(format!("limit must be between 1 and {MAX_PAGE}"))
            })?,
    };
    let offset = match params.get("offset") {
        None => 0,
        Some(o) => o
            .parse::<usize>()
            .map_err(|_| ApiError::BadRequest("offset must be a whole number".into()))?,
    };
    Ok(Page { offset, limit })
}

/// Most outages one `/api/v1/outages` answer lists, and the default.
const MAX_OUTAGES: usize = 1000;
const DEFAULT_OUTAGES: usize = 100;

async fn list_outages(
    State(state): State<AppState>,
    axum::extract::Query(params): axum::extract::Query<std::collections::HashMap<String, String>>,
) -> Response {
    let window = match params.get("window") {
        None => None,
        Some(text) => match crate::config::parse_duration(text) {
            Ok(d) if !d.is_zero() => Some(d.as_millis() as Millis),
            _ => {
                return ApiError::BadRequest(format!("window: {text:?} is not a duration like 90d"))
                    .into_response()
            }
        },
    };
    let limit = match params.get("limit").map(|l| l.parse::<usize>()) {
        None => DEFAULT_OUTAGES,
        Some(Ok(n)) if (1..=MAX_OUTAGES).contains(&n) => n,
        Some(_) => {
            return ApiError::BadRequest(format!("limit: must be a number from 1 to {MAX_OUTAGES}"))
                .into_response()
        }
    };
    let query = api::OutageQuery {
        service: params.get("service").cloned(),
        cause: params.get("cause").cloned(),
        window,
        limit,
    };
    let now = now_millis();
    let shared = state.shared.clone();
    // Outages are read under the tracker lock: off the async workers, bounded by `limit`.
    let data = tokio::task::spawn_blocking(move || {
        let tracker = shared.tracker.lock().expect("tracker lock");
        api::outages(&tracker, &query, now)
    })
    .await;
    match data {
        Ok(data) => Json(json!({"status": "success", "data": data})).into_response(),
        Err(_) => ApiError::Internal("reading outages failed".into()).into_response(),
    }
}
