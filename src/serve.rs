//! Serving connections with bounds, like a production HTTP server: a cap on open connections
//! in all and per peer address, a header-read timeout that also closes idle keep-alive
//! connections, and graceful shutdown. It replaces `axum::serve`, which has none of these:
//! there, 200 half-sent request heads stay open for ever and exhaust the file descriptors.
//!
//! A connection over a cap is closed as soon as it is accepted (counted and logged at most
//! every few seconds) rather than left in the kernel's backlog, so the listener never stops
//! accepting and a prober from another address still gets in. This module does not read
//! bodies nor limit requests in flight; the webhook handler does (`http`).

use std::collections::HashMap;
use std::future::Future;
use std::net::{IpAddr, SocketAddr};
use std::sync::atomic::{AtomicI64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use hyper::server::conn::http1;
use hyper_util::rt::{TokioIo, TokioTimer};
use hyper_util::service::TowerToHyperService;
use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::registry::Registry;
use tower::ServiceExt;

/// The bounds on connections, read from `limits:` at start-up.
#[derive(Debug, Clone, Copy)]
pub struct ConnectionLimits {
    pub max_connections: usize,
    pub max_per_peer: usize,
    pub header_read_timeout: Duration,
}

impl ConnectionLimits {
    pub fn of(limits: &crate::config::Limits) -> ConnectionLimits {
        ConnectionLimits {
            max_connections: limits.max_connections,
            max_per_peer: limits.max_connections_per_peer,
            header_read_timeout: limits.header_read_timeout,
        }
    }
}

/// The address a request came from, put in each request's extensions. Absent when the router
/// is driven without a socket (tests).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PeerAddr(pub SocketAddr);

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct ReasonLabel {
    reason: &'static str,
}

/// The open connections, counted in all and per peer address, and what was refused.
#[derive(Clone)]
pub struct Connections {
    shared: Arc<ConnectionState>,
}

struct ConnectionState {
    limits: ConnectionLimits,
    /// Open connections per peer address; the total is `open`. A std `Mutex` is enough: it is
    /// held for one map update per accepted or closed connection, never across an `.await`.
    per_peer: Mutex<HashMap<IpAddr, usize>>,
    /// `recurrence_connections_open`.
    open: Gauge,
    /// `recurrence_connections_refused_total{reason}`: `max_connections` or `per_peer`.
    refused: Family<ReasonLabel, Counter>,
    /// When a refusal was last logged (ms since the epoch), so a flood logs a line every few
    /// seconds, not one per connection.
    last_logged: AtomicI64,
}

/// A connection's place under the caps; dropping it frees the place.
pub struct Admitted {
    shared: Arc<ConnectionState>,
    peer: IpAddr,
}

impl Drop for Admitted {
    fn drop(&mut self) {
        let mut per_peer = self.shared.per_peer.lock().expect("connections lock");
        if let Some(count) = per_peer.get_mut(&self.peer) {
            *count -= 1;
            if *count == 0 {
                per_peer.remove(&self.peer);
            }
        }
        self.shared.open.dec();
    }
}

impl Connections {
    pub fn new(limits: ConnectionLimits) -> Connections {
        let refused = Family::<ReasonLabel, Counter>::default();
        for reason in ["max_connections", "per_peer"] {
            let _ = refused.get_or_create(&ReasonLabel { reason });
        }
        Connections {
            shared: Arc::new(ConnectionState {
                limits,
                per_peer: Mutex::new(HashMap::new()),
                open: Gauge::default(),
                refused,
                last_logged: AtomicI64::new(0),
            }),
        }
    }

    /// Caps of their own, with the same limits and the same refusal counter, for another
    /// phase of a connection's life: TLS handshakes, which happen before a connection is
    /// handed to [`serve`] and would otherwise be unbounded.
    pub fn sibling(&self) -> Connections {
        Connections {
            shared: Arc::new(ConnectionState {
                limits: self.shared.limits,
                per_peer: Mutex::new(HashMap::new()),
                open: Gauge::default(),
                refused: self.shared.refused.clone(),
                last_logged: AtomicI64::new(0),
            }),
        }
    }

    /// Registers `recurrence_connections_open` and `recurrence_connections_refused_total`.
    pub fn register(&self, registry: &mut Registry) {
        registry.register(
            "recurrence_connections_open",
            "Open HTTP connections",
            self.shared.open.clone(),
        );
        registry.register(
            "recurrence_connections_refused",
            "Connections closed at once because limits.max_connections or limits.max_connections_per_peer was reached",
            self.shared.refused.clone(),
        );
    }

    /// A place for a new connection from `peer`, or `None` (counted, logged) over a cap.
    pub fn admit(&self, peer: IpAddr) -> Option<Admitted> {
        let limits = self.shared.limits;
        let refusal = {
            let mut per_peer = self.shared.per_peer.lock().expect("connections lock");
            let total: usize = self.shared.open.get().max(0) as usize;
            let from_peer = per_peer.get(&peer).copied().unwrap_or(0);
            if total >= limits.max_connections {
                Some("max_connections")
            } else if from_peer >= limits.max_per_peer {
                Some("per_peer")
            } else {
                *per_peer.entry(peer).or_insert(0) += 1;
                self.shared.open.inc();
                None
            }
        };
        match refusal {
            None => Some(Admitted {
                shared: self.shared.clone(),
                peer,
            }),
            Some(reason) => {
                self.shared
                    .refused
                    .get_or_create(&ReasonLabel { reason })
                    .inc();
                let now = crate::state::now_millis();
                let last = self.shared.last_logged.load(Ordering::Relaxed);
                if now - last >= 10_000
                    && self
                        .shared
                        .last_logged
                        .compare_exchange(last, now, Ordering::Relaxed, Ordering::Relaxed)
                        .is_ok()
                {
                    tracing::warn!(
                        %peer,
                        reason,
                        max_connections = limits.max_connections,
                        max_connections_per_peer = limits.max_per_peer,
                        "closing new connections over a connection limit (logged at most every 10s; see recurrence_connections_refused_total)"
                    );
                }
                None
            }
        }
    }
}

/// Serves `app` on `listener` until `shutdown` completes, then stops accepting, asks every
/// open connection to finish its request in progress and waits for all of them to close.
pub async fn serve<L>(
    mut listener: L,
    app: axum::Router,
    connections: Connections,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> std::io::Result<()>
where
    L: axum::serve::Listener<Addr = SocketAddr>,
{
    let header_read_timeout = connections.shared.limits.header_read_timeout;
    // Each connection holds a receiver; `closing.send` asks them to finish, and
    // `closing.closed()` completes once the last one has gone.
    let (closing, closed) = tokio::sync::watch::channel(());
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        let (io, peer) = tokio::select! {
            accepted = listener.accept() => accepted,
            () = &mut shutdown => break,
        };
        let Some(admitted) = connections.admit(peer.ip()) else {
            drop(io);
            continue;
        };
        let service = TowerToHyperService::new(app.clone().map_request(
            move |mut request: hyper::Request<hyper::body::Incoming>| {
                request.extensions_mut().insert(PeerAddr(peer));
                request
            },
        ));
        let mut closed = closed.clone();
        tokio::spawn(async move {
            let mut builder = http1::Builder::new();
            // The header-read timer starts when hyper waits for a request head, including
            // the next one on an idle keep-alive connection, so it is the idle timeout too.
            builder
                .timer(TokioTimer::new())
                .header_read_timeout(header_read_timeout)
                .keep_alive(true);
            let connection = builder.serve_connection(TokioIo::new(io), service);
            let mut connection = std::pin::pin!(connection);
            tokio::select! {
                result = connection.as_mut() => {
                    if let Err(e) = result {
                        tracing::debug!(%peer, error = %e, "connection ended with an error");
                    }
                }
                _ = closed.changed() => {
                    connection.as_mut().graceful_shutdown();
                    let _ = connection.await;
                }
            }
            drop(admitted);
        });
    }
    drop(listener);
    drop(closed);
    let _ = closing.send(());
    closing.closed().await;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn caps_in_all_and_per_peer() {
        let connections = Connections::new(ConnectionLimits {
            max_connections: 3,
            max_per_peer: 2,
            header_read_timeout: Duration::from_secs(1),
        });
        let a: IpAddr = [127, 0, 0, 2].into();
        let b: IpAddr = [127, 0, 0, 1].into();
        let first = connections.admit(a).expect("first");
        let _second = connections.admit(a).expect("second");
        assert!(connections.admit(a).is_none(), "a third from one peer");
        let _other = connections.admit(b).expect("another peer");
        assert!(connections.admit(b).is_none(), "over the total");
        drop(first);
        assert!(connections.admit(a).is_some(), "a place was freed");
        let refused = |reason| {
            connections
                .shared
                .refused
                .get_or_create(&ReasonLabel { reason })
                .get()
        };
        assert_eq!((refused("per_peer"), refused("max_connections")), (1, 1));
        // Handshakes are capped on their own, and their refusals counted in the same series.
        let handshakes = connections.sibling();
        let _one = handshakes.admit(a).expect("a handshake");
        let _two = handshakes.admit(a).expect("another");
        assert!(handshakes.admit(a).is_none());
        assert_eq!(refused("per_peer"), 2);
    }
}
