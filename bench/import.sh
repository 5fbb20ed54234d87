#!/usr/bin/env bash
# Benchmark (not a test): `candor import --preset trustpilot` of a generated
# Trustpilot-style CSV, on SQLite and on PostgreSQL, next to the database's
# own raw CSV load of the same file.
#
#   bench/import.sh [ROWS]            (ROWS default 1000000)
#   FULL_ROWS=5000 bench/import.sh 20000
#   MEMORY_CHECK=1 BACKENDS=sqlite bench/import.sh
#
# The file is written once by bench/import_gen.py (real sentences from the
# shared data; see that file) into a temporary directory, removed on exit.
# Then, per backend, each into a fresh database:
#   raw       SQLite: sqlite3 `.import --csv --skip 1` into a table of the
#             file's 10 text columns; PostgreSQL: psql `\copy ... (FORMAT csv,
#             HEADER true)` into such a table
#   deferred  `candor import --defer-analysis` (fresh organisation, owner and
#             business first)
#   drain     after the deferred import: `candor jobs`, which screens,
#             analyses and stores the queued reviews (DRAIN=0 skips it)
#   full      `candor import` with screening and analysis in the batch, on
#             the first FULL_ROWS rows of the same file
# Seconds are the wall clock of the whole command (for candor: start-up and
# migrations of the fresh database included; it also prints its own time,
# shown as "candor/s"). Peak RSS is the candor process's maximum resident set.
#
# Environment:
#   FULL_ROWS           rows for the full-analysis variant (default: min(ROWS, 200000))
#   DRAIN               1 (default) to time `candor jobs` storing the deferred
#                       import's queue, 0 to skip it
#   MEMORY_CHECK=1      also run the deferred SQLite import on ROWS/10 rows and
#                       print its peak memory next to the ROWS run's
#   BACKENDS            which to run, in order (default "sqlite postgres")
#   BATCH_SIZE          pass --batch-size to candor import (default: candor's)
#   IMPORT_SEED         generator seed (default 1)
#   IMPORT_DATA         the shared data folder (default: shared/data beside the
#                       repository, else /work/shared/data)
#   IMPORT_SEEDS        the seed documents (default: seeds beside IMPORT_DATA)
#   CANDOR_BENCH_PG_URL the PostgreSQL server (default
#                       postgres://postgres@127.0.0.1:5432/postgres; a throwaway
#                       cluster is started when nothing answers there); fresh
#                       databases candor_import_*_<pid> are created and dropped
#   CANDOR_BIN          benchmark this binary instead of building target/release/candor
#   TMPDIR              where the file and the SQLite databases go (needs about
#                       0.4 GB per million rows for the file, several times that
#                       for the databases)
#
# Targets: deferred rows/s at least 0.5 x the raw load's; full analysis on
# SQLite at least 20000 rows/s. Timings are wall-clock on a shared machine.
set -euo pipefail

ROWS=
for arg in "$@"; do
    case "$arg" in
    -h | --help)
        sed -n '2,/^set -euo/p' "$0" | sed '$d' | sed 's/^# \{0,1\}//'
        exit 0
        ;;
    *)
        [[ -z "$ROWS" && "$arg" =~ ^[1-9][0-9]*$ ]] ||
            { echo "error: unexpected argument: $arg (usage: bench/import.sh [ROWS]; see --help)" >&2; exit 2; }
        ROWS=$arg
        ;;
    esac
done

# shellcheck source-path=SCRIPTDIR source=lib.sh
source "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/lib.sh"

ROWS=${ROWS:-1000000}
DEFAULT_FULL_ROWS=$((ROWS < 200000 ? ROWS : 200000))
FULL_ROWS=${FULL_ROWS:-$DEFAULT_FULL_ROWS}
MEMORY_CHECK=${MEMORY_CHECK:-0}
DRAIN=${DRAIN:-1}
BACKENDS=${BACKENDS:-sqlite postgres}
BATCH_SIZE=${BATCH_SIZE:-}
IMPORT_SEED=${IMPORT_SEED:-1}
SLUG=bench
[[ "$FULL_ROWS" =~ ^[0-9]+$ ]] || die "FULL_ROWS must be a whole number"
((FULL_ROWS <= ROWS)) || FULL_ROWS=$ROWS
[[ "$IMPORT_SEED" =~ ^[0-9]+$ ]] || die "IMPORT_SEED must be a whole number"
[[ -z "$BATCH_SIZE" || "$BATCH_SIZE" =~ ^[1-9][0-9]*$ ]] || die "BATCH_SIZE must be a positive whole number"

