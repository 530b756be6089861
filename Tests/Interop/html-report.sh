#!/usr/bin/env bash
# The HTML review page in a real browser (Debian's chromium + chromium-driver, Selenium from
# PyPI): it loads with no console errors; every finding has its row and, in the aligned
# sentence, its highlight; filters hide and show rows; translated cells compute
# `direction: rtl`; a <script> inside a translation stays text; it works without JavaScript
# (all rows shown). A full-page screenshot is written to .build/review.png (look at it: Urdu
# must read right to left, joined). Run from anywhere: Tests/Interop/html-report.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
SELENIUM_VERSION=4.50.0

SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
missing=()
command -v chromium > /dev/null || missing+=(chromium)
command -v chromedriver > /dev/null || missing+=(chromium-driver)
[ -f /usr/share/fonts/truetype/noto/NotoNastaliqUrdu-Regular.ttf ] || missing+=(fonts-noto-core)
if [ ${#missing[@]} -gt 0 ]; then
    echo "== installing ${missing[*]}"
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq "${missing[@]}" > /dev/null
fi
python3 -c "import selenium" 2> /dev/null || python3 -m pip install -q "selenium==$SELENIUM_VERSION"

swift build -q
BIN="$(swift build --show-bin-path)/tarjuman"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
# A draft with a wrong year, a Latin full stop, markup typed into the translation and a paragraph left out.
sed 's/1948ء میں بلوچستان کا/۱۹۵۸ء میں بلوچستان کا/; 3s/ہے۔$/ہے./; 5s/^/<script>window.injected = 1<\/script> /; 9d' \
    seeds/baloch-uprising.ur.txt > "$WORK/draft.ur.txt"
"$BIN" check --format html -o "$WORK/review.html" seeds/baloch-uprising.en.txt "$WORK/draft.ur.txt" || true
"$BIN" check --format json -o "$WORK/review.json" seeds/baloch-uprising.en.txt "$WORK/draft.ur.txt" || true
python3 Tests/Interop/check_html_report.py "$WORK/review.html" "$WORK/review.json" .build/review.png
