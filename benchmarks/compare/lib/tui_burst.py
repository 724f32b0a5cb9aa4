"""The TUI burst: the real full-screen UI in tmux receives a million lines while keys are typed one after another.

Called by benchmarks/compare/tui-burst.sh, which builds the two binaries; see there.

One run: TelnetLite starts in a private tmux server (120x40, TERM=xterm-256color, a fresh HOME) connected to a
loopback server (flood.py) that waits until the window shows the connection, then writes LINES numbered lines
(`250-0000001 xxx...`, 66 bytes each, as the throughput section's) as fast as TelnetLite reads them, and keeps the
connection open until the run ends.

What is on screen is read by polling `capture-pane` through a tmux control-mode client (tmux_control.py: a fraction
of a millisecond per look, no fork), every POLL_S:
- the clock starts at the first capture that shows a burst line (`250-` and a 7-digit number, at a row's start);
- it stops at the first capture that shows the last line's number (`250-1000000 `): every line number is written
  once, so it cannot be seen before the last line was drawn;
- keys: the first is typed when the first burst line is seen, each next one when the one before is on screen, until
  the last line is seen and at least KEYS keys have been typed. A key is on screen when the input row (the last row
  that starts with the `>` prompt) holds exactly the text typed so far: the characters cycle through a-z0-9, so two
  keys in a row always differ and a row lagging by one key never matches; at 100 characters Ctrl+U empties the line
  (that is a key too, on screen when the row is the bare prompt). Latency is from the send-keys command to the first
  capture that shows the key, so it includes up to one poll interval and tmux's own time to take the key.
Peak RSS and CPU time come from GNU time around TelnetLite; CPU during the burst from /proc (all threads).
At the end the server closes, and Ctrl+Q quits TelnetLite (no confirmation when disconnected).
"""

import argparse
import math
import os
import re
import shutil
import signal
import statistics
import sys
import tempfile
import threading
import time

sys.path.insert(0, os.path.dirname(__file__))
import flood  # noqa: E402  (beside this file)
import measure  # noqa: E402
from tmux_control import TmuxControl, TmuxError  # noqa: E402

WIDTH, HEIGHT = 120, 40
POLL_S = 0.002
KEY_TIMEOUT_S = 30
LINE_RATE_GOAL = 250_000
KEY_P95_GOAL_MS = 100
MEMORY_GOAL_MIB = 200
ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789"
LONGEST_INPUT = 100
BURST_ROW = re.compile(r"^(?:[←→⇠⇢] )?250-\d{7} ", re.MULTILINE)


class BurstRun:
    def __init__(self, lines_per_s, burst_s, burst_cpu_s, keys_ms, keys_after_ms, peak_mib, cpu_s):
        self.lines_per_s, self.burst_s, self.burst_cpu_s = lines_per_s, burst_s, burst_cpu_s
        self.keys_ms = keys_ms  # latencies of the keys typed while the burst was arriving
        self.keys_after_ms = keys_after_ms  # and of those typed after its last line was on screen
        self.peak_mib, self.cpu_s = peak_mib, cpu_s


def input_text(screen):
    """The input line's text, or None when no row starts with the prompt (a capture of half a frame)."""
    for row in reversed(screen.split("\n")):
        if row == ">":
            return ""
        if row.startswith("> "):
            return row[2:]
    return None


def wait_for(tmux, condition, what, timeout_s=60):
    deadline = time.monotonic() + timeout_s
    while True:
        screen = tmux.capture()
        if condition(screen):
            return screen
        if time.monotonic() > deadline:
            raise SystemExit(f"the screen never showed {what} in {timeout_s} s:\n{screen}")
        time.sleep(0.01)


