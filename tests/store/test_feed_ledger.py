"""The store's feed ledger (seen links, feed validators) and the schema 3 -> 4 migration that adds it."""

from __future__ import annotations

from pathlib import Path

import duckdb
import pytest

from tidings.errors import SchemaMismatch
from tidings.records import FeedState, SeenUrl
from tidings.store import SCHEMA_VERSION, Store


def test_seen_links_are_found_by_link_or_canonical_url_and_kept_once(tmp_path: Path) -> None:
    store = Store(tmp_path / "t.duckdb")
    assert store.seen_urls(["http://news.test/a"]) == set()
    first = [
        SeenUrl(url="http://news.test/a?ref=rss", canonical_url="http://news.test/a", article_id="u_1",
                outcome="article"),
        SeenUrl(url="http://news.test/gone", outcome="rejected"),
    ]
    assert store.mark_urls_seen(first) == 2
    assert store.mark_urls_seen([SeenUrl(url="http://news.test/gone", outcome="article")]) == 0  # first record kept
    asked = ["http://news.test/a", "http://news.test/a?ref=rss", "http://news.test/gone", "http://news.test/new"]
    assert store.seen_urls(asked) == set(asked[:3])
    many = [f"http://news.test/{n}" for n in range(1200)]  # more than one lookup chunk
    store.mark_urls_seen(SeenUrl(url=url, outcome="article") for url in many[::2])
    assert store.seen_urls(many) == set(many[::2])
    with store.connect() as conn:
        assert conn.execute("SELECT outcome FROM seen_urls WHERE url = 'http://news.test/gone'").fetchone() == (
            "rejected",)


def test_feed_validators_are_replaced_per_feed(tmp_path: Path) -> None:
    store = Store(tmp_path / "t.duckdb")
    assert store.feed_state("http://news.test/rss") is None
    stamp = "Fri, 14 Mar 2025 09:00:00 GMT"
    store.save_feed_states([FeedState(feed_url="http://news.test/rss", etag='"v1"'),
                            FeedState(feed_url="http://other.test/atom", last_modified=stamp)])
    store.save_feed_states([FeedState(feed_url="http://news.test/rss", etag='"v2"')])
    got = store.feed_state("http://news.test/rss")
    assert got is not None and got.etag == '"v2"' and got.last_modified is None and got.checked_at is not None
    other = Store(tmp_path / "t.duckdb", read_only=True).feed_state("http://other.test/atom")
    assert other is not None and other.last_modified == stamp


def test_version_3_store_gains_the_feed_tables_in_place(tmp_path: Path) -> None:
    path = tmp_path / "v3.duckdb"
    Store(path)
    with duckdb.connect(str(path)) as conn:  # what a version-3 store looked like
        conn.execute("DROP TABLE seen_urls")
        conn.execute("DROP TABLE feed_state")
        conn.execute("UPDATE meta SET value = '3' WHERE key = 'schema_version'")
    with pytest.raises(SchemaMismatch, match=f"has schema version 3 and needs migrating to {SCHEMA_VERSION}"):
        Store(path, read_only=True)
    store = Store(path)
    assert store.stats().schema_version == SCHEMA_VERSION == 4
    store.mark_urls_seen([SeenUrl(url="http://news.test/a", outcome="article")])
    store.save_feed_states([FeedState(feed_url="http://news.test/rss", etag='"v1"')])
    reader = Store(path, read_only=True)
    assert reader.seen_urls(["http://news.test/a"]) == {"http://news.test/a"}
    assert reader.feed_state("http://news.test/rss") is not None