if [[ -n "${IMPORT_DATA:-}" ]]; then
    DATA=$IMPORT_DATA
elif [[ -d "$ROOT/../shared/data" ]]; then
    DATA=$(cd "$ROOT/../shared/data" && pwd)
else
    DATA=/work/shared/data
fi
SEEDS=${IMPORT_SEEDS:-$(dirname "$DATA")/seeds}

heading "prerequisites"
command -v python3 >/dev/null 2>&1 || die "python3 is needed for bench/import_gen.py"
[[ -d "$DATA" || -d "$SEEDS" ]] ||
    die "no shared data at $DATA nor seed documents at $SEEDS: the generator draws its sentences from them (set IMPORT_DATA / IMPORT_SEEDS)"
[[ -d "$DATA" ]] || warn "no shared data at $DATA: only the seed documents will be used"
[[ -d "$SEEDS" ]] || warn "no seed documents at $SEEDS: only the shared data will be used"
debs=()
if [[ " $BACKENDS " == *" sqlite "* ]] && ! command -v sqlite3 >/dev/null 2>&1; then
    debs+=(sqlite3)
fi
if [[ " $BACKENDS " == *" postgres "* ]] && ! _pg_tool psql >/dev/null; then
    debs+=(postgresql-client)
fi
ensure_debs "${debs[@]}"
for backend in $BACKENDS; do
    [[ $backend == sqlite || $backend == postgres ]] || die "unknown backend: $backend (sqlite or postgres)"
done

# Peak memory: GNU time when there is one, else VmHWM polled from /proc.
if [[ -x /usr/bin/time ]] && /usr/bin/time -f %M -o /dev/null true 2>/dev/null; then
    PEAK_HOW="/usr/bin/time -f %M"
else
    PEAK_HOW="VmHWM from /proc/PID/status, polled every 0.1 s"
fi
info "rows:        $ROWS (full analysis on $FULL_ROWS)"
info "data:        $DATA, seeds $SEEDS (generator seed $IMPORT_SEED)"
info "peak memory: $PEAK_HOW"
info "machine:     $(nproc) cores, $(awk '/^MemTotal:/ {printf "%.1f GiB", $2 / 1048576}' /proc/meminfo) RAM"

build_release
unset CANDOR_DATABASE_URL CANDOR_DATA_DIR # only the command lines below choose the database

WORK=$(mktemp -d "${TMPDIR:-/tmp}/candor-import-bench.XXXXXX")
add_cleanup "rm -rf '$WORK'"

now() { echo "${EPOCHREALTIME:-$(date +%s.%N)}"; }
secs_since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.2f", b - a }'; }
per_sec() { awk -v n="$1" -v s="$2" 'BEGIN { if (s + 0 == 0) print "n/a"; else printf "%.0f", n / s }'; }
mib() { [[ -n "$1" ]] && awk -v k="$1" 'BEGIN { printf "%.0f", k / 1024 }' || echo "-"; }

# measure NAME CMD...: runs CMD with stdout to $WORK/NAME.out and stderr to
# $WORK/NAME.err; sets M_SECS (wall clock), M_PEAK_KB (maximum resident set
# of CMD) and M_RC, and never fails itself.
measure() {
    local name=$1 t0 pid peak="" v
    shift
    M_RC=0
    t0=$(now)
    if [[ $PEAK_HOW == /usr/bin/time* ]]; then
        /usr/bin/time -f %M -o "$WORK/$name.peak" "$@" >"$WORK/$name.out" 2>"$WORK/$name.err" || M_RC=$?
        M_SECS=$(secs_since "$t0")
        peak=$(tail -n 1 "$WORK/$name.peak" 2>/dev/null || true)
    else
        "$@" >"$WORK/$name.out" 2>"$WORK/$name.err" &
        pid=$!
        while kill -0 "$pid" 2>/dev/null; do
            v=$(awk '/^VmHWM:/ {print $2}' "/proc/$pid/status" 2>/dev/null || true)
            [[ -n "$v" ]] && peak=$v
            sleep 0.1
        done
        wait "$pid" || M_RC=$?
        M_SECS=$(secs_since "$t0")
    fi
    [[ "$peak" =~ ^[0-9]+$ ]] || peak=""
    M_PEAK_KB=$peak
}

