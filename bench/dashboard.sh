#!/usr/bin/env bash
# Benchmark (not a test): the insights dashboard of one business with N
# reviews (default 1,000,000), served by candor on SQLite and on PostgreSQL,
# and the same main aggregates computed by DuckDB from the raw rows.
#
#   bench/dashboard.sh [N]
#   BACKENDS=sqlite N_REQ=50 CANDOR_BIN=target/debug/candor bench/dashboard.sh 20000
#
# Steps, per backend, each on a fresh database:
#   1. candor migrate; candor admin create-owner / create-business; the
#      business's and the owner's ids are read back with sqlite3 / psql
#   2. bench/dashboard_gen.py writes N published reviews of that business
#      over the last 3 years (6 languages, J-shaped stars, text analyses with
#      aspects, ~35% answered) as CSV once; later backends get a copy with
#      their own ids (sed)
#   3. bulk load, timed: SQLite: sqlite3 `.import --csv` of each file into a
#      temporary table and INSERT ... SELECT into the real one, where an empty
#      field of a nullable column becomes NULL, as PostgreSQL's CSV COPY makes
#      it (`.import` straight into `reviews` would store '' instead: a text in
#      the BIGINT columns updated_after_response_at and testimonial_consent_at,
#      and duplicates in the unique index on (business_id, source, external_id));
#      PostgreSQL: psql `\copy TABLE (columns) FROM FILE CSV HEADER`, then
#      VACUUM ANALYZE of the three tables (what autovacuum would have done;
#      candor import also analyses). SQLite keeps no statistics, as in use.
#   4. candor insights refresh, timed: the one-off cost of building the rollups
#   5. candor reindex (so the server's search upkeep has nothing to catch up
#      while it is timed; printed, not part of the comparison)
#   6. candor serve --graph-every-hours 0 on a free port; bench/dashboard_time.py
#      logs in as the owner, makes an API token, and times N_REQ sequential
#      GETs (after WARMUP untimed ones) on one keep-alive connection of
#        /api/v1/staff/businesses/bench/insights                 (last year, all languages)
#        /api/v1/staff/businesses/bench/insights?period=week&language=de
#        /dashboard/b/bench/insights                             (HTML page, session cookie)
#      wall time per request from this machine: server time plus localhost
#   7. the server is stopped, the database dropped
# Then bench/dashboard_duckdb.py loads the same CSV files into an in-memory
# DuckDB (pip install --user duckdb when missing) and times, DUCKDB_RUNS
# times each, the dashboard's main aggregates straight from the rows: score
# input (reviews per day and stars), star mix per month, aspect mentions
# last year vs the year before (unnesting the aspects JSON), response rate
# per star band and median reply delay. Last, Candor's API p50 over the sum
# of DuckDB's p50s, per backend.
#
# Environment:
#   BACKENDS            which to run, in order (default "sqlite postgres")
#   N_REQ               timed requests per URL (default 200)
#   WARMUP              untimed requests before them (default 10)
#   HTML=0              skip the HTML page (the API is the required figure)
#   DUCKDB=0            skip DuckDB
#   DUCKDB_RUNS         timed runs per DuckDB query (default 50, after 3 warm-up runs)
#   DASH_SEED           generator seed (default 1)
#   CANDOR_BENCH_PG_URL the PostgreSQL server (default postgres://postgres@127.0.0.1:5432;
#                       a throwaway cluster is started when nothing answers there and
#                       the server binaries are installed); the database
#                       candor_dash_bench is created afresh and dropped at the end
#   CANDOR_BIN          benchmark this binary; unset: target/release/candor, built
#                       with `cargo build --release -p candor` only if it is missing
#   KEEP_WORK=1         keep the work folder (CSV files, SQLite database, logs) and
#                       the PostgreSQL database; their places are printed
#   TMPDIR              where the CSV files (~0.5 GB per million reviews) and the
#                       SQLite database (about twice that) go
#
# Target: API p50 and p99 under 100 ms at 1,000,000 reviews. Timings are
# wall-clock on a shared machine: compare the backends and the ratio to
# DuckDB, not absolute numbers across machines.
set -euo pipefail

N=
for arg in "$@"; do
    case "$arg" in
    -h | --help)
        sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'
        exit 0
        ;;
    *)
        [[ -z "$N" && "$arg" =~ ^[1-9][0-9]*$ ]] ||
            { echo "error: unexpected argument: $arg (usage: bench/dashboard.sh [N]; see --help)" >&2; exit 2; }
        N=$arg
        ;;
    esac
