"""Full-text search over stored articles with DuckDB's FTS extension, loaded offline from the
``duckdb-extension-fts`` package (no network INSTALL). The index is static: rebuild it with
:meth:`tidings.store.Store.build_search_index` after ingesting; searches say when it is missing
or older than the articles table."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import duckdb
from pydantic import BaseModel

from tidings.errors import QueryError, StoreError


class SearchHit(BaseModel):
    article_id: str
    date: dt.date
    title: str | None
    score: float
    stale_index: bool = False


def extension_path() -> Path:
    """Where the packaged FTS extension for this DuckDB version lives."""
    try:
        import duckdb_extension_fts  # type: ignore[import-untyped]
    except ImportError:
        raise StoreError("full-text search needs the duckdb-extension-fts package; pip install it") from None
    path = Path(duckdb_extension_fts.__file__).parent / "extensions" / f"v{duckdb.__version__}" / "fts.duckdb_extension"
    if not path.exists():
        raise StoreError(f"duckdb-extension-fts has no build for DuckDB {duckdb.__version__} (looked for {path})")
    return path


def _load(conn: duckdb.DuckDBPyConnection) -> None:
    conn.execute(f"LOAD '{str(extension_path()).replace(chr(39), chr(39) * 2)}'")


def build_index(conn: duckdb.DuckDBPyConnection) -> int:
    _load(conn)
    conn.execute("PRAGMA create_fts_index('articles', 'article_id', 'title', 'text', overwrite = 1)")
    count = conn.execute("SELECT count(*) FROM articles").fetchone()
    n = int(count[0]) if count else 0
    conn.execute(
        "INSERT INTO meta VALUES ('search_index_articles', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        [str(n)],
    )
    return n


def search_articles(conn: duckdb.DuckDBPyConnection, query: str, limit: int) -> list[SearchHit]:
    if not query.strip():
        raise QueryError("search query is empty")
    indexed = conn.execute("SELECT value FROM meta WHERE key = 'search_index_articles'").fetchone()
    if indexed is None:
        raise QueryError("the store has no search index yet; build it with Store.build_search_index()")
    _load(conn)
    total = conn.execute("SELECT count(*) FROM articles").fetchone()
    stale = bool(total and int(total[0]) != int(indexed[0]))
    rows = conn.execute("""
        SELECT article_id, date, title, score FROM (
            SELECT article_id, date, title, fts_main_articles.match_bm25(article_id, ?) AS score FROM articles
        ) WHERE score IS NOT NULL ORDER BY score DESC, article_id LIMIT ?
    """, [query, int(limit)]).fetchall()
    return [SearchHit(article_id=r[0], date=r[1], title=r[2], score=r[3], stale_index=stale) for r in rows]
