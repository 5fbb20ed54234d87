#!/usr/bin/env bash
# Evaluation (not a test): Candor's text intelligence on public data sets,
# next to a fastText reference trained on the same splits.
#
#   bench/text_eval.sh
#   CANDOR_BIN=target/release/candor bench/text_eval.sh
#
# What it measures, each with the exact command that reproduces it:
#   1. sentiment, English: UCI amazon + yelp sentences, 5-fold trained and the
#      built-in lexicon (cold start)
#   2. sentiment, Swahili: AfriSenti positive/negative, train on train, test on
#      dev; and the lexicon on dev
#   3. sentiment, Danish: LCC sentences with a non-zero valence, lexicon and
#      5-fold trained
#   4. spam: SMS Spam Collection 5-fold; YouTube Spam Collection leave one
#      video out (4 runs), with precision/recall/F1 of the spam class
#   5. fastText reference (fasttext-wheel, epoch=10 lr=0.5 wordNgrams=2 minn=3
#      maxn=5 dim=50) on the same data and splits, and prediction throughput
#      of both (candor: whole `candor eval --model` process; fastText:
#      model.predict on a list)
#   6. language detection of `candor analyze` on the texts of 1-3, and on the
#      seed files
#   7. pipeline throughput: 2,000 composed ~600-character reviews through
#      `candor analyze` on one core
#
# Environment:
#   CANDOR_BIN       evaluate this binary instead of building target/release/candor
#   TEXT_EVAL_DATA   the data sets (default: shared/data beside the repository,
#                    else /work/shared/data); when missing the script says so
#                    and exits 0
#   TEXT_EVAL_SEEDS  the seed texts (default: seeds/ beside that data folder)
#   TEXT_EVAL_VENV   where fasttext-wheel is installed (default
#                    /tmp/candor-text-eval-venv; kept between runs)
#   TEXT_EVAL_KEEP   a directory to write the prepared inputs, models and outputs
#                    to and keep (default: a temporary directory, removed on exit)
#   SKIP_FASTTEXT=1  no fastText reference
#   PIPELINE_RUNS    timed runs of the pipeline throughput step (default 3; the
#                    median is reported)
#
# The inputs are made by `python3 bench/text_eval.py prepare ...` (printed below)
# and are the same on every run. Timings are wall-clock on a shared machine.
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

HELPER="$BENCH_DIR/text_eval.py"
PIPELINE_RUNS=${PIPELINE_RUNS:-3}
[[ "$PIPELINE_RUNS" =~ ^[1-9][0-9]*$ ]] || die "PIPELINE_RUNS must be a positive whole number"
command -v python3 >/dev/null 2>&1 || die "python3 is needed (3.9 or newer)"

# ---------------------------------------------------------------- data
if [[ -n "${TEXT_EVAL_DATA:-}" ]]; then
    DATA=$TEXT_EVAL_DATA
elif [[ -d "$ROOT/../shared/data" ]]; then
    DATA=$(cd "$ROOT/../shared/data" && pwd)
else
    DATA=/work/shared/data
fi
if [[ ! -d "$DATA" ]]; then
    echo "text_eval: the data folder $DATA is missing, so there is nothing to evaluate."
    echo "text_eval: it holds the public data sets (UCI sentiment sentences, AfriSenti Swahili, LCC Danish,"
    echo "text_eval: SMS and YouTube spam); point TEXT_EVAL_DATA at a copy to run this evaluation. Skipped."
    exit 0
fi
SEEDS=${TEXT_EVAL_SEEDS:-$(dirname "$DATA")/seeds}
CORPUS="$ROOT/crates/candor/src/demo/corpus"

build_release
BIN=$(readlink -f "$BIN")

if [[ -n "${TEXT_EVAL_KEEP:-}" ]]; then
    mkdir -p "$TEXT_EVAL_KEEP"
    WORK=$(cd "$TEXT_EVAL_KEEP" && pwd)
else
    WORK=$(mktemp -d "${TMPDIR:-/tmp}/candor-text-eval.XXXXXX")
    add_cleanup "rm -rf '$WORK'"
fi
IN="$WORK/inputs"
OUT="$WORK/outputs"
MODELS="$WORK/models"
RESULTS="$WORK/results.jsonl"
mkdir -p "$IN" "$OUT" "$MODELS"
: >"$RESULTS"

# ---------------------------------------------------------------- helpers
STEP=0
FAILED=0
SECS=0
RC=0

# The command as one line a shell can run again.
quoted() {
    local out
    printf -v out '%q ' "$@"
    printf '%s' "${out% }"
}

now() {
    local t=$EPOCHREALTIME
    printf '%s' "${t/,/.}"
}

