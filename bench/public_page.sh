#!/usr/bin/env bash
# Benchmark (not a test): GET /b/{slug} of a business with 10,000 reviews,
# served by candor, against nginx serving the same bytes from a static file.
#
#   bench/public_page.sh
#   DURATION=30s ROUNDS=3 bench/public_page.sh
#   CANDOR_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres bench/public_page.sh
#
# Environment:
#   DURATION             wrk duration per run (default 10s)
#   ROUNDS               candor/nginx alternations (default 2); the table shows medians
#   REVIEWS              demo reviews to generate (default 10000)
#   WARMUP               wrk warm-up per target (default 3s)
#   CANDOR_DATABASE_URL  bench on PostgreSQL: a fresh database candor_bench_<pid> is
#                        created on that server, passed as --database-url, dropped after
#   CANDOR_BIN           benchmark this binary instead of building target/release/candor
#   CANDOR_SERVE_ARGS    extra arguments for `candor serve`
#
# Both servers and wrk share this machine's cores: compare the ratio, not the
# absolute numbers, across machines.
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
ROUNDS=${ROUNDS:-2}
REVIEWS=${REVIEWS:-10000}
WARMUP=${WARMUP:-3s}
SLUG=bench-shop
WRK_ARGS=(-t2 -c32 "-d$DURATION" --latency)

heading "prerequisites"
debs=(wrk nginx curl)
if [[ -n "${CANDOR_DATABASE_URL:-}" ]] && ! _pg_tool createdb >/dev/null; then
    debs+=(postgresql-client)
fi
ensure_debs "${debs[@]}"
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
[[ -x "$NGINX" ]] || die "nginx not found"

build_release

WORK=$(mktemp -d "${TMPDIR:-/tmp}/candor-bench.XXXXXX")
add_cleanup "rm -rf '$WORK'"
chmod 0755 "$WORK" # nginx workers run as an unprivileged user
mkdir -p "$WORK/data" "$WORK/www/b" "$WORK/nginx"

DB_ARGS=()
BACKEND=sqlite
if [[ -n "${CANDOR_DATABASE_URL:-}" ]]; then
    BACKEND=postgres
    heading "fresh PostgreSQL database"
    pg_fresh_database "$CANDOR_DATABASE_URL" "candor_bench_$$"
    DB_URL=$PG_FRESH_URL
    info "$DB_URL"
    DB_ARGS=(--database-url "$DB_URL")
    export CANDOR_DATABASE_URL=$DB_URL # in case the binary reads it too
fi

heading "seed: owner, business, $REVIEWS reviews ($BACKEND)"
"$BIN" admin create-owner --data-dir "$WORK/data" "${DB_ARGS[@]}" --org "Bench Org" --email owner@bench.test >"$WORK/owner.txt"
"$BIN" admin create-business --data-dir "$WORK/data" "${DB_ARGS[@]}" --org "Bench Org" --slug "$SLUG" --name "Bench Shop"
start=$SECONDS
"$BIN" admin generate-reviews --data-dir "$WORK/data" "${DB_ARGS[@]}" --business "$SLUG" --count "$REVIEWS"
info "generated $REVIEWS reviews in $((SECONDS - start))s"

heading "start candor and nginx"
CANDOR_PORT=$(free_port)
start_candor "$WORK/data" "$CANDOR_PORT" "$WORK/candor.log" "${DB_ARGS[@]}"
CANDOR_URL="http://127.0.0.1:$CANDOR_PORT/b/$SLUG"
curl -fsS -o "$WORK/www/b/$SLUG" "$CANDOR_URL" || die "GET $CANDOR_URL failed"
chmod -R a+rX "$WORK/www"
PAGE_BYTES=$(wc -c <"$WORK/www/b/$SLUG")
info "candor on 127.0.0.1:$CANDOR_PORT; page is $PAGE_BYTES bytes, $(grep -o '<article' "$WORK/www/b/$SLUG" | wc -l) <article> elements"

