#!/usr/bin/env bash
# Every file Tarjuman writes reads back at about 50 MB: an XLIFF job (prepare → merge), a TBX
# glossary (convert → convert back) and a TMX memory (align → tm import, then prepare --tm →
# merge rebuilds the translation byte for byte); and a TMX over the 64 MB that XML files are
# read whole up to goes into a memory store as a stream. Prints each file's
# size, the time and the peak memory of reading it back. Run from anywhere (debug build).
set -euo pipefail
cd "$(dirname "$0")/../.."
swift build -q
BIN="$(swift build --show-bin-path)/tarjuman"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
EN=seeds/baloch-uprising.en.txt
UR=seeds/baloch-uprising.ur.txt

# Runs a command, printing its wall time and peak memory; fails when the command fails, or
# (with MAX_TIMES=N and READ=FILE) when its peak memory is over N times the size of FILE.
# Its output is assigned to a variable before it is printed, so that set -e sees a failure.
measure() {
    python3 - "$@" <<'PY'
import os, resource, subprocess, sys, time
start = time.time()
done = subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
if done.returncode != 0:
    sys.stderr.write(done.stderr.decode()[-2000:])
    sys.exit(done.returncode)
times = ""
if os.environ.get("MAX_TIMES"):
    size = os.path.getsize(os.environ["READ"]) / 1048576
    times = f" ({peak / size:.1f}× the file)"
    if peak > float(os.environ["MAX_TIMES"]) * size:
        sys.stderr.write(f"FAIL: peak {peak:.0f} MB is over {os.environ['MAX_TIMES']}× the {size:.0f} MB file\n")
        sys.exit(1)
print(f"{time.time() - start:.1f} s, peak {peak:.0f} MB{times}")
PY
}
size() { echo "$(( $(stat -c %s "$1") / 1048576 )) MB"; }

# The English seed has no final line break and the Urdu one has: join both with a blank line.
for i in $(seq 320); do cat "$EN"; printf '\n\n'; done > "$WORK/big.en.txt"
for i in $(seq 320); do cat "$UR"; printf '\n'; done > "$WORK/big.ur.txt"

"$BIN" align --format tmx "$WORK/big.en.txt" "$WORK/big.ur.txt" -o "$WORK/big.tmx"
result="$(measure "$BIN" tm import --to ur "$WORK/big.tmx" -o "$WORK/pairs.tsv")"
echo "TMX $(size "$WORK/big.tmx"): tm import reads it back in $result"

"$BIN" prepare --to ur --tm "$WORK/big.tmx" "$WORK/big.en.txt" -o "$WORK/big.ur.xlf" 2> /dev/null
# XML is read an entry at a time: at most 3× the file in memory.
result="$(MAX_TIMES=3 READ="$WORK/big.ur.xlf" measure "$BIN" merge "$WORK/big.ur.xlf" -o "$WORK/back.ur.txt")"
echo "XLIFF $(size "$WORK/big.ur.xlf"): merge reads it back in $result"
cmp "$WORK/back.ur.txt" "$WORK/big.ur.txt" || { echo "FAIL: merge did not rebuild the translation"; exit 1; }

# A source whose XLIFF job would be over what merge reads is refused, and nothing written.
for i in $(seq 450); do cat "$EN"; printf '\n\n'; done > "$WORK/huge.en.txt"
if "$BIN" prepare --to ur --tm "$WORK/big.tmx" "$WORK/huge.en.txt" -o "$WORK/huge.ur.xlf" \
    2> "$WORK/huge.err"; then
    echo "FAIL: prepare wrote an XLIFF job merge cannot read"
    exit 1
fi
grep -q "once translated, more than the 64 MB Tarjuman reads back to merge" "$WORK/huge.err" \
    && [ ! -e "$WORK/huge.ur.xlf" ] || { echo "FAIL: $(cat "$WORK/huge.err")"; exit 1; }
echo "XLIFF job of $(size "$WORK/huge.en.txt") source: refused ($(grep -o 'would be about [0-9]* MB' "$WORK/huge.err"))"

python3 - "$WORK/big.en-ur.tsv" <<'PY'
import sys
with open(sys.argv[1], "w") as out:
    out.write("id\tsource\ttarget\tnote\n")
    for n in range(150000):
        out.write(f"t{n}\tterm number {n}\tاصطلاح نمبر {n}\tgenerated row {n} for a size test\n")
PY
"$BIN" glossary convert "$WORK/big.en-ur.tsv" "$WORK/big.en-ur.tbx" 2> /dev/null
result="$(MAX_TIMES=3 READ="$WORK/big.en-ur.tbx" measure "$BIN" glossary convert "$WORK/big.en-ur.tbx" "$WORK/again.en-ur.tsv")"
echo "TBX $(size "$WORK/big.en-ur.tbx"): glossary convert reads it back in $result"
[ "$(wc -l < "$WORK/again.en-ur.tsv")" = 150001 ] || { echo "FAIL: TBX rows lost"; exit 1; }
# 100,000 distinct units of about 770 bytes: 77 MB, over the limit, so streamed into the store.
python3 - "$WORK/huge.tmx" <<'PY'
import sys
with open(sys.argv[1], "w", encoding="utf-8") as out:
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header srclang="en"/><body>\n')
    padding = "and the report of the commission was read aloud in the assembly hall " * 8
    for n in range(100000):
        out.write(f'<tu><tuv xml:lang="en"><seg>Item {n}: {padding}once more.</seg></tuv>'
                  f'<tuv xml:lang="ur"><seg>شق {n}: کمیشن کی رپورٹ اسمبلی ہال میں پڑھ کر سنائی گئی، {n} بار۔</seg></tuv></tu>\n')
    out.write("</body></tmx>\n")
