//! recurrence-exporter: measures how often the same root cause of an alert comes back.
//!
//! Reading order:
//! - [`model`]: the shared vocabulary (`Millis`, `LabelMap`); imports nothing of the project.
//! - [`config`]: YAML → validated [`config::Config`].
//! - [`ingest`]: webhook JSON → vendor-neutral notices (the only code that knows vendor JSON).
//! - [`classify`]: labels and annotations → service and failure signature (pure).
//! - [`incident`]: episodes → incidents → recurrences per pair (pure, time passed in).
//! - [`store`]: the only code that touches disk; one writer, group commit, ack after commit.
//! - [`export`]: `/metrics` and other read paths; `export::otlp` pushes the same over OTLP.
//! - [`http`], [`app`]: the HTTP edge and the wiring; [`commands`]: the CLI subcommands.
//! - [`serve`]: connections, bounded in number, per peer and in header-read time.
//! - [`telemetry`]: logs, and traces over OTLP when configured.
//! - [`web_config`], [`auth`], [`tls`]: `--web.config.file`, credentials per endpoint class, the
//!   TLS listener.
// The word stage numbers its concepts (one bit of a u128 each) by macro recursion, one level
// per concept; the default limit of 128 stops short of the full 128 bits.
#![recursion_limit = "256"]

pub mod app;
pub mod auth;
pub mod classify;
pub mod client;
pub mod commands;
pub mod config;
pub mod export;
pub mod http;
pub mod import;
pub mod incident;
pub mod ingest;
pub mod model;
pub mod pipeline;
pub mod self_metrics;
pub mod serve;
pub mod spans;
pub mod state;
pub mod store;
pub mod telemetry;
pub mod tls;
pub mod web_config;
