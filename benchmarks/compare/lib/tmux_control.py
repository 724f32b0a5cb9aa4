"""A private tmux server driven through one control-mode client: typing and screen captures without a fork each.

`tmux capture-pane` run as a command forks a tmux client per look (several milliseconds, more on a busy machine, and
CPU taken from the program measured). A control-mode client (`tmux -C`) sends commands over one connection and
reads each answer between %begin and %end lines: a capture takes a fraction of a millisecond. The client asks for no
%output notifications (`refresh-client -f no-output`, tmux 3.2 and later), so the program's drawing is not copied to
it. The window keeps its size whatever the control client's (window-size manual). Standard library only.
"""

import os
import shlex
import subprocess
import time


class TmuxError(Exception):
    pass


class TmuxControl:
    def __init__(self, width, height, command, env_assignments):
        """Starts `command` (argv) in a width x height pane of a new private tmux server, with env_assignments set."""
        self.socket = f"telnetlite-compare-{os.getpid()}-{time.monotonic_ns()}"
        exports = "".join(f"export {name}={shlex.quote(value)}; " for name, value in env_assignments.items())
        self._run("-f", "/dev/null", "new-session", "-d", "-s", "main", "-x", str(width), "-y", str(height),
                  "bash --norc --noprofile -c " + shlex.quote(exports + "exec " + shlex.join(command)))
        self._client = None
        try:
            self._run("set-option", "-g", "window-size", "manual")
            self.pane_pid = int(self._run("display-message", "-p", "-t", "main", "#{pane_pid}").strip())
            self._client = subprocess.Popen(["tmux", "-L", self.socket, "-C", "attach-session", "-t", "main"],
                                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, bufsize=0)
            self._answer()  # the attach's own (empty) answer
            self.command("refresh-client -f no-output")
        except BaseException:
            # The server runs on its own (tmux daemonizes it): a failed start must not leave it and its pane behind.
            self.close()
            raise

    def _run(self, *args):
        result = subprocess.run(["tmux", "-L", self.socket, *args], stdin=subprocess.DEVNULL, capture_output=True, text=True)
        if result.returncode != 0:
            raise TmuxError(f"tmux {' '.join(args)}: {result.stderr.strip()}")
        return result.stdout

    def _answer(self):
        lines, inside = [], False
        while True:
            line = self._client.stdout.readline()
            if not line:
                raise TmuxError("the tmux control client ended (the pane's program exited?)")
            if line.startswith(b"%begin"):
                inside = True
            elif inside and (line.startswith(b"%end") or line.startswith(b"%error")):
                text = b"".join(lines).decode("utf-8", "replace")
                if line.startswith(b"%error"):
                    raise TmuxError(text.strip())
                return text
            elif inside:
                lines.append(line)
            # Anything else between answers is a notification (%session-changed, %exit...): not an answer.

    def command(self, text):
        self._client.stdin.write(text.encode() + b"\n")
        return self._answer()

    def capture(self):
        """The visible screen, one line per row (trailing blanks trimmed by tmux)."""
        return self.command("capture-pane -p -t main")

    def type_literal(self, text):
        self.command("send-keys -t main -l " + shlex.quote(text))

    def press(self, key):
        """A key by tmux name: C-u, Enter, C-q..."""
        self.command("send-keys -t main " + key)

    def close(self):
        if self._client is not None:
            try:
                self._client.stdin.close()
                self._client.wait(5)
            except (OSError, subprocess.TimeoutExpired):
                self._client.kill()
                self._client.wait()
        subprocess.run(["tmux", "-L", self.socket, "kill-server"], stdin=subprocess.DEVNULL, capture_output=True)
