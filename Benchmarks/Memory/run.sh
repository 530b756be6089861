#!/usr/bin/env bash
# The memory benchmark at scale (not part of CI: about 6 minutes and 1.5 GB of disk):
# writes a memory of UNITS English–Urdu units (default 1,000,000) as TMX, imports it through
# the built binary as a user does, compares the store's size with the TMX, times lookups
# (indexed, and by exhaustive scan as the baseline of the same run) with MemoryBenchmark,
# and times `prepare` of the sample against the full memory. With POSTGRES set (a
# postgres:// URL, or 1 for a throwaway local server from Tests/Support/postgres-server.sh),
# the same TMX goes into PostgreSQL too: import time, size of the tables with their indexes,
# lookup latency, and whether its answers are SQLite's.
#
#   [POSTGRES=1|URL] Benchmarks/Memory/run.sh [UNITS] [QUERIES]
set -euo pipefail
cd "$(dirname "$0")/../.."
UNITS="${1:-1000000}"
QUERIES="${2:-1000}"
WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT
POSTGRES="${POSTGRES:-}"
if [ "$POSTGRES" = 1 ]; then
    eval "$(Tests/Support/postgres-server.sh start)"
    trap 'Tests/Support/postgres-server.sh stop "$PG_TEST_DIR"; rm -rf "$WORK"' EXIT
    POSTGRES="$TARJUMAN_TEST_POSTGRES"
fi
swift build -c release --product tarjuman >/dev/null
swift build -c release --product MemoryBenchmark >/dev/null
BIN=.build/release/tarjuman
export TARJUMAN_DATA="$PWD"

"$BIN" align seeds/baloch-uprising.en.txt seeds/baloch-uprising.ur.txt --format tmx -o "$WORK/sample.tmx"
python3 Benchmarks/Memory/make_memory.py "$UNITS" "$WORK/memory" "$WORK/sample.tmx"
tmx=$(cat "$WORK"/memory-*.tmx | wc -c)

/usr/bin/time -f "%e %M" -o "$WORK/import.time" \
    "$BIN" tm import --to ur --tm-db "$WORK/memory.sqlite" "$WORK"/memory-*.tmx 2>/dev/null
read -r seconds rss < "$WORK/import.time"
db=$(cat "$WORK"/memory.sqlite* | wc -c)
echo "import of $UNITS units: ${seconds} s wall, peak RSS $((rss / 1024)) MB"
echo "size: TMX $((tmx / 1000000)) MB, store $((db / 1000000)) MB ($(python3 -c "print(f'{$db / $tmx:.2f}')")× the TMX)"

PG_URL=""
if [ -n "$POSTGRES" ]; then
    schema="bench_$(date +%s)"
    case "$POSTGRES" in *'?'*) PG_URL="$POSTGRES&schema=$schema" ;; *) PG_URL="$POSTGRES?schema=$schema" ;; esac
    /usr/bin/time -f "%e %M" -o "$WORK/pg-import.time" \
        "$BIN" tm import --to ur --tm-db "$PG_URL" "$WORK"/memory-*.tmx 2>/dev/null
    read -r seconds rss < "$WORK/pg-import.time"
    echo "PostgreSQL import of $UNITS units: ${seconds} s wall, peak RSS $((rss / 1024)) MB"
    size_query="SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = '$schema' AND c.relkind = 'r'"
    psql="$(command -v psql || ls /usr/lib/postgresql/*/bin/psql | tail -1)"
    pg=$("$psql" "${POSTGRES%%\?*}" -Atc "$size_query")
    echo "PostgreSQL size: tables and indexes $((pg / 1000000)) MB ($(python3 -c "print(f'{$pg / $tmx:.2f}')")× the TMX)"
fi

.build/release/MemoryBenchmark "$WORK/memory.sqlite" "$QUERIES" 20 $PG_URL | tail -n +2

for run in 1 2 3; do
    /usr/bin/time -f "%e" -o "$WORK/prepare.time" \
        "$BIN" prepare seeds/baloch-uprising.en.txt --to ur --tm-db "$WORK/memory.sqlite" \
        -o "$WORK/job.xlf" 2>/dev/null
    echo "prepare of the sample against the memory, run $run: $(cat "$WORK/prepare.time") s wall"
    if [ -n "$PG_URL" ]; then
        /usr/bin/time -f "%e" -o "$WORK/prepare.time" \
            "$BIN" prepare seeds/baloch-uprising.en.txt --to ur --tm-db "$PG_URL" \
            -o "$WORK/job-pg.xlf" 2>/dev/null
        echo "prepare against the PostgreSQL memory, run $run: $(cat "$WORK/prepare.time") s wall"
        cmp -s "$WORK/job.xlf" "$WORK/job-pg.xlf" && echo "  the same XLIFF as from SQLite"
    fi
done
