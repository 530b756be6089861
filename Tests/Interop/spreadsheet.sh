#!/usr/bin/env bash
# Proves that glossaries and worksheets round-tripped through a real spreadsheet program
# read back (worksheets: see the end). Glossaries:
# LibreOffice Calc (headless) opens our TSV glossary, saves it as .xlsx and .ods, and
# exports those as CSV and TSV; `tarjuman glossary convert` reads every export and must
# give the same entries as the original, including a note holding a tab, a line break
# and quotes. Excel's "CSV UTF-8" (byte-order mark, CR LF) is made from LibreOffice's CSV.
# Installs libreoffice-calc-nogui when missing. Run from anywhere.
set -euo pipefail
cd "$(dirname "$0")/../.."
if ! command -v soffice > /dev/null; then
    echo "== installing libreoffice-calc-nogui"
    SUDO=""
    if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi
    $SUDO apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
        libreoffice-calc-nogui > /dev/null
fi
swift build -q
BIN="$(swift build --show-bin-path)/tarjuman"
WORK="${KEEP:-$(mktemp -d)}"
[ -n "${KEEP:-}" ] || trap "rm -rf \"$WORK\"" EXIT
export HOME="$WORK"   # LibreOffice keeps its profile here

# The project glossary without its comment lines (a spreadsheet has none), plus a row whose
# note holds a tab, a line break and quotes, quoted as Tarjuman writes it.
grep -v '^#' glossaries/en-ur.tsv > "$WORK/terms.en-ur.tsv"
printf 'tricky\ttricky case\tمشکل معاملہ\tnoun\tadmitted\t\t\t\t\t"a note\twith a tab and\ntwo lines, ""quoted"""\t\n' \
    >> "$WORK/terms.en-ur.tsv"
"$BIN" glossary convert "$WORK/terms.en-ur.tsv" "$WORK/reference.en-ur.tsv" 2> /dev/null

TSV_FILTER="Text - txt - csv (StarCalc):9,34,76,1"
CSV_FILTER="Text - txt - csv (StarCalc):44,34,76,1"
cd "$WORK"
soffice --headless --infilter="$TSV_FILTER" --convert-to xlsx terms.en-ur.tsv > /dev/null 2>&1
soffice --headless --infilter="$TSV_FILTER" --convert-to ods terms.en-ur.tsv > /dev/null 2>&1
mkdir csv tsv
for book in terms.en-ur.xlsx terms.en-ur.ods; do
    soffice --headless --convert-to "csv:$CSV_FILTER" --outdir csv "$book" > /dev/null 2>&1
    mv "csv/terms.en-ur.csv" "csv/${book##*.}.en-ur.csv"
    soffice --headless --convert-to "csv:$TSV_FILTER" --outdir tsv "$book" > /dev/null 2>&1
    mv "tsv/terms.en-ur.csv" "tsv/${book##*.}.en-ur.tsv"
done
# Excel's "CSV UTF-8": a byte-order mark and CR LF line ends.
printf '\xef\xbb\xbf' > csv/excel.en-ur.csv
sed 's/$/\r/' csv/xlsx.en-ur.csv >> csv/excel.en-ur.csv
printf '\xef\xbb\xbf' > tsv/excel.en-ur.tsv
sed 's/$/\r/' tsv/xlsx.en-ur.tsv >> tsv/excel.en-ur.tsv

# The fields every format carries, white space in notes ignored (LibreOffice's .ods drops
# a tab inside a cell).
cat > project.py <<'PY'
import csv, sys
def rows(path):
    with open(path, newline='', encoding='utf-8') as f:
        return sorted(
            (r['id'], r['source'], r['target'], r['pos'], r['status'] or 'preferred', ''.join(r['note'].split()))
            for r in csv.DictReader(f, delimiter='\t'))
a, b = rows(sys.argv[1]), rows(sys.argv[2])
missing = sorted(set(a) - set(b))[:3]
extra = sorted(set(b) - set(a))[:3]
if a != b:
    print(f"{len(a)} vs {len(b)} entries; first missing {missing}; first extra {extra}")
    sys.exit(1)
print(len(a))
PY

failed=0
for export in csv/*.csv tsv/*.tsv; do
    grep -q 'two lines' "$export" || { echo "FAIL: $export lost the tricky note"; failed=1; continue; }
    if ! "$BIN" glossary convert "$export" "back.en-ur.tsv" 2> err.txt; then
        echo "FAIL: $export does not read:"; cat err.txt; failed=1; continue
    fi
    if count=$(python3 project.py reference.en-ur.tsv back.en-ur.tsv); then
        echo "ok: $export reads back to the same $count entries"
    else
        echo "FAIL: $export reads back differently: $count"; failed=1
    fi
done
# A filled worksheet saved again by LibreOffice (as TSV, and through .xlsx) merges into
# the same document: LibreOffice quotes every text cell, pads the `# key: value` lines with
# tabs to the width of the rows, and would read a source hash of digits as a number.
ROOT="$OLDPWD"
"$BIN" align "$ROOT/seeds/baloch-uprising.en.txt" "$ROOT/seeds/baloch-uprising.ur.txt" \
    --format tmx -o memory.tmx 2> /dev/null
cp "$ROOT/seeds/baloch-uprising.en.txt" sample.en.txt
"$BIN" prepare sample.en.txt --to ur --tm memory.tmx --format tsv -o job.tsv 2> /dev/null
mkdir sheet
soffice --headless --infilter="$TSV_FILTER" --convert-to "csv:$TSV_FILTER" --outdir sheet \
    job.tsv > /dev/null 2>&1
mv sheet/job.csv sheet/resaved.tsv
soffice --headless --infilter="$TSV_FILTER" --convert-to xlsx --outdir sheet job.tsv \
    > /dev/null 2>&1
soffice --headless --convert-to "csv:$TSV_FILTER" --outdir sheet sheet/job.xlsx > /dev/null 2>&1
mv sheet/job.csv sheet/from-xlsx.tsv
for sheet in sheet/resaved.tsv sheet/from-xlsx.tsv; do
    grep -qE $'# layout: [0-9,]+"?\t' "$sheet" || { echo "FAIL: $sheet: layout line not padded as expected"; failed=1; }
    if "$BIN" merge "$sheet" -o merged.ur.txt 2> err.txt \
        && cmp -s merged.ur.txt "$ROOT/seeds/baloch-uprising.ur.txt"; then
        echo "ok: $sheet merges into the sample translation byte for byte"
    else
        echo "FAIL: $sheet does not merge back:"; cat err.txt; failed=1
    fi
done
if [ "$failed" != 0 ]; then exit 1; fi
echo "spreadsheet interop passed (LibreOffice $(soffice --version | awk '{print $2; exit}'))"
