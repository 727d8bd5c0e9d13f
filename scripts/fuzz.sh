#!/usr/bin/env bash
# Fuzzes every cargo-fuzz target in fuzz/ for SECONDS seconds each (default 60), with
# AddressSanitizer, 512 MB of memory and inputs up to 64 KiB. Installs cargo-fuzz when missing.
#
#   scripts/fuzz.sh [SECONDS] [TARGET...]
#
# The machine has only the stable toolchain; cargo fuzz passes nightly-only flags
# (-Zsanitizer=address and others), which stable rustc accepts with RUSTC_BOOTSTRAP=1. The
# sanitizer runtimes ship with the stable toolchain. Seeds are read from fuzz/corpus/TARGET and
# never written: inputs libFuzzer finds go to fuzz/target/corpus/TARGET (kept between runs,
# ignored by git), crashes to fuzz/artifacts/TARGET. Exits non-zero at the first crash.
set -euo pipefail
cd "$(dirname "$0")/.."

seconds="${1:-60}"
shift || true

if ! command -v cargo-fuzz >/dev/null 2>&1; then
    echo "installing cargo-fuzz" >&2
    cargo install cargo-fuzz --locked
fi

export RUSTC_BOOTSTRAP=1
targets=("$@")
if ((${#targets[@]} == 0)); then
    mapfile -t targets < <(cargo fuzz list)
fi

for target in "${targets[@]}"; do
    work="fuzz/target/corpus/$target"
    mkdir -p "$work"
    echo "== $target: ${seconds}s" >&2
    cargo fuzz run "$target" "$work" "fuzz/corpus/$target" -- \
        -max_total_time="$seconds" -rss_limit_mb=512 -malloc_limit_mb=512 \
        -max_len=65536 -timeout=10 -print_final_stats=1
done
