"""The one ingest loop: the readers' items in, the store filled, one :class:`RunSummary` out.

``tidings ingest``, watch mode, ``POST /api/ingest`` and the Ray driver all run :func:`ingest`:
skip articles already stored (or already seen in this run), code the rest with a
:data:`CodeFn` (the local engine or Ray), store the results in batches, record every reject
in the store, count everything in one summary and refresh the search index once.

There is one failure channel: an unreadable input record comes from the readers as a
:class:`~tidings.records.Reject`, and an article whose coding failed comes back from the
coding engine as a :class:`~tidings.records.Reject` in its place. Both are stored with
:meth:`~tidings.store.Store.add_rejects`, counted and passed to ``on_reject``.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable, Iterator
from itertools import chain
from typing import TYPE_CHECKING

from tidings.errors import StoreError
from tidings.inputs.readers import article_id
from tidings.records import Article, ArticleResult, Reject, RunSummary

if TYPE_CHECKING:
    from tidings.store import Store, StoreWriteSummary

CodeFn = Callable[[Iterable[Article]], Iterator[ArticleResult | Reject]]
"""A coding engine: one outcome per article, in input order; an article whose coding failed
comes back as a :class:`Reject` (with its ``article_id``) instead of a result."""
ProgressFn = Callable[[ArticleResult], None]
RejectFn = Callable[[Reject], None]
SkipFn = Callable[[Article], None]


class _Tally:
    """The counts and rejects of one run, and the callbacks that hear of them."""

    def __init__(self, on_progress: ProgressFn | None, on_reject: RejectFn | None,
                 on_skip: SkipFn | None = None) -> None:
        self.summary = RunSummary()
        self.rejects: list[Reject] = []
        self._on_progress = on_progress
        self._on_reject = on_reject
        self._on_skip = on_skip
        self._started = time.perf_counter()

    def reject(self, reject: Reject, *, coding_failed: bool) -> None:
        self.rejects.append(reject)
        self.summary.rejected += 1
        if coding_failed:
            self.summary.articles_failed += 1
        if self._on_reject is not None:
            self._on_reject(reject)

    def fresh(self, items: Iterable[Article | Reject], store: Store) -> Iterator[Article]:
        """The articles among ``items`` that are neither stored nor seen earlier in this run.

        An article repeated in the run is a duplicate; a different article under an id seen
        earlier in the run (a feed reusing ids) is a reject, not a silent "already stored"."""
        seen: dict[str, str] = {}  # id -> content key of the article first seen under it
        for item in items:
            if isinstance(item, Reject):
                self.reject(item, coding_failed=False)
                continue
            content = article_id(item.text, item.date, item.title)
            if seen.get(item.id, content) != content:
                self.reject(_id_reused(item), coding_failed=False)
                continue
            self.summary.articles_read += 1
            repeated = item.id in seen
            seen[item.id] = content
            if repeated or store.has_article(item.id):
                self.summary.articles_duplicate += 1
                if self._on_skip is not None:
                    self._on_skip(item)
                continue
            yield item

    def read(self, outcomes: Iterable[ArticleResult | Reject]) -> Iterator[ArticleResult | Reject]:
        """Count outcomes coded elsewhere (one per article) as read."""
        for outcome in outcomes:
            self.summary.articles_read += 1
            yield outcome

    def results(self, outcomes: Iterable[ArticleResult | Reject]) -> Iterator[ArticleResult]:
        """The results among ``outcomes``, for the store; failed coding is recorded as a reject."""
        for outcome in outcomes:
            if isinstance(outcome, Reject):
                self.reject(outcome, coding_failed=True)
                continue
            if self._on_progress is not None:
                self._on_progress(outcome)
            yield outcome

    def finish(self, store: Store, written: StoreWriteSummary) -> RunSummary:
        """Take the stored counts from the store, record the rejects, refresh the search index."""
        summary = self.summary
        summary.articles_stored = written.articles_stored
        summary.articles_duplicate += written.articles_duplicate  # stored by another process meanwhile
        summary.events = written.mentions_stored
        store.add_rejects(self.rejects)
        if summary.articles_stored:
            try:
                store.build_search_index()
            except StoreError as exc:
                # "without the FTS extension, search falls back to substring matching, so say so and go on"
                summary.notes.append(f"article search index not built ({exc})")
        summary.elapsed_seconds = time.perf_counter() - self._started
        return summary


def _id_reused(article: Article) -> Reject:
    """The reject of an article whose id an earlier, different article of the run has."""
    where = article.origin or article.id
    origin, _, number = where.rpartition(":")  # a reader's "file:line"
    line = int(number) if origin and number.isdigit() else None
    return Reject(origin=origin if line is not None else where, line=line, article_id=article.id,
                  reason=f"id {article.id!r} is used by a different article earlier in this input")


def ingest(
    items: Iterable[Article | Reject],
    store: Store,
    code: CodeFn,
    *,
    batch_size: int,
    on_progress: ProgressFn | None = None,
    on_reject: RejectFn | None = None,
    on_skip: SkipFn | None = None,
) -> RunSummary:
    """Ingest the readers' ``items`` into ``store``, coding new articles with ``code``.

    Articles already stored, or with an id seen earlier in this run, are counted as duplicates
    and not coded. Results are stored ``batch_size`` at a time; ``on_progress`` hears of each
    result as it goes to the store, ``on_reject`` of each reject (input or coding) as it comes,
    ``on_skip`` of each article skipped as already stored (so every input is heard of once).
    """
    tally = _Tally(on_progress, on_reject, on_skip)
    written = store.add(tally.results(code(tally.fresh(items, store))), batch_size=batch_size)
    return tally.finish(store, written)


def store_outcomes(
    outcomes: Iterable[ArticleResult | Reject],
    store: Store,
    *,
    batch_size: int,
    on_reject: RejectFn | None = None,
) -> RunSummary:
    """Store outcomes coded elsewhere (a Ray run's Parquet folder) as :func:`ingest` stores its own:
    results in batches (the store skips stored articles), failures as rejects, one summary."""
    tally = _Tally(None, on_reject)
    written = store.add(tally.results(tally.read(outcomes)), batch_size=batch_size)
    return tally.finish(store, written)


def deferred(build: Callable[[], CodeFn]) -> CodeFn:
    """A coding engine built by ``build`` only when a first article needs coding, then reused:
    re-ingesting articles that are all stored loads no model at all."""
    built: list[CodeFn] = []

    def code(articles: Iterable[Article]) -> Iterator[ArticleResult | Reject]:
        pending = iter(articles)
        first = next(pending, None)  # the ingest loop has already dropped stored articles
        if first is None:
            return
        if not built:
            built.append(build())
        yield from built[0](chain([first], pending))

    return code


def combined(first: RunSummary, second: RunSummary) -> RunSummary:
    """The two summaries added up field by field (counts and times summed, notes joined)."""
    return RunSummary(**{name: getattr(first, name) + getattr(second, name) for name in RunSummary.model_fields})
