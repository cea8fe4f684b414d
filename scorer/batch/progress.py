"""Progress on stderr: a live bar on a terminal, a periodic log line otherwise."""

from __future__ import annotations

import sys
import time
from typing import TextIO

LOG_EVERY_SECONDS = 10.0
BAR_EVERY_SECONDS = 0.2
BAR_WIDTH = 30


class Progress:
    def __init__(
        self, total: int | None, quiet: bool = False, stream: TextIO | None = None, done_before: int = 0
    ) -> None:
        self.total = total
        self.quiet = quiet
        self.stream = stream or sys.stderr
        self.is_terminal = self.stream.isatty()
        self.done_before = done_before
        self.count = 0
        self.failed = 0
        self.started = time.monotonic()
        self._last_shown = 0.0

    @property
    def rate(self) -> float:
        elapsed = time.monotonic() - self.started
        return self.count / elapsed if elapsed > 0 else 0.0

    def update(self, failed: bool) -> None:
        self.count += 1
        self.failed += failed
        if self.quiet:
            return
        now = time.monotonic()
        every = BAR_EVERY_SECONDS if self.is_terminal else LOG_EVERY_SECONDS
        if now - self._last_shown >= every:
            self._last_shown = now
            self._show()

    def _show(self) -> None:
        done = self.done_before + self.count
        rate = self.rate
        if self.total:
            fraction = min(done / self.total, 1.0)
            eta = (self.total - done) / rate if rate > 0 else float("inf")
            eta_text = f"ETA {_duration(eta)}" if eta != float("inf") else "ETA ?"
            position = f"{done:,}/{self.total:,}"
        else:
            fraction, eta_text, position = None, "", f"{done:,}"
        if self.is_terminal:
            bar = ""
            if fraction is not None:
                filled = int(BAR_WIDTH * fraction)
                bar = "[" + "#" * filled + "." * (BAR_WIDTH - filled) + f"] {100 * fraction:5.1f}% "
            self.stream.write(f"\r{bar}{position} records, {rate:,.1f}/s, {self.failed} failed {eta_text}   ")
        else:
            self.stream.write(f"scorer batch: {position} records, {rate:,.1f}/s, {self.failed} failed {eta_text}\n")
        self.stream.flush()

    def close(self) -> None:
        if not self.quiet and self.is_terminal:
            self._show()
            self.stream.write("\n")
            self.stream.flush()


def _duration(seconds: float) -> str:
    seconds = int(seconds)
    hours, rest = divmod(seconds, 3600)
    minutes, seconds = divmod(rest, 60)
    return f"{hours}h{minutes:02d}m" if hours else f"{minutes}m{seconds:02d}s"
