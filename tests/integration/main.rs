//! Integration tests: the daemon through HTTP, the real binary, and real Prometheus and
//! Alertmanager peers. Helpers live in `support`.

mod analytics;
mod architecture;
mod binary;
mod corpus;
mod counters;
mod dashboards;
mod hostile;
mod hostile_mixed;
mod landing;
mod otlp;
mod outages;
mod own_metrics;
mod packaging;
mod peers;
mod pgcluster;
mod postgres;
mod promises;
mod properties;
mod quickstart;
mod reference;
mod reliability;
mod reload;
mod security;
mod service;
mod sources;
mod support;
