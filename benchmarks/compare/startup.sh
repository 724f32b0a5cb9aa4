#!/usr/bin/env bash
# Start-up, side by side: the native binary and the framework-dependent one against the tools they replace.
#   - first frame of the TUI from process start (tmux, until the prompt is drawn), anchored by inetutils telnet;
#   - `telnetlite explain 250 ok`;
#   - the seed's transaction as a script against a private Postfix on loopback, wall time and peak memory,
#     anchored by swaks with the same server and message.
# Several runs each (RUNS, default 10), median and spread, ratios. Needs tmux, telnet, swaks, postfix, and root
# (a private Postfix master must start as root); `benchmarks/compare.sh startup` runs it with shared builds.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
# shellcheck source=lib/build.sh
source "$here/lib/build.sh"

missing=()
for program in tmux telnet swaks postfix python3; do
  command -v "$program" >/dev/null 2>&1 || [ -x "/usr/sbin/$program" ] || missing+=("$program")
done
if [ ${#missing[@]} -gt 0 ]; then
  echo "startup.sh: missing ${missing[*]} (apt-get install tmux inetutils-telnet swaks postfix python3)" >&2
  exit 1
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "startup.sh: a private Postfix can only be started by root" >&2
  exit 1
fi

telnetlite_build_all

# A private Postfix, as the tests start one (tests/TelnetLite.Core.Tests/Postfix/): its own config, queue and data
# folders and one smtpd on a free loopback port. It accepts kate@fabrikam.com and discards the message, so the
# seed's transaction succeeds without sending anything anywhere.
root="$(mktemp -d "${TMPDIR:-/tmp}/telnetlite-compare-postfix.XXXXXX")"
# The daemons drop to the postfix user: the folders on the way to the queue must be traversable.
chmod 755 "$root"
mkdir -m 755 "$root/config" "$root/queue"
port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"

stop_postfix() {
  postfix -c "$root/config" stop >/dev/null 2>&1 || true
  # Whatever outlived `postfix stop` (it waits five seconds for the master) is ended by its id: the processes
  # whose working directory is this instance's queue.
  for proc in /proc/[0-9]*; do
    if [ "$(readlink "$proc/cwd" 2>/dev/null)" = "$root/queue" ]; then kill -9 "${proc#/proc/}" 2>/dev/null || true; fi
  done
  rm -rf "$root"
}
trap stop_postfix EXIT

cat >"$root/config/main.cf" <<CONF
compatibility_level = 3.6
queue_directory = $root/queue
data_directory = $root/data
mail_owner = postfix
setgid_group = postdrop
myhostname = mail1.fabrikam.com
myorigin = \$myhostname
mydestination = fabrikam.com
inet_interfaces = loopback-only
inet_protocols = ipv4
relayhost =
smtpd_relay_restrictions = reject_unauth_destination
# Any local part of fabrikam.com is accepted, and whatever is accepted is discarded.
local_recipient_maps =
local_transport = discard:
default_transport = error:outbound delivery is disabled in this benchmark
alias_maps =
alias_database =
biff = no
maillog_file = $root/maillog
maillog_file_prefixes = $root
CONF
cat >"$root/config/master.cf" <<CONF
127.0.0.1:$port inet n - n - - smtpd
cleanup   unix n - n - 0 cleanup
qmgr      unix n - n 300 1 qmgr
rewrite   unix - - n - - trivial-rewrite
bounce    unix - - n - 0 bounce
defer     unix - - n - 0 bounce
trace     unix - - n - 0 bounce
verify    unix - - n - 1 verify
flush     unix n - n 1000? 0 flush
proxymap  unix - - n - - proxymap
showq     unix n - n - - showq
error     unix - - n - - error
retry     unix - - n - - error
discard   unix - - n - - discard
anvil     unix - - n - 1 anvil
scache    unix - - n - 1 scache
postlog   unix-dgram n - n - 1 postlogd
CONF
if ! postfix -c "$root/config" start >/dev/null 2>&1; then
  echo "startup.sh: postfix -c $root/config start failed:" >&2
  cat "$root/maillog" >&2 2>/dev/null || true
  exit 1
fi
# Ready once smtpd greets.
for _ in $(seq 100); do
  if exec 3<>"/dev/tcp/127.0.0.1/$port" 2>/dev/null; then
    read -r -t 5 greeting <&3 || greeting=""
    printf 'QUIT\r\n' >&3
    exec 3>&- 3<&-
    case "$greeting" in 220*) break ;; esac
  fi
  sleep 0.1
done
case "${greeting:-}" in 220*) ;; *) echo "startup.sh: Postfix on 127.0.0.1:$port never greeted" >&2; exit 1 ;; esac

python3 "$here/lib/startup.py" --native "$TELNETLITE_NATIVE" --framework "$TELNETLITE_FRAMEWORK" \
  --postfix-port "$port" --script "$here/seed-transaction.smtp" --runs "${RUNS:-10}"
