"""Stored articles: listing by date, searching, one article with its mentions, articles by id.

A search (``q``) uses the full-text index of :mod:`tidings.store.search` when the store has
one covering every article, and a case-insensitive substring match (ILIKE) otherwise — a
read-only store cannot build the index, and a stale one would miss the newest articles.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any, Literal

import duckdb
from pydantic import BaseModel, ConfigDict, Field

from tidings.errors import StoreError
from tidings.records import Event
from tidings.store.core import Store
from tidings.store.query import LIKE_ESCAPE, contains_pattern, decode_cursor, encode_cursor
from tidings.store.rows import dict_rows, event_from_row
from tidings.store.search import index_state, load_extension

SearchMode = Literal["fts", "ilike", "none"]
ARTICLE_MENTIONS_LIMIT = 2000
"""At most this many mentions come with one article."""
_SUMMARY_COLUMNS = "article_id, date, title, url, source, dateline, num_mentions, tone"


class ArticleSummary(BaseModel):
    article_id: str
    date: dt.date
    title: str | None
    url: str | None
    source: str | None
    dateline: str | None = None
    num_mentions: int
    tone: float | None = None
    snippet: str | None = None


class StoredArticle(ArticleSummary):
    """An article's summary with its full text."""

    text: str

    def summary(self) -> ArticleSummary:
        return ArticleSummary.model_validate(self.model_dump(exclude={"text"}))


class ArticleDetail(StoredArticle):
    """An article's full text and every event mention coded from it."""

    mentions: list[Event]


class ArticlePage(BaseModel):
    items: list[ArticleSummary]
    next_cursor: str | None = None
    next_offset: int | None = None
    search: SearchMode = "none"


class ArticleQuery(BaseModel):
    """Which articles to list: by date (paged by ``cursor``), or by relevance to ``q`` (by ``offset``)."""

    model_config = ConfigDict(extra="forbid")

    q: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    source: str | None = Field(default=None, description="outlet, matched case-insensitively")
    limit: int = Field(default=50, ge=1)
    cursor: str | None = None
    offset: int = Field(default=0, ge=0)


def snippet(text: str | None, q: str | None, width: int = 160) -> str | None:
    """A stretch of ``text`` around the first match of ``q`` (its beginning without one)."""
    if not text:
        return None
    at = text.lower().find(q.lower()) if q else -1
    start = max(0, at - width // 3) if at >= 0 else 0
    piece = text[start:start + width].replace("\n", " ")
    return ("…" if start else "") + piece + ("…" if start + width < len(text) else "")


def _summary(row: dict[str, Any], q: str | None = None) -> ArticleSummary:
    fields = {name: row[name] for name in ArticleSummary.model_fields if name != "snippet"}
    return ArticleSummary(**fields, snippet=snippet(row.get("text"), q))


def _search_mode(conn: duckdb.DuckDBPyConnection, q: str | None) -> SearchMode:
    if not q:
        return "none"
    if index_state(conn) != "current":
        return "ilike"
    try:
        load_extension(conn)
    except StoreError:  # no fts extension on this machine: the substring match still answers
        return "ilike"
    return "fts"


def _conditions(query: ArticleQuery) -> tuple[list[str], list[Any]]:
    conds: list[str] = []
    params: list[Any] = []
    if query.since:
        conds.append("date >= ?")
        params.append(query.since)
    if query.until:
        conds.append("date <= ?")
        params.append(query.until)
    if query.source:
        conds.append("source_key = ?")
        params.append(query.source.strip().lower())
    return conds, params


def _page_sql(query: ArticleQuery, mode: SearchMode) -> tuple[str, list[Any]]:
    conds, params = _conditions(query)
    if mode == "fts":
        where = " AND ".join([*conds, "score IS NOT NULL"])
        sql = f"""SELECT {_SUMMARY_COLUMNS}, text, score FROM (
                    SELECT *, fts_main_articles.match_bm25(article_id, ?) AS score FROM articles)
                  WHERE {where} ORDER BY score DESC, article_id LIMIT ? OFFSET ?"""
        return sql, [query.q, *params, query.limit, query.offset]
    if mode == "ilike":
        conds.append(f"(title ILIKE ? {LIKE_ESCAPE} OR text ILIKE ? {LIKE_ESCAPE})")
        params += [contains_pattern(query.q or ""), contains_pattern(query.q or "")]
        sql = f"""SELECT {_SUMMARY_COLUMNS}, text FROM articles WHERE {' AND '.join(conds)}
                  ORDER BY date DESC, article_id LIMIT ? OFFSET ?"""
        return sql, [*params, query.limit, query.offset]
    if query.cursor:
        day, key = decode_cursor(query.cursor)
        conds.append("(date, article_id) > (?, ?)")
        params += [day, key]
    where = " AND ".join(conds) or "TRUE"
    sql = f"""SELECT {_SUMMARY_COLUMNS}, left(text, 200) AS text FROM articles WHERE {where}
              ORDER BY date, article_id LIMIT ?"""
    return sql, [*params, query.limit]


def article_page(store: Store, query: ArticleQuery) -> ArticlePage:
    """Articles by date, or ranked by relevance when ``q`` is given (paged by offset then)."""
    with store.connect() as conn:
        mode = _search_mode(conn, query.q)
        sql, params = _page_sql(query, mode)
        rows = dict_rows(conn, sql, params)
    items = [_summary(r, query.q) for r in rows]
    full = len(rows) == query.limit
    if mode == "none":
        nxt = encode_cursor(rows[-1]["date"], rows[-1]["article_id"]) if full else None
        return ArticlePage(items=items, next_cursor=nxt, search=mode)
    return ArticlePage(items=items, next_offset=query.offset + query.limit if full else None, search=mode)


def articles_by_id(store: Store, article_ids: Sequence[str]) -> dict[str, StoredArticle]:
    """The stored articles among ``article_ids``, by id (an unknown id is left out)."""
    if not article_ids:
        return {}
    with store.connect() as conn:
        rows = dict_rows(
            conn, f"SELECT {_SUMMARY_COLUMNS}, text FROM articles WHERE article_id IN (SELECT unnest(?::VARCHAR[]))",
            [list(article_ids)],
        )
    return {r["article_id"]: StoredArticle(**_summary(r).model_dump(), text=r["text"]) for r in rows}


def article_detail(store: Store, article_id: str, mention_limit: int = ARTICLE_MENTIONS_LIMIT) -> ArticleDetail | None:
    """One article's full text and the mentions coded from it (in article order), or None."""
    with store.connect() as conn:
        rows = dict_rows(conn, f"SELECT {_SUMMARY_COLUMNS}, text FROM articles WHERE article_id = ?", [article_id])
        if not rows:
            return None
        mentions = dict_rows(
            conn, "SELECT * FROM mentions WHERE article_id = ? ORDER BY ordinal LIMIT ?",
            [article_id, int(mention_limit)],
        )
    fields = _summary(rows[0]).model_dump(exclude={"snippet"})
    return ArticleDetail(**fields, text=rows[0]["text"], mentions=[event_from_row(r) for r in mentions])