done

# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/lib.sh"

N=${N:-1000000}
BACKENDS=${BACKENDS:-sqlite postgres}
N_REQ=${N_REQ:-200}
WARMUP=${WARMUP:-10}
HTML=${HTML:-1}
DUCKDB=${DUCKDB:-1}
DUCKDB_RUNS=${DUCKDB_RUNS:-50}
DASH_SEED=${DASH_SEED:-1}
SLUG=bench
ORG="Bench Org"
OWNER=owner@bench.example
PG_DB=candor_dash_bench
TARGET_MS=100
[[ "$N_REQ" =~ ^[1-9][0-9]*$ ]] || die "N_REQ must be a positive whole number"
[[ "$WARMUP" =~ ^[0-9]+$ ]] || die "WARMUP must be a whole number"
[[ "$DUCKDB_RUNS" =~ ^[1-9][0-9]*$ ]] || die "DUCKDB_RUNS must be a positive whole number"
[[ "$DASH_SEED" =~ ^[0-9]+$ ]] || die "DASH_SEED must be a whole number"
for backend in $BACKENDS; do
    [[ $backend == sqlite || $backend == postgres ]] || die "unknown backend: $backend (sqlite or postgres)"
done

# ---------------------------------------------------------------- prerequisites
heading "prerequisites"
missing=()
command -v python3 >/dev/null 2>&1 || missing+=(python3)
command -v curl >/dev/null 2>&1 || missing+=(curl)
# sqlite3 also reads the ids back on SQLite; .import --csv --schema needs 3.37
if [[ " $BACKENDS " == *" sqlite "* ]]; then
    if ! command -v sqlite3 >/dev/null 2>&1; then
        missing+=(sqlite3)
    elif ! sqlite3 :memory: "WITH v(s) AS (SELECT sqlite_version())
            SELECT CAST(s AS INTEGER) > 3 OR CAST(substr(s, instr(s, '.') + 1) AS INTEGER) >= 37 FROM v" | grep -qx 1; then
        die "sqlite3 $(sqlite3 --version | cut -d' ' -f1) is too old: .import --schema needs 3.37 or later"
    fi
fi
if [[ " $BACKENDS " == *" postgres "* ]] && ! _pg_tool psql >/dev/null; then
    missing+=(postgresql-client)
fi
if [[ $DUCKDB == 1 ]] && command -v python3 >/dev/null 2>&1 &&
    ! python3 -c 'import duckdb' 2>/dev/null && ! python3 -m pip --version >/dev/null 2>&1; then
    missing+=(python3-pip)