show_failure() {
    local name=$1
    # cut: sqlx logs a slow statement with its whole text (~200 KB for a batch)
    tail -n 20 "$WORK/$name.out" 2>/dev/null | cut -c1-400 >&2 || true
    tail -n 30 "$WORK/$name.err" 2>/dev/null | cut -c1-400 >&2 || true
}

# ---------------------------------------------------------------- the file
heading "generating $ROWS rows"
INPUT="$WORK/reviews.csv"
gen=(python3 "$BENCH_DIR/import_gen.py" --rows "$ROWS" --out "$INPUT" --seed "$IMPORT_SEED" --data "$DATA" --seeds "$SEEDS")
info "${gen[*]}"
t0=$(now)
"${gen[@]}"
GEN_SECS=$(secs_since "$t0")
lines=$(wc -l <"$INPUT")
((lines == ROWS + 1)) || die "$INPUT has $lines lines, expected $((ROWS + 1)) (a header and one line per row)"
info "generated in $GEN_SECS s: $(du -h "$INPUT" | cut -f1)"

FULL_INPUT=$INPUT
if ((FULL_ROWS < ROWS)); then
    FULL_INPUT="$WORK/reviews-first-$FULL_ROWS.csv"
    head -n $((FULL_ROWS + 1)) "$INPUT" >"$FULL_INPUT"
fi
SMALL_ROWS=$((ROWS / 10))
if [[ $MEMORY_CHECK == 1 ]]; then
    ((SMALL_ROWS > 0)) || die "MEMORY_CHECK=1 needs at least 10 rows"
    SMALL_INPUT="$WORK/reviews-first-$SMALL_ROWS.csv"
    head -n $((SMALL_ROWS + 1)) "$INPUT" >"$SMALL_INPUT"
fi

RAW_COLUMNS='review_id TEXT, review_created TEXT, review_stars TEXT, review_title TEXT, review_content TEXT,
    review_language TEXT, consumer_name TEXT, consumer_id TEXT, reply_content TEXT, company_reply_date TEXT'

PG_BASE=
pg_server() {
    [[ -n "$PG_BASE" ]] && return 0
    PG_BASE=${CANDOR_BENCH_PG_URL:-postgres://postgres@127.0.0.1:5432/postgres}
    pg_url_parse "$PG_BASE"
    if ! pg_reachable "$PGU_HOST" "$PGU_PORT"; then
        [[ -z "${CANDOR_BENCH_PG_URL:-}" ]] || die "no PostgreSQL server at $CANDOR_BENCH_PG_URL"
        info "nothing answers on $PGU_HOST:$PGU_PORT; starting a throwaway cluster"
        pg_bin_dir >/dev/null || ensure_debs postgresql
        pg_start_throwaway 55432
        PG_BASE=$PG_THROWAWAY_URL
    fi
    info "server: $PG_BASE ($(pg_psql "$PG_BASE" 'show server_version' 2>/dev/null || echo '?'))"
}

# fresh_db BACKEND VARIANT: sets DB_ARGS (the candor database flags) and
# DB_URL / DB_FILE for a new, empty database.
fresh_db() {
    local backend=$1 variant=$2
    case "$backend" in
    sqlite)
        DB_DIR="$WORK/sqlite-$variant"
        rm -rf "$DB_DIR"
        mkdir -p "$DB_DIR"
        DB_FILE="$DB_DIR/candor.db"
        DB_URL="sqlite://$DB_FILE?mode=rwc"
        ;;
    postgres)
        pg_server
        pg_fresh_database "$PG_BASE" "candor_import_${variant//-/_}_$$"
        DB_URL=$PG_FRESH_URL
        ;;
    esac
    DB_ARGS=(--database-url "$DB_URL")
}

