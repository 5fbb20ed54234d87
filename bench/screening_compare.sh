#!/usr/bin/env bash
# Screening latency, an older revision against the working tree: builds the
# benchmark `cargo bench -p candor-trust --bench screening` at REV (in a
# temporary git worktree, with its own target directory) and in this tree
# (uncommitted changes included), runs the two alternately RUNS times, and
# prints each run's p50/p99 in µs and the ratios new/old.
#
#   bench/screening_compare.sh [REV] [RUNS]        (defaults: HEAD 3)
#
# Environment:
#   OLD_TARGET  target directory for REV's build (default
#               /tmp/screening-compare-target; kept, so a rerun builds less)
#
# Wall-clock timings on a shared machine: compare runs taken together only.
set -euo pipefail

REV=${1:-HEAD}
RUNS=${2:-3}
[[ "$RUNS" =~ ^[1-9][0-9]*$ ]] || { echo "error: RUNS must be a positive whole number" >&2; exit 2; }
ROOT=$(git -C "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")" rev-parse --show-toplevel)
COMMIT=$(git -C "$ROOT" rev-parse --verify "$REV^{commit}")
OLD_TARGET=${OLD_TARGET:-/tmp/screening-compare-target}
OLD_TREE=$(mktemp -d "${TMPDIR:-/tmp}/screening-compare.XXXXXX")/tree
trap 'git -C "$ROOT" worktree remove --force "$OLD_TREE" 2>/dev/null || true; rmdir "$(dirname "$OLD_TREE")" 2>/dev/null || true' EXIT

# build DIR TARGET: builds the benchmark in DIR and prints its executable's path.
build() {
    local log
    log=$(cd "$1" && CARGO_TARGET_DIR=$2 cargo bench -p candor-trust --bench screening --no-run 2>&1) ||
        { echo "$log" >&2; exit 1; }
    local exe
    exe=$(sed -n 's/^ *Executable .*screening\.rs (\(.*\))$/\1/p' <<<"$log" | tail -n 1)
    [[ -n "$exe" ]] || { echo "$log" >&2; echo "error: no benchmark executable in cargo's output" >&2; exit 1; }
    [[ "$exe" = /* ]] || exe="$1/$exe"
    echo "$exe"
}

echo "old: $REV = $COMMIT (worktree $OLD_TREE, target $OLD_TARGET)"
git -C "$ROOT" worktree add --detach --quiet "$OLD_TREE" "$COMMIT"
OLD_BIN=$(build "$OLD_TREE" "$OLD_TARGET")
echo "new: working tree $ROOT ($(git -C "$ROOT" status --porcelain --untracked-files=no | wc -l) changed file(s))"
NEW_BIN=$(build "$ROOT" "${CARGO_TARGET_DIR:-$ROOT/target}")

# p50 and p99 (µs) from the benchmark's "p50 X µs   p99 Y µs" line.
measure() { "$1" | awk '$1 == "p50" && $4 == "p99" { print $2, $5; found = 1 } END { exit !found }'; }

printf '\n%-5s %21s %21s %17s\n' run "old p50 / p99 µs" "new p50 / p99 µs" "new/old p50 p99"
for ((run = 1; run <= RUNS; run++)); do
    old=$(measure "$OLD_BIN") && new=$(measure "$NEW_BIN") || { echo "error: a benchmark run failed" >&2; exit 1; }
    read -r old50 old99 <<<"$old"
    read -r new50 new99 <<<"$new"
    awk -v r="$run" -v a="$old50" -v b="$old99" -v c="$new50" -v d="$new99" \
        'BEGIN { printf "%-5s %10.1f %10.1f %10.1f %10.1f %8.3f %8.3f\n", r, a, b, c, d, c / a, d / b }'
done
echo
echo "command: bench/screening_compare.sh $REV $RUNS   (old = $COMMIT)"
