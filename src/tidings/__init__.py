"""Tidings: dated news articles in, coded political events out.

>>> import tidings
>>> events = tidings.extract("examples/000_9412593e3c0903a8.txt")   # doctest: +SKIP
>>> with tidings.Store("tidings.duckdb") as store: ...              # doctest: +SKIP

The names below are the public surface (``tests/test_public_api.py`` locks it). ``import tidings``
stays cheap: the errors load at once, the records (pydantic) on first use of a record class, and
the pipeline (spaCy) and the store (DuckDB) on first use of :class:`Extractor`,
:class:`ExtractorSettings`, :class:`Store`, :class:`EventFilter` or :func:`extract` — so the
command line starts without any of them.
"""

from __future__ import annotations

from collections.abc import Iterable
from importlib import import_module
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tidings.errors import (
    ArticleRejected,
    FetchFailed,
    InputError,
    ModelNotInstalled,
    OntologyError,
    QueryError,
    SchemaMismatch,
    StoreBusy,
    StoreError,
    TidingsError,
)

if TYPE_CHECKING:
    from tidings.pipeline import Extractor, ExtractorSettings
    from tidings.records import (
        Actor,
        Article,
        ArticleResult,
        Event,
        EventDate,
        FeedState,
        Location,
        Reject,
        RunSummary,
        SeenUrl,
        Tone,
        Trigger,
    )
    from tidings.store import EventFilter, Store

__version__ = "0.1.0"
__all__ = [
    "Actor",
    "Article",
    "ArticleRejected",
    "ArticleResult",
    "Event",
    "EventDate",
    "EventFilter",
    "Extractor",
    "ExtractorSettings",
    "FeedState",
    "FetchFailed",
    "InputError",
    "Location",
    "ModelNotInstalled",
    "OntologyError",
    "QueryError",
    "Reject",
    "RunSummary",
    "SchemaMismatch",
    "SeenUrl",
    "Store",
    "StoreBusy",
    "StoreError",
    "TidingsError",
    "Tone",
    "Trigger",
    "extract",
]

# Public names whose modules are heavy (pydantic, spaCy, DuckDB), imported when first asked for.
_LAZY_NAMES = {
    "EventFilter": "tidings.store",
    "Extractor": "tidings.pipeline",
    "ExtractorSettings": "tidings.pipeline",
    "Store": "tidings.store",
    **dict.fromkeys(("Actor", "Article", "ArticleResult", "Event", "EventDate", "FeedState", "Location",
                     "Reject", "RunSummary", "SeenUrl", "Tone", "Trigger"), "tidings.records"),
}


def extract(
    source: str | Path | Article | Iterable[Article],
    *,
    date: str | None = None,
    actors_file: Path | None = None,
) -> list[Event]:
    """Coded events from a path (file, directory, glob, JSONL, CSV), an Article, articles,
    or raw text (give ``date='YYYY-MM-DD'`` with raw text). Rejected inputs are skipped; a path
    that names nothing raises :class:`~tidings.errors.InputError`."""
    from tidings.inputs.readers import expand_paths, make_article, read_inputs
    from tidings.pipeline import Extractor, ExtractorSettings
    from tidings.records import Article

    if isinstance(source, Article):
        articles: Iterable[Article] = [source]
    elif isinstance(source, (str, Path)) and date is not None:
        articles = [make_article(text=str(source), date=date, origin="<text>")]
    elif isinstance(source, (str, Path)):
        next(expand_paths([source]), None)  # a typo raises here, not an empty list
        articles = (a for a in read_inputs([source]) if isinstance(a, Article))
    else:
        articles = source
    extractor = Extractor(ExtractorSettings(actors_file=actors_file))
    return [event for result in extractor.run(articles) for event in result.events]


def __getattr__(name: str) -> Any:
    module = _LAZY_NAMES.get(name)
    if module is None:
        raise AttributeError(f"module 'tidings' has no attribute {name!r}")
    return getattr(import_module(module), name)


def __dir__() -> list[str]:
    return sorted({*globals(), *__all__})
