//! Probes, reload and the fixes the operator declares.

use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::json;
use tokio::sync::oneshot;

use super::{write_error, ApiError, AppState};
use crate::export::api;
use crate::incident::Fix;
use crate::ingest;
use crate::state::now_millis;
use crate::store::writer::Job;

pub(super) async fn healthy() -> &'static str {
    "Healthy.\n"
}

pub(super) async fn ready(State(state): State<AppState>) -> Response {
    let health = state.shared.health.get();
    let code = if health.is_ready() {
        StatusCode::OK
    } else {
        StatusCode::SERVICE_UNAVAILABLE
    };
    (code, health.probe_line()).into_response()
}

pub(super) async fn reload(State(state): State<AppState>) -> Response {
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

pub(super) async fn add_fix(State(state): State<AppState>, body: axum::body::Bytes) -> Response {
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
        Ok(state
            .shared
            .read_tracker(|tracker| api::fix_record(tracker, &stored)))
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

pub(super) async fn delete_fix(
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