# drop_db BACKEND: frees the space of the database fresh_db made.
drop_db() {
    case "$1" in
    sqlite) rm -rf "$DB_DIR" ;;
    postgres)
        pg_url_parse "$DB_URL"
        PGPASSWORD=$PGU_PASS "$(_pg_tool dropdb)" --if-exists -h "$PGU_HOST" -p "$PGU_PORT" -U "$PGU_USER" "$PGU_DB" || true
        ;;
    esac
}

declare -A R_ROWS R_SECS R_RPS R_PEAK R_OWN REPRO
VARIANTS=()
record() { # record KEY ROWS SECS PEAK_KB OWN_RPS REPRO
    VARIANTS+=("$1")
    R_ROWS[$1]=$2
    R_SECS[$1]=$3
    R_RPS[$1]=$(per_sec "$2" "$3")
    R_PEAK[$1]=$(mib "$4")
    R_OWN[$1]=$5
    REPRO[$1]=$6
}

raw_load() {
    local backend=$1 name="$1-raw" count sql
    fresh_db "$backend" raw
    case "$backend" in
    sqlite)
        sqlite3 "$DB_FILE" "CREATE TABLE reviews_raw ($RAW_COLUMNS);"
        info "sqlite3 DB '.import --csv --skip 1 FILE reviews_raw'"
        measure "$name" sqlite3 "$DB_FILE" ".import --csv --skip 1 '$INPUT' reviews_raw"
        count=$(sqlite3 "$DB_FILE" 'SELECT count(*) FROM reviews_raw' 2>/dev/null || echo "?")
        REPRO_CMD="sqlite3 raw.db \"CREATE TABLE reviews_raw (...10 TEXT columns...)\"; time sqlite3 raw.db \".import --csv --skip 1 reviews.csv reviews_raw\""
        ;;
    postgres)
        pg_psql "$DB_URL" "CREATE TABLE reviews_raw ($RAW_COLUMNS)"
        sql="\\copy reviews_raw FROM '$INPUT' WITH (FORMAT csv, HEADER true)"
        info "psql DB -c \"$sql\""
        measure "$name" "$(_pg_tool psql)" "$DB_URL" -X -v ON_ERROR_STOP=1 -q -c "$sql"
        count=$(pg_psql "$DB_URL" 'SELECT count(*) FROM reviews_raw' 2>/dev/null || echo "?")
        REPRO_CMD="psql DB -c \"CREATE TABLE reviews_raw (...10 TEXT columns...)\"; time psql DB -c \"\\copy reviews_raw FROM 'reviews.csv' WITH (FORMAT csv, HEADER true)\""
        ;;
    esac
    if ((M_RC != 0)); then
        show_failure "$name"
        warn "$backend raw load failed (exit $M_RC)"
        record "$backend raw" 0 "$M_SECS" "" "-" "$REPRO_CMD"
    else
        [[ $count == "$ROWS" ]] || warn "$backend raw load: $count rows in reviews_raw, expected $ROWS"
        info "$count rows in $M_SECS s"
        record "$backend raw" "$count" "$M_SECS" "" "-" "$REPRO_CMD"
    fi
    drop_db "$backend"
}