fi
((${#missing[@]} == 0)) ||
    die "missing: ${missing[*]}; on Debian: apt-get update && apt-get install -y ${missing[*]}"

if [[ -n "${CANDOR_BIN:-}" ]]; then
    info "binary: $BIN (CANDOR_BIN)"
elif [[ -x "$BIN" ]]; then
    info "binary: $BIN (already built; not rebuilt)"
else
    heading "cargo build --release -p candor"
    (cd "$ROOT" && cargo build --release -p candor)
fi
[[ -x "$BIN" ]] || die "$BIN is not executable"
"$BIN" insights --help >/dev/null 2>&1 || die "$BIN has no 'insights' command: build a newer candor"
info "candor:  $("$BIN" --version 2>/dev/null || echo '?')"
info "reviews: $N; $N_REQ timed requests per URL after $WARMUP warm-up ones"
info "machine: $(nproc) cores, $(awk '/^MemTotal:/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo) RAM"
unset CANDOR_DATABASE_URL CANDOR_DATA_DIR # only the command lines below choose the database

WORK=$(mktemp -d "${TMPDIR:-/tmp}/candor-dashboard-bench.XXXXXX")
if [[ ${KEEP_WORK:-0} == 1 ]]; then
    info "work folder: $WORK (kept: KEEP_WORK=1)"
else
    add_cleanup "rm -rf '$WORK'"
fi
# Every review is written before this moment; DuckDB's "now" is the same.
END_MS=$(python3 -c 'import time; print(int(time.time() * 1000))')

now() { echo "${EPOCHREALTIME:-$(date +%s.%N)}"; }
secs_since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }'; }

# run_logged NAME CMD...: CMD with output to $WORK/NAME.log; prints the
# output's last lines and fails when CMD fails; sets T_SECS.
run_logged() {
    local name=$1 t0 rc=0
    shift
    t0=$(now)
    "$@" >"$WORK/$name.log" 2>&1 || rc=$?
    T_SECS=$(secs_since "$t0")
    if ((rc != 0)); then
        tail -n 30 "$WORK/$name.log" | cut -c1-400 >&2
        warn "$name failed (exit $rc): $*"
        return 1
    fi
}

# ---------------------------------------------------------------- PostgreSQL server
PG_BASE=
pg_server() {
    [[ -n "$PG_BASE" ]] && return 0
    PG_BASE=${CANDOR_BENCH_PG_URL:-postgres://postgres@127.0.0.1:5432}
    pg_url_parse "$PG_BASE"
    if ! pg_reachable "$PGU_HOST" "$PGU_PORT"; then
        [[ -z "${CANDOR_BENCH_PG_URL:-}" ]] || die "no PostgreSQL server at $CANDOR_BENCH_PG_URL"
        pg_bin_dir >/dev/null ||
            die "no PostgreSQL server on $PGU_HOST:$PGU_PORT and no server binaries to start one (apt-get install -y postgresql, or set CANDOR_BENCH_PG_URL)"
        info "nothing answers on $PGU_HOST:$PGU_PORT; starting a throwaway cluster"
        pg_start_throwaway 55432
        PG_BASE=$PG_THROWAWAY_URL
    fi
    info "server: $PG_BASE ($(pg_psql "$PG_BASE" 'show server_version' 2>/dev/null || echo '?'))"
}

# ---------------------------------------------------------------- per backend
CSV=          # the generated files (kept for DuckDB)
GEN_BIZ=      # the ids written into them
GEN_USER=
GEN_CMD=
declare -A R_LOAD R_ANALYZE R_REFRESH R_REFRESH_OWN R_REINDEX R_P50 R_P99 R_RANGE R_STATUS

# fresh_database BACKEND: sets DATA_DIR, DB_ARGS, DB_URL (postgres) or DB_FILE (sqlite).
fresh_database() {
    case "$1" in
    sqlite)
        DATA_DIR="$WORK/sqlite"
        rm -rf "$DATA_DIR"
        mkdir -p "$DATA_DIR"
        DB_FILE="$DATA_DIR/candor.db"
        DB_ARGS=(--data-dir "$DATA_DIR")
        ;;
    postgres)
        pg_server
        pg_url_parse "$PG_BASE"
        PGPASSWORD=$PGU_PASS "$(_pg_tool dropdb)" --if-exists -h "$PGU_HOST" -p "$PGU_PORT" -U "$PGU_USER" "$PG_DB" 2>/dev/null || true
        if [[ ${KEEP_WORK:-0} == 1 ]]; then
            PGPASSWORD=$PGU_PASS "$(_pg_tool createdb)" -h "$PGU_HOST" -p "$PGU_PORT" -U "$PGU_USER" "$PG_DB" ||
                die "createdb $PG_DB failed"
            PG_FRESH_URL="postgres://$PGU_USER${PGU_PASS:+:$PGU_PASS}@$PGU_HOST:$PGU_PORT/$PG_DB$PGU_QUERY"
            info "database $PG_FRESH_URL (kept: KEEP_WORK=1)"
        else
            pg_fresh_database "$PG_BASE" "$PG_DB"
        fi
        DB_URL=$PG_FRESH_URL
        DATA_DIR="$WORK/postgres" # the search index
        rm -rf "$DATA_DIR"
        mkdir -p "$DATA_DIR"
        DB_ARGS=(--data-dir "$DATA_DIR" --database-url "$DB_URL")
        ;;
    esac
}

drop_database() {
    [[ ${KEEP_WORK:-0} == 1 ]] && return 0
    case "$1" in
    sqlite) rm -rf "$WORK/sqlite" ;;
    postgres)
        pg_url_parse "$PG_BASE"
        PGPASSWORD=$PGU_PASS "$(_pg_tool dropdb)" --if-exists -h "$PGU_HOST" -p "$PGU_PORT" -U "$PGU_USER" "$PG_DB" || true
        rm -rf "$WORK/postgres"
        ;;
    esac
}

# sql BACKEND QUERY: one value per line.
sql() {
    case "$1" in
    sqlite) sqlite3 -batch "$DB_FILE" "$2" ;;
    postgres) pg_psql "$DB_URL" "$2" ;;
    esac
}

