"""The feeds stage against a real local HTTP server: extraction, canonical URLs, politeness and
every way a page fails, each a reject with the URL and the reason. The ledger is a real store."""

from __future__ import annotations

import datetime as dt
import itertools
from pathlib import Path

import pytest

from feeds.newsite import SLOW_SECONDS, Answer, Site
from tidings.errors import FetchFailed, InputError
from tidings.feeds import FeedPoller, FeedSettings, PoliteClient, feed_urls
from tidings.records import Article, Reject
from tidings.store import Store

QUICK = FeedSettings(host_interval=0.01, timeout=0.5, retries=1, backoff=0.01, max_bytes=200_000)
assert QUICK.timeout * 2 < SLOW_SECONDS  # the slow page times out on every try
NAV_ADS_COMMENTS = ["Subscribe", "Most read", "Advertisement", "Sponsored", "cookies", "Comments", "fjordwatcher",
                    "Sanctions never work", "Shame on the police", "Learn Georgian", "All rights reserved"]


def _poll(site: Site, store: Store, feeds: list[str], settings: FeedSettings = QUICK) -> tuple[FeedPoller, list]:
    with PoliteClient(settings) as client:
        poller = FeedPoller(client, store)
        items = list(poller.poll([site.base + feed for feed in feeds]))
    return poller, items


def _articles(items: list) -> dict[str, Article]:
    return {item.url: item for item in items if isinstance(item, Article)}


def _rejects(items: list) -> dict[str, str]:
    return {item.origin: item.reason for item in items if isinstance(item, Reject)}


@pytest.fixture()
def store(tmp_path: Path) -> Store:
    return Store(tmp_path / "t.duckdb")


def test_story_text_title_and_date_come_without_navigation_ads_or_comments(site: Site, store: Store) -> None:
    _, items = _poll(site, store, ["/rss.xml", "/atom.xml"])
    got = _articles(items)
    talks = got[site.base + "/world/harbour-talks"]  # reached by a redirect; named by its canonical URL
    assert talks.title == "Norway and Chile sign fisheries accord after Oslo talks"
    assert talks.date == dt.date(2025, 3, 14)
    assert talks.text.startswith("OSLO - Norway's foreign minister met his Chilean counterpart in Oslo on Thursday")
    assert talks.text.endswith("agreed to meet again in Santiago before the end of the year.")
    assert talks.dateline == "OSLO" and talks.source == "127.0.0.1" and talks.id.startswith("u_")
    rally = got[site.base + "/europe/tbilisi-rally"]  # a relative canonical link, and only a <time> for the date
    assert rally.date == dt.date(2025, 3, 15)  # not the comments' dates
    assert "Georgian police arrested more than forty protesters" in rally.text
    sanctions = got[site.base + "/world/sanctions"]  # the feed's utm_ parameters are not part of its name
    assert sanctions.date == dt.date(2025, 3, 13) and "Russia condemned a new package" in sanctions.text
    for article in got.values():
        for clutter in NAV_ADS_COMMENTS:
            assert clutter not in article.text, (article.url, clutter)
    assert set(got) == {site.base + path for path in ("/world/harbour-talks", "/europe/tbilisi-rally",
                                                      "/world/sanctions")}


def test_every_bad_page_is_a_reject_with_its_url_and_reason(site: Site, store: Store) -> None:
    poller, items = _poll(site, store, ["/rss.xml", "/broken.xml"])
    rejects = _rejects(items)
    assert rejects == {
        site.base + "/de/haushalt": "not English (too few English function words)",
        site.base + "/live/updates": "no extractable text (11 words of story on the page)",
        site.base + "/world/withdrawn": "HTTP 404",
        site.base + "/slow/page": "timeout after 0.5s (2 tries)",
        site.base + "/gallery/huge": "page over the size cap (more than 200000 bytes)",
        site.base + "/private/briefing": "disallowed by robots.txt",
        site.base + "/broken.xml": "feed: feed is not RSS/Atom XML: text/html is not an XML media type",
    }
    assert len(_articles(items)) == 2  # the good pages of the same feed are kept
    assert site.count("/private/briefing") == 0  # robots.txt is asked first, once
    assert site.count("/robots.txt") == 1
    assert site.count("/slow/page") == 2  # one retry after the timeout
    seen = {s.url: s.outcome for s in poller.seen}
    assert site.base + "/slow/page" not in seen  # a timeout is tried again next poll
    assert seen[site.base + "/world/withdrawn"] == "rejected" and seen[site.base + "/de/haushalt"] == "rejected"
    assert poller.report.retry_later == 1 and poller.report.feeds_failed == 1


def test_a_declared_length_over_the_cap_is_refused_before_reading(site: Site, store: Store) -> None:
    site.routes["/big"] = Answer(body=b"<html>" + b"x" * 300_000 + b"</html>")
    with PoliteClient(QUICK) as client, pytest.raises(FetchFailed, match=r"over the size cap \(300013 bytes"):
        client.get(site.base + "/big")


