#!/usr/bin/env bash
# Builds the libFuzzer targets (with AddressSanitizer) and runs each for a while.
# Usage: Fuzz/run.sh [SECONDS per target, default 20] [TARGET…]   (targets: see FuzzTargets.swift)
# Or set RUNS to run each target for that many executions instead (e.g. RUNS=1000000).
# Each target starts from its committed seed corpus in Fuzz/corpus/<target>/ and writes what
# it finds to a scratch copy; a crash leaves its input in Fuzz/crashes/ and fails the script.
set -euo pipefail
cd "$(dirname "$0")"
SECONDS_PER_TARGET="${1:-20}"
shift || true
TARGETS=("$@")
if [ ${#TARGETS[@]} -eq 0 ]; then
    TARGETS=(paragraphs glossary pack xml worksheet segmenter normalizer check)
fi
# gold fails to link ASan+fuzzer Swift objects (internal error); lld from the toolchain does.
FLAGS=(-c release --sanitize=address -Xswiftc -sanitize=fuzzer
    -Xswiftc -Xclang-linker -Xswiftc -fuse-ld=lld)
swift build "${FLAGS[@]}" 2>&1 | tail -1
BIN="$(swift build "${FLAGS[@]}" --show-bin-path)/TarjumanFuzz"
export TARJUMAN_DATA="$PWD/.."
export SWIFT_BACKTRACE=enable=no   # libFuzzer reports crashes itself
export LSAN_OPTIONS="suppressions=$PWD/lsan.supp:print_suppressions=0"
mkdir -p crashes
for target in "${TARGETS[@]}"; do
    scratch="$(mktemp -d)"
    cp -r "corpus/$target/." "$scratch/" 2> /dev/null || true
    if [ -n "${RUNS:-}" ]; then limit=(-runs="$RUNS"); else limit=(-max_total_time="$SECONDS_PER_TARGET"); fi
    echo "== fuzzing $target (${RUNS:-$SECONDS_PER_TARGET s})"
    if ! TARJUMAN_FUZZ_TARGET="$target" "$BIN" "${limit[@]}" -max_len=4096 -timeout=10 \
        -rss_limit_mb=4096 -artifact_prefix="crashes/$target-" -print_final_stats=1 \
        "$scratch" 2> "$scratch.log"; then
        tail -40 "$scratch.log"
        echo "FAIL: $target crashed; the input is in Fuzz/crashes/"
        exit 1
    fi
    grep -E "stat::number_of_executed_units|Done" "$scratch.log" | tail -2
    rm -rf "$scratch" "$scratch.log"
done
echo "fuzzing passed"
