"""A loopback flood server for one connection: what the throughput and TUI-burst sections receive.

It writes lines as fast as the client takes them (sendall of blocks of about 1 MiB, so the server itself costs
little more than the kernel's copy), then half-closes and waits for the client to close its side, so the FIN never
races an RST. It stamps the moment it accepted and the moment everything was written, by time.monotonic().
Standard library only, so that the system python3 runs it.
"""

import socket
import threading
import time

# The flood line: 66 bytes, a multi-line SMTP reply's continuation.
LINE = b"250-" + b"x" * 60 + b"\r\n"
LINES_PER_BLOCK = 1 << 14  # 16,384 lines, about 1 MiB per sendall


def numbered_line(number):
    """The burst's line `number`: as long as LINE, and unique, so its arrival on a screen can be told apart."""
    line = b"250-%07d " % number
    return line + b"x" * (len(LINE) - len(line) - 2) + b"\r\n"


def repeated_blocks(line_count):
    """line_count copies of LINE, in blocks of LINES_PER_BLOCK lines (the last one shorter)."""
    block = LINE * LINES_PER_BLOCK
    whole, rest = divmod(line_count, LINES_PER_BLOCK)
    for _ in range(whole):
        yield block
    if rest:
        yield LINE * rest


def numbered_blocks(line_count):
    """Lines 1..line_count numbered, built before the server starts (so building them is not timed)."""
    blocks = []
    for first in range(1, line_count + 1, LINES_PER_BLOCK):
        last = min(first + LINES_PER_BLOCK, line_count + 1)
        blocks.append(b"".join(numbered_line(n) for n in range(first, last)))
    return blocks


class FloodServer:
    """Listens on 127.0.0.1 (a free port) for one client and floods it with `blocks`.

    `start_sending`, when given, is waited for between the accept and the first byte (the TUI burst starts once the
    window is drawn); `release`, when given, is waited for after the last byte before the half-close (the TUI keeps
    its connection while the keys are measured)."""

    def __init__(self, blocks, start_sending=None, release=None, client_close_timeout_s=600):
        self._blocks = blocks
        self._start_sending = start_sending
        self._release = release
        self._client_close_timeout_s = client_close_timeout_s
        self.accepted_at = None
        self.sent_at = None
        self.sent_bytes = 0
        self.error = None
        self._listener = socket.socket()
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(1)
        self.port = self._listener.getsockname()[1]
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self):
        try:
            conn, _ = self._listener.accept()
        except OSError as e:  # closed before anyone connected
            self.error = e
            return
        self.accepted_at = time.monotonic()
        try:
            if self._start_sending is not None:
                self._start_sending.wait()
            for block in self._blocks:
                conn.sendall(block)
                self.sent_bytes += len(block)
            self.sent_at = time.monotonic()
            if self._release is not None:
                self._release.wait()
            conn.shutdown(socket.SHUT_WR)
            conn.settimeout(self._client_close_timeout_s)
            while conn.recv(65536):
                pass
        except OSError as e:
            self.error = e
        finally:
            conn.close()

    def close(self, timeout_s=10):
        """Stops listening and waits (up to timeout_s) for the connection to end."""
        try:
            # Wakes an accept() still waiting (a client that never connected); close() alone would not.
            self._listener.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        self._listener.close()
        self._thread.join(timeout_s)
