#!/usr/bin/env bash
# Side-by-side comparisons of TelnetLite with the tools people use instead (telnet, nc, swaks): runs each section
# script in benchmarks/compare/ (all of them, or the ones named: `benchmarks/compare.sh startup`), in name order.
# Each section prints its own table with medians, spreads and ratios. Not run by CI: these are timings, and the
# machine CI runs on says nothing stable about them.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"

sections=()
if [ $# -gt 0 ]; then
  for name in "$@"; do
    script="$here/compare/${name%.sh}.sh"
    [ -f "$script" ] || { echo "compare.sh: no section '$name' (have: $(cd "$here/compare" && ls -- *.sh | sed 's/\.sh$//' | tr '\n' ' '))" >&2; exit 1; }
    sections+=("$script")
  done
else
  for script in "$here"/compare/*.sh; do sections+=("$script"); done
fi

# Both builds are made once here and shared by the sections (a section run alone builds what it needs itself).
# shellcheck source=compare/lib/build.sh
source "$here/compare/lib/build.sh"
telnetlite_build_all

status=0
for script in "${sections[@]}"; do
  echo "== $(basename "$script" .sh)"
  bash "$script" || status=$?
  echo
done
exit "$status"
