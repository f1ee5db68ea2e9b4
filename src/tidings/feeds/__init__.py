"""Live news in: RSS/Atom/JSON feeds and their web pages, fetched politely, turned into
:class:`~tidings.records.Article` records for the one ingest loop.

- :func:`~tidings.feeds.parse.feed_urls` reads the feeds a user names (URLs or files of them);
- :class:`~tidings.feeds.http.PoliteClient` fetches: per-host pacing, robots.txt, timeouts,
  a size cap, retries with back-off, redirects one hop at a time;
- :class:`~tidings.feeds.poll.FeedPoller` polls: conditional GETs, links already in the
  store's seen-URL ledger skipped, canonical URLs resolved, text and date extracted
  (:mod:`tidings.feeds.extract`), every failure a reject with the URL and the reason.

The stage knows nothing of the store: it reads a :class:`~tidings.feeds.records.SeenLedger`
and leaves recording what it fetched to its caller (:mod:`tidings.engines.feeds`).
"""

from __future__ import annotations

from tidings.feeds.http import PoliteClient
from tidings.feeds.parse import feed_urls, normalise_url, parse_feed
from tidings.feeds.poll import FeedPoller
from tidings.feeds.records import FeedProgress, FeedSettings, ItemProgress, PollReport, SeenLedger

__all__ = [
    "FeedPoller", "FeedProgress", "FeedSettings", "ItemProgress", "PoliteClient", "PollReport",
    "SeenLedger", "feed_urls", "normalise_url", "parse_feed",
]
