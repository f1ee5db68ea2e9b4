"""``tidings fetch FEEDS...`` (and ``tidings ingest --feeds FILE``): poll news feeds, fetch each
new item's page, code it and store it; with ``--every 15m``, keep polling. One line per feed,
one per item, and a summary line per poll on stderr."""

from __future__ import annotations

import re
import time
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from tidings.cli.common import (
    ActorsOption,
    DbOption,
    MinConfidenceOption,
    WorkersOption,
    err,
    handle_errors,
    worker_count,
)
from tidings.errors import InputError

if TYPE_CHECKING:
    from rich.console import Console

    from tidings.engines.feeds import Listeners

_EVERY = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(s|sec|m|min|h|hr)?\s*$", re.IGNORECASE)
_UNIT_SECONDS = {"s": 1, "sec": 1, "m": 60, "min": 60, "h": 3600, "hr": 3600}

EveryOption = Annotated[str | None, typer.Option(
    "--every", help="Keep polling at this interval (90s, 15m, 1h); without it, poll once.")]
PollsOption = Annotated[int | None, typer.Option("--polls", min=1, help="With --every: stop after this many polls.")]


def parse_every(value: str) -> float:
    """Seconds in an interval such as ``90``, ``90s``, ``15m`` or ``1h``."""
    match = _EVERY.match(value)
    if not match or float(match.group(1)) <= 0:
        raise InputError(f"--every {value!r} is not an interval like 90s, 15m or 1h")
    return float(match.group(1)) * _UNIT_SECONDS[(match.group(2) or "s").lower()]


def _line(console: Console, text: str) -> None:
    console.print(text, highlight=False, markup=False, soft_wrap=True)


def run_feeds(
    specs: list[str], *, db: Path, actors: Path | None = None, workers: int | None = None,
    min_confidence: float | None = None, every: str | None = None, polls: int | None = None,
    host_interval: float = 1.0, timeout: float = 10.0, max_mb: float = 5.0, console: Console | None = None,
) -> int:
    """Poll the feeds in ``specs`` into the store at ``db`` (once, or every ``every``); the exit code
    (messages go to ``console``, by default stderr)."""
    from tidings.engines.feeds import FeedPollSummary, poll_feeds, watch_feeds
    from tidings.engines.local import local_engine
    from tidings.feeds import FeedSettings, PoliteClient, feed_urls
    from tidings.pipeline import ExtractorSettings
    from tidings.store import Store

    out = console or err()
    feeds = feed_urls(specs)
    seconds = parse_every(every) if every is not None else None
    settings = ExtractorSettings(actors_file=actors, n_process=worker_count(workers), min_confidence=min_confidence)
    fetching = FeedSettings(host_interval=host_interval, timeout=timeout, max_bytes=int(max_mb * 1_000_000))
    listeners = _listeners(out)

    def summary(poll: FeedPollSummary) -> None:
        report, run = poll.report, poll.run
        _line(out, f"{time.strftime('%H:%M:%S')} poll {poll.number}: {len(report.feeds)} feeds "
                       f"({report.feeds_not_modified} not modified, {report.feeds_failed} failed), "
                       f"{report.items_new} new items: stored {run.articles_stored} articles, "
                       f"already stored {run.articles_duplicate + report.duplicates}, {run.events} events, "
                       f"rejected {run.rejected} -> {db}")
        for note in run.notes:
            _line(out, f"note: {note}")

    code = local_engine(settings)
    with Store(db) as store, PoliteClient(fetching) as client:
        if seconds is None:
            poll = poll_feeds(feeds, store, code, client, batch_size=settings.batch_size, listeners=listeners)
            summary(poll)
            return 1 if poll.run.rejected else 0
        _line(out, f"polling {len(feeds)} feeds every {every} (Ctrl-C to stop) -> {db}")
        try:
            totals = watch_feeds(feeds, store, code, client, every=seconds, batch_size=settings.batch_size,
                                 max_polls=polls, listeners=listeners, on_poll=summary)
        except KeyboardInterrupt:
            _line(out, "stopped")
            return 0
    _line(out, f"{totals.polls} polls, {totals.run.articles_stored} articles stored")
    return 0


def _listeners(console: Console) -> Listeners:
    from tidings.engines.feeds import Listeners as Heard
    from tidings.feeds import FeedProgress, ItemProgress
    from tidings.records import ArticleResult, Reject

    def feed(progress: FeedProgress) -> None:
        if progress.failed:
            return  # named as a reject
        said = "not modified" if progress.not_modified else f"{progress.items} items, {progress.new_items} new"
        _line(console, f"feed {progress.feed_url}: {said}")

    def item(progress: ItemProgress) -> None:
        if progress.status == "article":
            _line(console, f"  fetched {progress.url}: {progress.detail}")
        elif progress.status == "duplicate":
            _line(console, f"  already have {progress.url}: {progress.detail}")

    def coded(result: ArticleResult) -> None:
        _line(console, f"  coded {result.article.url or result.article.id}: {len(result.events)} events")

    def rejected(reject: Reject) -> None:
        _line(console, f"  skipped {reject.describe()}")

    return Heard(on_feed=feed, on_item=item, on_progress=coded, on_reject=rejected)


def fetch(
    feeds: Annotated[list[str], typer.Argument(help="Feed URLs (RSS, Atom, JSON Feed), or files of them, one a line.")],
    db: DbOption = Path("tidings.duckdb"),
    every: EveryOption = None,
    polls: PollsOption = None,
    actors: ActorsOption = None,
    workers: WorkersOption = None,
    min_confidence: MinConfidenceOption = None,
    host_interval: Annotated[float, typer.Option(
        "--host-interval", min=0.0,
        help="Seconds between two requests to one host (a longer robots.txt Crawl-delay wins).")] = 1.0,
    timeout: Annotated[float, typer.Option("--timeout", min=0.1, help="Seconds to wait for a server.")] = 10.0,
    max_mb: Annotated[float, typer.Option("--max-mb", min=0.01, help="Largest feed or page read, in MB.")] = 5.0,
) -> None:
    """Fetch news feeds: code each new item's page into the store (pages already fetched are skipped)."""
    code = run_feeds(feeds, db=db, actors=actors, workers=workers, min_confidence=min_confidence, every=every,
                     polls=polls, host_interval=host_interval, timeout=timeout, max_mb=max_mb)
    if code:
        raise typer.Exit(code)


def register(app: typer.Typer) -> None:
    """Add the ``fetch`` command to the ``tidings`` CLI."""
    app.command(name="fetch")(handle_errors(fetch))
