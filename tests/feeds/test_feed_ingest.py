"""Feeds into the store through the one ingest loop, with the real pipeline: each story stored
once with its events, rejects recorded with their URLs, nothing fetched twice; and the command
line end to end (two polls in subprocesses against the local server)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import duckdb
import pytest

from feeds.newsite import Answer, Site
from tidings.engines.feeds import Listeners, poll_feeds, watch_feeds
from tidings.engines.local import coding_with
from tidings.feeds import FeedSettings, PoliteClient
from tidings.store import Store

QUICK = FeedSettings(host_interval=0.01, timeout=0.5, retries=0, backoff=0.01, max_bytes=200_000)
STORIES = {"/world/harbour-talks", "/europe/tbilisi-rally", "/world/sanctions"}


@pytest.fixture(scope="module")
def code():
    from tidings.pipeline import Extractor, ExtractorSettings

    return coding_with(Extractor(ExtractorSettings(batch_size=8)))


def _stored(db: Path) -> dict[str, tuple[str, str, int]]:
    """url -> (source, date, number of events) of each stored article."""
    with duckdb.connect(str(db), read_only=True) as conn:
        rows = conn.execute("""
            SELECT url, source, CAST(date AS VARCHAR),
                   (SELECT count(*) FROM mentions m WHERE m.article_id = a.article_id)
            FROM articles a""").fetchall()
    return {url: (source, day, events) for url, source, day, events in rows}


def test_two_polls_store_each_story_once_with_its_events(site: Site, tmp_path: Path, code) -> None:
    store = Store(tmp_path / "t.duckdb")
    feeds = [site.base + "/rss.xml", site.base + "/atom.xml", site.base + "/broken.xml"]
    heard: list[str] = []
    listeners = Listeners(on_item=lambda item: heard.append(item.status), on_reject=lambda r: heard.append("reject"))
    with PoliteClient(QUICK) as client:
        first = poll_feeds(feeds, store, code, client, listeners=listeners)
        site.clear()
        second = poll_feeds(feeds, store, code, client, number=2)
    assert first.run.articles_stored == 3 and first.run.events > 0 and first.report.duplicates == 1
    assert first.run.rejected == 7  # six bad pages and the broken feed, each named
    assert heard.count("article") == 3 and heard.count("duplicate") == 1 and heard.count("reject") == 7
    stored = _stored(store.path)
    assert {url.removeprefix(site.base) for url in stored} == STORIES
    assert all(events > 0 and source == "127.0.0.1" for source, _, events in stored.values())
    assert stored[site.base + "/world/harbour-talks"][1] == "2025-03-14"
    reasons = {r.origin.removeprefix(site.base): r.reason for r in store.rejects()}
    assert reasons["/world/withdrawn"] == "HTTP 404" and reasons["/gallery/huge"].startswith("page over the size cap")
    assert reasons["/broken.xml"].startswith("feed: feed is not RSS/Atom XML")
    # the second poll: the Atom feed answers 304; the RSS feed had a page time out, so its validators were
    # not kept: it is read in full, and of its items only the timed-out page is fetched again
    assert second.report.feeds_not_modified == 1 and second.run.articles_stored == 0
    assert [p for p in site.paths() if not p.endswith((".xml", ".txt"))] == ["/slow/page"]
    assert len(_stored(store.path)) == 3
    site.routes["/slow/page"] = Answer(body=site.page("harbour-talks.html"))  # the server recovered
    with PoliteClient(QUICK) as client:
        third = poll_feeds(feeds, store, code, client, number=3)
        site.clear()
        fourth = poll_feeds(feeds, store, code, client, number=4)
    assert third.report.duplicates == 1 and third.run.rejected == 1  # the same story as another link; broken feed
    assert fourth.report.feeds_not_modified == 2 and fourth.report.items_new == 0
    assert site.paths() == ["/rss.xml", "/atom.xml", "/broken.xml"]  # robots.txt already read by this client
    assert len(_stored(store.path)) == 3

def test_watch_polls_until_told_to_stop(site: Site, tmp_path: Path, code) -> None:
    store = Store(tmp_path / "t.duckdb")
    polls: list[int] = []
    stop = threading.Event()

    def after(poll) -> None:
        polls.append(poll.run.articles_stored)
        if len(polls) == 3:
            stop.set()

    with PoliteClient(QUICK) as client:
        totals = watch_feeds([site.base + "/atom.xml"], store, code, client, every=0.05, stop=stop, on_poll=after)
    assert totals.polls == 3 and polls == [2, 0, 0] and totals.run.articles_stored == 2
    assert site.count("/robots.txt") == 3  # robots.txt read afresh each poll
    assert site.count("/europe/tbilisi-rally?src=atom") == 1


@pytest.mark.slow
def test_command_line_polls_twice_and_stores_each_story_once(site: Site, tmp_path: Path) -> None:
    db = tmp_path / "live.duckdb"
    listing = tmp_path / "feeds.txt"
    listing.write_text(f"# fixture site\n{site.base}/rss.xml\n{site.base}/atom.xml\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(Path(__file__).parents[2] / "src"),
                                                                     os.environ.get("PYTHONPATH")]))}
    quick = ["--db", str(db), "--workers", "1"]

    def tidings(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "tidings", *args, *quick], env=env, capture_output=True,
                              text=True, check=False, timeout=300)

    first = tidings("fetch", str(listing), "--host-interval", "0.01", "--timeout", "0.5", "--max-mb", "0.2")
    assert first.returncode == 1, first.stderr  # some pages were rejected; the good ones are stored
    assert f"feed {site.base}/rss.xml: 8 items, 8 new" in first.stderr
    assert f"skipped {site.base}/world/withdrawn: HTTP 404" in first.stderr
    assert f"already have {site.base}/amp/world/sanctions" in first.stderr
    assert "poll 1: 2 feeds (0 not modified, 0 failed), 10 new items: stored 3 articles" in first.stderr
    site.clear()
    second = tidings("ingest", "--feeds", str(listing), "--every", "1s", "--polls", "2")
    assert second.returncode == 0, second.stderr
    # the Atom feed answers 304; the RSS one in full, as a page of it timed out: only that page is tried again,
    # and with the default timeout (10 s) it arrives: the same story as a stored one. Then nothing is new.
    assert "poll 1: 2 feeds (1 not modified, 0 failed), 1 new items: stored 0 articles, already stored 1" in (
        second.stderr)
    assert "poll 2: 2 feeds (2 not modified, 0 failed), 0 new items: stored 0 articles" in second.stderr
    assert {p for p in site.paths() if not p.endswith((".xml", ".txt"))} == {"/slow/page"}
    stored = _stored(db)
    assert {url.removeprefix(site.base) for url in stored} == STORIES
    assert all(events > 0 for _, _, events in stored.values())
    events = subprocess.run([sys.executable, "-m", "tidings", "events", "--db", str(db), "--format", "jsonl"],
                            env=env, capture_output=True, text=True, check=True)
    linked = [json.loads(line) for line in events.stdout.splitlines() if line.strip()]
    assert linked and {event["source_url"] for event in linked} == set(stored)  # today's news, queryable