def telnetlite_pid(time_pid, timeout_s=10):
    """TelnetLite's process id: the child of GNU time, which the pane's shell exec'd."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        try:
            with open(f"/proc/{time_pid}/task/{time_pid}/children") as children:
                found = children.read().split()
            if found:
                return int(found[0])
        except FileNotFoundError:
            pass
        time.sleep(0.01)
    raise SystemExit("TelnetLite did not start under GNU time")


def one_run(binary, lines, keys_wanted, blocks):
    home = tempfile.mkdtemp(prefix="telnetlite-compare-tui-")
    start_sending, release = threading.Event(), threading.Event()
    server = flood.FloodServer(blocks, start_sending=start_sending, release=release)
    usage = os.path.join(home, "usage")
    env = {"HOME": home, "XDG_CONFIG_HOME": os.path.join(home, ".config"), "TERM": "xterm-256color",
           "DOTNET_NOLOGO": "1", "DOTNET_CLI_TELEMETRY_OPTOUT": "1"}
    tmux = TmuxControl(WIDTH, HEIGHT, ["/usr/bin/time", "-f", "%M %U %S", "-o", usage, binary, "127.0.0.1",
                                       str(server.port)], env)
    try:
        pid = telnetlite_pid(tmux.pane_pid)
        status = f"127.0.0.1:{server.port} connected"
        wait_for(tmux, lambda s: status in s and input_text(s) == "", f"'{status}' and the empty input line")
        if server.accepted_at is None:
            raise SystemExit("the window says connected, but the server saw no connection")

        measure.settle()
        start_sending.set()
        deadline = time.monotonic() + 60
        while True:
            screen = tmux.capture()
            seen = time.monotonic()
            if BURST_ROW.search(screen):
                break
            if seen > deadline:
                raise SystemExit(f"no burst line on screen 60 s after the server started sending:\n{screen}")
            time.sleep(POLL_S)
        first_at, cpu_at_first = seen, measure.cpu_ms(pid)

        last_marker = "250-%07d " % lines
        last_at = cpu_at_last = None
        typed, during, after = "", [], []
        key = 0
        while last_at is None or len(during) + len(after) < keys_wanted:
            if len(typed) >= LONGEST_INPUT:
                expected = ""
                sent = time.monotonic()
                tmux.press("C-u")
            else:
                character = ALPHABET[key % len(ALPHABET)]
                key += 1
                expected = typed + character
                sent = time.monotonic()
                tmux.type_literal(character)
            while True:
                screen = tmux.capture()
                seen = time.monotonic()
                if last_at is None and last_marker in screen:
                    last_at, cpu_at_last = seen, measure.cpu_ms(pid)
                if input_text(screen) == expected:
                    break
                if seen - sent > KEY_TIMEOUT_S:
                    raise SystemExit(f"a key typed {KEY_TIMEOUT_S} s ago is not on screen (expected input "
                                     f"'{expected}'):\n{screen}")
                time.sleep(POLL_S)
            # A key whose wait saw the last line arrive still waited during the burst.
            (during if last_at is None or sent < last_at else after).append((seen - sent) * 1000)
            typed = expected

        release.set()
        wait_for(tmux, lambda s: f"127.0.0.1:{server.port} connected" not in s, "the connection closed")
        tmux.press("C-q")
        deadline = time.monotonic() + 30
        while not (os.path.exists(usage) and os.path.getsize(usage) > 0):
            if time.monotonic() > deadline:
                raise SystemExit("TelnetLite did not quit on Ctrl+Q")
            time.sleep(0.05)
        time.sleep(0.05)  # GNU time writes its one line at once; let it finish
        with open(usage) as f:
            peak_kib, user_s, system_s = f.read().split("\n")[-2].split()
    finally:
        tmux.close()
        release.set()
        start_sending.set()
        server.close()
        shutil.rmtree(home, ignore_errors=True)
    burst_s = last_at - first_at
    return BurstRun(lines / burst_s, burst_s, (cpu_at_last - cpu_at_first) / 1000, during, after,
                    int(peak_kib) / 1024, float(user_s) + float(system_s))


def percentile(values, fraction):
    """Nearest rank: the smallest value with at least `fraction` of the values at or below it."""
    ordered = sorted(values)
    return ordered[max(0, math.ceil(fraction * len(ordered)) - 1)]


def spread(values, digits=0):
    return f"{statistics.median(values):,.{digits}f} ({min(values):,.{digits}f}–{max(values):,.{digits}f})"


def verdict_at_least(value, goal, unit):
    return "meets" if value >= goal else f"misses: {value:,.0f} {unit} is {value / goal:.2f}× the goal"


def main():
    # The section (tui-burst.sh) ends this script with SIGTERM on Ctrl+C: exit normally, so the finally closes the
    # private tmux server and with it TelnetLite.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    parser = argparse.ArgumentParser()
    parser.add_argument("--native", required=True)
    parser.add_argument("--framework", required=True)
    parser.add_argument("--lines", type=int, default=1_000_000)
    parser.add_argument("--keys", type=int, default=50, help="keys typed at least, in all")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()

    print(f"building the burst ({args.lines:,} lines)...", file=sys.stderr)
    blocks = flood.numbered_blocks(args.lines)
    load_before = os.getloadavg()
    results = []
    for label, binary in [("native", args.native), ("framework-dependent", args.framework)]:
        runs = []
        for number in range(1, args.runs + 1):
            print(f"{label}, run {number} of {args.runs}...", file=sys.stderr)
            try:
                runs.append(one_run(binary, args.lines, args.keys, blocks))
            except TmuxError as e:
                raise SystemExit(f"{label}: tmux: {e}")
        results.append((label, runs))

    print()
    print(f"The full-screen UI in tmux ({WIDTH}×{HEIGHT}) receiving a burst of {args.lines:,} 66-byte lines from a "
          f"loopback server while keys are typed one after another; {args.runs} runs each, median (min–max). "
          f"Latency percentiles are over the keys typed during the bursts of all runs; screens polled every "
          f"{POLL_S * 1000:.0f} ms.")
    print()
    print("| build | lines/s from the first line on screen to the last | burst s | CPU s during the burst "
          "| keys during the burst | key-to-screen p50 / p95 / max ms | p95 per run ms | keys after the burst p50 ms "
          "| peak RSS MiB | goal | verdict |")
    print("|---|---|---|---|---|---|---|---|---|---|---|")
    for label, runs in results:
        keys = [ms for run in runs for ms in run.keys_ms]
        after = [ms for run in runs for ms in run.keys_after_ms]
        rate = statistics.median(run.lines_per_s for run in runs)
        peak = statistics.median(run.peak_mib for run in runs)
        p95 = percentile(keys, 0.95) if keys else float("nan")
        verdicts = [verdict_at_least(rate, LINE_RATE_GOAL, "lines/s")]
        if not keys:
            verdicts.append("no key was typed during the burst")
        elif p95 >= KEY_P95_GOAL_MS:
            verdicts.append(f"key p95 misses: {p95:.0f} ms is {p95 / KEY_P95_GOAL_MS:.2f}× the goal")
        if peak >= MEMORY_GOAL_MIB:
            verdicts.append(f"memory misses by {peak - MEMORY_GOAL_MIB:.1f} MiB")
        verdict = "; ".join(v for v in verdicts if v != "meets") or "meets"
        key_cell = (f"{percentile(keys, 0.5):.0f} / {p95:.0f} / {max(keys):.0f}" if keys else "—")
        per_run = spread([percentile(run.keys_ms, 0.95) for run in runs if run.keys_ms])
        print(f"| {label} | {spread([run.lines_per_s for run in runs])} | {spread([run.burst_s for run in runs], 2)} "
              f"| {spread([run.burst_cpu_s for run in runs], 2)} | {len(keys)} ({', '.join(str(len(run.keys_ms)) for run in runs)}) "
              f"| {key_cell} | {per_run} | {f'{percentile(after, 0.5):.0f}' if after else '—'} "
              f"| {spread([run.peak_mib for run in runs], 1)} "
              f"| ≥ {LINE_RATE_GOAL:,} lines/s, p95 < {KEY_P95_GOAL_MS} ms, < {MEMORY_GOAL_MIB} MiB | {verdict} |")
    print()
    print(f"load average (1, 5, 15 min): {', '.join(f'{x:.1f}' for x in load_before)} at the start, "
          f"{', '.join(f'{x:.1f}' for x in os.getloadavg())} at the end, on {os.cpu_count()} CPUs.")


if __name__ == "__main__":
    main()
