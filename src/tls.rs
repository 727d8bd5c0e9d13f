//! The TLS listener: accepts TCP connections, completes each handshake in a task of its own
//! (a slow or silent client holds up nobody else) and hands the finished streams to
//! `axum::serve`, which keeps its graceful shutdown for them exactly as for plain TCP.
//!
//! Connections waiting for their handshake are capped like served ones (in all and per peer,
//! `crate::serve::Connections`), so silent clients cannot hold every descriptor for the
//! handshake timeout. The server configuration is taken from the [`Guard`] at every
//! connection, so a reload with a renewed certificate applies from the next connection on. This module does not parse the
//! web configuration (`web_config`) nor authenticate requests (`auth`).

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use tokio::net::{TcpListener, TcpStream};
use tokio::sync::mpsc;
use tokio_rustls::server::TlsStream;
use tokio_rustls::TlsAcceptor;

use crate::auth::Guard;
use crate::serve::Connections;

/// Longest a client may take to complete the handshake.
const HANDSHAKE_TIMEOUT: Duration = Duration::from_secs(10);

/// A listener whose connections have completed the TLS handshake.
pub struct TlsListener {
    handshaken: mpsc::Receiver<(TlsStream<TcpStream>, SocketAddr)>,
    local_addr: SocketAddr,
    /// Owns the TCP listener; aborted when this listener is dropped, which closes the port.
    accepting: tokio::task::JoinHandle<()>,
}

impl TlsListener {
    /// Starts accepting on `listener` with the TLS configuration in force in `guard`, at most
    /// as many handshakes at once as `handshakes` admits.
    pub fn new(
        listener: TcpListener,
        guard: Arc<Guard>,
        handshakes: Connections,
    ) -> std::io::Result<TlsListener> {
        let local_addr = listener.local_addr()?;
        let (sender, handshaken) = mpsc::channel(64);
        let accepting = tokio::spawn(accept_loop(listener, guard, handshakes, sender));
        Ok(TlsListener {
            handshaken,
            local_addr,
            accepting,
        })
    }
}

impl Drop for TlsListener {
    fn drop(&mut self) {
        self.accepting.abort();
    }
}

impl axum::serve::Listener for TlsListener {
    type Io = TlsStream<TcpStream>;
    type Addr = SocketAddr;

    async fn accept(&mut self) -> (Self::Io, Self::Addr) {
        match self.handshaken.recv().await {
            Some(connection) => connection,
            // The accept loop never ends on its own; until it is aborted there is nothing new.
            None => std::future::pending().await,
        }
    }

    fn local_addr(&self) -> std::io::Result<Self::Addr> {
        Ok(self.local_addr)
    }
}

async fn accept_loop(
    listener: TcpListener,
    guard: Arc<Guard>,
    handshakes: Connections,
    sender: mpsc::Sender<(TlsStream<TcpStream>, SocketAddr)>,
) {
    loop {
        let (tcp, peer) = match listener.accept().await {
            Ok(connection) => connection,
            Err(e) => {
                // Out of file descriptors and the like: back off as axum::serve does, rather
                // than spin.
                tracing::error!(error = %e, "accepting a connection failed");
                tokio::time::sleep(Duration::from_secs(1)).await;
                continue;
            }
        };
        let Some(config) = guard.current().web.tls.clone() else {
            // A reload cannot switch TLS off (see `Guard::check_replacement`).
            continue;
        };
        let Some(admitted) = handshakes.admit(peer.ip()) else {
            drop(tcp);
            continue;
        };
        let sender = sender.clone();
        tokio::spawn(async move {
            // The handshake's place is freed when it ends; the served connection is counted
            // again by `serve`.
            let _admitted = admitted;
            let handshake = TlsAcceptor::from(config).accept(tcp);
            match tokio::time::timeout(HANDSHAKE_TIMEOUT, handshake).await {
                Ok(Ok(stream)) => {
                    let _ = sender.send((stream, peer)).await;
                }
                Ok(Err(e)) => tracing::debug!(%peer, error = %e, "TLS handshake failed"),
                Err(_) => tracing::debug!(%peer, "TLS handshake timed out"),
            }
        });
    }
}