NGINX_PORT=$(free_port)
[[ $NGINX_PORT != "$CANDOR_PORT" ]] || NGINX_PORT=$(free_port)
mkdir -p "$WORK/nginx/tmp"
cat >"$WORK/nginx/nginx.conf" <<EOF
worker_processes 2;
daemon off;
pid $WORK/nginx/nginx.pid;
error_log $WORK/nginx/error.log warn;
events { worker_connections 1024; }
http {
    access_log off;
    types { }
    default_type text/html;
    sendfile on;
    tcp_nopush on;
    keepalive_requests 1000000;
    client_body_temp_path $WORK/nginx/tmp/body;
    proxy_temp_path $WORK/nginx/tmp/proxy;
    fastcgi_temp_path $WORK/nginx/tmp/fastcgi;
    uwsgi_temp_path $WORK/nginx/tmp/uwsgi;
    scgi_temp_path $WORK/nginx/tmp/scgi;
    server {
        listen 127.0.0.1:$NGINX_PORT;
        root $WORK/www;
        location / { }
    }
}
EOF
"$NGINX" -t -q -p "$WORK/nginx/" -e "$WORK/nginx/error.log" -c "$WORK/nginx/nginx.conf"
"$NGINX" -p "$WORK/nginx/" -e "$WORK/nginx/error.log" -c "$WORK/nginx/nginx.conf" &
NGINX_PID=$!
add_cleanup "stop_pid $NGINX_PID"
NGINX_URL="http://127.0.0.1:$NGINX_PORT/b/$SLUG"
wait_http "$NGINX_URL" 20 "$NGINX_PID" || { cat "$WORK/nginx/error.log" >&2; die "nginx did not start"; }
cmp -s <(curl -fsS "$NGINX_URL") "$WORK/www/b/$SLUG" || die "nginx does not serve the saved page"
info "nginx on 127.0.0.1:$NGINX_PORT serving the saved copy"

heading "warm-up ($WARMUP each)"
for url in "$CANDOR_URL" "$NGINX_URL"; do
    wrk -t2 -c32 "-d$WARMUP" "$url" >/dev/null
done

declare -A RPS P99
for ((round = 1; round <= ROUNDS; round++)); do
    for target in candor nginx; do
        url=$CANDOR_URL
        [[ $target == nginx ]] && url=$NGINX_URL
        heading "round $round/$ROUNDS: $target: wrk ${WRK_ARGS[*]} $url"
        out="$WORK/wrk-$target-$round.txt"
        wrk "${WRK_ARGS[@]}" "$url" >"$out"
        wrk_parse "$out"
        info "req/s $WRK_RPS, p99 ${WRK_P99_MS}ms, requests $WRK_REQUESTS, non-2xx $WRK_NON2XX${WRK_SOCKET_ERRORS:+, socket errors: $WRK_SOCKET_ERRORS}"
        [[ $WRK_NON2XX == 0 ]] || warn "$target answered $WRK_NON2XX non-2xx/3xx responses: numbers are not comparable"
        RPS[$target]="${RPS[$target]:-} $WRK_RPS"
        P99[$target]="${P99[$target]:-} $WRK_P99_MS"
    done
done

# shellcheck disable=SC2086
{
    c_rps=$(median ${RPS[candor]})
    n_rps=$(median ${RPS[nginx]})
    c_p99=$(median ${P99[candor]})
    n_p99=$(median ${P99[nginx]})
}

heading "results: GET /b/$SLUG, $REVIEWS reviews, $PAGE_BYTES bytes, $BACKEND, wrk -t2 -c32 -d$DURATION, median of $ROUNDS"
printf '%-14s %12s %10s\n' target "req/s" "p99 ms"
printf '%-14s %12s %10s\n' candor "$c_rps" "$c_p99"
printf '%-14s %12s %10s\n' nginx "$n_rps" "$n_p99"
printf '%-14s %12s %10s\n' candor/nginx "$(ratio "$c_rps" "$n_rps")" "$(ratio "$c_p99" "$n_p99")"
printf '\nper round (req/s): candor%s; nginx%s\n' "${RPS[candor]}" "${RPS[nginx]}"

repro="DURATION=$DURATION ROUNDS=$ROUNDS REVIEWS=$REVIEWS"
[[ $BACKEND == postgres ]] && repro+=" CANDOR_DATABASE_URL=postgres://$PGU_USER@$PGU_HOST:$PGU_PORT/$PGU_DB"
[[ -n "${CANDOR_SERVE_ARGS:-}" ]] && repro+=" CANDOR_SERVE_ARGS='$CANDOR_SERVE_ARGS'"
printf 'reproduce: %s bench/public_page.sh\n' "$repro"
printf '  (each run: wrk %s http://127.0.0.1:PORT/b/%s)\n' "${WRK_ARGS[*]}" "$SLUG"
