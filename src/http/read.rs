//! The read routes: `/metrics`, the landing page and the JSON API, all off the async workers.

use axum::extract::State;
use axum::http::{header, HeaderValue};
use axum::response::{IntoResponse, Response};
use axum::Json;
use serde_json::json;

use super::{ApiError, AppState};
use crate::export::{api, metrics};
use crate::ingest::{self, Millis};
use crate::state::now_millis;

pub(super) async fn metrics_handler(State(state): State<AppState>) -> Response {
    let registry = state.registry.clone();
    // A few chunks in flight: a slow client holds the encoder (off the async workers, and never
    // with the tracker lock held), not the whole answer.
    let (tx, mut rx) = tokio::sync::mpsc::channel(4);
    tokio::task::spawn_blocking(move || {
        metrics::stream(&registry, |chunk| {
            tx.blocking_send(axum::body::Bytes::from(chunk)).is_ok()
        })
    });
    let headers = [(header::CONTENT_TYPE, metrics::CONTENT_TYPE)];
    // An answer of one chunk goes out whole, with its length, as before streaming.
    let first = rx.recv().await.unwrap_or_default();
    let Some(second) = rx.recv().await else {
        return (headers, first).into_response();
    };
    let body = Chunks {
        first: [first, second].into_iter().collect(),
        rest: rx,
    };
    (headers, axum::body::Body::new(body)).into_response()
}

/// A response body made of the chunks a blocking encoder sends, after those already received.
struct Chunks {
    first: std::collections::VecDeque<axum::body::Bytes>,
    rest: tokio::sync::mpsc::Receiver<axum::body::Bytes>,
}

impl hyper::body::Body for Chunks {
    type Data = axum::body::Bytes;
    type Error = std::convert::Infallible;

    fn poll_frame(
        mut self: std::pin::Pin<&mut Self>,
        cx: &mut std::task::Context<'_>,
    ) -> std::task::Poll<Option<Result<hyper::body::Frame<Self::Data>, Self::Error>>> {
        if let Some(bytes) = self.first.pop_front() {
            return std::task::Poll::Ready(Some(Ok(hyper::body::Frame::data(bytes))));
        }
        self.rest
            .poll_recv(cx)
            .map(|chunk| chunk.map(|bytes| Ok(hyper::body::Frame::data(bytes))))
    }
}

pub(super) async fn index(State(state): State<AppState>) -> Response {
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
    // Rendering walks every pair, a slice at a time: on the blocking pool, so that many
    // readers cannot take the async workers from webhooks and probes.
    let shared = state.shared.clone();
    let page =
        tokio::task::spawn_blocking(move || crate::export::landing::render(&shared, window, now))
            .await;
    match page {
        Ok(page) => ([(header::CONTENT_TYPE, "text/html; charset=utf-8")], page).into_response(),
        Err(_) => ApiError::Internal("rendering the page failed".into()).into_response(),
    }
}

pub(super) async fn list_fixes(State(state): State<AppState>) -> Response {
    let shared = state.shared.clone();
    let fixes = tokio::task::spawn_blocking(move || api::fixes(&shared)).await;
    match fixes {
        Ok(fixes) => Json(json!({"status": "success", "data": fixes})).into_response(),
        Err(_) => ApiError::Internal("listing fixes failed".into()).into_response(),
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

pub(super) async fn list_incidents(
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
                api::incidents_with_history(&shared, &*reader, &query, now)
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

/// One incident with its episodes: alertnames, times, the rule and evidence that classified
/// each, and the sender's links.
pub(super) async fn incident_detail(
    State(state): State<AppState>,
    axum::extract::Path(id): axum::extract::Path<String>,
) -> Response {
    let now = now_millis();
    let reader = state.reader.clone();
    let shared = state.shared.clone();
    let wanted = id.clone();
    let result = tokio::task::spawn_blocking(move || {
        let mut view = api::incident_by_id(&shared, &wanted, now);
        // An incident older than every window is settled: look for it in each pair's
        // stored history.
        let settled = match view {
            Some(_) => Vec::new(),
            None => api::settled_pairs(&shared),
        };
        let merge_window = shared.read_tracker(|tracker| tracker.merge_window());
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

pub(super) async fn list_recurrences(
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
        let (mut ranked, total) =
            api::recurrences(&shared, window, now, page.offset.saturating_add(page.limit));
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

pub(super) async fn list_outages(
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
    // Outages are read a slice of services at a time, off the async workers, bounded by `limit`.
    let data = tokio::task::spawn_blocking(move || api::outages(&shared, &query, now)).await;
    match data {
        Ok(data) => Json(json!({"status": "success", "data": data})).into_response(),
        Err(_) => ApiError::Internal("reading outages failed".into()).into_response(),
    }
}
