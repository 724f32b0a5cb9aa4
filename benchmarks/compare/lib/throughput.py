"""The throughput comparison: receiving a flood from a loopback server, TelnetLite beside nc and inetutils telnet.

Called by benchmarks/compare/throughput.sh, which builds the two binaries; see there. The server (flood.py) writes
66-byte lines (`250-` + 60 x `x` + CRLF) as fast as the client takes them, then closes. Each client's time runs from
the server's accept to the client process's exit: the runtime's start-up is not in it, all the work on the data and
the exit after the close are. Peak RSS and CPU time come from GNU time (%M, %U + %S): the rusage Python gets from
wait4 would count this interpreter's pages, which the child shares until it execs.

Before the timed runs each client is run once with its output counted (and the log's lines, for -f), so a client
that drops data cannot look fast; then the runs go in rounds, every client once per round in the same order, so a
change of load hits them alike, and each round gives a ratio to nc.
Prints Markdown tables (the README's "Measured" section holds them) and, per figure, whether it meets its goal.
"""

import argparse
import os
import shlex
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, os.path.dirname(__file__))
import flood  # noqa: E402  (beside this file)
import measure  # noqa: E402

RAW_GOAL = 0.9
DECODED_GOAL = 0.6
LOG_GOAL = 0.25
MEMORY_GOAL_MIB = 64.0


class Client:
    """One command line that receives the flood, and what its output must hold."""

    def __init__(self, label, argv, goal=None, log=None, exact_bytes=False, idle_stdin=False):
        self.label = label
        self.argv = argv  # "{port}" is replaced by the server's port
        self.goal = goal  # the least ratio to nc, or None for the anchors
        self.log = log  # the session log's path, for -f
        self.exact_bytes = exact_bytes  # the output must be the received bytes exactly
        self.idle_stdin = idle_stdin
        self.wall_s, self.cpu_s, self.peak_mib, self.ratios = [], [], [], []


class Run:
    def __init__(self, wall_s, cpu_s, peak_mib):
        self.wall_s, self.cpu_s, self.peak_mib = wall_s, cpu_s, peak_mib


def count_stream(stream, pattern):
    """(bytes, occurrences of pattern) in a stream, counting occurrences that straddle two reads."""
    total, count, tail = 0, 0, b""
    while True:
        chunk = stream.read(1 << 20)
        if not chunk:
            return total, count
        total += len(chunk)
        window = tail + chunk
        count += window.count(pattern)
        # Keep the end that could begin an occurrence completed by the next read (never a whole occurrence).
        tail = window[-(len(pattern) - 1):]


def count_file(path, pattern):
    with open(path, "rb") as f:
        return count_stream(f, pattern)[1]


def run(client, line_count, work_dir, count_output=False):
    """One flood received by client: a Run, and with count_output (bytes, lines) of its standard output."""
    server = flood.FloodServer(flood.repeated_blocks(line_count))
    argv = [a.replace("{port}", str(server.port)) for a in client.argv]
    usage_path = os.path.join(work_dir, "usage")
    stderr_path = os.path.join(work_dir, "stderr")
    if client.log and os.path.exists(client.log):
        os.remove(client.log)
    measure.settle()
    counted = None
    process = None
    try:
        with open(stderr_path, "wb") as stderr, open(os.devnull, "rb") as empty, open(os.devnull, "wb") as sink:
            # telnet ends at the end of its input: it gets an open, idle pipe, as a person's terminal would be.
            # Its own process group, so an interrupted measurement can end GNU time and the client together.
            process = subprocess.Popen(["/usr/bin/time", "-f", "%M %U %S", "-o", usage_path] + argv,
                                       stdin=subprocess.PIPE if client.idle_stdin else empty,
                                       stdout=subprocess.PIPE if count_output else sink, stderr=stderr,
                                       start_new_session=True)
            if count_output:
                counted = count_stream(process.stdout, flood.LINE[:-2])
            code = process.wait()
            ended = time.monotonic()
    finally:
        if process is not None:
            end_group(process)
        server.close()
    if server.accepted_at is None:
        raise SystemExit(f"{client.label}: never connected ({shlex.join(argv)}, exit {code}):\n{read_text(stderr_path)}")
    if code != 0 or server.error is not None:
        raise SystemExit(f"{client.label}: exit {code}, server {server.error!r} ({shlex.join(argv)}):\n{read_text(stderr_path)}")
    with open(usage_path) as f:
        # GNU time writes "Command exited with non-zero status" first when it did; the figures are the last line.
        peak_kib, user_s, system_s = f.read().split("\n")[-2].split()
    return Run(ended - server.accepted_at, float(user_s) + float(system_s), int(peak_kib) / 1024), counted