PY
[ "$(stat -c %s "$WORK/huge.tmx")" -gt $((64 << 20)) ] || { echo "FAIL: huge.tmx is not over 64 MB"; exit 1; }
result="$(measure "$BIN" tm import --to ur --tm-db "$WORK/huge.sqlite" "$WORK/huge.tmx")"
echo "TMX $(size "$WORK/huge.tmx") (over the 64 MB read whole): tm import --tm-db streams it in $result"
"$BIN" tm stats --tm-db "$WORK/huge.sqlite" | grep -q "^huge.tmx	100000	0$" || { echo "FAIL: units lost"; exit 1; }
# 100,000 Arabic glossary rows, found in a text with clitics in front and endings behind.
# Matching applies the Arabic pack's 210 forms a word as it reads: spelt out, 20,000 rows
# took 2 GB. At most 100× the glossary file in memory.
python3 - "$WORK/big.en-ar.tsv" "$WORK/inflected.ar.txt" <<'PY'
import random, sys
random.seed(4)
letters = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي"
word = lambda: "".join(random.choice(letters) for _ in range(random.randint(4, 8)))
rows = [f"{word()} {word()}" for _ in range(100000)]
with open(sys.argv[1], "w") as out:
    out.write("id\tsource\ttarget\tnote\n")
    out.writelines(f"t{n}\tterm number {n}\t{row}\t\n" for n, row in enumerate(rows))
text = [random.choice(["", "و", "بال"]) + random.choice(rows) + random.choice(["", "ات", "ين"])
        + " " + word() for _ in range(2000)]
open(sys.argv[2], "w").write(" ".join(text) + "\n")
PY
result="$(MAX_TIMES=100 READ="$WORK/big.en-ar.tsv" measure "$BIN" terms --glossary "$WORK/big.en-ar.tsv" "$WORK/inflected.ar.txt")"
echo "en-ar glossary of 100,000 rows ($(size "$WORK/big.en-ar.tsv")): terms in $result"
found="$("$BIN" terms --glossary "$WORK/big.en-ar.tsv" "$WORK/inflected.ar.txt" | wc -l)"
[ "$found" -ge 2000 ] || { echo "FAIL: $found of 2000 inflected terms found"; exit 1; }

# A double-spaced translation of 10,000 lines: every line one further down. The aligner's band
# follows the path along the diagonal; a band as wide as the 10,000 extra lines took minutes.
python3 - "$WORK/spaced.en.txt" "$WORK/spaced.ur.txt" <<'PY'
import sys
lines = [f"Line {n} of the report, read aloud." for n in range(10000)]
open(sys.argv[1], "w").write("\n".join(lines) + "\n")
open(sys.argv[2], "w").write("\n\n".join(f"رپورٹ کی سطر {n}۔" for n in range(10000)) + "\n")
PY
start=$SECONDS
if timeout 120 "$BIN" check --lines "$WORK/spaced.en.txt" "$WORK/spaced.ur.txt" > "$WORK/spaced.out"; then
    echo "FAIL: a double-spaced translation passed check --lines"; exit 1
fi
grep -q "checked: 9999 errors" "$WORK/spaced.out" || { echo "FAIL: $(tail -3 "$WORK/spaced.out")"; exit 1; }
echo "double-spaced translation of 10,000 lines: check --lines in $((SECONDS - start)) s"
# One memory unit whose text is over the paragraph limit is refused at its element, in far
# less memory than holding it took (pass 61: a 150 MB <seg> took tm import to 1.8 GB).
python3 - "$WORK/bigseg.tmx" <<'PY'
import sys
open(sys.argv[1], "w").write('<?xml version="1.0"?>\n<tmx version="1.4"><header srclang="en"/>'
    + '<body><tu><tuv xml:lang="en"><seg>' + 'xy ' * 23_000_000 + '</seg></tuv>'
    + '<tuv xml:lang="ur"><seg>a</seg></tuv></tu></body></tmx>\n')
PY
if "$BIN" tm import --to ur --tm-db "$WORK/bigseg.db" "$WORK/bigseg.tmx" 2> "$WORK/bigseg.err"; then
    echo "FAIL: a 66 MB <seg> was imported"; exit 1
fi
grep -q "bigseg.tmx:2:75: error: the text of <seg> is over 64 MB" "$WORK/bigseg.err" \
    || { echo "FAIL: $(cat "$WORK/bigseg.err")"; exit 1; }
[ ! -e "$WORK/bigseg.db" ] || { echo "FAIL: a store was left"; exit 1; }
peak="$(python3 -c "
import resource, subprocess, sys
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
print(int(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024))
" "$BIN" tm import --to ur --tm-db "$WORK/bigseg.db" "$WORK/bigseg.tmx")"
[ "$peak" -lt 400 ] || { echo "FAIL: refusing a 66 MB <seg> peaked at $peak MB"; exit 1; }
echo "a 66 MB <seg>: refused at its element, peak $peak MB"
echo "big files read back"
