#!/usr/bin/env python3
"""A minimal OTLP/HTTP receiver for the integration tests.

Accepts POST /v1/metrics and /v1/traces (application/x-protobuf), decodes the body with the
OpenTelemetry project's own protobuf definitions (PyPI: opentelemetry-proto) and appends one
JSON line per request to --out: {"path": ..., "received": unix seconds, "body": MessageToDict}.
Trace and span ids, which the protobuf JSON mapping writes as base64, are rewritten as the
lower-case hex of the W3C trace context so tests can compare them with a traceparent. Each
line also holds the request's headers (names in lower case) and, over TLS, the common name of
the client certificate the sender presented ("client_cn", null without one).

With --tls-cert and --tls-key it serves HTTPS; with --client-ca as well, it refuses a sender
without a client certificate signed by that CA (the handshake fails, nothing is recorded).

Usage: otlp_receiver.py --port PORT --out FILE [--tls-cert PEM --tls-key PEM [--client-ca PEM]]
"""

import argparse
import base64
import json
import ssl
import sys
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from google.protobuf.json_format import MessageToDict
from opentelemetry.proto.collector.metrics.v1.metrics_service_pb2 import (
    ExportMetricsServiceRequest,
    ExportMetricsServiceResponse,
)
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import (
    ExportTraceServiceRequest,
    ExportTraceServiceResponse,
)

SERVICES = {
    "/v1/metrics": (ExportMetricsServiceRequest, ExportMetricsServiceResponse),
    "/v1/traces": (ExportTraceServiceRequest, ExportTraceServiceResponse),
}
ID_FIELDS = ("traceId", "spanId", "parentSpanId")


def hex_ids(value):
    """Rewrites base64 trace/span ids anywhere in a MessageToDict tree as hex."""
    if isinstance(value, dict):
        return {
            k: (base64.b64decode(v).hex() if k in ID_FIELDS and isinstance(v, str) else hex_ids(v))
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [hex_ids(v) for v in value]
    return value


def client_cn(connection):
    """The common name of the client certificate on a TLS connection, or None."""
    peer = connection.getpeercert() if isinstance(connection, ssl.SSLSocket) else None
    for rdn in (peer or {}).get("subject", ()):
        for key, value in rdn:
            if key == "commonName":
                return value
    return None


class Handler(BaseHTTPRequestHandler):
    lock = threading.Lock()
    out = None

    def do_POST(self):
        service = SERVICES.get(self.path)
        body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        if service is None:
            self.send_error(404)
            return
        if self.headers.get("Content-Type") != "application/x-protobuf":
            self.send_error(415, "expected application/x-protobuf")
            return
        request_type, response_type = service
        try:
            message = request_type.FromString(body)
        except Exception as e:  # a decoding failure is what the tests must see
            self.send_error(400, f"not a {request_type.__name__}: {e}")
            return
        record = {
            "path": self.path,
            "received": time.time(),
            "headers": {k.lower(): v for k, v in self.headers.items()},
            "client_cn": client_cn(self.connection),
            "body": hex_ids(MessageToDict(message)),
        }
        with Handler.lock:
            with open(Handler.out, "a", encoding="utf-8") as f:
                f.write(json.dumps(record) + "\n")
        payload = response_type().SerializeToString()
        self.send_response(200)
        self.send_header("Content-Type", "application/x-protobuf")
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(payload)

    def log_message(self, fmt, *args):
        sys.stderr.write("otlp_receiver: " + fmt % args + "\n")


class Server(ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        # A refused TLS handshake is expected in some tests: one line, not a traceback.
        sys.stderr.write(f"otlp_receiver: {client_address[0]}: {sys.exc_info()[1]}\n")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--out", required=True)
    parser.add_argument("--tls-cert")
    parser.add_argument("--tls-key")
    parser.add_argument("--client-ca")
    args = parser.parse_args()
    Handler.out = args.out
    server = Server(("127.0.0.1", args.port), Handler)
    scheme = "http"
    if args.tls_cert:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(args.tls_cert, args.tls_key)
        if args.client_ca:
            context.load_verify_locations(args.client_ca)
            context.verify_mode = ssl.CERT_REQUIRED
        # The handshake runs on the request's own thread (at its first read), so a sender that
        # fails it or stalls does not hold up the accept loop.
        server.socket = context.wrap_socket(
            server.socket, server_side=True, do_handshake_on_connect=False
        )
        scheme = "https"
    print(f"listening on {scheme}://127.0.0.1:{args.port}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    main()