# candor_import BACKEND VARIANT FILE ROWS [import flags...]
candor_import() {
    local backend=$1 variant=$2 file=$3 rows=$4 name="$1-$2" line imported rejected own flags
    shift 4
    flags=("$@")
    [[ -n "$BATCH_SIZE" ]] && flags+=(--batch-size "$BATCH_SIZE")
    fresh_db "$backend" "$variant"
    "$BIN" admin create-owner "${DB_ARGS[@]}" --org "Bench Org" --email owner@bench.example >"$WORK/$name-owner.txt" 2>&1 ||
        { cat "$WORK/$name-owner.txt" >&2; die "candor admin create-owner failed on $backend"; }
    "$BIN" admin create-business "${DB_ARGS[@]}" --org "Bench Org" --slug "$SLUG" --name Bench >"$WORK/$name-business.txt" 2>&1 ||
        { cat "$WORK/$name-business.txt" >&2; die "candor admin create-business failed on $backend"; }
    local cmd=("$BIN" import "${DB_ARGS[@]}" --business "$SLUG" --input "$file" --preset trustpilot
        --rejects "$WORK/$name.rejects.csv" "${flags[@]}")
    info "${cmd[*]}"
    measure "$name" "${cmd[@]}"
    line=$(grep -E '^(imported|queued) ' "$WORK/$name.out" | tail -n 1 || true)
    local repro="candor import --database-url DB --business $SLUG --input ${file##*/} --preset trustpilot${flags[*]:+ ${flags[*]}}"
    if ((M_RC != 0)) || [[ -z "$line" ]]; then
        show_failure "$name"
        warn "$backend $variant: candor import failed (exit $M_RC)"
        record "$backend $variant" 0 "$M_SECS" "$M_PEAK_KB" "-" "$repro"
        drop_db "$backend"
        return 0
    fi
    info "$line"
    imported=$(sed -E -n 's/^(imported|queued) ([0-9]*) reviews.*/\2/p' <<<"$line")
    rejected=$(sed -E -n 's/.* ([0-9][0-9]*) rejected[,)].*/\1/p' <<<"$line")
    own=$(sed -n 's/.*, \([0-9.]*\) reviews\/s.*/\1/p' <<<"$line")
    [[ "$imported" == "$rows" ]] || warn "$backend $variant: imported ${imported:-?} of $rows rows"
    if [[ -n "$rejected" && "$rejected" != 0 && -f "$WORK/$name.rejects.csv" ]]; then
        warn "$backend $variant: $rejected rejected; first reasons:"
        sed -n '2,6p' "$WORK/$name.rejects.csv" >&2
    fi
    info "wall clock $M_SECS s, peak RSS $(mib "$M_PEAK_KB") MiB"
    record "$backend $variant" "${imported:-0}" "$M_SECS" "$M_PEAK_KB" "${own:--}" "$repro"
    if [[ $variant == deferred && $DRAIN == 1 ]]; then
        drain_queue "$backend" "${imported:-0}"
    fi
    drop_db "$backend"
}

# drain_queue BACKEND ROWS: times `candor jobs` storing what the deferred
# import queued, and checks that every row became a review.
drain_queue() {
    local backend=$1 rows=$2 name="$1-drain" stored
    local cmd=("$BIN" jobs "${DB_ARGS[@]}")
    info "${cmd[*]}"
    measure "$name" "${cmd[@]}"
    case "$backend" in
    sqlite) stored=$(sqlite3 "$DB_FILE" 'SELECT count(*) FROM reviews' 2>/dev/null || echo "?") ;;
    postgres) stored=$(pg_psql "$DB_URL" 'SELECT count(*) FROM reviews' 2>/dev/null || echo "?") ;;
    esac
    if ((M_RC != 0)); then
        show_failure "$name"
        warn "$backend drain: candor jobs failed (exit $M_RC)"
        stored=0
    fi
    [[ "$stored" == "$rows" ]] || warn "$backend drain: $stored reviews stored, expected $rows"
    info "$(tail -n 1 "$WORK/$name.out" 2>/dev/null || true)"
    record "$backend drain" "$stored" "$M_SECS" "$M_PEAK_KB" "-" "candor jobs --database-url DB"
}

for backend in $BACKENDS; do
    heading "$backend: raw load of $ROWS rows"
    raw_load "$backend"
    heading "$backend: candor import --defer-analysis, $ROWS rows"
    candor_import "$backend" deferred "$INPUT" "$ROWS" --defer-analysis
    heading "$backend: candor import (full analysis), $FULL_ROWS rows"
    candor_import "$backend" full "$FULL_INPUT" "$FULL_ROWS"
done

if [[ $MEMORY_CHECK == 1 ]]; then
    heading "memory check: deferred SQLite import of $SMALL_ROWS and $ROWS rows"
    candor_import sqlite deferred-small "$SMALL_INPUT" "$SMALL_ROWS" --defer-analysis
    if [[ -z "${R_ROWS[sqlite deferred]:-}" ]]; then
        candor_import sqlite deferred "$INPUT" "$ROWS" --defer-analysis
    fi
fi

# ---------------------------------------------------------------- results
heading "results: candor import --preset trustpilot, $ROWS generated rows (seed $IMPORT_SEED)"
fmt='%-9s %-15s %9s %9s %9s %10s %13s\n'
# shellcheck disable=SC2059  # the format is ours
printf "$fmt" backend variant rows seconds "rows/s" "candor/s" "peak RSS MiB"
for key in "${VARIANTS[@]}"; do
    # shellcheck disable=SC2059
    printf "$fmt" "${key%% *}" "${key#* }" "${R_ROWS[$key]}" "${R_SECS[$key]}" "${R_RPS[$key]}" \
        "${R_OWN[$key]}" "${R_PEAK[$key]}"
