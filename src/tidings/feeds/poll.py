"""One poll over a list of feeds: each feed fetched with a conditional GET, each new item's page
fetched and turned into an :class:`~tidings.records.Article` (or a
:class:`~tidings.records.Reject` naming the URL and the reason), lazily, for the ingest loop.

The poller only reads the ledger. What it fetched is in :attr:`FeedPoller.seen` and what each
feed answered in :attr:`FeedPoller.states`: the caller records both after the articles were
stored, so a crash mid-poll means a refetch, never a lost story. Transient failures (timeouts,
5xx) are not recorded as seen, and their feed's validators are not updated, so the next poll
gets the feed in full and tries those pages again.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator, Sequence

from tidings.errors import ArticleRejected, FetchFailed
from tidings.feeds.extract import canonical_url, extract_article, page_tree, url_article_id
from tidings.feeds.http import PoliteClient
from tidings.feeds.parse import normalise_url, parse_feed
from tidings.feeds.records import FeedItem, FeedProgress, ItemProgress, ItemStatus, PollReport, SeenLedger
from tidings.records import Article, FeedState, Reject, SeenOutcome, SeenUrl

FeedFn = Callable[[FeedProgress], None]
ItemFn = Callable[[ItemProgress], None]


class FeedPoller:
    """Polls feeds through ``client``, skipping links ``ledger`` has seen."""

    def __init__(self, client: PoliteClient, ledger: SeenLedger, *, on_feed: FeedFn | None = None,
                 on_item: ItemFn | None = None) -> None:
        self.client = client
        self.ledger = ledger
        self.on_feed = on_feed
        self.on_item = on_item
        self.report = PollReport()
        self.seen: list[SeenUrl] = []
        self.states: list[FeedState] = []
        self._this_poll: set[str] = set()

    def poll(self, feeds: Sequence[str]) -> Iterator[Article | Reject]:
        """The new articles of every feed in ``feeds``, and a reject for each that failed."""
        for feed_url in feeds:
            yield from self._feed(feed_url)

    # ------------------------------------------------------------------ feeds
    def _conditional_headers(self, feed_url: str) -> dict[str, str]:
        state = self.ledger.feed_state(feed_url)
        headers: dict[str, str] = {}
        if state is not None and state.etag:
            headers["If-None-Match"] = state.etag
        if state is not None and state.last_modified:
            headers["If-Modified-Since"] = state.last_modified
        return headers

    def _feed(self, feed_url: str) -> Iterator[Article | Reject]:
        progress = FeedProgress(feed_url=feed_url)
        self.report.feeds.append(progress)
        try:
            answer = self.client.get(feed_url, self._conditional_headers(feed_url))
            items = [] if answer.not_modified else parse_feed(
                answer.body, answer.url, answer.headers.get("content-type"))
        except (FetchFailed, ArticleRejected) as exc:
            progress.failed = exc.reason
            self._told_feed(progress)
            yield Reject(origin=feed_url, reason=f"feed: {exc.reason}")
            return
        progress.not_modified = answer.not_modified
        fresh = self._new_items(items)
        progress.items, progress.new_items = len(items), len(fresh)
        self.report.items_new += len(fresh)
        self._told_feed(progress)
        retry_before = self.report.retry_later
        for link, item in fresh:
            yield from self._item(feed_url, link, item)
        if self.report.retry_later == retry_before:  # else keep the old validators: a full answer next time
            self.states.append(FeedState(
                feed_url=feed_url, etag=answer.headers.get("etag"), last_modified=answer.headers.get("last-modified"),
                checked_at=dt.datetime.now(dt.UTC).replace(tzinfo=None),
            ))

    def _new_items(self, items: list[FeedItem]) -> list[tuple[str, FeedItem]]:
        """The items whose (normalised) link neither the ledger nor this poll has seen."""
        links = {normalise_url(item.link): item for item in reversed(items)}  # first one wins
        known = self.ledger.seen_urls(links)
        fresh = [(link, item) for link, item in reversed(links.items())
                 if link not in known and link not in self._this_poll]
        self._this_poll.update(link for link, _ in fresh)
        return fresh

    # ------------------------------------------------------------------ items
    def _item(self, feed_url: str, link: str, item: FeedItem) -> Iterator[Article | Reject]:
        canonical: str | None = None
        try:
            page = self.client.get(item.link)  # as the feed spells it; the ledger keeps it normalised
            tree = page_tree(page)
            canonical = canonical_url(tree, page.url)
            if canonical != link and (canonical in self._this_poll or self.ledger.seen_urls([canonical])):
                self._mark(feed_url, link, canonical, None, "duplicate", f"same story as {canonical}")
                return
            self._this_poll.add(canonical)
            article = extract_article(tree, canonical=canonical, item=item)
        except FetchFailed as exc:
            if exc.transient:
                self.report.retry_later += 1
                self._told_item(feed_url, link, "retry", exc.reason)
            else:
                self._mark(feed_url, link, canonical, None, "rejected", exc.reason)
            yield Reject(origin=link, reason=exc.reason)
            return
        except ArticleRejected as exc:
            ident = url_article_id(canonical) if canonical else None
            self._mark(feed_url, link, canonical, ident, "rejected", exc.reason)
            yield Reject(origin=canonical or link, reason=exc.reason, article_id=ident)
            return
        self._mark(feed_url, link, canonical, article.id, "article", article.title or "")
        yield article

    def _mark(self, feed_url: str, link: str, canonical: str | None, article_id: str | None,
              status: SeenOutcome, detail: str) -> None:
        if status == "article":
            self.report.articles += 1
        elif status == "duplicate":
            self.report.duplicates += 1
        else:
            self.report.rejected += 1
        self.seen.append(SeenUrl(url=link, canonical_url=canonical, article_id=article_id,
                                 outcome=status))
        self._told_item(feed_url, link, status, detail)

    def _told_item(self, feed_url: str, link: str, status: ItemStatus, detail: str) -> None:
        if self.on_item is not None:
            self.on_item(ItemProgress(feed_url=feed_url, url=link, status=status, detail=detail))

    def _told_feed(self, progress: FeedProgress) -> None:
        if self.on_feed is not None:
            self.on_feed(progress)
