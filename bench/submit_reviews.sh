#!/usr/bin/env bash
# Benchmark (not a test): review submissions per second through
# POST /api/v1/businesses/{slug}/reviews, on SQLite and on PostgreSQL.
#
#   bench/submit_reviews.sh
#   DURATION=30s BACKENDS=postgres bench/submit_reviews.sh
#
# Environment:
#   DURATION            wrk duration per backend (default 10s)
#   BACKENDS            which to run, in order (default "sqlite postgres")
#   WARMUP              wrk warm-up per backend before measuring (default 2s; 0 = none)
#   CANDOR_BENCH_PG_URL the PostgreSQL server for the postgres backend (default
#                       postgres://postgres@127.0.0.1:5432/postgres; a throwaway
#                       cluster is started when nothing answers there); a fresh
#                       database candor_bench_<pid> is created on it and dropped after
#   CANDOR_BIN          benchmark this binary instead of building target/release/candor
#   CANDOR_SERVE_ARGS   extra arguments for `candor serve` (for instance a switch
#                       that lifts a submission rate limit, if candor has one)
#
# Load generator and server share this machine's cores.
set -euo pipefail

for arg in "$@"; do
    case "$arg" in
    -h | --help)
        sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'
        exit 0
        ;;
    *)
        echo "error: unknown argument: $arg (settings are environment variables; see --help)" >&2
        exit 2
        ;;
    esac
done

# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/lib.sh"

DURATION=${DURATION:-10s}
BACKENDS=${BACKENDS:-sqlite postgres}
WARMUP=${WARMUP:-2s}
SLUG=bench-shop
LUA="$BENCH_DIR/submit_review.lua"
WRK_ARGS=(-t2 -c16 "-d$DURATION" --latency -s "$LUA")

heading "prerequisites"
debs=(wrk curl)
if [[ " $BACKENDS " == *" postgres "* ]] && ! _pg_tool createdb >/dev/null; then
    debs+=(postgresql-client)
fi
ensure_debs "${debs[@]}"

build_release

WORK=$(mktemp -d "${TMPDIR:-/tmp}/candor-bench.XXXXXX")
add_cleanup "rm -rf '$WORK'"

