"""A per-host rate limit: at least ``interval`` seconds between two requests to one host."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable


class HostPacer:
    """Waits before a request until the host's interval since its previous request has passed.

    Hosts may be given a longer interval (a robots.txt ``Crawl-delay``). Thread-safe."""

    def __init__(self, interval: float, *, clock: Callable[[], float] = time.monotonic,
                 sleep: Callable[[float], None] = time.sleep) -> None:
        self.interval = interval
        self._clock = clock
        self._sleep = sleep
        self._last: dict[str, float] = {}
        self._intervals: dict[str, float] = {}
        self._lock = threading.Lock()

    def slow_down(self, host: str, interval: float) -> None:
        """Use ``interval`` for ``host`` when it is longer than the default."""
        with self._lock:
            self._intervals[host] = max(interval, self.interval)

    def interval_for(self, host: str) -> float:
        return self._intervals.get(host, self.interval)

    def wait(self, host: str) -> float:
        """Sleep as long as ``host`` needs, then count this request; returns the seconds slept."""
        with self._lock:
            now = self._clock()
            last = self._last.get(host)
            due = now if last is None else max(now, last + self.interval_for(host))
            self._last[host] = due
        pause = due - now
        if pause > 0:
            self._sleep(pause)
        return pause
