#!/usr/bin/env bash
# Speed of the command line as a user runs it: every format of the streaming commands
# (segment, normalize) on 10 MB of English and of Urdu, each timed as a whole process
# against the bare ICU loop (icu_segment.c: UTF-8 → UTF-16, sentence BreakIterator, each
# sentence written back) on the same file, in turn, by farm-bench. Prints the median ratio
# of wall time per format; "≥ 0.5×" means Tarjuman takes at most twice the bare loop's time.
# The binary timed is the release build as the README installs it (`--static-swift-stdlib`,
# in .build/static, as batch.sh times it). `segment` uses one thread per processor by
# default; its `--jobs 1` rows give the one-thread figure beside it.
#
# Usage: Benchmarks/CLI/speed.sh [RUNS]   (needs farm-bench; builds the release binary)
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS="${1:-11}"
command -v farm-bench > /dev/null || { echo "speed.sh: farm-bench is not installed" >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
swift build -c release --product tarjuman --static-swift-stdlib --build-path .build/static \
    > /dev/null
tarjuman="$PWD/.build/static/release/tarjuman"
cc -O2 -o "$work/icu_segment" Benchmarks/CLI/icu_segment.c -licuuc -licui18n

python3 - "$work" <<'EOF'
import sys
work = sys.argv[1]
for lang in ("en", "ur"):
    text = open(f"seeds/baloch-uprising.{lang}.txt", encoding="utf-8").read() + "\n\n"
    size = len(text.encode())
    with open(f"{work}/{lang}.txt", "w", encoding="utf-8") as out:
        out.write(text * (10_000_000 // size + 1))
EOF

# ratio LABEL FILE TARJUMAN-ARGS...: median A/B wall ratio, printed as "B/A×" (speed vs ICU).
ratio() {
    local label="$1" file="$2"
    shift 2
    local report
    report="$(farm-bench -n "$RUNS" --timeout 600 --vs "$work/icu_segment $file" -- \
        "$tarjuman" "$@" "$file" 2>&1)"
    local median
    median="$(awk '/^A\/B wall/ { print $4 }' <<< "$report")"
    local spread
    spread="$(awk '/^A\/B wall/ { printf "%.2f–%.2f", 1 / $5, 1 / $3 }' <<< "$report")"
    printf '%-34s %6.2f× ICU   (runs %s)\n' "$label" "$(awk -v r="$median" 'BEGIN { print 1 / r }')" "$spread"
}

for lang in en ur; do
    file="$work/$lang.txt"
    echo "== $lang: $(wc -c < "$file") bytes; speed as a multiple of the bare ICU loop (median of $RUNS)"
    for format in text tsv jsonl; do
        ratio "segment --format $format" "$file" segment --locale "$lang" --format "$format"
        ratio "  the same, --jobs 1" "$file" segment --locale "$lang" --format "$format" --jobs 1
    done
    for level in canonical orthographic key; do
        ratio "normalize --level $level" "$file" normalize --locale "$lang" --level "$level"
    done
    ratio "normalize --report" "$file" normalize --locale "$lang" --report
done
