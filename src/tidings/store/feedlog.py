"""The store's feed ledger: which feed item links were already fetched, and what each feed last
answered (ETag / Last-Modified), so a re-poll fetches only what is new.

:class:`FeedLedgerMethods` is mixed into :class:`~tidings.store.Store`; all its SQL is here.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager
from typing import TYPE_CHECKING

from tidings.records import FeedState, SeenUrl
from tidings.store.rows import insert_new

if TYPE_CHECKING:
    import duckdb

_LOOKUP_CHUNK = 500


def _chunks(items: list[str], size: int) -> Iterator[list[str]]:
    for start in range(0, len(items), size):
        yield items[start:start + size]


class FeedLedgerMethods:
    """The feed-ledger methods of :class:`~tidings.store.Store`."""

    if TYPE_CHECKING:
        def _connection(self) -> AbstractContextManager[duckdb.DuckDBPyConnection]: ...
        def _transaction(self) -> AbstractContextManager[duckdb.DuckDBPyConnection]: ...

    def seen_urls(self, urls: Iterable[str]) -> set[str]:
        """The ones among ``urls`` already fetched, as a link or as the canonical URL of one."""
        wanted = sorted(set(urls))
        found: set[str] = set()
        if not wanted:
            return found
        with self._connection() as conn:
            for chunk in _chunks(wanted, _LOOKUP_CHUNK):
                marks = ", ".join("?" * len(chunk))
                rows = conn.execute(
                    f"SELECT url FROM seen_urls WHERE url IN ({marks}) "
                    f"UNION SELECT canonical_url FROM seen_urls WHERE canonical_url IN ({marks})",
                    [*chunk, *chunk],
                ).fetchall()
                found.update(row[0] for row in rows)
        return found

    def mark_urls_seen(self, seen: Iterable[SeenUrl]) -> int:
        """Record fetched links (a link recorded before keeps its first record); returns rows added."""
        now = dt.datetime.now(dt.UTC)
        rows = [(s.url, s.canonical_url, s.article_id, s.outcome, now) for s in seen]
        if not rows:
            return 0
        with self._transaction() as conn:
            return insert_new(conn, "seen_urls", rows)

    def feed_state(self, feed_url: str) -> FeedState | None:
        """What ``feed_url`` answered when last fetched, or None for a feed never fetched."""
        with self._connection() as conn:
            row = conn.execute(
                "SELECT feed_url, etag, last_modified, checked_at FROM feed_state WHERE feed_url = ?", [feed_url]
            ).fetchone()
        if row is None:
            return None
        return FeedState(feed_url=row[0], etag=row[1], last_modified=row[2], checked_at=row[3])

    def save_feed_states(self, states: Iterable[FeedState]) -> None:
        """Remember each feed's validators (replacing what was there) for the next conditional GET."""
        now = dt.datetime.now(dt.UTC)
        rows = [(s.feed_url, s.etag, s.last_modified, s.checked_at or now) for s in states]
        if not rows:
            return
        with self._transaction() as conn:
            conn.executemany(
                "INSERT INTO feed_state VALUES (?, ?, ?, ?) ON CONFLICT (feed_url) DO UPDATE SET "
                "etag = excluded.etag, last_modified = excluded.last_modified, checked_at = excluded.checked_at",
                rows,
            )
