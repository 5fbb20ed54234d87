#!/usr/bin/env bash
# The project test command (also what CI runs, through .ci/run).
#
#   scripts/test.sh                  install what is missing, then run every check
#   scripts/test.sh --pg-only-check  only set up PostgreSQL (step c), prove it
#                                    answers, tear it down and exit
#
# Environment:
#   CANDOR_TEST_PG_URL     use this PostgreSQL server for the tests (no probing)
#   CANDOR_PG_PROBE_HOST   where to look for a running server (default 127.0.0.1)
#   CANDOR_PG_PROBE_PORT   (default 5432); without one a throwaway cluster is
#                          started on 127.0.0.1:55432 and removed on exit
#   CHROMIUM_PATH          browser for the e2e test (default /usr/bin/chromium)
#
# Idempotent; meant for a Debian 12 machine, run as root (or with sudo).
set -euo pipefail

ROOT=$(cd "$(dirname "$(readlink -f "${BASH_SOURCE[0]}")")/.." && pwd)
# shellcheck source-path=SCRIPTDIR source=lib/common.sh
source "$ROOT/scripts/lib/common.sh"
# shellcheck source-path=SCRIPTDIR source=lib/pg.sh
source "$ROOT/scripts/lib/pg.sh"
cd "$ROOT"

MODE=all
for arg in "$@"; do
    case "$arg" in
    --pg-only-check) MODE=pg-only ;;
    -h | --help)
        sed -n '2,15p' "$0" | sed 's/^# \{0,1\}//'
        exit 0
        ;;
    *) die "unknown argument: $arg (try --help)" ;;
    esac
done

STEP=0
STEPS_TOTAL=9
CURRENT_STEP=
STEP_START=$SECONDS
# Each step runs in this shell with errexit in force (not inside an `if`, which
# would switch errexit off in the functions it calls); a failure exits at once
# and the EXIT trap names the step.
step() {
    CURRENT_STEP=$1
    shift
    STEP=$((STEP + 1))
    heading "[$STEP/$STEPS_TOTAL] $CURRENT_STEP"
    STEP_START=$SECONDS
    "$@"
    info "ok: $CURRENT_STEP ($((SECONDS - STEP_START))s)"
    CURRENT_STEP=
}
_report_failure() {
    if [[ $CANDOR_EXIT_RC -ne 0 && -n "$CURRENT_STEP" ]]; then
        printf '\nFAILED: %s (exit %d, after %ds)\n' "$CURRENT_STEP" "$CANDOR_EXIT_RC" "$((SECONDS - STEP_START))" >&2
    fi
}
add_cleanup _report_failure

# ---------------------------------------------------------------- a. packages
install_prerequisites() {
    local debs=()
    if [[ $MODE == all ]]; then
        command -v cargo >/dev/null 2>&1 || die "cargo not found (install the Rust toolchain with rustup)"
        command -v node >/dev/null 2>&1 || die "node not found (Node.js 20+ is needed for e2e/)"
        command -v npm >/dev/null 2>&1 || die "npm not found"
        if [[ -n "${CHROMIUM_PATH:-}" ]]; then
            [[ -x "$CHROMIUM_PATH" ]] || die "CHROMIUM_PATH=$CHROMIUM_PATH is not executable"
        elif [[ ! -x /usr/bin/chromium ]] || ! deb_installed chromium; then
            debs+=(chromium)
        fi
        command -v curl >/dev/null 2>&1 || debs+=(curl)
    fi
    if [[ -z "${CANDOR_TEST_PG_URL:-}" ]] && ! pg_available_or_startable; then
        debs+=(postgresql)
    fi
    if [[ ${#debs[@]} -gt 0 ]]; then
        ensure_debs "${debs[@]}"
    else
        info "nothing to install"
    fi
}

# ---------------------------------------------------------------- b. npm
install_e2e_deps() {
    local dir="$ROOT/e2e" marker
    marker="$dir/node_modules/.package-lock.json"
    if [[ -f "$dir/package-lock.json" ]]; then
        if [[ ! -d "$dir/node_modules" || ! -f "$marker" || "$dir/package-lock.json" -nt "$marker" ]]; then
            (cd "$dir" && npm ci --no-audit --no-fund)
        else
            info "e2e/node_modules is up to date"
        fi
    elif [[ ! -d "$dir/node_modules" ]]; then
        (cd "$dir" && npm install --no-audit --no-fund)
    else
        info "e2e/node_modules present (no package-lock.json)"
    fi
}

# ---------------------------------------------------------------- c. PostgreSQL
setup_pg() {
    pg_ensure_test_url
    info "CANDOR_TEST_PG_URL=$CANDOR_TEST_PG_URL"
}

pg_only_check() {
    local v
    v=$(pg_psql "$CANDOR_TEST_PG_URL" 'select version()') || die "PostgreSQL at $CANDOR_TEST_PG_URL does not answer"
    info "server answers: $v"
    printf 'pg-only-check: PASS (%s)\n' "$CANDOR_TEST_PG_URL"
}

# ---------------------------------------------------------------- d. checks
run_unit_tests() {
    if cargo nextest --version >/dev/null 2>&1; then
        cargo nextest run --workspace
    else
        info "cargo-nextest not installed; using cargo test"
        cargo test --workspace
    fi
}

if [[ $MODE == pg-only ]]; then
    STEPS_TOTAL=3
    step "install missing packages" install_prerequisites
    step "PostgreSQL" setup_pg
    step "PostgreSQL answers" pg_only_check
    exit 0
fi

step "install missing packages" install_prerequisites
step "e2e npm dependencies" install_e2e_deps
step "PostgreSQL" setup_pg
step "cargo fmt --check" cargo fmt --all -- --check
step "cargo clippy" cargo clippy --workspace --all-targets -- -D warnings
step "unit and integration tests" run_unit_tests
step "doc tests" cargo test --workspace --doc
step "cargo build -p candor" cargo build -p candor
step "browser test (e2e/run.mjs)" node e2e/run.mjs

heading "all checks passed"
