# shellcheck shell=bash
# shellcheck disable=SC2034  # variables set here are read by the scripts that source this file
# Shared helpers for scripts/test.sh and bench/*.sh. Source it; do not run it.
#
#   heading TEXT            print a visible step heading
#   die TEXT                print an error and exit 1
#   add_cleanup CMD         run CMD (a string, eval'd) on exit, last added first
#   ensure_debs PKG...      apt-get install the Debian packages that are missing
#                           (apt-get update at most once per script run)
#   free_port               print a TCP port on 127.0.0.1 that is free right now
#   wait_http URL SECS [PID] poll URL until it answers 2xx; fail early if PID dies

if [[ -n "${_CANDOR_COMMON_SH:-}" ]]; then
    return 0
fi
_CANDOR_COMMON_SH=1

heading() {
    printf '\n==> %s\n' "$*"
}

info() {
    printf '    %s\n' "$*"
}

warn() {
    printf 'warning: %s\n' "$*" >&2
}

die() {
    printf 'error: %s\n' "$*" >&2
    exit 1
}

# ---------------------------------------------------------------- cleanup stack
_CANDOR_CLEANUPS=()

add_cleanup() {
    _CANDOR_CLEANUPS+=("$1")
}

CANDOR_EXIT_RC=0
_candor_run_cleanups() {
    local rc=$? i
    CANDOR_EXIT_RC=$rc
    trap - EXIT
    for ((i = ${#_CANDOR_CLEANUPS[@]} - 1; i >= 0; i--)); do
        eval "${_CANDOR_CLEANUPS[i]}" || true
    done
    exit "$rc"
}

trap _candor_run_cleanups EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
trap 'exit 129' HUP

# ---------------------------------------------------------------- Debian packages
_CANDOR_APT_UPDATED=0

_as_root() {
    if [[ ${EUID:-$(id -u)} -eq 0 ]]; then
        "$@"
    elif command -v sudo >/dev/null 2>&1; then
        sudo "$@"
    else
        die "need root (or sudo) to run: $*"
    fi
}

deb_installed() {
    dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q 'install ok installed'
}

ensure_debs() {
    local missing=() pkg
    for pkg in "$@"; do
        deb_installed "$pkg" || missing+=("$pkg")
    done
    if [[ ${#missing[@]} -eq 0 ]]; then
        return 0
    fi
    command -v apt-get >/dev/null 2>&1 || die "missing packages (${missing[*]}) and no apt-get to install them"
    info "installing Debian packages: ${missing[*]}"
    if [[ $_CANDOR_APT_UPDATED -eq 0 ]]; then
        _as_root env DEBIAN_FRONTEND=noninteractive apt-get update -q
        _CANDOR_APT_UPDATED=1
    fi
    _as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -q "${missing[@]}"
}

# ---------------------------------------------------------------- ports and HTTP
# True when something accepts TCP connections on HOST:PORT.
tcp_open() {
    local host=$1 port=$2
    # shellcheck disable=SC2016  # expanded by the inner bash
    timeout 3 bash -c 'exec 3<>"/dev/tcp/$1/$2"' _ "$host" "$port" >/dev/null 2>&1
}

free_port() {
    if command -v python3 >/dev/null 2>&1; then
        python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'
    elif command -v node >/dev/null 2>&1; then
        node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
    else
        local p i
        for i in $(seq 1 50); do
            p=$((20000 + RANDOM % 40000))
            tcp_open 127.0.0.1 "$p" || { echo "$p"; return 0; }
        done
        die "could not find a free port"
    fi
}

wait_http() {
    local url=$1 secs=$2 pid=${3:-} deadline
    deadline=$((SECONDS + secs))
    while ((SECONDS < deadline)); do
        if curl -fsS -o /dev/null --max-time 2 "$url" 2>/dev/null; then
            return 0
        fi
        if [[ -n "$pid" ]] && ! kill -0 "$pid" 2>/dev/null; then
            warn "process $pid exited before $url answered"
            return 1
        fi
        sleep 0.2
    done
    warn "$url did not answer within ${secs}s"
    return 1
}

# Stop a process we started: TERM, then KILL after a grace period.
stop_pid() {
    local pid=$1 grace=${2:-10} i
    [[ -n "$pid" ]] || return 0
    kill -0 "$pid" 2>/dev/null || return 0
    kill -TERM "$pid" 2>/dev/null || true
    for ((i = 0; i < grace * 10; i++)); do
        kill -0 "$pid" 2>/dev/null || { wait "$pid" 2>/dev/null || true; return 0; }
        sleep 0.1
    done
    kill -KILL "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
}