# csv_for BACKEND BIZ USER: sets FILES to a folder of CSV files with these ids.
csv_for() {
    local backend=$1 biz=$2 user=$3 f
    if [[ -z "$CSV" ]]; then
        CSV="$WORK/csv"
        GEN_BIZ=$biz
        GEN_USER=$user
        GEN_CMD="python3 bench/dashboard_gen.py $N csv --business-id BUSINESS_ID --user-id OWNER_ID --seed $DASH_SEED --end-ms $END_MS"
        heading "generating $N reviews"
        info "python3 $BENCH_DIR/dashboard_gen.py $N $CSV --business-id $biz --user-id $user --seed $DASH_SEED --end-ms $END_MS"
        local t0
        t0=$(now)
        python3 "$BENCH_DIR/dashboard_gen.py" "$N" "$CSV" --business-id "$biz" --user-id "$user" \
            --seed "$DASH_SEED" --end-ms "$END_MS" || return 1
        info "generated in $(secs_since "$t0") s: $(du -sh "$CSV" | cut -f1)"
        FILES=$CSV
    elif [[ $biz == "$GEN_BIZ" && $user == "$GEN_USER" ]]; then
        FILES=$CSV
    else
        FILES="$WORK/csv-$backend"
        mkdir -p "$FILES"
        info "copying the CSV files with $backend's ids (sed)"
        for f in reviews review_analyses replies; do
            sed -e "s/$GEN_BIZ/$biz/g" -e "s/$GEN_USER/$user/g" "$CSV/$f.csv" >"$FILES/$f.csv" || return 1
        done
    fi
}

