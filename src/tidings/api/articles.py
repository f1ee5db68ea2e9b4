"""Articles and evidence: listing and full-text search, one article, an event's mentions.

Search uses DuckDB's full-text index (``fts_main_articles``, BM25 over title and body) when the
store has an up-to-date one, and a case-insensitive substring match (ILIKE) otherwise. A
read-only server cannot build the index; :func:`build_search_index` does it on a writable store
(the HTTP ingest calls it after each upload).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import lru_cache
from pathlib import Path
from typing import Any, Literal

import duckdb

from tidings.api.models import ArticleDetail, ArticlePage, ArticleSummary, EventDetail, Evidence, Span
from tidings.records import Event
from tidings.store import Store
from tidings.store.query import decode_cursor, encode_cursor, linked_event_from_row
from tidings.store.rows import event_from_row

SearchMode = Literal["fts", "ilike", "none"]
MAX_EVIDENCE = 200
"""At most this many mentions are returned with one event (``num_mentions`` has the full count)."""
_SUMMARY_COLUMNS = "article_id, date, title, url, source, dateline, num_mentions, tone"


@lru_cache(maxsize=1)
def fts_extension_path() -> str | None:
    """The FTS extension shipped by the ``duckdb-extension-fts`` package, if installed."""
    try:
        import duckdb_extension_fts
    except ImportError:
        return None
    root = Path(duckdb_extension_fts.__file__).parent / "extensions"
    found = sorted(root.glob(f"v{duckdb.__version__}/fts.duckdb_extension"))
    return str(found[0]) if found else None


def _load_fts(conn: duckdb.DuckDBPyConnection) -> bool:
    path = fts_extension_path()
    try:
        conn.execute(f"LOAD '{path}'" if path else "LOAD fts")
    except duckdb.Error:
        return False
    return True


def _fts_ready(conn: duckdb.DuckDBPyConnection) -> bool:
    """True when the store has a full-text index covering every article."""
    has_index = conn.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'fts_main_articles'"
    ).fetchone()
    if not has_index or not has_index[0]:
        return False
    counts = conn.execute(
        "SELECT (SELECT count(*) FROM fts_main_articles.docs), (SELECT count(*) FROM articles)"
    ).fetchone()
    return counts is not None and counts[0] == counts[1] and _load_fts(conn)


def build_search_index(conn: duckdb.DuckDBPyConnection) -> bool:
    """(Re)build the full-text index over article titles and bodies; False if FTS is unavailable."""
    if not _load_fts(conn):
        return False
    conn.execute("PRAGMA create_fts_index('articles', 'article_id', 'title', 'text', overwrite=1)")
    return True


def _records(cur: duckdb.DuckDBPyConnection) -> list[dict[str, Any]]:
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def _snippet(text: str | None, q: str | None, width: int = 160) -> str | None:
    if not text:
        return None
    at = text.lower().find(q.lower()) if q else -1
    start = max(0, at - width // 3) if at >= 0 else 0
    piece = text[start:start + width].replace("\n", " ")
    return ("…" if start else "") + piece + ("…" if start + width < len(text) else "")


def list_articles(
    store: Store, *, q: str | None, since: dt.date | None, until: dt.date | None,
    source: str | None, limit: int, cursor: str | None, offset: int,
) -> ArticlePage:
    """Articles by date, or ranked by relevance when ``q`` is given (paged by offset then)."""
    conds: list[str] = []
    params: list[Any] = []
    if since:
        conds.append("date >= ?")
        params.append(since)
    if until:
        conds.append("date <= ?")
        params.append(until)
    if source:
        conds.append("source_key = ?")
        params.append(source.strip().lower())
    with store.connect() as conn:
        mode: SearchMode = "none"
        if q:
            mode = "fts" if _fts_ready(conn) else "ilike"
        if mode == "fts":
            where = " AND ".join(conds + ["score IS NOT NULL"])
            sql = f"""SELECT {_SUMMARY_COLUMNS}, text, score FROM (
                        SELECT *, fts_main_articles.match_bm25(article_id, ?) AS score FROM articles)
                      WHERE {where} ORDER BY score DESC, article_id LIMIT ? OFFSET ?"""
            rows = _records(conn.execute(sql, [q, *params, limit, offset]))
        elif mode == "ilike":
            conds.append("(title ILIKE ? OR text ILIKE ?)")
            params += [f"%{q}%", f"%{q}%"]
            sql = f"""SELECT {_SUMMARY_COLUMNS}, text FROM articles WHERE {' AND '.join(conds)}
                      ORDER BY date DESC, article_id LIMIT ? OFFSET ?"""
            rows = _records(conn.execute(sql, [*params, limit, offset]))
        else:
            if cursor:
                day, key = decode_cursor(cursor)
                conds.append("(date, article_id) > (?, ?)")
                params += [day, key]
            where = " AND ".join(conds) or "TRUE"
            sql = f"""SELECT {_SUMMARY_COLUMNS}, left(text, 200) AS text FROM articles WHERE {where}
                      ORDER BY date, article_id LIMIT ?"""
            rows = _records(conn.execute(sql, [*params, limit]))
    items = [_summary(r, q) for r in rows]
    full = len(rows) == limit
    if mode == "none":
        nxt = encode_cursor(rows[-1]["date"], rows[-1]["article_id"]) if full else None
        return ArticlePage(items=items, next_cursor=nxt, search=mode)
    return ArticlePage(items=items, next_offset=offset + limit if full else None, search=mode)


def _summary(row: dict[str, Any], q: str | None = None) -> ArticleSummary:
    return ArticleSummary(
        article_id=row["article_id"], date=row["date"], title=row["title"], url=row["url"],
        source=row["source"], dateline=row["dateline"], num_mentions=row["num_mentions"],
        tone=row["tone"], snippet=_snippet(row.get("text"), q),
    )


def get_article(store: Store, article_id: str) -> ArticleDetail | None:
    with store.connect() as conn:
        rows = _records(conn.execute(
            f"SELECT {_SUMMARY_COLUMNS}, text FROM articles WHERE article_id = ?", [article_id]))
    if not rows:
        return None
    mentions = _article_mentions(store, article_id)
    row = rows[0]
    return ArticleDetail(**_summary(row).model_dump(exclude={"snippet"}), text=row["text"], mentions=mentions)


def _article_mentions(store: Store, article_id: str) -> list[Event]:
    with store.connect() as conn:
        rows = _records(conn.execute(
            "SELECT * FROM mentions WHERE article_id = ? ORDER BY ordinal LIMIT 2000", [article_id]))
    return [event_from_row(r) for r in rows]


def _sentence_offset(sentence: str, text: str, start: int, end: int) -> int | None:
    """Where in the article the sentence holding the trigger's offsets begins, if it is there."""
    at = text.find(sentence) if sentence else -1
    while at >= 0:
        if at <= start and end <= at + len(sentence):
            return at
        at = text.find(sentence, at + 1)
    return None


