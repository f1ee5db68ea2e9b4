"""Opening the store's DuckDB file (retrying while another process writes) and cutting a
stream of results into write batches; see :mod:`tidings.store.core` for the concurrency rules."""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from pathlib import Path

import duckdb

from tidings.errors import StoreBusy, StoreError
from tidings.records import ArticleResult

BUSY_MESSAGE = "store is busy (another process is writing); retry"
__all__ = ["BUSY_MESSAGE", "batches", "open_connection"]


def open_connection(path: Path, *, read_only: bool, timeout: float) -> duckdb.DuckDBPyConnection:
    """Open the file, retrying while another process holds the lock, then :class:`StoreBusy`."""
    deadline = time.monotonic() + timeout
    delay = 0.01
    while True:
        try:
            conn = duckdb.connect(str(path), read_only=read_only)
            conn.execute("SET enable_progress_bar = false")  # library code never draws on stdout
            return conn
        except duckdb.IOException as exc:
            text = str(exc)
            if "lock" not in text.lower():
                raise StoreError(f"cannot open store {path}: {text.splitlines()[0]}") from None
            if time.monotonic() >= deadline:
                raise StoreBusy(BUSY_MESSAGE) from None
            time.sleep(delay)
            delay = min(delay * 2, 0.2)
        except duckdb.Error as exc:
            first = str(exc).splitlines()[0]
            if "different configuration" in first:
                raise StoreError(
                    f"store {path} is already open in this process in another mode; close it first"
                ) from None
            raise StoreError(f"cannot open store {path}: {first}") from None


def batches(results: Iterable[ArticleResult], size: int) -> Iterator[tuple[list[ArticleResult], float]]:
    """Batches of ``size`` results (at least one, possibly empty), with seconds spent pulling each."""
    batch: list[ArticleResult] = []
    pulled_since = time.monotonic()
    yielded = False
    for result in results:
        batch.append(result)
        if len(batch) >= size:
            yield batch, time.monotonic() - pulled_since
            yielded = True
            batch = []
            pulled_since = time.monotonic()
    if batch or not yielded:
        yield batch, time.monotonic() - pulled_since
