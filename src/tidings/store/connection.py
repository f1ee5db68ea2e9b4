"""Opening the store's DuckDB file, turning DuckDB's failures into the store's typed errors, and
cutting a stream of results into write batches.

Two DuckDB failures must never reach a user as a traceback or as the wrong message: another
process's lock (:class:`StoreBusy`, after retrying) and a damaged file — truncated, a block whose
checksum does not match, or not a DuckDB file at all (:class:`StoreError`). DuckDB reports a
damaged block only when a query reads it, so :func:`damage_guard` wraps every use of a
connection, not just the opening.
"""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

import duckdb

from tidings.errors import StoreBusy, StoreError
from tidings.records import ArticleResult

BUSY_MESSAGE = "store is busy (another process is writing); retry"
READER_BUSY_MESSAGE = (
    "store is busy (another process has it open for reading, e.g. tidings serve; "
    "a writer waits until it closes); retry"
)

_LOCK_MARKERS = ("could not set lock on file", "conflicting lock")
"""DuckDB's words for a lock held by another process (a damaged block's message says
"block at location", so matching a bare "lock" mistook damage for a busy store)."""

_DAMAGE_MARKERS = (
    "corrupt database file", "could not read enough bytes", "not a valid duckdb database file",
    "checksum",
)


def is_lock_error(exc: BaseException) -> bool:
    text = str(exc).lower()
    return any(marker in text for marker in _LOCK_MARKERS)


def is_damage(exc: BaseException) -> bool:
    """Whether a DuckDB error says the database file itself is damaged."""
    text = str(exc).lower()
    return isinstance(exc, duckdb.Error) and any(marker in text for marker in _DAMAGE_MARKERS)


def damaged(path: Path | str, exc: BaseException) -> StoreError:
    """The one-line error for a damaged store file."""
    first = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
    return StoreError(
        f"store {path} is damaged or not a database file ({first}); "
        "restore it from a backup, or re-ingest into a new --db file"
    )


@contextmanager
def damage_guard(path: Path | str) -> Iterator[None]:
    """Re-raise a DuckDB error that says the file is damaged as :class:`StoreError`."""
    try:
        yield
    except duckdb.Error as exc:
        if is_damage(exc):
            raise damaged(path, exc) from None
        raise


def open_connection(path: Path, *, read_only: bool, timeout: float) -> duckdb.DuckDBPyConnection:
    """Open the file, retrying while another process holds the lock, then :class:`StoreBusy`."""
    deadline = time.monotonic() + timeout
    delay = 0.01
    while True:
        try:
            conn = duckdb.connect(str(path), read_only=read_only)
            conn.execute("SET enable_progress_bar = false")  # library code never draws on stdout
            return conn
        except duckdb.Error as exc:
            if is_damage(exc):
                raise damaged(path, exc) from None
            if isinstance(exc, duckdb.IOException) and is_lock_error(exc):
                if time.monotonic() >= deadline:
                    raise StoreBusy(_busy_message(path, read_only)) from None
                time.sleep(delay)
                delay = min(delay * 2, 0.2)
                continue
            first = str(exc).splitlines()[0]
            if "different configuration" in first:
                raise StoreError(
                    f"store {path} is already open in this process in another mode; close it first"
                ) from None
            raise StoreError(f"cannot open store {path}: {first}") from None


def _busy_message(path: Path, read_only: bool) -> str:
    """Who holds the lock: readers share it, so a writer shut out while a read-only open still
    succeeds is waiting for readers, not for another writer."""
    if read_only:
        return BUSY_MESSAGE  # only a writer keeps a reader out
    try:
        duckdb.connect(str(path), read_only=True).close()
    except duckdb.Error:
        return BUSY_MESSAGE
    return READER_BUSY_MESSAGE


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