def test_a_flaky_server_is_retried_after_a_back_off(site: Site) -> None:
    with PoliteClient(QUICK) as client:
        page = client.get(site.base + "/flaky")
    assert page.status == 200 and site.count("/flaky") == 2 and b"Tbilisi" in page.body


def test_the_rate_limit_spaces_requests_to_one_host(site: Site, store: Store) -> None:
    interval = 0.25
    _poll(site, store, ["/rss.xml"], FeedSettings(host_interval=interval, timeout=0.5, retries=0, max_bytes=200_000))
    times = [hit.at for hit in site.hits]
    assert len(times) >= 8
    gaps = [later - earlier for earlier, later in itertools.pairwise(times)]
    assert min(gaps) >= interval - 0.02, gaps  # a lower bound: a slow machine only widens the gaps


def test_a_robots_crawl_delay_longer_than_ours_wins(site: Site) -> None:
    site.routes["/robots.txt"] = Answer(body=b"User-agent: tidings\nCrawl-delay: 1\nDisallow:\n",
                                        content_type="text/plain")  # whole seconds: urllib.robotparser reads ints
    with PoliteClient(QUICK) as client:
        for _ in range(2):
            client.get(site.base + "/world/sanctions?utm_source=rss&utm_medium=feed")
    pages = [hit.at for hit in site.hits if hit.path != "/robots.txt"]
    assert len(pages) == 2 and pages[1] - pages[0] >= 0.98


def test_a_second_poll_sends_the_validators_and_does_no_work_on_304(site: Site, store: Store) -> None:
    site.routes["/slow/page"] = Answer(body=site.page("harbour-talks.html"))  # no page to try again
    first, _ = _poll(site, store, ["/rss.xml", "/atom.xml"])
    store.mark_urls_seen(first.seen)
    store.save_feed_states(first.states)
    site.clear()
    second, items = _poll(site, store, ["/rss.xml", "/atom.xml"])
    assert items == [] and second.report.feeds_not_modified == 2
    assert [hit.status for hit in site.hits if hit.path.endswith(".xml")] == [304, 304]
    assert site.paths() == ["/robots.txt", "/rss.xml", "/atom.xml"]  # no page fetched
    rss = next(hit for hit in site.hits if hit.path == "/rss.xml")
    assert rss.headers.get("If-None-Match", "").startswith('"')


def test_a_changed_feed_fetches_only_its_new_items(site: Site, store: Store) -> None:
    first, _ = _poll(site, store, ["/rss.xml", "/atom.xml"])
    store.mark_urls_seen(first.seen)
    store.save_feed_states(first.states)
    new_items = (b"<item><title>Rally</title><link>" + site.base.encode() + b"/europe/tbilisi-rally?src=rss</link>"
                 b"</item><item><title>Rally</title><link>" + site.base.encode() + b"/syndicated/rally?id=77</link>"
                 b"<pubDate>Sat, 15 Mar 2025 18:05:00 GMT</pubDate></item><item>")
    feed = site.page("rss.xml").replace(b"<item>", new_items, 1)
    site.routes["/rss.xml"] = Answer(body=feed, content_type="application/rss+xml", validators=True)
    site.routes["/syndicated/rally?id=77"] = Answer(body=site.page("border-protest.html"))
    site.clear()
    second, items = _poll(site, store, ["/rss.xml"])
    assert site.count("/rss.xml") == 1 and site.hits[1].status == 200  # changed: a full answer
    pages = [path for path in site.paths() if not path.endswith((".xml", ".txt"))]
    # the first new link differs from a stored story's only by a tracking parameter: not fetched;
    # the second is fetched, and its canonical URL names the stored story; the timed-out page is tried again
    assert pages == ["/syndicated/rally?id=77", "/slow/page", "/slow/page"]
    assert _articles(items) == {} and list(_rejects(items)) == [site.base + "/slow/page"]
    assert second.report.duplicates == 1 and second.report.items_new == 2


def test_feed_lists_read_urls_and_files_of_them(tmp_path: Path) -> None:
    listing = tmp_path / "feeds.txt"
    listing.write_text("# world news\nhttp://a.test/rss\n\n  https://b.test/atom.xml  \nhttp://a.test/rss\n")
    assert feed_urls([str(listing), "http://c.test/feed"]) == [
        "http://a.test/rss", "https://b.test/atom.xml", "http://c.test/feed"]
    listing.write_text("http://a.test/rss\nftp://old.test/feed\n")
    with pytest.raises(InputError, match=r"feeds.txt:2: not an http\(s\) feed URL"):
        feed_urls([str(listing)])
    with pytest.raises(InputError, match="neither a feed URL nor a readable file"):
        feed_urls([str(tmp_path / "missing.txt")])

