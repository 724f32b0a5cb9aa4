#!/usr/bin/env bash
# Throughput, side by side: receiving a flood of 66-byte lines from a loopback server (RATE_MIB, default 256 MiB),
# TelnetLite's native and framework-dependent builds in plain mode (--raw-output to /dev/null, decoded, and with a
# session log) against nc and inetutils telnet; time from the server's accept to the client's exit, CPU time and peak
# RSS from GNU time; RUNS rounds (default 5), median and spread, ratios to nc. Then a memory check: one flood of
# MEMORY_MIB (default 1024) per TelnetLite client, whose peak RSS must stay under 64 MiB.
# `benchmarks/compare.sh throughput` runs it with shared builds. Needs nc, telnet, GNU time and python3.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=lib/build.sh
source "$here/lib/build.sh"
# shellcheck source=lib/supervise.sh
source "$here/lib/supervise.sh"

missing=()
for program in nc telnet python3; do
  command -v "$program" >/dev/null 2>&1 || missing+=("$program")
done
[ -x /usr/bin/time ] || missing+=("time")
if [ ${#missing[@]} -gt 0 ]; then
  echo "throughput.sh: missing ${missing[*]} (apt-get install netcat-openbsd inetutils-telnet time python3)" >&2
  exit 1
fi

telnetlite_build_all

supervise python3 "$here/lib/throughput.py" --native "$TELNETLITE_NATIVE" --framework "$TELNETLITE_FRAMEWORK" \
  --mib "${RATE_MIB:-256}" --runs "${RUNS:-5}" --memory-mib "${MEMORY_MIB:-1024}"
