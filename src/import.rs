//! Backfill: replays Alertmanager webhook documents (a JSON-lines log, or `ALERTS` history
//! from Prometheus) into the store, through the same parser, classifier and writer as live
//! webhooks, so importing twice changes nothing the second time.

use std::io::BufRead;
use std::path::Path;
use std::sync::Arc;
use std::time::Duration;

use tokio::sync::oneshot;

use crate::client::{encode, BaseUrl, ClientError};
use crate::config::Config;
use crate::ingest::{self, Millis, Source};
use crate::pipeline::{self, Format, Prepared, Refusal};
use crate::state::{now_millis, Runtime, Shared};
use crate::store::sqlite::SqliteStore;
use crate::store::writer::{self, Ingest, Job, Summary, WriterHandle};
use crate::store::StoreError;

/// Where imported documents go.
pub enum Target {
    /// Straight into the store directory (the daemon must not be running on it).
    Store(std::path::PathBuf),
    /// To a running daemon's webhook endpoint.
    Daemon(BaseUrl),
}

/// Totals of an import.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub struct Report {
    pub documents: usize,
    pub alerts: usize,
    pub new_episodes: usize,
    pub resolved_episodes: usize,
    pub unchanged: usize,
}

/// Why an import stopped.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("line {line}: {message}")]
    Document { line: usize, message: String },
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error(transparent)]
    Client(#[from] ClientError),
    #[error("{0}")]
    Io(#[from] std::io::Error),
    #[error("{0}")]
    Remote(String),
}

/// Sends documents to a target, one at a time.
pub struct Sink {
    inner: SinkInner,
    pub report: Report,
}

enum SinkInner {
    Store {
        shared: Arc<Shared>,
        writer: Option<WriterHandle>,
        thread: Option<std::thread::JoinHandle<()>>,
    },
    Daemon(BaseUrl),
}

impl Sink {
    pub fn open(target: Target, config: Config) -> Result<Sink, ImportError> {
        let inner = match target {
            Target::Store(dir) => {
                let store = SqliteStore::open(&dir)?;
                let shared = Arc::new(Shared::new(Runtime::new(config)));
                let (writer, thread) = writer::spawn(Box::new(store), shared.clone(), 64);
                shared
                    .health
                    .wait_loaded()
                    .map_err(|e| ImportError::Remote(e.to_string()))?;
                SinkInner::Store {
                    shared,
                    writer: Some(writer),
                    thread: Some(thread),
                }
            }
            Target::Daemon(url) => SinkInner::Daemon(url),
        };
        Ok(Sink {
            inner,
            report: Report::default(),
        })
    }

    /// Imports one Alertmanager webhook document; `line` is for error messages.
    pub fn send(&mut self, line: usize, document: &[u8]) -> Result<(), ImportError> {
        let summary = match &self.inner {
            SinkInner::Store { shared, writer, .. } => {
                let runtime = shared.runtime();
                let received_at = now_millis();
                // The same parsing, limits, counters and repeat detection as a webhook.
                let outcome = pipeline::accept(
                    shared,
                    &runtime,
                    Source::Alertmanager,
                    &Format::Alertmanager,
                    document,
                    received_at,
                );
                // A line that is not a document is reported, not counted, as it always was.
                if !matches!(outcome.result, Err(Refusal::Malformed(_))) {
                    shared
                        .metrics
                        .record(Source::Alertmanager.as_str(), &outcome.tally);
                }
                let prepared = outcome.result.map_err(|e| ImportError::Document {
                    line,
                    message: e.to_string(),
                })?;
                let items = match prepared {
                    Prepared::Items(items) => items,
                    Prepared::Repeats(summary) => {
                        self.report.documents += 1;
                        self.report.alerts += summary.alerts;
                        self.report.unchanged += summary.unchanged;
                        return Ok(());
                    }
                    Prepared::Answered(_) => return Ok(()),
                };
                let (reply, answer) = oneshot::channel();
                writer
                    .as_ref()
                    .expect("open until finish")
                    .submit(Job::Ingest(Ingest {
                        source: Source::Alertmanager,
                        items,
                        received_at,
                        reply,
                        span: tracing::Span::none(),
                    }))
                    .map_err(|e| ImportError::Remote(e.to_string()))?;
                answer
                    .blocking_recv()
                    .map_err(|_| ImportError::Remote("the store writer stopped".into()))?
                    .map_err(|e| ImportError::Remote(e.to_string()))?
            }
            SinkInner::Daemon(url) => {
                let reply = url.request("POST", "/webhook/alertmanager", Some(document))?;
                if reply.status != 200 {
                    return Err(ImportError::Document {
                        line,
                        message: format!("daemon answered {}: {}", reply.status, reply.body.trim()),
                    });
                }
                let value: serde_json::Value = serde_json::from_str(&reply.body)
                    .map_err(|e| ImportError::Remote(format!("unreadable daemon answer: {e}")))?;
                serde_json::from_value::<SummaryWire>(value["data"].clone())
                    .map_err(|e| ImportError::Remote(format!("unreadable daemon answer: {e}")))?
                    .into()
            }
        };
        self.report.documents += 1;
        self.report.alerts += summary.alerts;
        self.report.new_episodes += summary.new_episodes;
        self.report.resolved_episodes += summary.resolved_episodes;
        self.report.unchanged += summary.unchanged;
        Ok(())
    }

    /// Waits until everything is durable and the writer has stopped.
    pub fn finish(mut self) -> Report {
        if let SinkInner::Store { writer, thread, .. } = &mut self.inner {
            drop(writer.take());
            if let Some(thread) = thread.take() {
                let _ = thread.join();
            }
        }
        self.report
    }
}

#[derive(serde::Deserialize)]
struct SummaryWire {
    alerts: usize,
    new_episodes: usize,
    resolved_episodes: usize,
    unchanged: usize,
}

impl From<SummaryWire> for Summary {
    fn from(w: SummaryWire) -> Summary {
        Summary {
            alerts: w.alerts,
            new_episodes: w.new_episodes,
            resolved_episodes: w.resolved_episodes,
            unchanged: w.unchanged,
        }
    }
}

/// Imports a JSON-lines file of webhook documents (blank lines skipped). A bad line stops the
/// import with its line number; the lines before it stay imported, and re-running is safe.
pub fn import_lines(reader: impl BufRead, sink: &mut Sink) -> Result<(), ImportError> {
    for (index, line) in reader.lines().enumerate() {
        let line = line?;
        if line.trim().is_empty() {
            continue;
        }
        sink.send(index + 1, line.as_bytes())?;
    }
    Ok(())
}

/// Imports `ALERTS{alertstate="firing"}` from a Prometheus server over the trailing `since`,
/// sampled every `step`. The range is aligned to `step` so repeated imports see the same
/// episode starts and change nothing.
pub fn import_prometheus(
    prometheus: &BaseUrl,
    since: Duration,
    step: Duration,
    sink: &mut Sink,
) -> Result<(), ImportError> {
    let step_ms = (step.as_millis() as Millis).max(1000);
    let now = now_millis();
    let end = now - now % step_ms;
    let start = end - since.as_millis() as Millis;
    // Prometheus refuses more than 11,000 points per series; stay well under it.
    let chunk = step_ms * 10_000;
    let mut all = Vec::new();
    let mut from = start;
    while from < end {
        let to = (from + chunk).min(end);
        let path = format!(
            "/api/v1/query_range?query={}&start={}&end={}&step={}s",
            encode("ALERTS{alertstate=\"firing\"}"),
            from as f64 / 1000.0,
            to as f64 / 1000.0,
            step_ms as f64 / 1000.0
        );
        let reply = prometheus.request("GET", &path, None)?;
        if reply.status != 200 {
            return Err(ImportError::Remote(format!(
                "Prometheus answered {}: {}",
                reply.status,
                reply.body.trim()
            )));
        }
        let runs = ingest::prometheus::runs(reply.body.as_bytes(), step_ms, to).map_err(|e| {
            ImportError::Document {
                line: 0,
                message: e.to_string(),
            }
        })?;
        all.extend(runs);
        from = to + step_ms;
    }
    // Runs cut by a chunk boundary are joined again.
    all.sort_by(|a, b| (&a.labels, a.start).cmp(&(&b.labels, b.start)));
    let mut merged: Vec<ingest::prometheus::AlertRun> = Vec::new();
    for run in all {
        if let Some(last) = merged.last_mut() {
            if last.labels == run.labels && last.end.is_some_and(|e| run.start - e <= step_ms) {
                last.end = run.end;
                continue;
            }
        }
        merged.push(run);
    }
    for (i, batch) in merged.chunks(200).enumerate() {
        sink.send(i + 1, &ingest::prometheus::to_webhook(batch))?;
    }
    Ok(())
}

/// Opens a JSON-lines file, or standard input for `-`.
pub fn open_input(path: &Path) -> std::io::Result<Box<dyn BufRead>> {
    if path == Path::new("-") {
        Ok(Box::new(std::io::BufReader::new(std::io::stdin())))
    } else {
        Ok(Box::new(std::io::BufReader::new(std::fs::File::open(
            path,
        )?)))
    }
}