done

verdict() { # verdict VALUE TARGET: met or MISSED
    awk -v v="$1" -v t="$2" 'BEGIN { if (v == "n/a" || v == "") print "n/a"; else if (v + 0 >= t + 0) print "met"; else print "MISSED" }'
}
echo
for backend in $BACKENDS; do
    if [[ -n "${R_RPS[$backend raw]:-}" && -n "${R_RPS[$backend deferred]:-}" ]]; then
        r=$(ratio "${R_RPS[$backend deferred]}" "${R_RPS[$backend raw]}")
        printf '%-9s deferred/raw rows/s: %s (target >= 0.5: %s)\n' "$backend" "$r" "$(verdict "$r" 0.5)"
    fi
done
if [[ -n "${R_RPS[sqlite full]:-}" ]]; then
    printf '%-9s full analysis rows/s: %s (target >= 20000: %s)\n' sqlite "${R_RPS[sqlite full]}" \
        "$(verdict "${R_RPS[sqlite full]}" 20000)"
fi
if [[ $MEMORY_CHECK == 1 ]]; then
    printf 'memory    deferred SQLite peak RSS: %s MiB at %s rows, %s MiB at %s rows\n' \
        "${R_PEAK[sqlite deferred-small]:-?}" "$SMALL_ROWS" "${R_PEAK[sqlite deferred]:-?}" "$ROWS"
fi
echo "seconds: wall clock of the whole command; candor/s: candor's own figure (its import loop only)"
echo "drain: \`candor jobs\` after the deferred import, screening, analysing and storing the queued reviews"

repro="FULL_ROWS=$FULL_ROWS"
[[ $MEMORY_CHECK == 1 ]] && repro+=" MEMORY_CHECK=1"
[[ $DRAIN != 1 ]] && repro+=" DRAIN=$DRAIN"
[[ "$BACKENDS" != "sqlite postgres" ]] && repro+=" BACKENDS='$BACKENDS'"
[[ -n "$BATCH_SIZE" ]] && repro+=" BATCH_SIZE=$BATCH_SIZE"
[[ "$IMPORT_SEED" != 1 ]] && repro+=" IMPORT_SEED=$IMPORT_SEED"
[[ -n "${IMPORT_DATA:-}" ]] && repro+=" IMPORT_DATA=$IMPORT_DATA"
[[ -n "${IMPORT_SEEDS:-}" ]] && repro+=" IMPORT_SEEDS=$IMPORT_SEEDS"
[[ -n "${CANDOR_BENCH_PG_URL:-}" ]] && repro+=" CANDOR_BENCH_PG_URL=$CANDOR_BENCH_PG_URL"
[[ -n "${CANDOR_BIN:-}" ]] && repro+=" CANDOR_BIN=$CANDOR_BIN"
printf '\nreproduce: %s bench/import.sh %s\n' "$repro" "$ROWS"
printf '  file:     python3 bench/import_gen.py --rows %s --out reviews.csv --seed %s --data %s --seeds %s\n' \
    "$ROWS" "$IMPORT_SEED" "$DATA" "$SEEDS"
if ((FULL_ROWS < ROWS)); then
    printf '            head -n %s reviews.csv >reviews-first-%s.csv\n' $((FULL_ROWS + 1)) "$FULL_ROWS"
fi
if [[ $MEMORY_CHECK == 1 ]]; then
    printf '            head -n %s reviews.csv >reviews-first-%s.csv\n' $((SMALL_ROWS + 1)) "$SMALL_ROWS"
fi
printf '  setup:    candor admin create-owner --database-url DB --org "Bench Org" --email owner@bench.example\n'
printf '            candor admin create-business --database-url DB --org "Bench Org" --slug %s --name Bench\n' "$SLUG"
for key in "${VARIANTS[@]}"; do
    printf '  %-23s %s\n' "$key:" "${REPRO[$key]}"
done

# The clean-up drops the PostgreSQL databases again (drop_db did already):
# no NOTICE about them being gone.
export PGOPTIONS="-c client_min_messages=warning"