declare -A R_RPS R_OK R_NON2XX R_P99 R_TOTAL R_COUNT
for backend in $BACKENDS; do
    heading "backend: $backend"
    data="$WORK/$backend"
    mkdir -p "$data"
    db_args=()
    unset CANDOR_DATABASE_URL # the binary might read it; only the postgres run sets it
    case "$backend" in
    sqlite) ;;
    postgres)
        pg_base=${CANDOR_BENCH_PG_URL:-postgres://postgres@127.0.0.1:5432/postgres}
        pg_url_parse "$pg_base"
        if ! pg_reachable "$PGU_HOST" "$PGU_PORT"; then
            if [[ -n "${CANDOR_BENCH_PG_URL:-}" ]]; then
                die "no PostgreSQL server at $CANDOR_BENCH_PG_URL"
            fi
            info "nothing answers on $PGU_HOST:$PGU_PORT; starting a throwaway cluster"
            pg_bin_dir >/dev/null || ensure_debs postgresql
            pg_start_throwaway 55432
            pg_base=$PG_THROWAWAY_URL
        fi
        pg_fresh_database "$pg_base" "candor_bench_$$"
        info "database $PG_FRESH_URL"
        db_args=(--database-url "$PG_FRESH_URL")
        export CANDOR_DATABASE_URL=$PG_FRESH_URL
        ;;
    *) die "unknown backend: $backend (sqlite or postgres)" ;;
    esac

    "$BIN" admin create-owner --data-dir "$data" "${db_args[@]}" --org "Bench Org" --email owner@bench.test >"$WORK/$backend-owner.txt"
    "$BIN" admin create-business --data-dir "$data" "${db_args[@]}" --org "Bench Org" --slug "$SLUG" --name "Bench Shop"

    port=$(free_port)
    # A load test sends thousands of reviews from one address: no rate limits.
    start_candor "$data" "$port" "$WORK/$backend-serve.log" "${db_args[@]}" \
        --max-reviews-per-ip 0 --max-reviews-per-email 0 --max-reviews-per-device 0
    base="http://127.0.0.1:$port"
    url="$base/api/v1/businesses/$SLUG/reviews"

    # One request by hand first: a clear error beats a benchmark of 4xx.
    probe=$(curl -sS -o "$WORK/probe.json" -w '%{http_code}' -H 'content-type: application/json' \
        --data '{"rating":5,"title":"Probe review","body":"Submitted once before the benchmark starts.","author_name":"Probe","author_email":"probe@bench.test","language":"en"}' \
        "$url") || probe=000
    if [[ $probe != 201 ]]; then
        warn "probe POST $url answered $probe: $(head -c 300 "$WORK/probe.json" 2>/dev/null)"
        tail -n 30 "$WORK/$backend-serve.log" >&2 || true
        die "review submission does not work on $backend"
    fi

    if [[ $WARMUP != 0 ]]; then
        info "warm-up $WARMUP"
        wrk -t2 -c16 "-d$WARMUP" -s "$LUA" "$url" >/dev/null
    fi
    info "wrk ${WRK_ARGS[*]} $url"
    out="$WORK/wrk-$backend.txt"
    wrk "${WRK_ARGS[@]}" "$url" >"$out"
    wrk_parse "$out"
    ok=$(awk '$1 == "reviews_2xx" {print $2}' "$out")
    rps=$(awk '$1 == "reviews_per_sec" {print $2}' "$out")
    sed -n '/^status_/p' "$out" | sed 's/^/    /'
    info "requests $WRK_REQUESTS, req/s $WRK_RPS, reviews accepted $ok ($rps/s), non-2xx $WRK_NON2XX, p99 ${WRK_P99_MS}ms${WRK_SOCKET_ERRORS:+, socket errors: $WRK_SOCKET_ERRORS}"
    [[ $WRK_NON2XX == 0 ]] || warn "$backend: $WRK_NON2XX responses were not 2xx/3xx (see the status_ lines above)"

    count=$(curl -fsS "$base/api/v1/businesses/$SLUG" | sed -n 's/.*"count"[[:space:]]*:[[:space:]]*\([0-9]*\).*/\1/p') || count="?"
    info "business count afterwards (API, published reviews only if moderated): ${count:-?}"

    R_RPS[$backend]=$rps
    R_OK[$backend]=$ok
    R_NON2XX[$backend]=$WRK_NON2XX
    R_P99[$backend]=$WRK_P99_MS
    R_TOTAL[$backend]=$WRK_RPS
    R_COUNT[$backend]=${count:-?}
    stop_pid "$CANDOR_PID"
done

heading "results: POST /api/v1/businesses/$SLUG/reviews, wrk -t2 -c16 -d$DURATION"
printf '%-10s %12s %10s %10s %10s %10s %10s\n' backend "reviews/s" "accepted" "non-2xx" "p99 ms" "req/s" "API count"
for backend in $BACKENDS; do
    printf '%-10s %12s %10s %10s %10s %10s %10s\n' "$backend" "${R_RPS[$backend]}" "${R_OK[$backend]}" \
        "${R_NON2XX[$backend]}" "${R_P99[$backend]}" "${R_TOTAL[$backend]}" "${R_COUNT[$backend]}"
done
repro="DURATION=$DURATION BACKENDS='$BACKENDS'"
[[ -n "${CANDOR_BENCH_PG_URL:-}" ]] && repro+=" CANDOR_BENCH_PG_URL=$CANDOR_BENCH_PG_URL"
[[ -n "${CANDOR_SERVE_ARGS:-}" ]] && repro+=" CANDOR_SERVE_ARGS='$CANDOR_SERVE_ARGS'"
printf '\nreproduce: %s bench/submit_reviews.sh\n' "$repro"
printf '  (each backend: wrk %s http://127.0.0.1:PORT/api/v1/businesses/%s/reviews)\n' "${WRK_ARGS[*]}" "$SLUG"
