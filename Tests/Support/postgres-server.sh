#!/usr/bin/env bash
# A throwaway PostgreSQL server on loopback, for running the memory-store tests against the
# PostgreSQL backend (CI does; anyone can). Installs Debian's `postgresql` when missing.
#
#   eval "$(Tests/Support/postgres-server.sh start)"   # sets TARJUMAN_TEST_POSTGRES, PG_TEST_DIR
#   swift test
#   Tests/Support/postgres-server.sh stop "$PG_TEST_DIR"
#
# The cluster lives in a temporary folder, trusts local connections only, listens on
# 127.0.0.1 (port PG_TEST_PORT, else the first free one from 54329) and holds one database, tarjuman_test, with
# the pg_trgm extension.
set -euo pipefail
SUDO=""
if [ "$(id -u)" != 0 ] && command -v sudo > /dev/null; then SUDO="sudo"; fi

bin_dir() { ls -d /usr/lib/postgresql/*/bin 2> /dev/null | sort -V | tail -1; }

# As the server's owner: postgres refuses to run as root.
as_owner() {
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

case "${1:-}" in
start)
    if [ -z "$(bin_dir)" ]; then
        echo "== installing postgresql" >&2
        $SUDO apt-get update -qq >&2
        DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq postgresql > /dev/null
    fi
    BIN="$(bin_dir)"
    # The first free port from 54329 on (another server, or another run, may hold one).
    PORT="${PG_TEST_PORT:-}"
    if [ -z "$PORT" ]; then
        for candidate in $(seq 54329 54399); do
            if ! (exec 3<> "/dev/tcp/127.0.0.1/$candidate") 2> /dev/null; then
                PORT="$candidate"
                break
            fi
        done
    fi
    [ -n "$PORT" ] || { echo "postgres-server.sh: no free port in 54329-54399" >&2; exit 1; }
    DIR="$(mktemp -d /tmp/tarjuman-pg.XXXXXX)"
    trap 'if [ -n "${DIR:-}" ]; then cat "$DIR"/*.log >&2 2> /dev/null; rm -rf "$DIR"; fi' ERR
    if [ "$(id -u)" = 0 ]; then chown postgres "$DIR"; fi
    as_owner "$BIN/initdb" -D "$DIR/data" -U postgres --auth=trust --encoding=UTF8 \
        --locale=C.UTF-8 > "$DIR/initdb.log"
    as_owner "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w \
        -o "-c listen_addresses=127.0.0.1 -p $PORT -k $DIR" start > /dev/null
    as_owner "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -q \
        -c "CREATE DATABASE tarjuman_test" > /dev/null
    # The trigram extension up front: tests running in parallel would race to create it.
    as_owner "$BIN/psql" -h 127.0.0.1 -p "$PORT" -U postgres -q -d tarjuman_test \
        -c "CREATE EXTENSION pg_trgm" > /dev/null
    trap - ERR
    echo "export TARJUMAN_TEST_POSTGRES=postgres://postgres@127.0.0.1:$PORT/tarjuman_test?sslmode=disable"
    echo "export PG_TEST_DIR=$DIR"
    ;;
stop)
    DIR="${2:?usage: postgres-server.sh stop DIR}"
    as_owner "$(bin_dir)/pg_ctl" -D "$DIR/data" -m fast -w stop > /dev/null || true
    rm -rf "$DIR"
    ;;
*)
    echo "usage: postgres-server.sh start | stop DIR" >&2
    exit 2
    ;;
esac
