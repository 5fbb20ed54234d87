#!/usr/bin/env bash
# Evaluation (not a test): the reviewer–business graph scoring
# (candor_trust::graph, `candor eval-graph`) on public data, next to the
# rgmining Fraud Eagle reference, and its time at scale.
#
#   bench/graph_eval.sh
#   CANDOR_BIN=target/release/candor bench/graph_eval.sh
#
# What it measures, each with the exact command that reproduces it:
#   1. precision of the top 57 on the rgmining synthetic data set (1,000
#      reviewers, 57 planted anomalous ones), Candor as shipped and Candor
#      with Fraud Eagle alone (--no-lockstep)
#   2. the rgmining Fraud Eagle reference (PyPI rgmining-fraud-eagle, in a
#      venv under /tmp) on the same files in the same run: its precision of
#      the top 57 and its time, next to Candor's (whole process and compute)
#   3. a generated graph of 1,000,000 reviews with planted rings
#      (bench/graph_gen.py): time of `candor eval-graph` (reading and
#      scoring), reviews/s, peak memory, and how many of each kind of ring
#      are in the top K
#
# Environment:
#   CANDOR_BIN         evaluate this binary instead of building target/release/candor
#   GRAPH_EVAL_DATA    the rgmining synthetic folder (default: shared/data/rgmining_synthetic
#                      beside the repository, else /work/shared/data/rgmining_synthetic);
#                      when missing, steps 1 and 2 say so and are skipped
#   GRAPH_EVAL_VENV    where rgmining-fraud-eagle is installed (default
#                      /tmp/candor-graph-eval-venv; kept between runs)
#   GRAPH_EVAL_REVIEWS reviews in the generated graph (default 1000000)
#   GRAPH_EVAL_RUNS    timed runs of each timing (default 3; the median is reported)
#   GRAPH_EVAL_KEEP    a directory to keep the generated graph and outputs in
#                      (default: a temporary directory, removed on exit)
#   SKIP_REFERENCE=1   no rgmining reference
#
# The data set is GPL-3.0: it is read where it lies, never copied. Timings
# are wall-clock on a shared machine.
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

