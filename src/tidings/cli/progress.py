"""Ingest progress for people: a Rich progress bar (total, rate, ETA) on a terminal, and a
one-line message every few inputs or seconds when the output is a file or a pipe."""

from __future__ import annotations

import time
from types import TracebackType

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    SpinnerColumn,
    Task,
    TaskID,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.text import Text


class RateColumn(ProgressColumn):
    """Inputs per second."""

    def render(self, task: Task) -> Text:
        speed = task.finished_speed or task.speed
        return Text("" if speed is None else f"{speed:.1f}/s", style="progress.data.speed")


def _duration(seconds: float) -> str:
    minutes, secs = divmod(int(seconds + 0.5), 60)
    return f"{minutes}m{secs:02d}s" if minutes else f"{secs}s"


class IngestProgress:
    """Counts the inputs the ingest loop has dealt with (coded, skipped as stored, or rejected).

    On a terminal: a bar with the total (when known), rate and time left. Otherwise a line on
    ``console`` at the first input, then every ``every`` inputs or ``seconds`` seconds, and at
    the end: ``ingest: 120/295 inputs (41%), 2.1/s, about 1m23s left``.
    """

    def __init__(self, console: Console, total: int | None, *, every: int | None = None,
                 seconds: float = 10.0, terminal: bool | None = None) -> None:
        self.console = console
        self.total = total
        self.done = 0
        self.every = every or (max(total // 20, 1) if total else 100)
        self.seconds = seconds
        self._terminal = console.is_terminal if terminal is None else terminal
        self._bar: Progress | None = None
        self._task: TaskID | None = None
        self._started = time.monotonic()
        self._said_at = (0, self._started)

    def __enter__(self) -> IngestProgress:
        self._started = time.monotonic()
        self._said_at = (0, self._started)
        if self._terminal:
            self._bar = Progress(
                SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
                TaskProgressColumn(), RateColumn(), TimeElapsedColumn(), TextColumn("ETA"), TimeRemainingColumn(),
                console=self.console, transient=True, refresh_per_second=4,
            )
            self._bar.__enter__()
            # shown at once; the first article takes longest (the model loads for it)
            self._task = self._bar.add_task("starting", total=self.total)
        else:
            known = "" if self.total is None else f" {self.total:,}"
            self.console.print(f"ingest: reading{known} inputs", highlight=False)
        return self

    def __exit__(self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None) -> None:
        if self._bar is not None:
            self._bar.__exit__(kind, exc, tb)
        elif self.done != self._said_at[0] and kind is None:
            self._say()

    def tick(self, *_: object) -> None:
        """One more input dealt with (the ingest loop's callbacks pass what it was)."""
        self.done += 1
        if self._bar is not None and self._task is not None:
            self._bar.update(self._task, advance=1, description="ingesting")
            return
        last, at = self._said_at
        now = time.monotonic()
        if last == 0 or self.done - last >= self.every or now - at >= self.seconds:
            self._say(now)

    def line(self, now: float | None = None) -> str:
        """The progress message as it stands."""
        now = time.monotonic() if now is None else now
        elapsed = max(now - self._started, 1e-9)
        rate = self.done / elapsed
        if self.total is None:
            return f"ingest: {self.done:,} inputs, {rate:.1f}/s, {_duration(elapsed)} so far"
        share = 100 * self.done / self.total if self.total else 100.0
        left = ""
        if rate > 0 and self.done < self.total:
            left = f", about {_duration((self.total - self.done) / rate)} left"
        return f"ingest: {self.done:,}/{self.total:,} inputs ({share:.0f}%), {rate:.1f}/s{left}"

    def _say(self, now: float | None = None) -> None:
        now = time.monotonic() if now is None else now
        self.console.print(self.line(now), highlight=False, soft_wrap=True)
        self._said_at = (self.done, now)
