//! Integration tests: the daemon through HTTP, the real binary, and real Prometheus and
//! Alertmanager peers. Helpers live in `support`.

mod analytics;
mod binary;
mod dashboards;
mod hostile;
mod landing;
mod otlp;
mod peers;
mod properties;
mod reliability;
mod security;
mod service;
mod sources;
mod support;
