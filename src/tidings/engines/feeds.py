"""Feeds into the store: one poll (:func:`poll_feeds`) runs the feed poller's articles through
the one ingest loop (:func:`tidings.engines.loop.ingest`) and then records in the store what was
fetched (the seen-URL ledger) and what each feed answered (for conditional GETs);
:func:`watch_feeds` polls every ``every`` seconds until stopped."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from tidings.engines.loop import CodeFn, ProgressFn, RejectFn, combined, ingest
from tidings.feeds import FeedPoller, PoliteClient, PollReport
from tidings.feeds.poll import FeedFn, ItemFn
from tidings.records import RunSummary

if TYPE_CHECKING:
    from tidings.store import Store


@dataclass
class FeedPollSummary:
    """One poll: what the feeds answered (``report``) and what the ingest loop did (``run``)."""

    number: int
    report: PollReport
    run: RunSummary


@dataclass
class FeedWatchSummary:
    """Totals over the polls of :func:`watch_feeds`."""

    polls: int = 0
    run: RunSummary = field(default_factory=RunSummary)


@dataclass(frozen=True)
class Listeners:
    """Who hears of progress: per feed, per item, per stored article, per reject."""

    on_feed: FeedFn | None = None
    on_item: ItemFn | None = None
    on_progress: ProgressFn | None = None
    on_reject: RejectFn | None = None


def poll_feeds(
    feeds: Sequence[str], store: Store, code: CodeFn, client: PoliteClient, *, batch_size: int = 32,
    listeners: Listeners | None = None, number: int = 1,
) -> FeedPollSummary:
    """Poll ``feeds`` once into ``store``: new pages fetched, coded with ``code`` and stored; then
    the fetched links and the feeds' validators recorded, so the next poll fetches only what is new."""
    heard = listeners or Listeners()
    poller = FeedPoller(client, store, on_feed=heard.on_feed, on_item=heard.on_item)
    run = ingest(poller.poll(feeds), store, code, batch_size=batch_size,
                 on_progress=heard.on_progress, on_reject=heard.on_reject)
    store.mark_urls_seen(poller.seen)
    store.save_feed_states(poller.states)
    return FeedPollSummary(number=number, report=poller.report, run=run)


def watch_feeds(
    feeds: Sequence[str], store: Store, code: CodeFn, client: PoliteClient, *, every: float,
    batch_size: int = 32, max_polls: int | None = None, stop: threading.Event | None = None,
    listeners: Listeners | None = None, on_poll: Callable[[FeedPollSummary], None] | None = None,
) -> FeedWatchSummary:
    """Poll ``feeds`` every ``every`` seconds (from the start of one poll to the next) until ``stop``
    is set or ``max_polls`` polls are done; robots.txt is read afresh for each poll."""
    halt = stop or threading.Event()
    totals = FeedWatchSummary()
    while not halt.is_set():
        started = time.monotonic()
        client.forget_robots()
        poll = poll_feeds(feeds, store, code, client, batch_size=batch_size, listeners=listeners,
                          number=totals.polls + 1)
        totals.polls += 1
        totals.run = combined(totals.run, poll.run)
        if on_poll is not None:
            on_poll(poll)
        if max_polls is not None and totals.polls >= max_polls:
            break
        halt.wait(max(0.0, every - (time.monotonic() - started)))
    return totals