def highlight_spans(mention: Event, article_text: str | None) -> list[Span]:
    """Where the trigger, source and target sit in the mention's sentence."""
    sentence = mention.sentence
    spans: list[Span] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= a or start >= b for a, b in taken)

    def add(kind: Literal["source", "target", "trigger"], start: int, end: int) -> None:
        spans.append(Span(kind=kind, start=start, end=end, text=sentence[start:end]))
        taken.append((start, end))

    trig = mention.trigger
    offset = _sentence_offset(sentence, article_text or "", trig.start, trig.end)
    if offset is not None:
        add("trigger", trig.start - offset, trig.end - offset)
    else:
        at = sentence.find(trig.text)
        if at >= 0:
            add("trigger", at, at + len(trig.text))
    anchor = spans[0].start if spans else 0
    for kind, actor in (("source", mention.source), ("target", mention.target)):
        if actor is None or not actor.text:
            continue
        pattern = re.compile(r"(?<!\w)" + re.escape(actor.text) + r"(?!\w)", re.IGNORECASE)
        places = [(m.start(), m.end()) for m in pattern.finditer(sentence) if free(m.start(), m.end())]
        if places:
            start, end = min(places, key=lambda p: abs(p[0] - anchor))
            add(kind, start, end)  # type: ignore[arg-type]
    return sorted(spans, key=lambda s: s.start)


def event_detail(store: Store, event_id: str) -> EventDetail | None:
    """One linked event with every mention, its highlighted sentence and its article."""
    with store.connect() as conn:
        rows = _records(conn.execute("SELECT * FROM events WHERE event_id = ?", [event_id]))
    if not rows:
        return None
    event = linked_event_from_row(rows[0])
    with store.connect() as conn:
        mention_rows = _records(conn.execute(
            "SELECT * FROM mentions WHERE event_id = ? ORDER BY date, mention_key LIMIT ?",
            [event_id, MAX_EVIDENCE]))
    mentions = [event_from_row(r) for r in mention_rows]
    ids = sorted({m.article_id for m in mentions})
    articles: dict[str, dict[str, Any]] = {}
    if ids:
        marks = ", ".join("?" for _ in ids)
        with store.connect() as conn:
            for row in _records(conn.execute(
                f"SELECT {_SUMMARY_COLUMNS}, text FROM articles WHERE article_id IN ({marks})", ids)):
                articles[row["article_id"]] = row
    evidence = []
    for m in mentions:
        art = articles.get(m.article_id)
        evidence.append(Evidence(
            mention=m, spans=highlight_spans(m, art["text"] if art else None),
            article=_summary(art) if art else None,
        ))
    return EventDetail(event=event, mentions=evidence)

