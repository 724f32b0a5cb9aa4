"""The start-up comparison: the native binary and the framework-dependent one, side by side with telnet and swaks.

Called by benchmarks/compare/startup.sh, which builds the binaries and runs the private Postfix; see there.
Prints a Markdown table (the README's "Measured" section is this table) and, per figure, whether it meets its goal.
Each cell is the median wall time (min–max) and the median CPU time of the runs.
"""

import argparse
import os
import shutil
import statistics
import sys
import tempfile

sys.path.insert(0, os.path.dirname(__file__))
import measure  # noqa: E402  (beside this file)

FRAME_GOAL_MS = 150
EXPLAIN_GOAL_MS = 30
SCRIPT_GOAL_RATIO = 1.0
MEMORY_GOAL_RATIO = 2.0


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--native", required=True)
    parser.add_argument("--framework", required=True)
    parser.add_argument("--postfix-port", type=int, required=True)
    parser.add_argument("--script", required=True, help="the seed's transaction as a TelnetLite script")
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()

    builds = [("native", args.native), ("framework-dependent", args.framework)]
    home = tempfile.mkdtemp(prefix="telnetlite-compare-home-")
    # A fresh home for every program: no history file, recent hosts or Terminal.Gui settings of the user's, and
    # nothing written back into the user's own.
    env_assignments = {"HOME": home, "XDG_CONFIG_HOME": os.path.join(home, ".config"), "DOTNET_NOLOGO": "1",
                       "DOTNET_CLI_TELEMETRY_OPTOUT": "1"}
    env = dict(os.environ, **env_assignments)
    failures = []
    try:
        print(f"{args.runs} runs each after one warm-up; median (min–max).", file=sys.stderr)

        tmux = measure.Tmux()
        try:
            print("first frame...", file=sys.stderr)
            telnet = tmux.frames("telnet", [shutil.which("telnet") or "telnet"], "telnet>", args.runs, env_assignments)
            frames = [tmux.frames(name, [path], "telnetlite>", args.runs, env_assignments) for name, path in builds]
        finally:
            tmux.close()

        print("explain...", file=sys.stderr)
        explains = [measure.runs(name, [path, "explain", "250", "ok"], args.runs, env) for name, path in builds]

        print("the seed's transaction against Postfix...", file=sys.stderr)
        port = str(args.postfix_port)
        swaks = measure.runs("swaks", ["swaks", "--server", "127.0.0.1", "--port", port, "--ehlo", "contoso.com",
                                       "--from", "chris@contoso.com", "--to", "kate@fabrikam.com",
                                       "--data", "Subject: Test from Contoso\\n\\nThis is a test message\\n"],
                             args.runs, env)
        scripts = [measure.runs(name, [path, "run", args.script, "127.0.0.1", port], args.runs, env) for name, path in builds]
    finally:
        shutil.rmtree(home, ignore_errors=True)

    native_frame, native_explain, native_script = frames[0], explains[0], scripts[0]
    print()
    print("| measure | anchor | native | framework-dependent | goal | native |")
    print("|---|---|---|---|---|---|")
    print(f"| first frame of the TUI (tmux, 120×40, until `telnetlite>` is drawn) | telnet {telnet.wall()} "
          f"| {frames[0].wall()} | {frames[1].wall()} | ≤ {FRAME_GOAL_MS} ms "
          f"| {measure.verdict(native_frame.median_ms, FRAME_GOAL_MS, 'ms')} |")
    print(f"| `telnetlite explain 250 ok` | — | {explains[0].wall()} | {explains[1].wall()} | ≤ {EXPLAIN_GOAL_MS} ms "
          f"| {measure.verdict(native_explain.median_ms, EXPLAIN_GOAL_MS, 'ms')} |")
    print(f"| the seed's transaction as a script against a local Postfix (wall) | swaks {swaks.wall()} "
          f"| {scripts[0].wall()}, {measure.ratio(scripts[0].median_ms, swaks.median_ms)} swaks "
          f"| {scripts[1].wall()}, {measure.ratio(scripts[1].median_ms, swaks.median_ms)} swaks "
          f"| ≤ {SCRIPT_GOAL_RATIO:.1f}× swaks "
          f"| {measure.verdict(native_script.median_ms / swaks.median_ms, SCRIPT_GOAL_RATIO, '× swaks')} |")
    print(f"| peak memory of that run | swaks {swaks.memory()} "
          f"| {scripts[0].memory()}, {measure.ratio(scripts[0].median_mib, swaks.median_mib)} swaks "
          f"| {scripts[1].memory()}, {measure.ratio(scripts[1].median_mib, swaks.median_mib)} swaks "
          f"| ≤ {MEMORY_GOAL_RATIO:.0f}× swaks "
          f"| {measure.verdict(native_script.median_mib / swaks.median_mib, MEMORY_GOAL_RATIO, '× swaks')} |")
    print()
    print(f"native vs framework-dependent (median): first frame {measure.ratio(frames[1].median_ms, frames[0].median_ms)} "
          f"faster, explain {measure.ratio(explains[1].median_ms, explains[0].median_ms)} faster, "
          f"script {measure.ratio(scripts[1].median_ms, scripts[0].median_ms)} faster, "
          f"memory {measure.ratio(scripts[1].median_mib, scripts[0].median_mib)} less.")
    print(f"first frame vs telnet: native {measure.ratio(frames[0].median_ms, telnet.median_ms)}, "
          f"framework-dependent {measure.ratio(frames[1].median_ms, telnet.median_ms)}.")
    print(f"the script's CPU time vs swaks's: native {measure.ratio(statistics.median(scripts[0].cpu_ms), statistics.median(swaks.cpu_ms))}, "
          f"framework-dependent {measure.ratio(statistics.median(scripts[1].cpu_ms), statistics.median(swaks.cpu_ms))}.")
    print(f"load average (1, 5, 15 min) at the end: {', '.join(f'{x:.1f}' for x in os.getloadavg())} on {os.cpu_count()} CPUs.")


if __name__ == "__main__":
    main()
