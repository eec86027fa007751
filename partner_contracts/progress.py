"""Progress for the slow stages: status lines redrawn in place on a terminal, plain lines every few seconds
otherwise (CI logs), and stage timings for the closing summary.

    with Live("fuzz", status) as live:   # status() -> the current lines, one per API
        ...                              # live.say("a permanent line") prints above the live block
"""

from __future__ import annotations

import shutil
import sys
import threading
import time
from collections.abc import Callable
from types import TracebackType
from typing import TextIO

# On a terminal the live block is redrawn this often; without one (CI) a plain status is printed this often.
TTY_INTERVAL = 0.25
PLAIN_INTERVAL = 5.0


def seconds(value: float) -> str:
    return f"{value:.1f}s" if value < 60 else f"{int(value // 60)}m{value % 60:04.1f}s"


class Live:
    """Status lines from ``status()``, kept current by a background thread until the block exits."""

    def __init__(self, title: str, status: Callable[[], list[str]], stream: TextIO | None = None,
                 tty: bool | None = None, interval: float | None = None) -> None:
        self.title, self.status = title, status
        self.stream = stream or sys.stdout
        self.tty = self.stream.isatty() if tty is None else tty
        self.interval = interval or (TTY_INTERVAL if self.tty else PLAIN_INTERVAL)
        self.started = time.monotonic()
        self.drawn = 0
        self.lock = threading.Lock()
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, name=f"progress-{title}", daemon=True)

    @property
    def elapsed(self) -> float:
        return time.monotonic() - self.started

    def __enter__(self) -> Live:  # noqa: PYI034
        self.thread.start()
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        self.stop.set()
        self.thread.join()
        with self.lock:
            self._clear()

    def say(self, text: str) -> None:
        """Print a line that stays (a stage result), above the live block."""
        with self.lock:
            self._clear()
            self.stream.write(text + "\n")
            self._draw()

    def _run(self) -> None:
        while not self.stop.wait(self.interval):
            with self.lock:
                if self.tty:
                    self._clear()
                    self._draw()
                else:
                    for line in self._lines():
                        self.stream.write(line + "\n")
                    self.stream.flush()

    def _lines(self) -> list[str]:
        try:
            lines = self.status()
        except Exception as exc:  # noqa: BLE001 - a status that cannot be read must not stop the stage
            lines = [f"(status unavailable: {exc})"]
        lines = [f"[{self.title} {seconds(self.elapsed)}] {line}" for line in lines]
        if self.tty:  # a wrapped line would break the count of lines to redraw
            width = max(shutil.get_terminal_size().columns - 1, 20)
            lines = [line[:width] for line in lines]
        return lines

    def _draw(self) -> None:
        if self.tty:
            lines = self._lines()
            self.stream.write("".join(line + "\n" for line in lines))
            self.drawn = len(lines)
        self.stream.flush()

    def _clear(self) -> None:
        if self.tty and self.drawn:
            self.stream.write(f"\x1b[{self.drawn}F\x1b[J")  # up to the block's first line, erase to the end
            self.drawn = 0
        self.stream.flush()


class Stages:
    """Wall time of each named stage, for the closing 'slowest stages' lines."""

    def __init__(self) -> None:
        self.started = time.perf_counter()
        self.times: dict[str, float] = {}

    def add(self, name: str, elapsed: float) -> None:
        self.times[name] = self.times.get(name, 0.0) + elapsed

    def report(self, top: int = 5) -> str:
        total = time.perf_counter() - self.started
        slowest = sorted(self.times.items(), key=lambda item: -item[1])[:top]
        lines = [f"wall time {seconds(total)}; slowest stages:"]
        lines += [f"  {seconds(t):>8}  {name}" for name, t in slowest]
        return "\n".join(lines)
