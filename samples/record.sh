#!/usr/bin/env bash
# Records the annotated transcript of every sample script against the demo server, into samples/transcripts/.
# Usage: samples/record.sh            (from anywhere; builds TelnetLite once)
# Each script's header says how to run it (# run: ...) and the exit code it must give (# expect-exit: N);
# a script that exits otherwise stops the recording. What changes from run to run is replaced by a token:
#   dates -> <DATE>, GUIDs (message ids) -> <GUID>, IPv4 addresses -> <ADDRESS>, ports -> <PORT>,
#   step times "(12 ms)" -> "(<N> ms)", temporary paths -> <TEMP>.
# The tests (tests/TelnetLite.Tests/Scripts) apply the same rules to a fresh run and compare.
set -euo pipefail
cd "$(dirname "$0")/.."

dotnet build src/TelnetLite -c Debug -v quiet -nologo >/dev/null
app=src/TelnetLite/bin/Debug/net10.0/telnetlite.dll
mailbox=$(mktemp -d)
trap 'rm -rf "$mailbox"' EXIT

normalise() {
  sed -E \
    -e 's/(Mon|Tue|Wed|Thu|Fri|Sat|Sun), [0-9]{1,2} [A-Z][a-z]{2} [0-9]{4} [0-9]{2}:[0-9]{2}:[0-9]{2} [+-][0-9]{4}/<DATE>/g' \
    -e 's/[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}/<GUID>/g' \
    -e 's/\(([0-9]+) ms\)/(<N> ms)/g' \
    -e 's/\b[0-9]{1,3}(\.[0-9]{1,3}){3}\b/<ADDRESS>/g' \
    -e 's/<ADDRESS>:[0-9]+/<ADDRESS>:<PORT>/g' \
    -e 's/\bport [0-9]+/port <PORT>/g' \
    -e 's#(/tmp|/var/folders)/[^ ]*#<TEMP>#g'
}

for script in samples/scripts/*.smtp; do
  name=$(basename "$script" .smtp)
  run=$(sed -n 's/^# run: telnetlite run //p' "$script")
  expected=$(sed -n 's/^# expect-exit: //p' "$script")
  read -r -a args <<<"$run"
  set +e
  dotnet "$app" run "${args[@]}" --demo-mailbox "$mailbox" 2>/dev/null | normalise >"samples/transcripts/$name.txt"
  code=${PIPESTATUS[0]}
  set -e
  if [ "$code" != "$expected" ]; then
    echo "$script: exit $code, its header says $expected" >&2
    exit 1
  fi
  echo "samples/transcripts/$name.txt (exit $code)"
done
