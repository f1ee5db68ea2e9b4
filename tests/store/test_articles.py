"""Stored articles on real files: listing and paging, substring and full-text search, one article
with its mentions, articles by id, and the one full-text index both searches read."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import duckdb
import pytest

from factories import make_article, make_event, make_result
from tidings.errors import QueryError
from tidings.store import Store
from tidings.store.articles import (
    ArticleQuery,
    article_detail,
    article_page,
    articles_by_id,
)
from tidings.store.search import index_state

NUCLEAR = make_article("nuke", dt.date(2020, 1, 3), title="Nuclear talks",
                       text="Talks on the nuclear programme resumed in Geneva.", source="Reuters")
TRADE = make_article("trade", dt.date(2020, 1, 1), title="Trade", text="Soybean exports rose sharply.", source="AP")
MORE = make_article("more", dt.date(2020, 1, 2), title="More", text="More nuclear news from Vienna.", source="AP")


@pytest.fixture()
def store(tmp_path: Path) -> Store:
    s = Store(tmp_path / "a.duckdb")
    s.add([make_result(NUCLEAR, [make_event(NUCLEAR, 1, rule="verb_pattern"), make_event(NUCLEAR, 0)]),
           make_result(TRADE, []), make_result(MORE)])
    return s


def _state(store: Store) -> str:
    with store.connect() as conn:
        return index_state(conn)


def test_articles_by_date_page_with_a_cursor(store: Store) -> None:
    first = article_page(store, ArticleQuery(limit=2))
    assert [a.article_id for a in first.items] == ["trade", "more"] and first.search == "none"
    rest = article_page(store, ArticleQuery(limit=2, cursor=first.next_cursor))
    assert [a.article_id for a in rest.items] == ["nuke"] and rest.next_cursor is None
    only_ap = article_page(store, ArticleQuery(source=" ap ", since=dt.date(2020, 1, 2)))
    assert [a.article_id for a in only_ap.items] == ["more"]


def test_without_an_index_a_search_is_a_substring_match(store: Store) -> None:
    assert _state(store) == "missing"
    page = article_page(store, ArticleQuery(q="NUCLEAR", limit=1))
    assert page.search == "ilike" and [a.article_id for a in page.items] == ["nuke"] and page.next_offset == 1
    assert page.items[0].snippet is not None and "nuclear" in page.items[0].snippet
    assert article_page(store, ArticleQuery(q="nuclear", offset=1)).items[0].article_id == "more"


def test_the_index_store_builds_serves_both_searches_until_it_is_stale(store: Store, tmp_path: Path) -> None:
    with pytest.raises(QueryError, match="no search index"):
        store.search("nuclear")
    assert store.build_search_index() == 3
    assert _state(store) == "current"
    reader = Store(store.path, read_only=True)
    assert [h.article_id for h in reader.search("nuclear geneva")][:1] == ["nuke"]
    assert not any(h.stale_index for h in reader.search("nuclear"))
    ranked = article_page(reader, ArticleQuery(q="nuclear geneva"))
    assert ranked.search == "fts" and ranked.items[0].article_id == "nuke"
    late = make_article("late", text="Nuclear inspectors arrived.")
    store.add([make_result(late)])
    assert _state(store) == "stale"
    assert all(h.stale_index for h in store.search("nuclear"))
    fallback = article_page(store, ArticleQuery(q="inspectors"))
    assert fallback.search == "ilike" and [a.article_id for a in fallback.items] == ["late"]


def test_an_index_built_without_store_build_search_index_counts(store: Store) -> None:
    """The API once built the index itself, without the marker Store.search then required."""
    from tidings.store.search import load_extension

    with duckdb.connect(str(store.path)) as conn:
        load_extension(conn)
        conn.execute("PRAGMA create_fts_index('articles', 'article_id', 'title', 'text', overwrite = 1)")
    hits = store.search("soybean")
    assert [h.article_id for h in hits] == ["trade"] and not hits[0].stale_index


def test_one_article_with_its_mentions_in_article_order(store: Store) -> None:
    detail = article_detail(store, "nuke")
    assert detail is not None and detail.text == NUCLEAR.text and detail.snippet is None
    assert [m.sentence_index for m in detail.mentions] == [1, 0]  # stored order, as the article coded them
    assert [m.rule for m in detail.mentions] == ["verb_pattern", None]
    assert article_detail(store, "nope") is None
    assert article_detail(store, "trade").mentions == []  # type: ignore[union-attr]


def test_articles_by_id_leave_unknown_ids_out(store: Store) -> None:
    found = articles_by_id(store, ["nuke", "absent", "trade"])
    assert set(found) == {"nuke", "trade"} and found["trade"].text == TRADE.text
    summary = found["nuke"].summary()
    assert not hasattr(summary, "text") and summary.snippet == NUCLEAR.text and summary.source == "Reuters"
    assert articles_by_id(store, []) == {}
