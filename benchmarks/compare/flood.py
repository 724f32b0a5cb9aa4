#!/usr/bin/env python3
"""Side-by-side throughput of TelnetLite, nc and telnet receiving a flood from a loopback server.

The server writes `250-` + 60 x `x` + CRLF lines (66 bytes) as fast as it can, then closes. Each client's time runs
from the server's accept to the client process's exit, so runtime start-up is not in it but all work on the data
is. Peak RSS comes from the kernel's rusage of the child. Run by throughput.sh; not part of CI.
"""
import argparse, os, resource, socket, statistics, subprocess, sys, threading, time

LINE = b"250-" + b"x" * 60 + b"\r\n"


def serve_once(listener, total, ready, stamp):
    block = LINE * (1 << 14)  # about 1 MiB per send
    ready.set()
    conn, _ = listener.accept()
    stamp["accept"] = time.monotonic()
    sent = 0
    try:
        while sent < total:
            chunk = block if total - sent >= len(block) else block[: total - sent]
            conn.sendall(chunk)
            sent += len(chunk)
        stamp["sent"] = time.monotonic()
        conn.shutdown(socket.SHUT_WR)
        # Wait for the client to close its side so the FIN is not racing an RST.
        conn.settimeout(120)
        while conn.recv(65536):
            pass
    except OSError:
        pass
    finally:
        conn.close()


def run_client(argv, total, idle_stdin=False):
    listener = socket.socket()
    listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    listener.bind(("127.0.0.1", 0))
    listener.listen(1)
    port = listener.getsockname()[1]
    ready, stamp = threading.Event(), {}
    server = threading.Thread(target=serve_once, args=(listener, total, ready, stamp), daemon=True)
    server.start()
    ready.wait()
    argv = [a.replace("{port}", str(port)) for a in argv]
    # GNU time reports the peak RSS of the program itself (a Python fork would count this interpreter's pages).
    rss_file = f"/tmp/flood-rss-{os.getpid()}"
    with open(os.devnull, "wb") as sink, open(os.devnull, "rb") as empty:
        proc = subprocess.Popen(["/usr/bin/time", "-f", "%M", "-o", rss_file] + argv,
                                stdin=subprocess.PIPE if idle_stdin else empty, stdout=sink, stderr=subprocess.DEVNULL)
        code = proc.wait()
        end = time.monotonic()
        if proc.stdin:
            proc.stdin.close()
    server.join(timeout=5)
    listener.close()
    if "accept" not in stamp:
        raise SystemExit(f"{argv[0]} never connected")
    with open(rss_file) as f:
        peak_kib = int(f.read().split()[-1])
    os.remove(rss_file)
    return end - stamp["accept"], peak_kib / 1024.0, code


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--mib", type=int, default=256)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--telnetlite", required=True, help="command that starts TelnetLite, e.g. path/to/telnetlite")
    parser.add_argument("--only", default="", help="comma-separated row names to run")
    parser.add_argument("--log-dir", default="/tmp")
    args = parser.parse_args()
    total = args.mib * 1024 * 1024
    tl = args.telnetlite.split()
    log = os.path.join(args.log_dir, "telnetlite-flood.log")
    rows = [
        ("nc", ["nc", "127.0.0.1", "{port}"]),
        ("telnet", ["telnet", "127.0.0.1", "{port}"]),
        # With no input, TelnetLite waits --idle-exit seconds of quiet: the server's close ends it first.
        ("telnetlite --raw-output", tl + ["--plain", "--raw-output", "--idle-exit", "600", "127.0.0.1", "{port}"]),
        ("telnetlite --plain", tl + ["--plain", "--idle-exit", "600", "127.0.0.1", "{port}"]),
        ("telnetlite --plain -f LOG", tl + ["--plain", "--idle-exit", "600", "-f", log, "127.0.0.1", "{port}"]),
    ]
    only = [o.strip() for o in args.only.split(",") if o.strip()]
    results = {}
    for name, argv in rows:
        if only and name not in only:
            continue
        times, peaks, codes = [], [], set()
        for _ in range(args.runs):
            if os.path.exists(log):
                os.remove(log)
            # telnet ends at the end of its input: give it an open, idle pipe as a person's terminal would be.
            seconds, peak, code = run_client(argv, total, idle_stdin=(name == "telnet"))
            times.append(seconds)
            peaks.append(peak)
            codes.add(code)
        results[name] = (times, peaks, codes)
    base = statistics.median(results["nc"][0]) if "nc" in results else None
    print(f"flood: {args.mib} MiB of 66-byte lines, {args.runs} runs each (median, min-max)")
    print(f"{'client':28} {'seconds':>22} {'MB/s':>8} {'x nc':>6} {'peak RSS MB':>18}  exit")
    for name, (times, peaks, codes) in results.items():
        median = statistics.median(times)
        ratio = f"{base / median:.2f}" if base else "-"
        print(f"{name:28} {median:8.2f} ({min(times):.2f}-{max(times):.2f}) {args.mib / median:8.0f} {ratio:>6} "
              f"{statistics.median(peaks):8.1f} ({min(peaks):.0f}-{max(peaks):.0f})  {','.join(map(str, sorted(codes)))}")


if __name__ == "__main__":
    main()
