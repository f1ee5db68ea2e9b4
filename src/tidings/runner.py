"""Running an ingest: read inputs, extract, store, and summarise — with a progress bar."""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from tidings.ingest import read_inputs
from tidings.pipeline import Extractor, ExtractorSettings
from tidings.records import Article, ArticleResult, Reject, RunSummary
from tidings.store import Store


def ingest_paths(
    paths: Sequence[str],
    *,
    db: Path,
    actors_file: Path | None = None,
    workers: int = 1,
    stdin: IO[bytes] | None = None,
    console: Console | None = None,
    batch_size: int = 32,
) -> RunSummary:
    """Ingest files into the store at ``db``; bad records are skipped, recorded and counted."""
    started = time.perf_counter()
    summary = RunSummary()
    rejects: list[Reject] = []
    extractor = Extractor(ExtractorSettings(actors_file=actors_file, n_process=workers, batch_size=batch_size))
    with Store(db) as store:

        def fresh_articles() -> Iterator[Article]:
            for item in read_inputs(paths, stdin=stdin):
                if isinstance(item, Reject):
                    rejects.append(item)
                    summary.rejected += 1
                    if console is not None:
                        console.print(f"skipped {item.describe()}", highlight=False, markup=False, soft_wrap=True)
                    continue
                summary.articles_read += 1
                if store.has_article(item.id):
                    summary.articles_duplicate += 1
                    continue
                yield item

        def counted(results: Iterable[ArticleResult], progress: Progress | None, task: int | None) -> Iterator[ArticleResult]:
            for result in results:
                summary.articles_stored += 1
                summary.events += len(result.events)
                if progress is not None and task is not None:
                    progress.update(task, advance=1)
                yield result

        with _progress(console) as progress:
            task = progress.add_task("ingesting", total=None) if progress is not None else None
            store.add(counted(extractor.run(fresh_articles()), progress, task), batch_size=batch_size)
        store.add_rejects(rejects)
    summary.elapsed_seconds = time.perf_counter() - started
    return summary


class _NoProgress:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        return None


def _progress(console: Console | None) -> Progress | _NoProgress:
    if console is None:
        return _NoProgress()
    return Progress(
        SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(),
        TimeElapsedColumn(), console=console, transient=True,
    )