# load_sqlite: the three files into the database, each through a temporary
# table (columns by name; an empty field becomes NULL in a nullable column).
load_sqlite() {
    local table header cols exprs script="$WORK/load-sqlite.sql" check
    : >"$script"
    echo ".bail on" >>"$script"
    for table in reviews review_analyses replies; do
        header=$(head -n 1 "$FILES/$table.csv")
        # Every CSV column must be in the table, and every NOT NULL column
        # without a default in the CSV.
        check=$(sqlite3 -batch "$DB_FILE" "WITH h(name) AS (SELECT value FROM json_each('[\"${header//,/\",\"}\"]'))
            SELECT 'not in the table: ' || name FROM h WHERE name NOT IN (SELECT name FROM pragma_table_info('$table'))
            UNION ALL SELECT 'missing from the CSV: ' || name FROM pragma_table_info('$table')
              WHERE \"notnull\" = 1 AND dflt_value IS NULL AND name NOT IN (SELECT name FROM h)")
        [[ -z "$check" ]] || { warn "$table.csv does not match the table $table (update bench/dashboard_gen.py): $check"; return 1; }
        exprs=$(sqlite3 -batch "$DB_FILE" "WITH h(name, pos) AS (SELECT value, key FROM json_each('[\"${header//,/\",\"}\"]'))
            SELECT group_concat(CASE WHEN t.\"notnull\" = 0 AND t.pk = 0 THEN 'NULLIF(\"' || h.name || '\", '''')'
                                     ELSE '\"' || h.name || '\"' END, ', ')
            FROM (SELECT * FROM h ORDER BY pos) h JOIN pragma_table_info('$table') t ON t.name = h.name")
        cols=$header
        cat >>"$script" <<EOF
.import --csv --schema temp '$FILES/$table.csv' ${table}_csv
INSERT INTO $table ($cols) SELECT $exprs FROM temp.${table}_csv;
DROP TABLE temp.${table}_csv;
EOF
    done
    info "sqlite3 candor.db <$script (for each table: .import --csv --schema temp FILE TABLE_csv; INSERT INTO TABLE (...) SELECT ... FROM temp.TABLE_csv)"
    run_logged sqlite-load sqlite3 -batch "$DB_FILE" ".read $script" || return 1
    R_LOAD[sqlite]=$T_SECS
}

load_postgres() {
    local table header psql_args=() t0
    for table in reviews review_analyses replies; do
        header=$(head -n 1 "$FILES/$table.csv")
        psql_args+=(-c "\\copy $table ($header) FROM '$FILES/$table.csv' WITH (FORMAT csv, HEADER true)")
    done
    info "psql DB -c \"\\copy TABLE (COLUMNS) FROM 'TABLE.csv' WITH (FORMAT csv, HEADER true)\" for reviews, review_analyses, replies"
    run_logged pg-load "$(_pg_tool psql)" "$DB_URL" -X -v ON_ERROR_STOP=1 -q "${psql_args[@]}" || return 1
    R_LOAD[postgres]=$T_SECS
    info "psql DB -c \"VACUUM ANALYZE reviews, review_analyses, replies\""
    run_logged pg-analyze "$(_pg_tool psql)" "$DB_URL" -X -v ON_ERROR_STOP=1 -q \
        -c "VACUUM ANALYZE reviews, review_analyses, replies" || return 1
    R_ANALYZE[postgres]=$T_SECS
}

run_backend() {
    local backend=$1 biz user password count port
    R_STATUS[$backend]=failed

    heading "$backend: fresh database, owner and business"
    fresh_database "$backend"
    info "candor migrate ${DB_ARGS[*]}"
    run_logged "$backend-migrate" "$BIN" migrate "${DB_ARGS[@]}" || return 1
    run_logged "$backend-owner" "$BIN" admin "${DB_ARGS[@]}" create-owner --org "$ORG" --email "$OWNER" || return 1
    password=$(sed -n 's/^password: //p' "$WORK/$backend-owner.log" | head -n 1)
    [[ -n "$password" ]] || { warn "no password in the output of create-owner"; return 1; }
    run_logged "$backend-business" "$BIN" admin "${DB_ARGS[@]}" create-business --org "$ORG" --slug "$SLUG" --name Bench || return 1
    biz=$(sql "$backend" "SELECT id FROM businesses WHERE slug = '$SLUG'")
    user=$(sql "$backend" "SELECT id FROM users WHERE email = '$OWNER'")
    [[ -n "$biz" && -n "$user" ]] || { warn "could not read the business's and owner's ids"; return 1; }
    info "business $biz, owner $user"

    csv_for "$backend" "$biz" "$user" || return 1

    heading "$backend: bulk load of $N reviews"
    "load_$backend" || return 1
    count=$(sql "$backend" "SELECT count(*) FROM reviews")
    info "loaded in ${R_LOAD[$backend]} s: $count reviews, $(sql "$backend" 'SELECT count(*) FROM review_analyses') analyses, $(sql "$backend" 'SELECT count(*) FROM replies') replies"
    [[ -n "${R_ANALYZE[$backend]:-}" ]] && info "VACUUM ANALYZE in ${R_ANALYZE[$backend]} s"
    [[ $count == "$N" ]] || { warn "$count reviews loaded, expected $N"; return 1; }
    [[ $FILES == "$CSV" ]] || rm -rf "$FILES"

    heading "$backend: candor insights refresh"
    info "candor insights refresh ${DB_ARGS[*]}"
    run_logged "$backend-refresh" "$BIN" insights refresh "${DB_ARGS[@]}" || return 1
    R_REFRESH[$backend]=$T_SECS
    R_REFRESH_OWN[$backend]=$(grep '^insights:' "$WORK/$backend-refresh.log" | tail -n 1 || true)
    info "${R_REFRESH_OWN[$backend]:-?} (wall clock ${R_REFRESH[$backend]} s)"

    heading "$backend: candor reindex (the search index, so the server has nothing to catch up)"
    info "candor reindex ${DB_ARGS[*]}"
    run_logged "$backend-reindex" "$BIN" reindex "${DB_ARGS[@]}" || return 1
    R_REINDEX[$backend]=$T_SECS
    info "$(grep '^indexed' "$WORK/$backend-reindex.log" | tail -n 1 || true) (wall clock $T_SECS s)"

    heading "$backend: timing the dashboard"
    port=$(free_port)
    info "candor serve ${DB_ARGS[*]} --listen 127.0.0.1:$port --graph-every-hours 0"
    start_candor "$DATA_DIR" "$port" "$WORK/$backend-serve.log" "${DB_ARGS[@]:2}" --graph-every-hours 0
    local timer=(python3 "$BENCH_DIR/dashboard_time.py" --base "http://127.0.0.1:$port" --slug "$SLUG"
        --email "$OWNER" --password "$password" --requests "$N_REQ" --warmup "$WARMUP"
        --json "$WORK/$backend-time.json")
    [[ $HTML == 1 ]] || timer+=(--no-html)
    info "python3 bench/dashboard_time.py --base http://127.0.0.1:$port --slug $SLUG --email $OWNER --password ... --requests $N_REQ --warmup $WARMUP$([[ $HTML == 1 ]] || echo ' --no-html')"
    local rc=0
    "${timer[@]}" || rc=$?
    stop_pid "$CANDOR_PID"
    if grep -qE 'ERROR|WARN' "$WORK/$backend-serve.log"; then
        warn "candor serve logged $(grep -cE 'ERROR|WARN' "$WORK/$backend-serve.log") warnings or errors; the first:"
        grep -E 'ERROR|WARN' "$WORK/$backend-serve.log" | head -n 5 | cut -c1-400 >&2
    fi
    if ((rc != 0)); then
        tail -n 30 "$WORK/$backend-serve.log" | cut -c1-400 >&2
        warn "timing the dashboard failed on $backend"
        return 1
    fi
    eval "$(python3 - "$WORK/$backend-time.json" "$backend" <<'EOF'
import json, sys
data = json.load(open(sys.argv[1]))
backend = sys.argv[2]
for r in data["results"]:
    print(f'R_P50["{backend} {r["name"]}"]={r["p50_ms"]}; R_P99["{backend} {r["name"]}"]={r["p99_ms"]}')
facts = data["facts"].get("api") or {}
print(f"R_RANGE[{backend}]={facts.get('range_reviews')}")
EOF
)"
    R_STATUS[$backend]=ok
}

