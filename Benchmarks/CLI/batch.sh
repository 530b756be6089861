#!/usr/bin/env bash
# Many short documents: start-up of one align/check and sentence pairs per second over
# ≥ 100 short English–Urdu documents, one process per pair (as a CI loop or find -exec runs
# it) against one `--batch` process, timed by farm-bench as whole processes.
# The documents are cut from the TICO-19 dev documents (eval/alignment/tico19-en-ur-dev,
# CC0): runs of gold beads of about 15 source sentences, each written as one paragraph.
#
# The binary timed is the release build as the README installs it (`--static-swift-stdlib`,
# in .build/static); the start-up of the plain `swift build -c release` binary, which loads
# the Swift runtime and Foundation as shared libraries, is printed beside it.
# hunalign is timed the same way when `hunalign` is on PATH, or built from a checkout of the
# danielvarga/hunalign sources named by HUNALIGN_SRC (Debian has no package).
#
# Usage: [HUNALIGN_SRC=DIR] Benchmarks/CLI/batch.sh [RUNS]   (needs farm-bench)
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS="${1:-5}"
command -v farm-bench > /dev/null || { echo "batch.sh: farm-bench is not installed" >&2; exit 2; }

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
swift build -c release --product tarjuman > /dev/null
swift build -c release --product tarjuman --static-swift-stdlib --build-path .build/static \
    > /dev/null
shared="$PWD/.build/release/tarjuman"
tarjuman="$PWD/.build/static/release/tarjuman"

sentences="$(python3 - "$work" <<'EOF'
import json, os, re, sys
work = sys.argv[1]
root = "eval/alignment/tico19-en-ur-dev"
count = 0
total = 0
with open(f"{work}/pairs.tsv", "w") as pairs:
    for name in sorted(os.listdir(root)):
        folder = os.path.join(root, name)
        en = open(f"{folder}/en.sents", encoding="utf-8").read().split("\n")
        ur = open(f"{folder}/ur.sents", encoding="utf-8").read().split("\n")
        beads = []
        for line in open(f"{folder}/gold.align", encoding="utf-8"):
            left, right = line.strip().split(":")
            ids = lambda side: [int(x) for x in re.findall(r"\d+", side)]
            beads.append((ids(left), ids(right)))
        group = ([], [])
        def flush():
            global count, total
            if not group[0] or not group[1]:
                return
            count += 1
            total += len(group[0])
            base = f"{work}/doc{count:03d}"
            open(f"{base}.en.txt", "w", encoding="utf-8").write(" ".join(en[i] for i in group[0]) + "\n")
            open(f"{base}.ur.txt", "w", encoding="utf-8").write(" ".join(ur[i] for i in group[1]) + "\n")
            # hunalign reads one sentence per line: the same sentences, pre-segmented.
            open(f"{base}.en.sents", "w", encoding="utf-8").write("\n".join(en[i] for i in group[0]) + "\n")
            open(f"{base}.ur.sents", "w", encoding="utf-8").write("\n".join(ur[i] for i in group[1]) + "\n")
            pairs.write(f"{base}.en.txt\t{base}.ur.txt\n")
        for source, target in beads:
            group[0].extend(source)
            group[1].extend(target)
            if len(group[0]) >= 15:
                flush()
                group = ([], [])
        flush()
print(f"{count} {total}")
EOF
)"
read -r documents pairs_total <<< "$sentences"
echo "== $documents documents, $pairs_total source sentences (TICO-19 dev, ~15 sentences each)"

printf 'The port is large.\n' > "$work/one.en.txt"
printf 'بندرگاہ بڑی ہے۔\n' > "$work/one.ur.txt"

for command in align check; do
    report="$(farm-bench -n 21 --vs "$shared $command $work/one.en.txt $work/one.ur.txt" -- \
        "$tarjuman" "$command" "$work/one.en.txt" "$work/one.ur.txt" 2>&1)"
    printf '%-6s one-line pair, start-up included: %6.1f ms wall (median of 21; %.1f ms with shared Swift libraries)\n' \
        "$command" "$(awk '/^A wall s/ { print $5 * 1000 }' <<< "$report")" \
        "$(awk '/^B wall s/ { print $5 * 1000 }' <<< "$report")"
done

for command in align check; do
    report="$(farm-bench -n "$RUNS" --timeout 900 \
        --vs "sh -c 'exec $tarjuman $command --batch $work/pairs.tsv > /dev/null'" -- \
        sh -c "while IFS=\$(printf '\\t') read -r s t; do $tarjuman $command \"\$s\" \"\$t\" > /dev/null || true; done < $work/pairs.tsv" 2>&1)"
    each="$(awk '/^A wall s/ { print $5 }' <<< "$report")"
    batch="$(awk '/^B wall s/ { print $5 }' <<< "$report")"
    printf '%-6s one process per pair: %8.0f sentence pairs/s (%.2f s)\n' "$command" \
        "$(awk -v n="$pairs_total" -v t="$each" 'BEGIN { print n / t }')" "$each"
    printf '%-6s --batch, one process:  %8.0f sentence pairs/s (%.2f s, %.1f× faster)\n' "$command" \
        "$(awk -v n="$pairs_total" -v t="$batch" 'BEGIN { print n / t }')" "$batch" \
        "$(awk -v a="$each" -v b="$batch" 'BEGIN { print a / b }')"
done

hunalign="$(command -v hunalign || true)"
if [ -z "$hunalign" ] && [ -n "${HUNALIGN_SRC:-}" ]; then
    echo "building hunalign from $HUNALIGN_SRC/src/hunalign"
    cp -r "$HUNALIGN_SRC" "$work/hunalign-src"
    make -s -C "$work/hunalign-src/src/hunalign" > /dev/null
    hunalign="$work/hunalign-src/src/hunalign/hunalign"
fi
if [ -n "$hunalign" ]; then
    : > "$work/empty.dic"
    report="$(farm-bench -n "$RUNS" --timeout 900 -- \
        sh -c "while IFS=\$(printf '\\t') read -r s t; do $hunalign $work/empty.dic \"\${s%.txt}.sents\" \"\${t%.txt}.sents\" > /dev/null 2>&1 || true; done < $work/pairs.tsv" 2>&1)"
    each="$(awk '/^A wall s/ { print $5 }' <<< "$report")"
    printf 'hunalign one process per pair: %8.0f sentence pairs/s (%.2f s)\n' \
        "$(awk -v n="$pairs_total" -v t="$each" 'BEGIN { print n / t }')" "$each"
else
    echo "hunalign: not timed (not on PATH and HUNALIGN_SRC names no checkout of danielvarga/hunalign)"
fi
