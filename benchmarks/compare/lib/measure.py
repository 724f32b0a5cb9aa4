"""Measuring helpers for the comparison sections: repeated runs, medians and spreads.

Standard library only, so that the system python3 runs it. Times are wall-clock, from just before the process is
started to the moment it has exited (or its screen shows a marker); memory is the process's peak resident set
(getrusage's ru_maxrss of the child itself, so a wrapper never counts). Beside each wall time the CPU time the
process used (user + system, all its threads) is kept: on a shared machine the wall time grows with the others'
load, the CPU time hardly does, so it tells a change in the program from a busy neighbour.
"""

import os
import shlex
import statistics
import subprocess
import tempfile
import time


class Sample:
    """The runs of one command: wall times in milliseconds and peak memory in MiB."""

    def __init__(self, label, wall_ms, cpu_ms, peak_mib=None):
        self.label = label
        self.wall_ms = wall_ms
        self.cpu_ms = cpu_ms
        self.peak_mib = peak_mib or []

    @staticmethod
    def spread(values, unit, digits=0):
        median = statistics.median(values)
        return f"{median:.{digits}f} {unit} ({min(values):.{digits}f}–{max(values):.{digits}f})"

    def wall(self):
        return f"{self.spread(self.wall_ms, 'ms')}, CPU {statistics.median(self.cpu_ms):.0f} ms"

    def memory(self):
        return self.spread(self.peak_mib, "MiB", 1)

    @property
    def median_ms(self):
        return statistics.median(self.wall_ms)

    @property
    def median_mib(self):
        return statistics.median(self.peak_mib)


def settle(longest_s=3.0):
    """Waits (up to longest_s) for a moment when nothing else is runnable, so a run starts on an idle CPU.

    On a shared machine another build grabbing the CPU in the middle of a 20 ms start doubles it; this does not
    keep others away, but it avoids starting a run while they are busy."""
    deadline = time.monotonic() + longest_s
    while time.monotonic() < deadline:
        try:
            with open("/proc/loadavg") as loadavg:
                running = int(loadavg.read().split()[3].split("/")[0])
        except (OSError, ValueError, IndexError):
            return
        if running <= 1:  # this process, reading
            return
        time.sleep(0.02)


def run_once(argv, env=None, cwd=None):
    """Runs argv with no input and output discarded; returns (wall ms, CPU ms, peak MiB, exit code)."""
    settle()
    started = time.perf_counter()
    process = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, env=env, cwd=cwd)
    _, status, usage = os.wait4(process.pid, 0)
    elapsed = (time.perf_counter() - started) * 1000
    process.returncode = os.waitstatus_to_exitcode(status)
    return elapsed, (usage.ru_utime + usage.ru_stime) * 1000, usage.ru_maxrss / 1024, process.returncode


def runs(label, argv, count, env=None, warmup=1):
    """count timed runs after warmup untimed ones; a run that fails stops the measurement (it would be meaningless)."""
    wall, cpu, memory = [], [], []
    for i in range(warmup + count):
        elapsed, used, peak, code = run_once(argv, env)
        if code != 0:
            raise SystemExit(f"{label}: {shlex.join(argv)} exited with {code}")
        if i >= warmup:
            wall.append(elapsed)
            cpu.append(used)
            memory.append(peak)
    return Sample(label, wall, cpu, memory)


class Tmux:
    """A private tmux server (its own socket), so a measurement never meets the user's sessions."""

    def __init__(self, width=120, height=40):
        self.socket = f"telnetlite-compare-{os.getpid()}"
        self.width, self.height = width, height

    def _tmux(self, *args, check=True):
        return subprocess.run(["tmux", "-L", self.socket, *args], stdin=subprocess.DEVNULL,
                              capture_output=True, text=True, check=check)

    def first_frame(self, argv, marker, env_assignments, timeout_s=20):
        """(wall ms, CPU ms) from the exec of argv in a fresh pane until the pane shows marker.

        The start is stamped by the pane's shell ($EPOCHREALTIME, no fork) just before it execs argv; the end is
        the first capture of the pane that holds the marker, so the figure includes up to one poll interval
        (a capture takes a few milliseconds) on top of the program's own time. The CPU time is what the
        program's threads had used when the marker was seen (/proc/PID/task/*/schedstat, in nanoseconds)."""
        with tempfile.NamedTemporaryFile("r", prefix="telnetlite-start-", delete=True) as stamp:
            exports = "".join(f"export {k}={shlex.quote(v)}; " for k, v in env_assignments.items())
            command = f'{exports}printf %s "$EPOCHREALTIME" > {shlex.quote(stamp.name)}; exec {shlex.join(argv)}'
            settle()
            self._tmux("new-session", "-d", "-s", "frame", "-x", str(self.width), "-y", str(self.height),
                       "bash --norc --noprofile -c " + shlex.quote(command))
            # The shell's process id is the program's once it has exec'd.
            pid = self._tmux("display-message", "-p", "-t", "frame", "#{pane_pid}").stdout.strip()
            try:
                deadline = time.time() + timeout_s
                while True:
                    screen = self._tmux("capture-pane", "-p", "-t", "frame", check=False).stdout
                    seen = time.time()
                    if marker in screen:
                        cpu = cpu_ms(pid)
                        break
                    if seen > deadline:
                        raise SystemExit(f"{shlex.join(argv)}: '{marker}' not on screen after {timeout_s} s:\n{screen}")
                    time.sleep(0.001)
                stamp.seek(0)
                started = float(stamp.read().strip() or "nan")
            finally:
                self._tmux("kill-session", "-t", "frame", check=False)
                # The killed program (a JIT one takes a while to shut down) must be gone before the next start, or
                # the two compete for the CPU.
                gone_by = time.monotonic() + 10
                while os.path.exists(f"/proc/{pid}") and time.monotonic() < gone_by:
                    time.sleep(0.01)
        return (seen - started) * 1000, cpu

    def frames(self, label, argv, marker, count, env_assignments, warmup=1):
        values = [self.first_frame(argv, marker, env_assignments) for _ in range(warmup + count)][warmup:]
        return Sample(label, [wall for wall, _ in values], [cpu for _, cpu in values])

    def close(self):
        self._tmux("kill-server", check=False)


def cpu_ms(pid):
    """CPU time used so far by every thread of a running process, in milliseconds (0 when it is gone)."""
    total = 0
    try:
        for task in os.listdir(f"/proc/{pid}/task"):
            with open(f"/proc/{pid}/task/{task}/schedstat") as stat:
                total += int(stat.read().split()[0])
    except (FileNotFoundError, ProcessLookupError):
        pass
    return total / 1e6


def ratio(value, anchor):
    return f"{value / anchor:.2f}×"


def verdict(value, goal, unit):
    """'meets' or how far a figure misses its goal."""
    if value <= goal:
        return "meets"
    return f"misses by {value - goal:.{1 if unit == 'MiB' else 0}f} {unit} ({value / goal:.2f}× the goal)"