# run_timed OUTFILE [--stdin FILE] -- CMD...: runs CMD with stdout to OUTFILE
# and stderr to OUTFILE.err, sets SECS to its wall time and RC to its status,
# and returns that status.
run_timed() {
    local out=$1 stdin=/dev/null t0 t1 rc=0
    shift
    if [[ $1 == --stdin ]]; then
        stdin=$2
        shift 2
    fi
    [[ $1 == -- ]] && shift
    t0=$(now)
    "$@" <"$stdin" >"$out" 2>"$out.err" || rc=$?
    t1=$(now)
    SECS=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.4f", b - a }')
    RC=$rc
    if [[ -s "$out.err" ]]; then
        info "stderr: $(wc -l <"$out.err") line(s), first ones:"
        head -n 3 "$out.err" | sed 's/^/      /'
    fi
    return "$rc"
}

# fail WHAT CMD OUTFILE [MESSAGE]: report and record a failed step, then go on.
# Without MESSAGE, the command's exit status and the end of its stderr.
fail() {
    local what=$1 cmd=$2 out=$3 message=${4:-} stderr
    FAILED=$((FAILED + 1))
    if [[ -z "$message" ]]; then
        stderr=$(tail -n 3 "$out.err" 2>/dev/null | tr '\n' ' ')
        message="exit status $RC${stderr:+: $stderr}"
    fi
    warn "$what failed: $message"
    python3 "$HELPER" fail --results "$RESULTS" --what "$what" --message "$message" --cmd "$cmd"
}

# fail_parse WHAT CMD OUTFILE: the command ran, but its output made no sense.
fail_parse() {
    fail "$1" "$2" "$3" "its output could not be read (the error is printed above)"
}

newout() {
    STEP=$((STEP + 1))
    printf '%s/%02d-%s.txt' "$OUT" "$STEP" "$1"
}

have() {
    local f
    for f in "$@"; do
        [[ -s "$IN/$f" ]] || { info "(skipped: $IN/$f was not prepared; see above)"; return 1; }
    done
}

# candor_eval SECTION DATA SYSTEM SETTING [--positive LABEL] [--timed] -- EVAL-ARGS...
# Runs `candor eval EVAL-ARGS`, prints its report and records it.
candor_eval() {
    local section=$1 data=$2 system=$3 setting=$4 extra=() timed=0 out cmd
    shift 4
    while [[ $1 != -- ]]; do
        case $1 in
        --positive) extra+=(--positive "$2"); shift 2 ;;
        --timed) timed=1; shift ;;
        *) die "candor_eval: unknown option $1" ;;
        esac
    done
    shift
    out=$(newout eval)
    cmd=$(quoted "$BIN" eval "$@")
    printf '\n  %s, %s (%s)\n  $ %s\n' "$data" "$system" "$setting" "$cmd"
    if ! run_timed "$out" -- "$BIN" eval "$@"; then
        fail "$data / $system / $setting" "$cmd" "$out"
        return 0
    fi
    sed 's/^/    /' "$out"
    ((timed)) && extra+=(--seconds "$SECS")
    python3 "$HELPER" record-eval --results "$RESULTS" --section "$section" --data "$data" --system "$system" \
        --setting "$setting" --cmd "$cmd" --output "$out" "${extra[@]}" ||
        fail_parse "$data / $system / $setting" "$cmd" "$out"
}

# candor_train MODEL TASK INPUT: trains; returns non-zero (after recording it) on failure.
candor_train() {
    local model=$1 task=$2 input=$3 out cmd
    out=$(newout train)
    cmd=$(quoted "$BIN" train --task "$task" --input "$input" --out "$model" --seed 42)
    printf '\n  $ %s\n' "$cmd"
    if ! run_timed "$out" -- "$BIN" train --task "$task" --input "$input" --out "$model" --seed 42; then
        fail "training $(basename "$model")" "$cmd" "$out"
        return 1
    fi
    sed 's/^/    /' "$out"
}

# fasttext_eval SECTION DATA SETTING [--positive LABEL] -- HELPER-ARGS...
fasttext_eval() {
    local section=$1 data=$2 setting=$3 extra=() out cmd
    shift 3
    while [[ $1 != -- ]]; do
        case $1 in
        --positive) extra+=(--positive "$2"); shift 2 ;;
        *) die "fasttext_eval: unknown option $1" ;;
        esac
    done
    shift
    [[ -n "$FT_PY" ]] || return 0
    out=$(newout fasttext)
    local run=("$FT_PY" "$HELPER" fasttext --results "$RESULTS" --section "$section" --data "$data"
        --setting "$setting" "${extra[@]}" "$@")
    cmd=$(quoted "${run[@]}")
    printf '\n  %s, fastText (%s)\n  $ %s\n' "$data" "$setting" "$cmd"
    if ! run_timed "$out" -- "${run[@]}" --cmd "$cmd"; then
        fail "$data / fastText / $setting" "$cmd" "$out"
        return 0
    fi
    cat "$out"
}

