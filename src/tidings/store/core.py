"""The :class:`Store`: an embedded DuckDB file of articles, mentions and linked events.

Concurrency: DuckDB lets one process open a file for writing, and then no other process can
open it at all. A Store therefore keeps no file open between calls (unless ``keep_open``):
each read opens a connection, queries and closes. :meth:`Store.add` commits one transaction
per batch and keeps its connection across batches for at most ``hold_seconds`` (2 s), closing
it sooner whenever its input is slow (e.g. the NLP pipeline), so other processes get in
between batches. Opening retries for ``busy_timeout`` seconds (10 s) and then raises
:class:`StoreBusy` ("store is busy (another process is writing); retry") — never a raw lock
error. A process killed mid-batch loses only that batch's uncommitted transaction; DuckDB's
write-ahead log keeps the file consistent and the next run skips what was stored and resumes.
"""

from __future__ import annotations

import datetime as dt
import json
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import duckdb
from pydantic import BaseModel, ValidationError

from tidings.errors import StoreError
from tidings.records import ArticleResult, Event, Reject
from tidings.store import schema
from tidings.store.connection import batches, damage_guard, open_connection
from tidings.store.feedlog import FeedLedgerMethods
from tidings.store.frames import Rows
from tidings.store.link import LinkSettings
from tidings.store.literals import inline
from tidings.store.query import (
    EventFilter,
    LinkedEvent,
    encode_cursor,
    linked_event_from_row,
    page_clause,
    where_clause,
)
from tidings.store.rows import dict_rows, event_from_row, insert_new, string_list
from tidings.store.search import build_interrupted

if TYPE_CHECKING:
    import pyarrow as pa

    from tidings.store.search import SearchHit

ItemT = TypeVar("ItemT")


class StoreWriteSummary(BaseModel):
    """What one :meth:`Store.add` call did."""

    articles_seen: int = 0
    articles_stored: int = 0
    articles_duplicate: int = 0
    mentions_stored: int = 0
    events_written: int = 0
    batches: int = 0
    elapsed_seconds: float = 0.0


class StoreStats(BaseModel):
    """Counts and facts about a store (``tidings stats``)."""

    path: str
    schema_version: int
    articles: int
    mentions: int
    events: int
    stories: int
    sources: int
    actors: int
    rejects: int
    unlinked_mentions: int
    first_date: dt.date | None
    last_date: dt.date | None
    size_bytes: int
    settings: LinkSettings


class Page(BaseModel, Generic[ItemT]):
    """One page of a listing; pass ``next_cursor`` back as the filter's ``cursor`` for the next."""

    items: list[ItemT]
    next_cursor: str | None


