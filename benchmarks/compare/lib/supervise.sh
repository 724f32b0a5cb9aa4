# Sourced by the sections that hand the measuring to a python script: `supervise CMD...` runs it so that Ctrl+C, a
# kill of the section or its own failure always ends it, and it ends the processes it started (the clients, a
# private tmux server) before the section returns. The script runs in the background because a shell runs a trap only
# once its foreground child has exited; the script turns SIGTERM into a normal exit, whose cleanup kills its children.

supervise() {
  "$@" &
  supervised_pid=$!
  trap 'kill -TERM "$supervised_pid" 2>/dev/null || true; wait "$supervised_pid" 2>/dev/null || true' EXIT
  trap 'exit 130' INT
  trap 'exit 143' TERM HUP
  local status=0
  wait "$supervised_pid" || status=$?
  trap - EXIT INT TERM HUP
  return "$status"
}
