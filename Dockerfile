# syntax=docker/dockerfile:1
# recurrence-exporter container image: built in the official Rust image, run as a non-root
# user from a minimal glibc base (distroless cc: libc, libgcc_s, CA certificates, no shell).
#
#   podman build -t recurrence-exporter .        # or docker build
#   podman run -p 8977:8977 -v recurrence-data:/var/lib/recurrence-exporter recurrence-exporter
#
# Probes: GET /-/healthy (liveness: the process serves) and GET /-/ready (readiness: history
# loaded and the store writable). Neither needs credentials, even with `auth:` on. The runtime
# image has no shell or curl, so there is no HEALTHCHECK: orchestrators probe over HTTP (see
# deploy/kubernetes/statefulset.yml); with plain podman use
#   podman run --health-cmd none …   and probe http://HOST:8977/-/ready from outside.
#
# The base images are build arguments so that a mirror, or a locally made base, can stand in.
ARG RUST_IMAGE=docker.io/library/rust:1.89-slim-bookworm
ARG RUNTIME_IMAGE=gcr.io/distroless/cc-debian12:nonroot

FROM ${RUST_IMAGE} AS build
WORKDIR /src
# Dependencies first, so that a source change does not rebuild them: a stub crate with the
# real manifest and lock file compiles every dependency into a cached layer.
COPY Cargo.toml Cargo.lock ./
RUN mkdir -p src benches \
    && echo 'fn main() {}' > src/main.rs && touch src/lib.rs \
    && for b in micro ceiling_server store; do echo 'fn main() {}' > benches/$b.rs; done \
    && cargo build --release --locked \
    && rm -rf src benches
COPY src ./src
COPY benches ./benches
# RUSTC_VERSION becomes the `rustc` label of recurrence_build_info.
RUN touch src/main.rs src/lib.rs \
    && RUSTC_VERSION="$(rustc --version | cut -d' ' -f2)" cargo build --release --locked \
    && install -D -m 0755 target/release/recurrence-exporter /out/recurrence-exporter \
    && mkdir -p /out/data

FROM ${RUNTIME_IMAGE}
LABEL org.opencontainers.image.title="recurrence-exporter" \
      org.opencontainers.image.description="Measures how often the same root cause of an alert comes back" \
      org.opencontainers.image.licenses="Apache-2.0"
COPY --from=build /out/recurrence-exporter /usr/local/bin/recurrence-exporter
# The store directory belongs to the runtime user (65532, distroless' "nonroot"), so a fresh
# named volume mounted here inherits that ownership.
COPY --from=build --chown=65532:65532 /out/data /var/lib/recurrence-exporter
USER 65532:65532
VOLUME ["/var/lib/recurrence-exporter"]
EXPOSE 8977
ENTRYPOINT ["/usr/local/bin/recurrence-exporter"]
# Listen on all interfaces (the binary's default is loopback, useless in a container).
CMD ["--web.listen-address=:8977", "--storage.path=/var/lib/recurrence-exporter"]
