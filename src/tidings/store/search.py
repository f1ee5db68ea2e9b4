"""Full-text search over stored articles with DuckDB's FTS extension (BM25 over title and body).

This module is the one place the index is built, loaded and queried. The extension comes from
the ``duckdb-extension-fts`` package (offline: no network INSTALL), else from DuckDB's own
extension folder. The index is static: rebuild it with
:meth:`tidings.store.Store.build_search_index` after ingesting; :func:`index_state` says whether
it is missing, or stale (older than the articles table), by reading the index itself.

A build first commits ``search_index = building`` in ``meta``, then builds and sets ``built`` in
one transaction. A process killed mid-build leaves ``building``, and the next
:meth:`~tidings.store.Store.add` (every ingest) rebuilds the index, even when it stores nothing new.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Literal

import duckdb
from pydantic import BaseModel

from tidings.errors import QueryError, StoreError

IndexState = Literal["missing", "stale", "current"]
NO_INDEX = "the store has no search index yet; build it with Store.build_search_index()"
INTERRUPTED = "the store's search index build was interrupted; the next ingest rebuilds it"


class SearchHit(BaseModel):
    article_id: str
    date: dt.date
    title: str | None
    score: float
    stale_index: bool = False


def extension_path() -> Path | None:
    """Where the packaged FTS extension for this DuckDB version lives (None without the package)."""
    try:
        import duckdb_extension_fts
    except ImportError:
        return None
    path = Path(duckdb_extension_fts.__file__).parent / "extensions" / f"v{duckdb.__version__}" / "fts.duckdb_extension"
    return path if path.exists() else None


def load_extension(conn: duckdb.DuckDBPyConnection) -> None:
    """Load the FTS extension into ``conn``, or raise :class:`StoreError` saying how to get it."""
    path = extension_path()
    statement = f"LOAD '{str(path).replace(chr(39), chr(39) * 2)}'" if path else "LOAD fts"
    try:
        conn.execute(statement)
    except duckdb.Error:
        raise StoreError(
            f"full-text search needs DuckDB's fts extension for DuckDB {duckdb.__version__}; "
            "pip install duckdb-extension-fts"
        ) from None


def index_state(conn: duckdb.DuckDBPyConnection) -> IndexState:
    """Whether the store has a full-text index, and whether it covers every stored article.

    Articles are only ever added (never edited), so an index holding as many documents as the
    articles table holds rows covers all of them.
    """
    has_index = conn.execute(
        "SELECT count(*) FROM information_schema.tables "
        "WHERE table_schema = 'fts_main_articles' AND table_name = 'docs'"
    ).fetchone()
    if not has_index or not has_index[0]:
        return "missing"
    counts = conn.execute(
        "SELECT (SELECT count(*) FROM fts_main_articles.docs), (SELECT count(*) FROM articles)"
    ).fetchone()
    return "current" if counts is not None and counts[0] == counts[1] else "stale"


def mark_build(conn: duckdb.DuckDBPyConnection, state: Literal["building", "built"]) -> None:
    """Record in ``meta`` that a build started (committed before it) or finished (with it)."""
    conn.execute(
        "INSERT INTO meta VALUES ('search_index', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [state],
    )


def build_interrupted(conn: duckdb.DuckDBPyConnection) -> bool:
    """Whether the last index build started and never finished (the process was killed)."""
    row = conn.execute("SELECT value FROM meta WHERE key = 'search_index'").fetchone()
    return row is not None and row[0] == "building"


def build_index(conn: duckdb.DuckDBPyConnection) -> int:
    """(Re)build the index over every article's title and text; returns the articles indexed."""
    load_extension(conn)
    conn.execute("PRAGMA create_fts_index('articles', 'article_id', 'title', 'text', overwrite = 1)")
    count = conn.execute("SELECT count(*) FROM fts_main_articles.docs").fetchone()
    return int(count[0]) if count else 0


def search_articles(conn: duckdb.DuckDBPyConnection, query: str, limit: int) -> list[SearchHit]:
    """Articles matching ``query`` by BM25, best first; QueryError when there is no index."""
    if not query.strip():
        raise QueryError("search query is empty")
    state = index_state(conn)
    if state == "missing":
        raise QueryError(INTERRUPTED if build_interrupted(conn) else NO_INDEX)
    load_extension(conn)
    rows = conn.execute("""
        SELECT article_id, date, title, score FROM (
            SELECT article_id, date, title, fts_main_articles.match_bm25(article_id, ?) AS score FROM articles
        ) WHERE score IS NOT NULL ORDER BY score DESC, article_id LIMIT ?
    """, [query, int(limit)]).fetchall()
    stale = state == "stale"
    return [SearchHit(article_id=r[0], date=r[1], title=r[2], score=r[3], stale_index=stale) for r in rows]