def end_group(process):
    """Kills what is left of process's group (nothing, after a normal exit) and closes its pipes."""
    try:
        os.killpg(process.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    process.wait()
    for pipe in (process.stdin, process.stdout):
        if pipe:
            pipe.close()


def check_output(client, line_count, work_dir):
    """Runs client once with its output counted; fails unless every line arrived (and was logged, with -f)."""
    _, (total, lines) = run(client, line_count, work_dir, count_output=True)
    expected_bytes = line_count * len(flood.LINE)
    if lines != line_count or (client.exact_bytes and total != expected_bytes):
        raise SystemExit(f"{client.label}: wrote {total:,} bytes holding {lines:,} flood lines; "
                         f"expected {line_count:,} lines" + (f" in exactly {expected_bytes:,} bytes" if client.exact_bytes else ""))
    if client.log:
        logged = count_file(client.log, b" <- " + flood.LINE[:-2])
        if logged != line_count:
            raise SystemExit(f"{client.label}: the log holds {logged:,} of the {line_count:,} lines")
        os.remove(client.log)


def read_text(path):
    with open(path, "rb") as f:
        return f.read().decode("utf-8", "replace")[-2000:]


def spread(values, digits):
    return f"{statistics.median(values):.{digits}f} ({min(values):.{digits}f}–{max(values):.{digits}f})"


def telnetlite_clients(build, path, log_dir):
    log = os.path.join(log_dir, f"flood-{build}.log")
    # With no input TelnetLite would leave after --idle-exit seconds of quiet: the server's close ends it first.
    plain = [path, "--plain", "--idle-exit", "600"]
    return [
        Client(f"{build}, `--plain --raw-output`", plain + ["--raw-output", "127.0.0.1", "{port}"], RAW_GOAL, exact_bytes=True),
        Client(f"{build}, `--plain` (decoded)", plain + ["127.0.0.1", "{port}"], DECODED_GOAL),
        Client(f"{build}, `--plain -f LOG`", plain + ["-f", log, "127.0.0.1", "{port}"], LOG_GOAL, log=log),
    ]


def verdict(client, ratio, peak):
    misses = []
    if client.goal is not None and ratio < client.goal:
        misses.append(f"speed misses: {ratio:.2f}× nc is {ratio / client.goal:.2f}× the goal")
    if peak > MEMORY_GOAL_MIB:
        misses.append(f"memory misses by {peak - MEMORY_GOAL_MIB:.1f} MiB")
    return "; ".join(misses) or "meets"


def main():
    # The section (throughput.sh) ends this script with SIGTERM on Ctrl+C: exit normally, so every finally ends the
    # processes it started.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    parser = argparse.ArgumentParser()
    parser.add_argument("--native", required=True)
    parser.add_argument("--framework", required=True)
    parser.add_argument("--mib", type=int, default=256, help="size of the timed flood")
    parser.add_argument("--runs", type=int, default=5, help="timed rounds")
    parser.add_argument("--memory-mib", type=int, default=1024, help="size of the memory check's flood (0: skip it)")
    args = parser.parse_args()

    line_count = args.mib * 1024 * 1024 // len(flood.LINE)
    work_dir = tempfile.mkdtemp(prefix="telnetlite-compare-flood-")
    load_before = os.getloadavg()
    try:
        anchors = [Client("nc (OpenBSD netcat)", [shutil.which("nc") or "nc", "127.0.0.1", "{port}"], exact_bytes=True),
                   Client("telnet (inetutils)", [shutil.which("telnet") or "telnet", "127.0.0.1", "{port}"], idle_stdin=True)]
        clients = anchors + telnetlite_clients("native", args.native, work_dir) + \
            telnetlite_clients("framework-dependent", args.framework, work_dir)

        print(f"flood of {line_count:,} lines ({line_count * len(flood.LINE) / 2**20:.0f} MiB): "
              "checking that every client receives all of it...", file=sys.stderr)
        for client in clients:
            check_output(client, line_count, work_dir)
        for round_number in range(1, args.runs + 1):
            print(f"round {round_number} of {args.runs}...", file=sys.stderr)
            nc_wall = None
            for client in clients:
                result, _ = run(client, line_count, work_dir)
                client.wall_s.append(result.wall_s)
                client.cpu_s.append(result.cpu_s)
                client.peak_mib.append(result.peak_mib)
                if nc_wall is None:
                    nc_wall = result.wall_s
                client.ratios.append(nc_wall / result.wall_s)
                if client.log:
                    os.remove(client.log)

        memory = []
        if args.memory_mib:
            memory_lines = args.memory_mib * 1024 * 1024 // len(flood.LINE)
            print(f"memory check: {args.memory_mib} MiB flood...", file=sys.stderr)
            for client in clients[2:]:
                result, _ = run(client, memory_lines, work_dir)
                memory.append((client, result))
                if client.log:
                    os.remove(client.log)
    finally:
        shutil.rmtree(work_dir, ignore_errors=True)

    mib = line_count * len(flood.LINE) / 2**20
    print()
    print(f"Receiving {mib:.0f} MiB of 66-byte lines from a loopback server, {args.runs} rounds after a checked run; "
          "median (min–max); × nc is the median of the rounds' ratios of nc's time to the client's.")
    print()
    print("| client | wall s | MiB/s | × nc | CPU s | peak RSS MiB | goal | verdict |")
    print("|---|---|---|---|---|---|---|---|")
    for client in clients:
        ratio = statistics.median(client.ratios)
        peak = statistics.median(client.peak_mib)
        goal = f"≥ {client.goal}× nc, ≤ {MEMORY_GOAL_MIB:.0f} MiB" if client.goal is not None else "—"
        print(f"| {client.label} | {spread(client.wall_s, 2)} | {mib / statistics.median(client.wall_s):.0f} "
              f"| {spread(client.ratios, 2)} | {spread(client.cpu_s, 2)} | {spread(client.peak_mib, 1)} | {goal} "
              f"| {verdict(client, ratio, peak) if client.goal is not None else '—'} |")
    if memory:
        print()
        print(f"Memory check: one {args.memory_mib} MiB flood each.")
        print()
        print("| client | wall s | CPU s | peak RSS MiB | goal | verdict |")
        print("|---|---|---|---|---|---|")
        for client, result in memory:
            print(f"| {client.label} | {result.wall_s:.2f} | {result.cpu_s:.2f} | {result.peak_mib:.1f} "
                  f"| ≤ {MEMORY_GOAL_MIB:.0f} MiB | {measure.verdict(result.peak_mib, MEMORY_GOAL_MIB, 'MiB')} |")
    print()
    print(f"load average (1, 5, 15 min): {', '.join(f'{x:.1f}' for x in load_before)} at the start, "
          f"{', '.join(f'{x:.1f}' for x in os.getloadavg())} at the end, on {os.cpu_count()} CPUs.")


if __name__ == "__main__":
    main()