# ---------------------------------------------------------------- fastText
FT_PY=""
setup_fasttext() {
    local venv=${TEXT_EVAL_VENV:-/tmp/candor-text-eval-venv} log="$WORK/pip-install.log"
    if [[ "${SKIP_FASTTEXT:-0}" == 1 ]]; then
        info "SKIP_FASTTEXT=1: no fastText reference"
        return 0
    fi
    if [[ -x "$venv/bin/python" ]] && "$venv/bin/python" -c 'import fasttext' 2>/dev/null; then
        info "fasttext-wheel already installed in $venv"
    else
        # numpy<2: fasttext-wheel 0.9.2's predict() calls np.array(..., copy=False),
        # which numpy 2 rejects.
        info "installing fasttext-wheel into $venv"
        info "\$ python3 -m venv $venv && $venv/bin/pip install fasttext-wheel 'numpy<2'"
        if ! { python3 -m venv "$venv" && "$venv/bin/pip" install -q fasttext-wheel 'numpy<2'; } >"$log" 2>&1 ||
            ! "$venv/bin/python" -c 'import fasttext' >>"$log" 2>&1; then
            warn "could not install fasttext-wheel; the fastText reference is skipped. Last lines of pip's output:"
            tail -n 5 "$log" >&2 || true
            return 0
        fi
    fi
    FT_PY="$venv/bin/python"
    info "fastText: $("$FT_PY" -c 'import importlib.metadata as m; print("fasttext-wheel", m.version("fasttext-wheel"), "numpy", m.version("numpy"))')"
}

# ---------------------------------------------------------------- run
heading "setup"
info "candor:  $BIN"
info "data:    $DATA"
info "seeds:   $SEEDS"
info "work:    $WORK$([[ -z "${TEXT_EVAL_KEEP:-}" ]] && echo " (removed on exit; set TEXT_EVAL_KEEP=DIR to keep it)")"
setup_fasttext

heading "preparing the inputs (JSON lines)"
prepare=(python3 "$HELPER" prepare --data "$DATA" --seeds "$SEEDS" --corpus "$CORPUS" --out "$IN")
info "\$ $(quoted "${prepare[@]}")"
"${prepare[@]}"

heading "1. sentiment, English: UCI amazon_cells + yelp"
if have uci_en.jsonl; then
    candor_eval sentiment "UCI en" candor "5-fold" -- --input "$IN/uci_en.jsonl" --folds 5 --seed 42
    candor_eval sentiment "UCI en" "candor lexicon" "cold start" -- --lexicon --input "$IN/uci_en.jsonl"
    fasttext_eval sentiment "UCI en" "5-fold" -- --folds 5 --input "$IN/uci_en.jsonl"
fi

heading "2. sentiment, Swahili: AfriSenti positive/negative (neutral dropped)"
if have sw_train.jsonl sw_dev.jsonl; then
    if candor_train "$MODELS/sentiment-sw.model" sentiment "$IN/sw_train.jsonl"; then
        candor_eval sentiment "AfriSenti sw dev" candor "train -> dev" --timed -- \
            --model "$MODELS/sentiment-sw.model" --input "$IN/sw_dev.jsonl"
    fi
    candor_eval sentiment "AfriSenti sw dev" "candor lexicon" "cold start" -- --lexicon --input "$IN/sw_dev.jsonl"
    fasttext_eval sentiment "AfriSenti sw dev" "train -> dev" -- --train "$IN/sw_train.jsonl" --test "$IN/sw_dev.jsonl"
fi

heading "3. sentiment, Danish: LCC sentences with a non-zero valence"
if have da_lcc.jsonl; then
    candor_eval sentiment "LCC da" "candor lexicon" "cold start" -- --lexicon --input "$IN/da_lcc.jsonl"
    candor_eval sentiment "LCC da" candor "5-fold" -- --input "$IN/da_lcc.jsonl" --folds 5 --seed 42
    fasttext_eval sentiment "LCC da" "5-fold" -- --folds 5 --input "$IN/da_lcc.jsonl"
fi

heading "4. spam: SMS Spam Collection (5-fold), YouTube Spam Collection (leave one video out)"
if have sms.jsonl; then
    candor_eval spam "SMS" candor "5-fold" --positive spam -- --input "$IN/sms.jsonl" --folds 5 --seed 42
    fasttext_eval spam "SMS" "5-fold" --positive spam -- --folds 5 --input "$IN/sms.jsonl"
