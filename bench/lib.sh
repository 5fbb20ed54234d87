# shellcheck shell=bash
# shellcheck disable=SC2034  # variables set here are read by the scripts that source this file
# Helpers shared by bench/*.sh. Source it; do not run it.

BENCH_DIR=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" && pwd)
ROOT=$(cd "$BENCH_DIR/.." && pwd)
# shellcheck source-path=SCRIPTDIR source=../scripts/lib/common.sh
source "$ROOT/scripts/lib/common.sh"
# shellcheck source-path=SCRIPTDIR source=../scripts/lib/pg.sh
source "$ROOT/scripts/lib/pg.sh"

BIN="${CANDOR_BIN:-$ROOT/target/release/candor}"

# CANDOR_BIN=/path/to/candor skips the build and benchmarks that binary.
build_release() {
    if [[ -n "${CANDOR_BIN:-}" ]]; then
        heading "using CANDOR_BIN=$CANDOR_BIN (no build)"
        [[ -x "$BIN" ]] || die "$BIN is not executable"
        return 0
    fi
    heading "cargo build --release -p candor"
    (cd "$ROOT" && cargo build --release -p candor)
    [[ -x "$BIN" ]] || die "$BIN was not built"
}

# Split a postgres:// URL into PGU_USER PGU_PASS PGU_HOST PGU_PORT PGU_DB PGU_QUERY.
pg_url_parse() {
    local url=$1 re='^postgres(ql)?://(([^:@/]*)(:([^@/]*))?@)?([^:/?]*)(:([0-9]+))?(/([^?]*))?(\?.*)?$'
    [[ $url =~ $re ]] || die "cannot parse PostgreSQL URL: $url"
    PGU_USER=${BASH_REMATCH[3]:-postgres}
    PGU_PASS=${BASH_REMATCH[5]:-}
    PGU_HOST=${BASH_REMATCH[6]:-127.0.0.1}
    PGU_PORT=${BASH_REMATCH[8]:-5432}
    PGU_DB=${BASH_REMATCH[10]:-postgres}
    PGU_QUERY=${BASH_REMATCH[11]:-}
}

# pg_fresh_database BASE_URL NAME: create database NAME on BASE_URL's server
# (dropped on exit) and set PG_FRESH_URL to reach it. Call it in this shell,
# not in $(...), or the clean-up is lost.
pg_fresh_database() {
    local base=$1 name=$2 createdb dropdb auth=""
    pg_url_parse "$base"
    createdb=$(_pg_tool createdb) || die "createdb not found (apt-get install postgresql-client)"
    dropdb=$(_pg_tool dropdb) || die "dropdb not found"
    PGPASSWORD=$PGU_PASS "$createdb" -h "$PGU_HOST" -p "$PGU_PORT" -U "$PGU_USER" "$name" >&2 ||
        die "createdb $name on $PGU_HOST:$PGU_PORT failed"
    add_cleanup "PGPASSWORD='$PGU_PASS' '$dropdb' --if-exists -h '$PGU_HOST' -p '$PGU_PORT' -U '$PGU_USER' '$name' || true"
    [[ -n "$PGU_PASS" ]] && auth=":$PGU_PASS"
    PG_FRESH_URL="postgres://$PGU_USER$auth@$PGU_HOST:$PGU_PORT/$name$PGU_QUERY"
}

# start_candor DATA_DIR PORT LOG [extra serve args...]: sets CANDOR_PID.
# Extra arguments for every serve can also come from $CANDOR_SERVE_ARGS.
start_candor() {
    local data=$1 port=$2 log=$3 extra=()
    shift 3
    # shellcheck disable=SC2206
    [[ -n "${CANDOR_SERVE_ARGS:-}" ]] && extra=($CANDOR_SERVE_ARGS)
    "$BIN" serve --data-dir "$data" --listen "127.0.0.1:$port" "$@" "${extra[@]}" >"$log" 2>&1 &
    CANDOR_PID=$!
    add_cleanup "stop_pid $CANDOR_PID"
    if ! wait_http "http://127.0.0.1:$port/healthz" 60 "$CANDOR_PID"; then
        tail -n 50 "$log" >&2 || true
        die "candor serve did not become healthy"
    fi
}

# Parse a `wrk --latency` output file into WRK_RPS, WRK_P99_MS, WRK_NON2XX,
# WRK_SOCKET_ERRORS, WRK_REQUESTS.
wrk_parse() {
    local f=$1
    WRK_RPS=$(awk '/^Requests\/sec:/ {print $2}' "$f")
    WRK_REQUESTS=$(awk '/requests in/ {print $1; exit}' "$f")
    WRK_P99_MS=$(awk '$1 == "99%" {
            v = $2; n = v + 0
            if (v ~ /us$/) n = n / 1000
            else if (v ~ /ms$/) n = n
            else if (v ~ /m$/) n = n * 60000
            else if (v ~ /s$/) n = n * 1000
            printf "%.2f", n; exit }' "$f")
    WRK_NON2XX=$(awk -F: '/Non-2xx or 3xx responses/ {gsub(/ /, "", $2); print $2}' "$f")
    WRK_NON2XX=${WRK_NON2XX:-0}
    WRK_SOCKET_ERRORS=$(awk '/Socket errors:/ {sub(/^ *Socket errors: */, ""); print}' "$f")
    [[ -n "$WRK_RPS" ]] || { cat "$f" >&2; die "could not parse wrk output $f"; }
}

# median of the numbers given as arguments
median() {
    printf '%s\n' "$@" | sort -g | awk '{a[NR] = $1} END {
        if (NR == 0) { print "nan"; exit }
        if (NR % 2) printf "%.2f\n", a[(NR + 1) / 2]
        else printf "%.2f\n", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}

ratio() {
    awk -v a="$1" -v b="$2" 'BEGIN { if (b + 0 == 0) print "n/a"; else printf "%.3f\n", a / b }'
}
