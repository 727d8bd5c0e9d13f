#!/usr/bin/env bash
# Runs every test. Installs what the tests talk to when it is missing: Debian's prometheus
# (with promtool), prometheus-alertmanager (with amtool), chromium, openssl, python3-pip,
# systemd (systemd-analyze), podman, curl, postgresql, e2fsprogs (mkfs.ext4, chattr), and PyPI's
# opentelemetry-proto and kubernetes-validate. The storage-fault tests mount a tmpfs and a
# loop-mounted ext4 image and the image test uses chroot, so run as root (CI does).
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v prometheus >/dev/null 2>&1 || missing+=(prometheus)
command -v promtool >/dev/null 2>&1 || missing+=(prometheus)
command -v prometheus-alertmanager >/dev/null 2>&1 || missing+=(prometheus-alertmanager)
command -v amtool >/dev/null 2>&1 || missing+=(prometheus-alertmanager)
# The packaging tests: systemd-analyze checks the unit, podman builds the image.
command -v systemd-analyze >/dev/null 2>&1 || missing+=(systemd)
command -v podman >/dev/null 2>&1 || missing+=(podman)
# curl runs scripts/demo.sh in the quick-start test.
command -v curl >/dev/null 2>&1 || missing+=(curl)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
# openssl makes the certificates of the TLS tests.
command -v openssl >/dev/null 2>&1 || missing+=(openssl)
# mkfs.ext4 and chattr make a store's file refuse writes under the running daemon (fsfreeze,
# from util-linux, stalls its disk).
command -v mkfs.ext4 >/dev/null 2>&1 || missing+=(e2fsprogs)
command -v chattr >/dev/null 2>&1 || missing+=(e2fsprogs)
# The PostgreSQL tests start a throwaway cluster with the server's own initdb and pg_ctl.
compgen -G '/usr/lib/postgresql/*/bin/initdb' >/dev/null || missing+=(postgresql)
# python3 runs the OTLP tests' receiver (tests/otlp_receiver.py).
command -v python3 >/dev/null 2>&1 || missing+=(python3 python3-pip)
if ((${#missing[@]})); then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo=sudo
    echo "installing ${missing[*]} from Debian" >&2
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

# The receiver decodes OTLP with the OpenTelemetry project's own protobuf definitions.
if ! python3 -c 'import opentelemetry.proto.collector.metrics.v1.metrics_service_pb2' >/dev/null 2>&1; then
    echo "installing opentelemetry-proto from PyPI" >&2
    python3 -m pip install --quiet opentelemetry-proto protobuf 2>/dev/null ||
        python3 -m pip install --quiet --user --break-system-packages opentelemetry-proto protobuf
fi
# The Kubernetes manifests are validated against the schemas kubernetes-validate ships.
if ! python3 -c 'import kubernetes_validate, jsonschema, yaml' >/dev/null 2>&1; then
    echo "installing kubernetes-validate from PyPI" >&2
    python3 -m pip install --quiet kubernetes-validate 2>/dev/null ||
        python3 -m pip install --quiet --user --break-system-packages kubernetes-validate
fi

cargo build --locked --all-targets
cargo run --quiet --locked -- test-rules config/signatures_test.yml
log=$(mktemp)
trap 'rm -f "$log"' EXIT
status=0
# Every test runs even when one fails, so that one failure does not hide the rest.
cargo test --locked --all-targets --no-fail-fast 2>&1 | tee "$log" || status=$?

# The fuzz targets build with the stable toolchain (no sanitizers here; scripts/fuzz.sh fuzzes
# with them) and replay their seed corpora: every seed must run without a crash.
# A fuzz crate that no longer builds (its lock file behind the main crate's dependencies, say)
# is a failed test, not the end of the run.
if CARGO_TARGET_DIR=target cargo build --locked --manifest-path fuzz/Cargo.toml; then
    for target in fuzz/fuzz_targets/*.rs; do
        name=$(basename "$target" .rs)
        if target/debug/"$name" -runs=0 "fuzz/corpus/$name" >"$log.fuzz" 2>&1; then
            echo "test result: ok. 1 passed; 0 failed; fuzz seeds of $name replayed" | tee -a "$log"
        else
            echo "test result: FAILED. 0 passed; 1 failed; fuzz seeds of $name" | tee -a "$log"
            cat "$log.fuzz"
            status=1
        fi
    done
else
    echo "test result: FAILED. 0 passed; 1 failed; the fuzz targets do not build" | tee -a "$log"
    status=1
fi
rm -f "$log.fuzz"
# One closing line for the whole run (the benchmarks' own output comes last otherwise).
awk '/^test result:/ { p += $4; f += $6 } END { printf "tests: %d passed, %d failed\n", p, f }' "$log"
exit "$status"
