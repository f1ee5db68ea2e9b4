"""The local engine: one :class:`~tidings.pipeline.Extractor` (with worker processes when
``n_process > 1``), built once, so the model and dictionaries load once for a whole watch or
for the life of a server.

``Extractor.run`` yields only results and appends the articles it failed on to
``Extractor.failures``; the engine takes them out of that list as soon as they appear and
yields them in their place, as :class:`~tidings.records.Reject`, so a long-lived caller never
accumulates them and the ingest loop sees every failure in input order.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING

from tidings.engines.loop import CodeFn
from tidings.records import Article, ArticleResult, Reject

if TYPE_CHECKING:
    from tidings.pipeline import Extractor, ExtractorSettings


def local_engine(settings: ExtractorSettings) -> CodeFn:
    """``code(articles)`` with one Extractor built now and reused by every call."""
    from tidings.pipeline import Extractor

    return coding_with(Extractor(settings))


def coding_with(extractor: Extractor) -> CodeFn:
    """``code(articles)`` running ``extractor``, its failures yielded inline as rejects.

    Failures already in ``extractor.failures`` before a call (another caller's) are left alone;
    the ones a call adds are removed from the list, even when the caller stops early.
    """

    def code(articles: Iterable[Article]) -> Iterator[ArticleResult | Reject]:
        failures = extractor.failures
        before = len(failures)
        try:
            for result in extractor.run(articles):
                yield from _taken(failures, before)  # articles before this one that failed
                yield result
            yield from _taken(failures, before)
        finally:
            del failures[before:]

    return code


def _taken(failures: list[Reject], start: int) -> list[Reject]:
    taken = failures[start:]
    del failures[start:]
    return taken