HELPER="$BENCH_DIR/graph_eval.py"
GENERATOR="$BENCH_DIR/graph_gen.py"
RUNS=${GRAPH_EVAL_RUNS:-3}
REVIEWS=${GRAPH_EVAL_REVIEWS:-1000000}
[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || die "GRAPH_EVAL_RUNS must be a positive whole number"
[[ "$REVIEWS" =~ ^[1-9][0-9]*$ ]] || die "GRAPH_EVAL_REVIEWS must be a positive whole number"
command -v python3 >/dev/null 2>&1 || die "python3 is needed (3.9 or newer)"

if [[ -n "${GRAPH_EVAL_DATA:-}" ]]; then
    DATA=$GRAPH_EVAL_DATA
elif [[ -d "$ROOT/../shared/data/rgmining_synthetic" ]]; then
    DATA=$(cd "$ROOT/../shared/data/rgmining_synthetic" && pwd)
else
    DATA=/work/shared/data/rgmining_synthetic
fi
HAVE_DATA=1
for f in review.dat reviewer.dat product.dat; do
    [[ -s "$DATA/$f" ]] || HAVE_DATA=0
done

build_release
BIN=$(readlink -f "$BIN")

if [[ -n "${GRAPH_EVAL_KEEP:-}" ]]; then
    mkdir -p "$GRAPH_EVAL_KEEP"
    WORK=$(cd "$GRAPH_EVAL_KEEP" && pwd)
else
    WORK=$(mktemp -d "${TMPDIR:-/tmp}/candor-graph-eval.XXXXXX")
    add_cleanup "rm -rf '$WORK'"
fi

TIME_V=()
if [[ -x /usr/bin/time ]] && /usr/bin/time -v true >/dev/null 2>&1; then
    TIME_V=(/usr/bin/time -v)
fi

# ---------------------------------------------------------------- helpers
quoted() {
    local out
    printf -v out '%q ' "$@"
    printf '%s' "${out% }"
}

now() {
    local t=$EPOCHREALTIME
    printf '%s' "${t/,/.}"
}

# timed_runs OUT -- CMD...: runs CMD $RUNS times with stdout to OUT and
# stderr to OUT.err (under /usr/bin/time -v when there is one); sets
# MEDIAN_SECS (wall), PEAK_KB (largest maximum resident set, or empty) and
# SCORE_SECS (median of candor's "scored in" figure, or empty). Returns
# non-zero, after a warning, when a run fails.
timed_runs() {
    local out=$1 t0 t1 run secs=() scored=() kb s peak=""
    shift
    [[ $1 == -- ]] && shift
    for ((run = 1; run <= RUNS; run++)); do
        t0=$(now)
        if ! "${TIME_V[@]}" "$@" >"$out" 2>"$out.err"; then
            warn "failed: $(quoted "$@")"
            tail -n 5 "$out.err" >&2 || true
            return 1
        fi
        t1=$(now)
        secs+=("$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.4f", b - a }')")
        kb=$(awk -F': ' '/Maximum resident set size/ {print $2}' "$out.err")
        [[ -n "$kb" ]] && { [[ -z "$peak" ]] || ((kb > peak)); } && peak=$kb
        s=$(sed -n 's/.*scored in \([0-9.]*\) s.*/\1/p' "$out.err")
        [[ -n "$s" ]] && scored+=("$s")
    done
    MEDIAN_SECS=$(median4 "${secs[@]}")
    PEAK_KB=$peak
    SCORE_SECS=""
    ((${#scored[@]})) && SCORE_SECS=$(median4 "${scored[@]}")
    return 0
}

# median of the arguments to 4 decimals (lib.sh's median() keeps 2, too few
# for the 0.02 s runs of step 1)
median4() {
    printf '%s\n' "$@" | sort -g | awk '{a[NR] = $1} END {
        if (NR % 2) printf "%.4f", a[(NR + 1) / 2]; else printf "%.4f", (a[NR / 2] + a[NR / 2 + 1]) / 2 }'
}

# The `# precision@K: ...` line of candor's output.
precision_line() {
    grep -m1 '^# precision@' "$1" | sed 's/^# //'
}

# ---------------------------------------------------------------- run
heading "setup"
info "candor: $BIN"
info "data:   $DATA$([[ $HAVE_DATA == 1 ]] || echo " (missing)")"
info "work:   $WORK$([[ -z "${GRAPH_EVAL_KEEP:-}" ]] && echo " (removed on exit; set GRAPH_EVAL_KEEP=DIR to keep it)")"
info "runs:   $RUNS per timing, median reported${TIME_V[*]:+; peak memory from /usr/bin/time -v}"

CANDOR_SECS=""
CANDOR_SCORE_SECS=""
if [[ $HAVE_DATA == 0 ]]; then
    heading "1-2. rgmining synthetic data: skipped"
    info "The folder $DATA (review.dat, reviewer.dat, product.dat) is missing, so there is"
    info "nothing to evaluate there; point GRAPH_EVAL_DATA at a copy of PyPI rgmining-synthetic-dataset's"
    info "synthetic/ folder to run steps 1 and 2. Step 3 needs no data and runs."
else
    heading "1. precision of the top 57 on the rgmining synthetic data (57 planted of 1,000 reviewers)"
    out="$WORK/candor-rgmining.txt"
    run=("$BIN" eval-graph --input "$DATA/review.dat" --labels "$DATA/reviewer.dat")
    printf '\n  Candor (Fraud Eagle with lockstep groups)\n  $ %s\n' "$(quoted "${run[@]}")"
    if timed_runs "$out" -- "${run[@]}"; then
        info "$(precision_line "$out")"
        info "wall ${MEDIAN_SECS} s for the whole process, scoring ${SCORE_SECS} s (median of $RUNS)"
        info "$(sed -n 's/^eval-graph: //p' "$out.err" | sed 's/; read in.*scored in [0-9.]* s//')"
        check=$(python3 "$HELPER" candor-ranking --ranking "$out" --labels "$DATA/reviewer.dat" | awk '$1 == "hits" {print $2}')
        info "(cross-check by bench/graph_eval.py from the printed ranking: $check hits)"
        CANDOR_SECS=$MEDIAN_SECS
        CANDOR_SCORE_SECS=$SCORE_SECS
    fi
    out="$WORK/candor-rgmining-fe.txt"
    run=("$BIN" eval-graph --input "$DATA/review.dat" --labels "$DATA/reviewer.dat" --no-lockstep)
    printf '\n  Candor, Fraud Eagle alone (no lockstep groups)\n  $ %s\n' "$(quoted "${run[@]}")"
    if RUNS=1 timed_runs "$out" -- "${run[@]}"; then
        info "$(precision_line "$out")"
    fi

    heading "2. rgmining Fraud Eagle reference (PyPI rgmining-fraud-eagle), same data, same run"
    REF_PY=""
    if [[ "${SKIP_REFERENCE:-0}" == 1 ]]; then
        info "SKIP_REFERENCE=1: no reference"
    else
        venv=${GRAPH_EVAL_VENV:-/tmp/candor-graph-eval-venv}
        log="$WORK/pip-install.log"
        if [[ -x "$venv/bin/python" ]] && "$venv/bin/python" -c 'import fraud_eagle' 2>/dev/null; then
            info "rgmining-fraud-eagle already installed in $venv"
            REF_PY="$venv/bin/python"
        else
            info "installing rgmining-fraud-eagle into $venv"
            info "\$ python3 -m venv $venv && $venv/bin/pip install rgmining-fraud-eagle"
            if { python3 -m venv "$venv" && "$venv/bin/pip" install -q rgmining-fraud-eagle; } >"$log" 2>&1 &&
                "$venv/bin/python" -c 'import fraud_eagle' >>"$log" 2>&1; then
                REF_PY="$venv/bin/python"
            else
                warn "could not install rgmining-fraud-eagle from PyPI; the reference is skipped. Last lines of pip's output:"
                tail -n 5 "$log" >&2 || true
            fi
        fi
    fi
    if [[ -n "$REF_PY" ]]; then
        info "rgmining-fraud-eagle $("$REF_PY" -c 'import importlib.metadata as m; print(m.version("rgmining-fraud-eagle"))')," \
            "epsilon 0.1, 20 update() rounds (the default of rgmining's own synthetic.eval ranking)"
        out="$WORK/reference.txt"
        run=("$REF_PY" "$HELPER" reference --data "$DATA" --epsilon 0.1 --loops 20)
        printf '\n  $ %s\n' "$(quoted "${run[@]}")"
        if timed_runs "$out" -- "${run[@]}"; then
            ref_precision=$(awk '$1 == "precision" {print $2}' "$out")
            ref_hits=$(awk '$1 == "hits" {print $2}' "$out")
            ref_compute=$(awk '$1 == "seconds" {print $2}' "$out")
            info "precision@57: $ref_precision ($ref_hits of the top 57 are labelled)"
            info "wall ${MEDIAN_SECS} s for the whole process, compute ${ref_compute} s (last run)"
            if [[ -n "$CANDOR_SECS" ]]; then
                printf '\n  %-36s %14s %14s\n' "" "whole process" "compute"
                printf '  %-36s %12s s %12s s\n' "Candor eval-graph" "$CANDOR_SECS" "$CANDOR_SCORE_SECS"
                printf '  %-36s %12s s %12s s\n' "rgmining Fraud Eagle (Python)" "$MEDIAN_SECS" "$ref_compute"
                printf '  %-36s %13sx %13sx\n' "reference / Candor" "$(ratio "$MEDIAN_SECS" "$CANDOR_SECS")" \
                    "$(ratio "$ref_compute" "$CANDOR_SCORE_SECS")"
            fi
        fi
    fi
fi

heading "3. a generated graph of $REVIEWS reviews with planted rings"
graph="$WORK/graph-$REVIEWS.dat"
labels="$WORK/graph-$REVIEWS.labels"
gen=(python3 "$GENERATOR" --reviews "$REVIEWS" --seed 42 --out "$graph" --labels "$labels")
if [[ -s "$graph" && -s "$labels" ]]; then
    info "using $graph (made earlier by: $(quoted "${gen[@]}"))"
else
    printf '  $ %s\n' "$(quoted "${gen[@]}")"
    "${gen[@]}" 2>&1 | sed 's/^/    /'
fi
out="$WORK/candor-generated.txt"
run=("$BIN" eval-graph --input "$graph" --labels "$labels")
printf '\n  $ %s%s\n' "${TIME_V[*]:+${TIME_V[*]} }" "$(quoted "${run[@]}")"
if timed_runs "$out" -- "${run[@]}"; then
    info "$(sed -n 's/^eval-graph: //p' "$out.err" | sed 's/; read in.*scored in [0-9.]* s//')"
    info "wall ${MEDIAN_SECS} s for the whole process (reading, scoring, printing $(grep -vc '^#' "$out") ranked reviewers);" \
        "scoring alone ${SCORE_SECS} s (median of $RUNS)"
    info "$(awk -v n="$REVIEWS" -v s="$MEDIAN_SECS" 'BEGIN { printf "%.0f", n / s }') reviews/s whole process," \
        "$(awk -v n="$REVIEWS" -v s="$SCORE_SECS" 'BEGIN { printf "%.0f", n / s }') reviews/s scoring"
    if [[ -n "$PEAK_KB" ]]; then
        info "peak memory (maximum resident set): $(awk -v k="$PEAK_KB" 'BEGIN { printf "%.0f", k / 1024 }') MiB"
    else
        info "peak memory: not measured (no /usr/bin/time; apt-get install time)"
    fi
    info "$(precision_line "$out") (K = all planted reviewers)"
    info "by kind of ring:"
    python3 "$HELPER" rings --ranking "$out" --labels "$labels" | sed 's/^/    /'
fi

echo
echo "graph_eval: done"