for backend in $BACKENDS; do
    run_backend "$backend" || warn "$backend: stopped early (see above)"
    drop_database "$backend"
done

# ---------------------------------------------------------------- DuckDB
DUCK_P50=
if [[ $DUCKDB == 1 && -n "$CSV" ]]; then
    heading "DuckDB: the same aggregates from the raw rows"
    info "python3 bench/dashboard_duckdb.py $CSV --runs $DUCKDB_RUNS"
    if python3 "$BENCH_DIR/dashboard_duckdb.py" "$CSV" --runs "$DUCKDB_RUNS" --json "$WORK/duckdb.json"; then
        DUCK_P50=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["sum_p50_ms"])' "$WORK/duckdb.json")
        DUCK_P99=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["sum_p99_ms"])' "$WORK/duckdb.json")
        DUCK_VERSION=$(python3 -c 'import json, sys; print(json.load(open(sys.argv[1]))["duckdb"])' "$WORK/duckdb.json")
    else
        warn "DuckDB part failed"
    fi
fi

# ---------------------------------------------------------------- results
heading "results: insights dashboard, $N reviews of one business (seed $DASH_SEED)"
verdict() { awk -v v="$1" -v t="$2" 'BEGIN { if (v == "") print "n/a"; else if (v + 0 < t + 0) print "met"; else print "MISSED" }'; }
fmt='%-9s %8s %9s %10s %9s  %-12s %8s %8s  %s\n'
# shellcheck disable=SC2059  # the format is ours
printf "$fmt" backend "load s" "analyze s" "refresh s" "reindex s" request "p50 ms" "p99 ms" "target < ${TARGET_MS} ms (p50 / p99)"
for backend in $BACKENDS; do
    first=1
    names=(api api-week-de)
    [[ $HTML == 1 ]] && names+=(page)
    for name in "${names[@]}"; do
        p50=${R_P50[$backend $name]:-}
        p99=${R_P99[$backend $name]:-}
        if ((first)); then
            # shellcheck disable=SC2059
            printf "$fmt" "$backend" "${R_LOAD[$backend]:--}" "${R_ANALYZE[$backend]:--}" "${R_REFRESH[$backend]:--}" \
                "${R_REINDEX[$backend]:--}" "$name" "${p50:--}" "${p99:--}" "$(verdict "$p50" $TARGET_MS) / $(verdict "$p99" $TARGET_MS)"
            first=0
        else
            # shellcheck disable=SC2059
            printf "$fmt" "" "" "" "" "" "$name" "${p50:--}" "${p99:--}" "$(verdict "$p50" $TARGET_MS) / $(verdict "$p99" $TARGET_MS)"
        fi
    done
    [[ ${R_STATUS[$backend]:-} == ok ]] || echo "$backend: did not finish (see the warnings above)"
