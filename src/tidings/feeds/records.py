"""The feeds stage's typed records: its settings, what one fetch returned, one feed item,
the progress it reports, and the read-only ledger it asks what was seen."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Literal, Protocol

from tidings.records import FeedState


@dataclass(frozen=True)
class FeedSettings:
    """How politely and how far to fetch."""

    user_agent: str = "Tidings/0.1 (news event coder; polite feed reader)"
    host_interval: float = 1.0
    """Seconds between two requests to one host (a longer robots.txt Crawl-delay wins, up to a minute)."""
    timeout: float = 10.0
    """Seconds to connect, and to wait for each read."""
    max_bytes: int = 5_000_000
    """The largest feed or page read; a bigger one is rejected."""
    retries: int = 2
    """Tries after the first for a timeout, refused connection, HTTP 429 or 5xx."""
    backoff: float = 1.0
    """Seconds before the first retry; doubled for each further one (or the server's Retry-After)."""
    max_redirects: int = 5


@dataclass(frozen=True)
class Fetched:
    """A successful (2xx) or not-modified (304) answer, after redirects."""

    url: str
    status: int
    headers: dict[str, str]
    body: bytes
    redirected_from: tuple[str, ...] = ()

    @property
    def not_modified(self) -> bool:
        return self.status == 304


@dataclass(frozen=True)
class FeedItem:
    """One entry of a feed: its link and what the feed says about it."""

    link: str
    title: str | None = None
    published: dt.date | None = None


ItemStatus = Literal["article", "rejected", "duplicate", "retry"]


@dataclass(frozen=True)
class ItemProgress:
    """What became of one new feed item (for a progress line)."""

    feed_url: str
    url: str
    status: ItemStatus
    detail: str = ""


@dataclass
class FeedProgress:
    """What one feed answered in a poll."""

    feed_url: str
    not_modified: bool = False
    failed: str | None = None
    items: int = 0
    new_items: int = 0


@dataclass
class PollReport:
    """Counts of one poll over every feed (the ingest loop counts the articles)."""

    feeds: list[FeedProgress] = field(default_factory=list)
    items_new: int = 0
    articles: int = 0
    duplicates: int = 0
    rejected: int = 0
    retry_later: int = 0

    @property
    def feeds_not_modified(self) -> int:
        return sum(1 for f in self.feeds if f.not_modified)

    @property
    def feeds_failed(self) -> int:
        return sum(1 for f in self.feeds if f.failed)


class SeenLedger(Protocol):
    """What a poll asks the store (:class:`~tidings.store.Store` is one)."""

    def seen_urls(self, urls: Iterable[str]) -> set[str]: ...

    def feed_state(self, feed_url: str) -> FeedState | None: ...
