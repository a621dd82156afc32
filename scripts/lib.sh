# Shared by the project's scripts: paths, PATH, and one-line steps that name what failed.
# shellcheck shell=bash
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
export PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export CARGO_TERM_COLOR="${CARGO_TERM_COLOR:-never}"

# The wasm-bindgen version pinned by Cargo.lock: the CLI must match it exactly.
wasm_bindgen_version() {
  awk '/^name = "wasm-bindgen"$/ { getline; gsub(/version = |"/, ""); print; exit }' "$ROOT/Cargo.lock"
}

# step "label" command...: runs the command quietly (output kept in a log) and prints one
# line; on failure prints the end of the log and stops, naming the step.
STEP_LOG_DIR="${STEP_LOG_DIR:-$ROOT/target/logs}"
mkdir -p "$STEP_LOG_DIR"
step_log() { echo "$STEP_LOG_DIR/$(printf '%s' "$1" | tr -c 'a-zA-Z0-9' '_').log"; }
step() {
  local label="$1"; shift
  local log; log="$(step_log "$label")"
  local started=$SECONDS
  if "$@" >"$log" 2>&1; then
    printf '  ok    %-52s %4ss\n' "$label" "$((SECONDS - started))"
  else
    printf '  FAIL  %-52s %4ss\n' "$label" "$((SECONDS - started))"
    echo "---- last lines of $log ----"
    tail -n 60 "$log"
    echo "----"
    echo "$(basename "$0"): step \"$label\" failed (full log: $log)" >&2
    exit 1
  fi
}

# tests_step "label" command...: a step that runs tests, and fails when it ran none (a layer
# whose folder is empty or whose filter matches nothing passes silently otherwise: `node
# --test dir/` exits 0 with no test). Counts cargo's "test result: ok. N passed" lines and
# node's "# tests N" / "ℹ tests N" summary.
tests_step() {
  local label="$1"
  step "$@"
  local log; log="$(step_log "$label")"
  local ran
  ran=$(awk '/^test result: /{ for (i = 1; i <= NF; i++) if ($i == "passed;") n += $(i - 1) }
             /^(# |ℹ )tests [0-9]+$/{ n += $NF } END { print n + 0 }' "$log")
  if [ "$ran" -eq 0 ]; then
    printf '  FAIL  %-52s (no test ran)\n' "$label"
    echo "$(basename "$0"): step \"$label\" ran no test (full log: $log)" >&2
    exit 1
  fi
}

# as_root command...: runs with root rights (directly as root, else through sudo).
as_root() {
  if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi
}
