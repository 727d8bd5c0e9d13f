//! HTTP edge: routes, request limits and the mapping of errors to status codes. The routes
//! live by kind: `webhooks`, `read` (`/metrics`, `/`, the JSON API), `admin` (probes,
//! reload, fixes); each only extracts, calls and responds.
//!
//! Bad input is the sender's problem (4xx, logged at debug); storage trouble is ours (503, so
//! Alertmanager retries: it retries 5xx and drops 4xx for good).

use std::sync::Arc;

use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use prometheus_client::registry::Registry;
use serde_json::json;

use crate::state::Shared;
use crate::store::writer::{WriteError, WriterHandle};

mod admin;
mod read;
mod webhooks;

use admin::{add_fix, delete_fix, healthy, ready, reload};
use read::{
    incident_detail, index, list_fixes, list_incidents, list_outages, list_recurrences,
    metrics_handler,
};
use webhooks::{alertmanager, configured_source, grafana};

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
    pub(crate) fn status(&self) -> u16 {
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

pub(crate) fn write_error(e: WriteError) -> ApiError {
    ApiError::Unavailable(e.to_string())
}
