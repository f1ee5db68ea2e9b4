"""One writer or many readers of the store inside the server process.

DuckDB refuses to open a file read-write while the same process has it open read-only (and the
other way round), so an HTTP ingest and the API's reads must take turns. Readers share the
gate; an ingest takes it alone. Whoever waits longer than its timeout gets 503
"store is busy, retry" instead of hanging.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager

from tidings.api.errors import BUSY, ApiError

READ_WAIT_SECONDS = 5.0
WRITE_WAIT_SECONDS = 5.0


class StoreGate:
    def __init__(self, read_wait: float = READ_WAIT_SECONDS, write_wait: float = WRITE_WAIT_SECONDS) -> None:
        self.read_wait = read_wait
        self.write_wait = write_wait
        self._cond = threading.Condition()
        self._readers = 0
        self._writing = False

    @staticmethod
    def _busy() -> ApiError:
        return ApiError(503, BUSY, headers={"Retry-After": "2"})

    @contextmanager
    def reading(self) -> Iterator[None]:
        with self._cond:
            if not self._cond.wait_for(lambda: not self._writing, self.read_wait):
                raise self._busy()
            self._readers += 1
        try:
            yield
        finally:
            with self._cond:
                self._readers -= 1
                self._cond.notify_all()

    @contextmanager
    def writing(self) -> Iterator[None]:
        with self._cond:
            if not self._cond.wait_for(lambda: not self._writing and self._readers == 0, self.write_wait):
                raise self._busy()
            self._writing = True
        try:
            yield
        finally:
            with self._cond:
                self._writing = False
                self._cond.notify_all()
