#!/usr/bin/env bash
# Aligns the TICO-19 en–ur dev documents from their raw text and scores the alignments.
set -euo pipefail
cd "$(dirname "$0")/../.."
out="$(mktemp -d)"
trap 'rm -rf "$out"' EXIT
swift build -c release --product AlignmentEval >/dev/null
.build/release/AlignmentEval eval/alignment/tico19-en-ur-dev "$out" | tee eval/alignment/last-run.txt
python3 eval/alignment/score_alignment.py --doc-dir eval/alignment/tico19-en-ur-dev --pred-dir "$out" \
    --own-segmentation | tee -a eval/alignment/last-run.txt
