"""The feeds stage's parsers and its rate limiter, on their own: feed bodies (RSS, Atom, JSON
Feed, garbage), URL normalisation, ``--every`` intervals, and the per-host pacer on a fake clock."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st
from typer.testing import CliRunner

from tidings.cli.app import app
from tidings.cli.fetch import parse_every
from tidings.errors import ArticleRejected, InputError
from tidings.feeds import normalise_url, parse_feed
from tidings.feeds.pace import HostPacer

RSS = b"""<?xml version="1.0"?><rss version="2.0"><channel><title>T</title>
<item><title>One</title><link>/a/1</link><pubDate>Fri, 14 Mar 2025 09:30:00 GMT</pubDate></item>
<item><title>No link</title></item>
<item><title>Two</title><link>http://other.test/2</link></item></channel></rss>"""
ATOM = b"""<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>T</title>
<entry><title>Three</title><link href="/b/3"/><updated>2025-03-15T18:05:00Z</updated><id>x</id></entry></feed>"""
JSON_FEED = json.dumps({"version": "https://jsonfeed.org/version/1.1", "title": "T", "items": [
    {"id": "1", "url": "/c/4", "title": "Four", "date_published": "2025-03-16T08:00:00Z"},
    {"id": "2", "content_text": "no url"}]}).encode()


@pytest.mark.parametrize(("body", "expected"), [
    (RSS, [("http://news.test/a/1", "One", dt.date(2025, 3, 14)), ("http://other.test/2", "Two", None)]),
    (ATOM, [("http://news.test/b/3", "Three", dt.date(2025, 3, 15))]),
    (JSON_FEED, [("http://news.test/c/4", "Four", dt.date(2025, 3, 16))]),
])
def test_feed_items_have_absolute_links_titles_and_dates(body: bytes, expected: list) -> None:
    items = parse_feed(body, "http://news.test/feed", "application/xml")
    assert [(i.link, i.title, i.published) for i in items] == expected


@pytest.mark.parametrize(("body", "kind", "reason"), [
    (b"<html><body><h1>Moved</h1></body></html>", "text/html", "text/html is not an XML media type"),
    (b"\x00\x01\x02 binary", "application/octet-stream", "feed is not RSS/Atom XML"),
    (b"", "application/rss+xml", "feed is not RSS/Atom XML"),
    (b'{"not": "a feed"}', "application/json", "feed is not RSS/Atom XML"),
])
def test_a_body_that_is_not_a_feed_is_rejected_with_a_reason(body: bytes, kind: str, reason: str) -> None:
    with pytest.raises(ArticleRejected, match=reason):
        parse_feed(body, "http://news.test/feed", kind)


@given(st.binary(max_size=400))
def test_any_bytes_give_items_or_a_reject(body: bytes) -> None:
    try:
        items = parse_feed(body, "http://news.test/feed", "application/xml")
    except ArticleRejected as exc:
        assert exc.reason.startswith("feed is not")
    else:
        assert all(item.link for item in items)


@given(st.sampled_from(["http", "HTTP", "https"]), st.sampled_from(["news.test", "WWW.News.Test"]),
       st.text("abc/-", max_size=12), st.sampled_from(["", "?utm_source=rss", "?id=3&utm_medium=x"]),
       st.sampled_from(["", "#comments"]))
def test_normalised_urls_drop_tracking_and_fragments_and_are_stable(
        scheme: str, host: str, path: str, query: str, fragment: str) -> None:
    url = f"{scheme}://{host}/{path}{query}{fragment}"
    normal = normalise_url(url)
    assert normalise_url(normal) == normal
    assert "utm_" not in normal and "#" not in normal and normal == normal.strip()
    assert normal.split("/")[2] == normal.split("/")[2].lower()


@pytest.mark.parametrize(("text", "seconds"), [("90", 90), ("90s", 90), ("15m", 900), ("1h", 3600), ("2.5 min", 150)])
def test_every_reads_seconds_minutes_and_hours(text: str, seconds: float) -> None:
    assert parse_every(text) == seconds


@pytest.mark.parametrize("text", ["", "0", "soon", "15 days", "-5m"])
def test_every_refuses_what_is_not_an_interval(text: str) -> None:
    with pytest.raises(InputError, match="not an interval"):
        parse_every(text)


def test_the_pacer_waits_per_host_and_honours_a_longer_delay() -> None:
    now = [100.0]
    slept: list[float] = []

    def sleep(seconds: float) -> None:
        slept.append(seconds)
        now[0] += seconds

    pacer = HostPacer(1.0, clock=lambda: now[0], sleep=sleep)
    assert pacer.wait("a.test") == 0  # first request to a host: no wait
    assert pacer.wait("b.test") == 0  # another host is not held up by the first
    now[0] += 0.25
    assert pacer.wait("a.test") == pytest.approx(0.75)
    pacer.slow_down("b.test", 5.0)
    pacer.slow_down("a.test", 0.1)  # shorter than ours: ours stands
    assert pacer.wait("b.test") == pytest.approx(5.0 - 0.25 - 0.75)
    assert pacer.interval_for("a.test") == 1.0 and slept == [pytest.approx(0.75), pytest.approx(4.0)]


def test_the_command_line_refuses_every_without_feeds() -> None:
    result = CliRunner().invoke(app, ["ingest", "--every", "15m"])
    assert result.exit_code == 2 and "--feeds FILE" in result.output
    result = CliRunner().invoke(app, ["fetch", "http://news.test/rss", "--every", "soon"])
    assert result.exit_code == 2 and "not an interval" in result.output
