//! The ceilings of the end-to-end ingest benchmark (`scripts/bench-ingest.sh`): a minimal
//! hyper 1 server on the same tokio runtime as the daemon that either reads and discards the
//! body (`discard`), or deserialises it with serde_json into typed Alertmanager structs
//! (`parse`). It also writes the request bodies the wrk script sends.
//!
//! ```text
//! ceiling_server serve discard|parse 127.0.0.1:PORT
//! ceiling_server bodies DIR STARTS_AT
//! ```
//!
//! Run without arguments (as `cargo bench` does) it prints this usage and exits.

mod common;

use std::convert::Infallible;
use std::net::SocketAddr;

use http_body_util::{BodyExt, Full};
use hyper::body::{Bytes, Incoming};
use hyper::server::conn::http1;
use hyper::service::service_fn;
use hyper::{Request, Response, StatusCode};
use hyper_util::rt::TokioIo;

const USAGE: &str =
    "usage: ceiling_server serve discard|parse 127.0.0.1:PORT | bodies DIR STARTS_AT";

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match args
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        ["serve", mode @ ("discard" | "parse"), address] => {
            let address: SocketAddr = address.parse().expect("a HOST:PORT address");
            serve(*mode == "parse", address);
        }
        ["bodies", dir, starts_at] => common::write_bodies(std::path::Path::new(dir), starts_at),
        _ => eprintln!("{USAGE}\n(the ingest ceilings run from scripts/bench-ingest.sh)"),
    }
}

/// Serves until killed; the benchmark script ends it.
fn serve(parse: bool, address: SocketAddr) {
    // The same runtime as the daemon's `#[tokio::main]`: one worker per core.
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("building the tokio runtime");
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(address)
            .await
            .expect("binding the listener");
        eprintln!("ceiling_server ({}) listening on {address}", mode(parse));
        loop {
            let Ok((stream, _)) = listener.accept().await else {
                continue;
            };
            let _ = stream.set_nodelay(true);
            tokio::spawn(async move {
                let service = service_fn(move |request| handle(request, parse));
                let _ = http1::Builder::new()
                    .serve_connection(TokioIo::new(stream), service)
                    .await;
            });
        }
    });
}

fn mode(parse: bool) -> &'static str {
    if parse {
        "parse"
    } else {
        "discard"
    }
}

async fn handle(
    request: Request<Incoming>,
    parse: bool,
) -> Result<Response<Full<Bytes>>, Infallible> {
    let mut body = request.into_body();
    let status = if parse {
        match body.collect().await {
            Ok(collected) => {
                let bytes = collected.to_bytes();
                match serde_json::from_slice::<common::Webhook>(&bytes) {
                    Ok(webhook) => {
                        std::hint::black_box(&webhook);
                        StatusCode::OK
                    }
                    Err(_) => StatusCode::BAD_REQUEST,
                }
            }
            Err(_) => StatusCode::BAD_REQUEST,
        }
    } else {
        // Read every frame and drop it: the cost of receiving the body and nothing else.
        let mut status = StatusCode::OK;
        while let Some(frame) = body.frame().await {
            if frame.is_err() {
                status = StatusCode::BAD_REQUEST;
                break;
            }
        }
        status
    };
    let mut response = Response::new(Full::new(Bytes::from_static(br#"{"status":"success"}"#)));
    *response.status_mut() = status;
    Ok(response)
}
