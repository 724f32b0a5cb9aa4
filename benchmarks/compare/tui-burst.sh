#!/usr/bin/env bash
# The TUI burst, side by side for the native and framework-dependent builds: the full-screen UI in tmux receives a
# burst of BURST_LINES (default 1,000,000) 66-byte lines from a loopback server while keys are typed one after another
# (the next when the last is on screen, KEYS or more in all, default 50). Reports lines/s from the first burst line on
# screen to the last, key-to-screen latency percentiles during the burst, and peak RSS (GNU time); RUNS runs each
# (default 3), median and spread. `benchmarks/compare.sh tui-burst` runs it with shared builds.
# Needs tmux (3.2 or later, for the control client's no-output flag), GNU time and python3.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=lib/build.sh
source "$here/lib/build.sh"
# shellcheck source=lib/supervise.sh
source "$here/lib/supervise.sh"

missing=()
for program in tmux python3; do
  command -v "$program" >/dev/null 2>&1 || missing+=("$program")
done
[ -x /usr/bin/time ] || missing+=("time")
if [ ${#missing[@]} -gt 0 ]; then
  echo "tui-burst.sh: missing ${missing[*]} (apt-get install tmux time python3)" >&2
  exit 1
fi

telnetlite_build_all

supervise python3 "$here/lib/tui_burst.py" --native "$TELNETLITE_NATIVE" --framework "$TELNETLITE_FRAMEWORK" \
  --lines "${BURST_LINES:-1000000}" --keys "${KEYS:-50}" --runs "${RUNS:-3}"