fi
for test_file in "$IN"/yt_*.jsonl; do
    [[ -e "$test_file" ]] || break
    name=$(basename "$test_file" .jsonl)
    name=${name#yt_}
    [[ $name == not_* ]] && continue
    train="$IN/yt_not_$name.jsonl"
    printf '\n  -- YouTube: train on the other videos, test on %s\n' "$name"
    if candor_train "$MODELS/spam-yt-not-$name.model" spam "$train"; then
        candor_eval spam "YouTube -> $name" candor "other videos -> $name" --positive spam --timed -- \
            --model "$MODELS/spam-yt-not-$name.model" --input "$test_file"
    fi
    fasttext_eval spam "YouTube -> $name" "other videos -> $name" --positive spam -- --train "$train" --test "$test_file"
done

heading "5. prediction throughput on a larger file: all 5,574 SMS (model trained on the same texts)"
info "Accuracy here is on the training texts and means nothing; only texts/s counts."
info "candor's texts/s is the whole process (start-up, model loading, file reading): a lower bound."
if have sms.jsonl; then
    if candor_train "$MODELS/spam-sms-all.model" spam "$IN/sms.jsonl"; then
        candor_eval throughput "SMS all (train = test)" candor "throughput only" --timed -- \
            --model "$MODELS/spam-sms-all.model" --input "$IN/sms.jsonl"
    fi
    fasttext_eval throughput "SMS all (train = test)" "throughput only" -- --train "$IN/sms.jsonl" --test "$IN/sms.jsonl"
fi

heading "6. language detection: candor analyze on text-only JSON lines"
for pair in "en:UCI en" "sw:AfriSenti sw dev" "da:LCC da"; do
    code=${pair%%:*}
    data=${pair#*:}
    have "langid_$code.jsonl" || continue
    out=$(newout "langid-$code")
    cmd="$(quoted "$BIN" analyze) < $(quoted "$IN/langid_$code.jsonl")"
    printf '\n  %s (%s)\n  $ %s\n' "$data" "$code" "$cmd"
    if run_timed "$out" --stdin "$IN/langid_$code.jsonl" -- "$BIN" analyze; then
        python3 "$HELPER" langid --results "$RESULTS" --data "$data" --code "$code" --cmd "$cmd" --output "$out" \
            --expected-count "$(wc -l <"$IN/langid_$code.jsonl")" || fail_parse "language detection $code" "$cmd" "$out"
    else
        fail "language detection $code" "$cmd" "$out"
    fi
done
if have seeds.jsonl; then
    out=$(newout seeds)
    cmd=$(quoted "$BIN" analyze "$IN/seeds.jsonl")
    printf '\n  seed files in %s, whole file as one text\n  $ %s\n' "$SEEDS" "$cmd"
    if run_timed "$out" -- "$BIN" analyze "$IN/seeds.jsonl"; then
        python3 "$HELPER" seeds --results "$RESULTS" --cmd "$cmd" --expected "$IN/seeds_expected.jsonl" --output "$out" ||
            fail_parse "seed files" "$cmd" "$out"
    else
        fail "seed files" "$cmd" "$out"
    fi
fi

heading "7. pipeline throughput: candor analyze on 2,000 composed reviews, one core"
if have pipeline.jsonl; then
    pin=()
    if command -v taskset >/dev/null 2>&1; then
        pin=(taskset -c 0)
    else
        warn "taskset not found (util-linux): running unpinned, on all cores"
    fi
    out=$(newout pipeline)
    cmd=$(quoted "${pin[@]}" "$BIN" analyze "$IN/pipeline.jsonl")
    printf '\n  $ %s\n' "$cmd"
    info "wall time of the whole process, so it includes start-up and lexicon loading; $PIPELINE_RUNS run(s)"
    times=()
    ok=1
    for ((run = 1; run <= PIPELINE_RUNS; run++)); do
        if ! run_timed "$out" -- "${pin[@]}" "$BIN" analyze "$IN/pipeline.jsonl"; then
            fail "pipeline throughput" "$cmd" "$out"
            ok=0
            break
        fi
        times+=("$SECS")
    done
    if ((ok)); then
        python3 "$HELPER" pipeline --results "$RESULTS" --cmd "$cmd" --input "$IN/pipeline.jsonl" \
            --expected "$IN/pipeline_expected.jsonl" --output "$out" --seconds "${times[@]}" ||
            fail_parse "pipeline throughput" "$cmd" "$out"
    fi
fi

heading "summary"
info "candor: $BIN"
[[ -n "$FT_PY" ]] || info "fastText reference: skipped (see the setup step)"
python3 "$HELPER" summary --results "$RESULTS"
echo
if ((FAILED)); then
    echo "text_eval: $FAILED step(s) failed (listed above)"
    exit 1
fi
echo "text_eval: done"
