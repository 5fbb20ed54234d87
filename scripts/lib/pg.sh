# shellcheck shell=bash
# PostgreSQL for tests and benchmarks. Source scripts/lib/common.sh first.
#
#   pg_reachable HOST PORT     true when a server accepts connections there
#   pg_bin_dir                 print the newest /usr/lib/postgresql/*/bin with initdb
#   pg_start_throwaway [PORT]  initdb + start a private trust-auth cluster on
#                              127.0.0.1 (first free port from PORT, default 55432),
#                              stopped and deleted on exit; sets PG_THROWAWAY_URL,
#                              PG_THROWAWAY_PORT, PG_THROWAWAY_DIR
#   pg_ensure_test_url         step c of scripts/test.sh: export CANDOR_TEST_PG_URL,
#                              using the server on $CANDOR_PG_PROBE_HOST:$CANDOR_PG_PROBE_PORT
#                              (default 127.0.0.1:5432) or else a throwaway cluster
#   pg_psql URL SQL...         run SQL with psql (from PATH or pg_bin_dir)

if [[ -n "${_CANDOR_PG_SH:-}" ]]; then
    return 0
fi
_CANDOR_PG_SH=1

CANDOR_PG_PROBE_HOST=${CANDOR_PG_PROBE_HOST:-127.0.0.1}
CANDOR_PG_PROBE_PORT=${CANDOR_PG_PROBE_PORT:-5432}

pg_bin_dir() {
    local d
    d=$(find /usr/lib/postgresql -mindepth 3 -maxdepth 3 -path '*/bin/initdb' 2>/dev/null | sort -V | tail -n 1 || true)
    [[ -n "$d" ]] || return 1
    dirname "$d"
}

_pg_tool() {
    local tool=$1 bin
    if bin=$(pg_bin_dir) && [[ -x "$bin/$tool" ]]; then
        echo "$bin/$tool"
    elif command -v "$tool" >/dev/null 2>&1; then
        command -v "$tool"
    else
        return 1
    fi
}

pg_reachable() {
    local host=$1 port=$2 isready
    if isready=$(_pg_tool pg_isready); then
        "$isready" -q -h "$host" -p "$port" -t 3
    else
        tcp_open "$host" "$port"
    fi
}

pg_psql() {
    local url=$1 psql
    shift
    psql=$(_pg_tool psql) || return 1
    local sql
    for sql in "$@"; do
        "$psql" "$url" -X -v ON_ERROR_STOP=1 -q -At -c "$sql" || return 1
    done
}

# Run a command as the postgres system user (postgres refuses to run as root).
_pg_as_owner() {
    if [[ ${EUID:-$(id -u)} -ne 0 ]]; then
        "$@"
    elif command -v runuser >/dev/null 2>&1; then
        runuser -u "$_PG_OWNER" -- "$@"
    else
        su -s /bin/sh "$_PG_OWNER" -c "$(printf '%q ' "$@")"
    fi
}

_pg_stop_throwaway() {
    local dir=$1 bin=$2
    if [[ -f "$dir/data/postmaster.pid" ]]; then
        (cd "$dir" && _pg_as_owner "$bin/pg_ctl" -D "$dir/data" -m immediate -w stop >/dev/null 2>&1) || true
    fi
    rm -rf "$dir"
}

pg_start_throwaway() {
    local port=${1:-55432} bin dir i
    bin=$(pg_bin_dir) || die "no PostgreSQL server binaries under /usr/lib/postgresql/*/bin (install the postgresql package)"

    if [[ ${EUID:-$(id -u)} -eq 0 ]]; then
        _PG_OWNER=postgres
        id -u "$_PG_OWNER" >/dev/null 2>&1 || die "no 'postgres' system user to run the throwaway cluster"
    else
        _PG_OWNER=$(id -un)
    fi

    for ((i = 0; i < 20; i++)); do
        tcp_open 127.0.0.1 "$port" || break
        port=$((port + 1))
    done
    tcp_open 127.0.0.1 "$port" && die "no free port for the throwaway PostgreSQL cluster"

    dir=$(mktemp -d "${TMPDIR:-/tmp}/candor-pg.XXXXXX")
    chmod 0755 "$dir"
    add_cleanup "_pg_stop_throwaway '$dir' '$bin'"
    if [[ ${EUID:-$(id -u)} -eq 0 ]]; then
        chown "$_PG_OWNER:" "$dir"
    fi

    info "starting a throwaway PostgreSQL cluster ($bin) in $dir on 127.0.0.1:$port"
    (cd "$dir" && _pg_as_owner "$bin/initdb" -D "$dir/data" -U postgres --auth=trust \
        --encoding=UTF8 --no-locale --no-sync >"$dir/initdb.log" 2>&1) || {
        cat "$dir/initdb.log" >&2
        die "initdb failed"
    }
    cat >>"$dir/data/postgresql.conf" <<EOF

# candor throwaway test cluster
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$dir'
fsync = off
synchronous_commit = off
full_page_writes = off
max_connections = 200
EOF
    (cd "$dir" && _pg_as_owner "$bin/pg_ctl" -D "$dir/data" -l "$dir/postgres.log" -w -t 60 start >/dev/null) || {
        cat "$dir/postgres.log" >&2 || true
        die "could not start the throwaway PostgreSQL cluster"
    }
    PG_THROWAWAY_DIR=$dir
    PG_THROWAWAY_PORT=$port
    PG_THROWAWAY_URL="postgres://postgres@127.0.0.1:$port/postgres"
    export PG_THROWAWAY_DIR PG_THROWAWAY_PORT PG_THROWAWAY_URL
}

# True when a PostgreSQL server is reachable at the probe address or a
# throwaway cluster could be started (server binaries installed).
pg_available_or_startable() {
    pg_reachable "$CANDOR_PG_PROBE_HOST" "$CANDOR_PG_PROBE_PORT" || pg_bin_dir >/dev/null
}

pg_ensure_test_url() {
    if [[ -n "${CANDOR_TEST_PG_URL:-}" ]]; then
        info "CANDOR_TEST_PG_URL already set; using it"
        export CANDOR_TEST_PG_URL
        return 0
    fi
    local url="postgres://postgres@$CANDOR_PG_PROBE_HOST:$CANDOR_PG_PROBE_PORT/postgres"
    if pg_reachable "$CANDOR_PG_PROBE_HOST" "$CANDOR_PG_PROBE_PORT"; then
        # Reachable; make sure trust auth as postgres works when psql can tell us.
        if ! _pg_tool psql >/dev/null || pg_psql "$url" 'select 1' >/dev/null 2>&1; then
            export CANDOR_TEST_PG_URL=$url
            info "using the PostgreSQL server on $CANDOR_PG_PROBE_HOST:$CANDOR_PG_PROBE_PORT"
            return 0
        fi
        warn "PostgreSQL on $CANDOR_PG_PROBE_HOST:$CANDOR_PG_PROBE_PORT is up but refuses $url; using a throwaway cluster"
    else
        info "no PostgreSQL server on $CANDOR_PG_PROBE_HOST:$CANDOR_PG_PROBE_PORT"
    fi
    pg_start_throwaway 55432
    export CANDOR_TEST_PG_URL=$PG_THROWAWAY_URL
}