class Store(FeedLedgerMethods):
    """An event store in one DuckDB file (see the module docstring for concurrency).

    ``keep_open=True`` (read-only stores only) keeps one connection open until :meth:`close`,
    so repeated queries skip opening the file and reuse DuckDB's buffer cache; while it is
    open, writers get :class:`StoreBusy`. A Store is not thread-safe; use one per thread.
    """

    def __init__(
        self, path: str | Path = "tidings.duckdb", *, read_only: bool = False,
        settings: LinkSettings | None = None, busy_timeout: float = 10.0,
        hold_seconds: float = 2.0, keep_open: bool = False,
    ) -> None:
        self.path = Path(path)
        self.read_only = read_only
        self.busy_timeout = busy_timeout
        self.hold_seconds = hold_seconds
        self._held: duckdb.DuckDBPyConnection | None = None
        self._known_ids: set[str] | None = None
        if read_only and not self.path.exists():
            raise StoreError(f"no store at {self.path}; create one with `tidings ingest FILE --db {self.path}`")
        if keep_open:
            if not read_only:
                raise StoreError("keep_open is for read-only stores (a held writer would lock readers out)")
            # one warm connection for many queries (the checks below included); its shared lock
            # keeps writers out until close()
            self._held = open_connection(self.path, read_only=True, timeout=self.busy_timeout)
        try:
            self._open_schema(settings)
        except BaseException:
            self.close()  # a store that failed to open holds no connection
            raise

    def _open_schema(self, settings: LinkSettings | None) -> None:
        """Check (or create, or migrate) the schema and load the link settings."""
        with self._connection() as conn:
            version = schema.stored_version(conn, str(self.path))
            if version is None:
                if self.read_only:
                    raise StoreError(f"{self.path} is an empty database, not a Tidings store")
                schema.create(conn)
                self._save_settings(conn, settings or LinkSettings())
            elif schema.check_version(version, str(self.path), read_only=self.read_only):
                schema.migrate(conn, version)
            schema.check_tables(conn, str(self.path))
            self.settings = self._load_settings(conn)
        if settings is not None and settings != self.settings:
            raise StoreError(
                f"{self.path} was linked with other settings ({self.settings.model_dump_json()}); "
                "call Store.relink(settings) to re-link it under new ones"
            )

    # ------------------------------------------------------------------ plumbing
    @contextmanager
    def _connection(self) -> Iterator[duckdb.DuckDBPyConnection]:
        if self._held is not None:  # inside add(): reuse the writer's connection
            with damage_guard(self.path):
                yield self._held
            return
        conn = open_connection(self.path, read_only=self.read_only, timeout=self.busy_timeout)
        try:
            with damage_guard(self.path):
                yield conn
        finally:
            conn.close()

    @contextmanager
    def _transaction(self) -> Iterator[duckdb.DuckDBPyConnection]:
        if self.read_only:
            raise StoreError(f"store {self.path} was opened read-only; open it without read_only to write")
        with self._connection() as conn:
            conn.execute("BEGIN TRANSACTION")
            try:
                yield conn
            except BaseException:
                conn.execute("ROLLBACK")
                raise
            conn.execute("COMMIT")

    @staticmethod
    def _save_settings(conn: duckdb.DuckDBPyConnection, settings: LinkSettings) -> None:
        conn.execute(
            "INSERT INTO meta VALUES ('link_settings', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            [settings.model_dump_json()],
        )

    def _load_settings(self, conn: duckdb.DuckDBPyConnection) -> LinkSettings:
        row = conn.execute("SELECT value FROM meta WHERE key = 'link_settings'").fetchone()
        try:
            return LinkSettings.model_validate_json(row[0]) if row else LinkSettings()
        except ValidationError:
            raise schema.not_a_store(str(self.path), "its link settings are unreadable") from None

    def _rows(self, sql: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
        with self._connection() as conn:
            return dict_rows(conn, sql, params or [])

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        """Close the connection a ``keep_open`` store holds (other stores hold none)."""
        if self._held is not None:
            self._held.close()
            self._held = None

    @contextmanager
    def connect(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A short-lived connection for analysis and export queries (closed on exit)."""
        with self._connection() as conn:
            yield conn

    # ------------------------------------------------------------------ writing
    def has_article(self, article_id: str) -> bool:
        """Whether the article is stored (answered from a set of ids loaded once, then kept
        up to date by :meth:`add`; an article another process stored since is still skipped
        by :meth:`add`, so a stale answer costs only a wasted extraction)."""
        if self._known_ids is None:
            with self._connection() as conn:
                self._known_ids = {r[0] for r in conn.execute("SELECT article_id FROM articles").fetchall()}
        return article_id in self._known_ids

    def add(self, results: Iterable[ArticleResult], batch_size: int = 64) -> StoreWriteSummary:
        """Store results batch by batch (one transaction each), skip stored articles, link.

        The file stays open across batches for at most ``hold_seconds`` (closing checkpoints,
        which costs ~0.1 s), and is closed after any batch whose input took longer than half of
        that to arrive, so readers get in at least every ``hold_seconds`` plus one batch.
        """
        if self.read_only:
            raise StoreError(f"store {self.path} was opened read-only; open it without read_only to write")
        from tidings.store.writer import write_batch  # pyarrow: only a writer needs it

        started = time.monotonic()
        summary = StoreWriteSummary()
        conn: duckdb.DuckDBPyConnection | None = None
        opened = 0.0
        repair_index = False
        try:
            with damage_guard(self.path):
                for batch, waited in batches(results, batch_size):
                    summary.articles_seen += len(batch)
                    if conn is None:
                        conn = open_connection(self.path, read_only=False, timeout=self.busy_timeout)
                        conn.execute("SET threads = 1")
                        opened = time.monotonic()
                        self._held = conn
                        repair_index = repair_index or build_interrupted(conn)
                    conn.execute("BEGIN TRANSACTION")
                    try:
                        outcome = write_batch(conn, batch, self.settings, dt.datetime.now(dt.UTC))
                    except BaseException:
                        conn.execute("ROLLBACK")
                        raise
                    conn.execute("COMMIT")
                    if self._known_ids is not None:
                        self._known_ids.update(r.article.id for r in batch)
                    summary.articles_stored += outcome.stored
                    summary.articles_duplicate += outcome.duplicates
                    summary.mentions_stored += outcome.mentions
                    summary.events_written += outcome.events_touched
                    summary.batches += 1
                    if time.monotonic() - opened > self.hold_seconds or waited > self.hold_seconds / 2:
                        self._held = None
                        conn.close()
                        conn = None
        finally:
            self._held = None
            if conn is not None:
                conn.close()
        if repair_index:  # a killed ingest left the search index half-built: build it now
            self.build_search_index()
        summary.elapsed_seconds = time.monotonic() - started
        return summary

    def relink(self, settings: LinkSettings | None = None) -> int:
        """Re-link every mention (and re-detect stories) under ``settings``; returns events written."""
        from tidings.store.relink import relink_all

        settings = settings or self.settings
        with self._transaction() as conn:
            written = relink_all(conn, settings)
            self._save_settings(conn, settings)
        self.settings = settings
        return written

    def add_rejects(self, rejects: Iterable[Reject]) -> int:
        """Record skipped inputs; the same (origin, line, reason) is stored once."""
        now = dt.datetime.now(dt.UTC)
        rows = [
            (f"{r.origin}\x1f{r.line}\x1f{r.reason}", r.origin, r.line, r.reason, r.article_id, now)
            for r in rejects
        ]
        if not rows:
            return 0
        with self._transaction() as conn:
            return insert_new(conn, "rejects", rows)

    # ------------------------------------------------------------------ reading
    def rejects(self, limit: int = 100) -> list[Reject]:
        rows = self._rows(
            "SELECT origin, line, reason, article_id FROM rejects ORDER BY added_at, reject_key LIMIT ?", [limit]
        )
        return [Reject(**r) for r in rows]

    def events_page(self, f: EventFilter) -> Page[Event]:
        where, params = where_clause(f, "mention_key", mentions=True)
        rows = self._rows(f"SELECT * FROM mentions WHERE {where}{page_clause(f, 'mention_key')}", params)
        nxt = encode_cursor(rows[-1]["date"], rows[-1]["mention_key"]) if f.limit and len(rows) == f.limit else None
        return Page[Event](items=[event_from_row(r) for r in rows], next_cursor=nxt)

    def events(self, f: EventFilter | None = None) -> Rows[Event]:
        """Stored mentions as the :class:`Event` records that were added (a list with ``.df()`` and
        ``.arrow()``; :meth:`events_table` reads every stored column straight into Arrow)."""
        return Rows(self.events_page(f or EventFilter()).items, Event)

    def linked_events_page(self, f: EventFilter) -> Page[LinkedEvent]:
        where, params = where_clause(f, "event_id", mentions=False)
        rows = self._rows(f"SELECT * FROM events WHERE {where}{page_clause(f, 'event_id')}", params)
        nxt = encode_cursor(rows[-1]["date"], rows[-1]["event_id"]) if f.limit and len(rows) == f.limit else None
        return Page[LinkedEvent](items=[linked_event_from_row(r) for r in rows], next_cursor=nxt)

    def linked_events(self, f: EventFilter | None = None) -> Rows[LinkedEvent]:
        """Linked events with their GDELT-style counts (a list with ``.df()`` and ``.arrow()``)."""
        return Rows(self.linked_events_page(f or EventFilter()).items, LinkedEvent)

    def events_table(self, f: EventFilter | None = None, *, linked: bool = True) -> pa.Table:
        """Linked events (or, with ``linked=False``, mentions) as a ``pyarrow.Table`` of the stored
        columns, read straight from DuckDB; ``.to_pandas()`` makes it a DataFrame."""
        f = f or EventFilter()
        table, key = ("events", "event_id") if linked else ("mentions", "mention_key")
        where, params = where_clause(f, key, mentions=not linked)
        with self._connection() as conn:
            return conn.execute(inline(f"SELECT * FROM {table} WHERE {where}{page_clause(f, key)}", params)
                                ).to_arrow_table()

    def build_search_index(self) -> int:
        """(Re)build the full-text index over article titles and texts; returns articles indexed.

        The one way to build it: :meth:`search` and the API's article search both read it."""
        from tidings.store.search import build_index, load_extension, mark_build

        with self._transaction() as conn:
            load_extension(conn)
            mark_build(conn, "building")
        with self._transaction() as conn:
            count = build_index(conn)
            mark_build(conn, "built")
        return count

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        """Articles matching ``query`` by BM25 (needs :meth:`build_search_index` first)."""
        from tidings.store.search import search_articles

        with self._connection() as conn:
            return search_articles(conn, query, limit)

    def linked_event(self, event_id: str) -> LinkedEvent | None:
        """One linked event by id, or None."""
        rows = self._rows("SELECT * FROM events WHERE event_id = ?", [event_id])
        return linked_event_from_row(rows[0]) if rows else None

    def event_sentences(self, event_ids: Iterable[str]) -> dict[str, str]:
        """The sentence of each linked event's representative mention, by event id."""
        sql = f"""SELECT e.event_id, m.sentence FROM events e JOIN mentions m ON m.mention_key = e.representative
                  WHERE list_contains({string_list(sorted(set(event_ids)))}, e.event_id)"""
        return {r["event_id"]: r["sentence"] for r in self._rows(sql)}

    def actor_labels(self, keys: Iterable[str | None]) -> dict[str, str]:
        """The label every view shows for each actor key (a code, or ``~`` and a lower-cased name);
        see :mod:`tidings.store.labels`."""
        from tidings.store.labels import actor_labels

        with self._connection() as conn:
            return actor_labels(conn, keys)

    def mentions_of(self, event_id: str, limit: int | None = None) -> list[Event]:
        """The mentions linked into one event, by (date, key); at most ``limit`` of them."""
        bound = "" if limit is None else f" LIMIT {int(limit)}"
        rows = self._rows(f"SELECT * FROM mentions WHERE event_id = ? ORDER BY date, mention_key{bound}", [event_id])
        return [event_from_row(r) for r in rows]

    def stats(self) -> StoreStats:
        row = self._rows("""
            SELECT (SELECT count(*) FROM articles) AS articles,
                   (SELECT count(*) FROM mentions) AS mentions,
                   (SELECT count(*) FROM events) AS events,
                   (SELECT count(DISTINCT story_id) FROM articles) AS stories,
                   (SELECT count(DISTINCT source_key) FROM articles) AS sources,
                   (SELECT count(*) FROM actors) AS actors,
                   (SELECT count(*) FROM rejects) AS rejects,
                   (SELECT count(*) FROM mentions WHERE event_id IS NULL) AS unlinked_mentions,
                   (SELECT min(date) FROM articles) AS first_date,
                   (SELECT max(date) FROM articles) AS last_date,
                   (SELECT value FROM meta WHERE key = 'schema_version') AS schema_version
        """)[0]
        row["schema_version"] = int(row["schema_version"])
        return StoreStats(path=str(self.path), size_bytes=self.path.stat().st_size, settings=self.settings, **row)

    def snapshot(self) -> dict[str, Any]:
        """Every linked event as a plain dict keyed by event id (for comparing stores)."""
        rows = self._rows("SELECT * EXCLUDE (source_sectors, target_sectors) FROM events ORDER BY event_id")
        return {r["event_id"]: json.loads(json.dumps(r, default=str)) for r in rows}