done
echo "load: the three CSV files into the tables (SQLite: through temporary tables); analyze: PostgreSQL VACUUM ANALYZE"
echo "refresh: candor insights refresh, the one-off cost of building the rollups; reindex: candor reindex (search)"
echo "request times: wall clock per sequential request on one keep-alive connection from this machine"
for backend in $BACKENDS; do
    [[ -n "${R_REFRESH_OWN[$backend]:-}" ]] && echo "$backend refresh said: ${R_REFRESH_OWN[$backend]}"
    [[ -n "${R_RANGE[$backend]:-}" ]] && echo "$backend API: ${R_RANGE[$backend]} reviews in the last year"
done
if [[ -n "$DUCK_P50" ]]; then
    echo
    echo "DuckDB $DUCK_VERSION, the 4 aggregates from the raw rows: sum of p50 $DUCK_P50 ms, sum of p99 $DUCK_P99 ms"
    for backend in $BACKENDS; do
        p50=${R_P50[$backend api]:-}
        [[ -n "$p50" ]] || continue
        printf '%-9s Candor API p50 / DuckDB sum of p50: %s ms / %s ms = %s\n' "$backend" "$p50" "$DUCK_P50" "$(ratio "$p50" "$DUCK_P50")"
    done
fi

repro=""
[[ "$BACKENDS" != "sqlite postgres" ]] && repro+="BACKENDS='$BACKENDS' "
[[ "$N_REQ" != 200 ]] && repro+="N_REQ=$N_REQ "
[[ "$WARMUP" != 10 ]] && repro+="WARMUP=$WARMUP "
[[ "$HTML" != 1 ]] && repro+="HTML=$HTML "
[[ "$DUCKDB" != 1 ]] && repro+="DUCKDB=$DUCKDB "
[[ "$DUCKDB_RUNS" != 50 ]] && repro+="DUCKDB_RUNS=$DUCKDB_RUNS "
[[ "$DASH_SEED" != 1 ]] && repro+="DASH_SEED=$DASH_SEED "
[[ -n "${CANDOR_BENCH_PG_URL:-}" ]] && repro+="CANDOR_BENCH_PG_URL=$CANDOR_BENCH_PG_URL "
[[ -n "${CANDOR_BIN:-}" ]] && repro+="CANDOR_BIN=$CANDOR_BIN "
printf '\nreproduce: %sbench/dashboard.sh %s\n' "$repro" "$N"
printf '  database: candor migrate DB; candor admin DB create-owner --org "%s" --email %s\n' "$ORG" "$OWNER"
printf '            candor admin DB create-business --org "%s" --slug %s --name Bench\n' "$ORG" "$SLUG"
printf '            (DB: --data-dir DIR for SQLite; --data-dir DIR --database-url postgres://.../%s)\n' "$PG_DB"
printf '  data:     %s\n' "${GEN_CMD:-python3 bench/dashboard_gen.py $N csv --business-id BUSINESS_ID --user-id OWNER_ID --seed $DASH_SEED}"
printf '  load:     SQLite: sqlite3 DIR/candor.db for each of reviews, review_analyses, replies:\n'
printf '              ".import --csv --schema temp csv/TABLE.csv TABLE_csv" then\n'
printf '              "INSERT INTO TABLE (COLUMNS) SELECT COLUMNS (NULLIF(c, '"''"') when nullable) FROM temp.TABLE_csv"\n'
printf '            PostgreSQL: psql DB -c "\\copy TABLE (COLUMNS) FROM '"'"'csv/TABLE.csv'"'"' WITH (FORMAT csv, HEADER true)"\n'
printf '              then psql DB -c "VACUUM ANALYZE reviews, review_analyses, replies"\n'
printf '  rollups:  candor insights refresh DB\n'
printf '  search:   candor reindex DB\n'
printf '  serve:    candor serve DB --listen 127.0.0.1:PORT --graph-every-hours 0\n'
printf '  requests: python3 bench/dashboard_time.py --base http://127.0.0.1:PORT --slug %s --email %s --password PASSWORD --requests %s --warmup %s%s\n' \
    "$SLUG" "$OWNER" "$N_REQ" "$WARMUP" "$([[ $HTML == 1 ]] || echo ' --no-html')"
[[ $DUCKDB == 1 ]] && printf '  duckdb:   python3 bench/dashboard_duckdb.py csv --runs %s --now-ms %s\n' "$DUCKDB_RUNS" "$END_MS"

# The clean-up drops the PostgreSQL database again (drop_database did already):
# no NOTICE about it being gone.
export PGOPTIONS="-c client_min_messages=warning"
