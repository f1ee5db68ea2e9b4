"""Running an ingest: read inputs, extract, store, and summarise — with a progress bar."""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import IO

from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from tidings.inputs.readers import read_inputs
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
        for failure in extractor.failures:
            summary.rejected += 1
            if console is not None:
                console.print(f"skipped {failure.describe()}", highlight=False, markup=False, soft_wrap=True)
        rejects.extend(extractor.failures)
        store.add_rejects(rejects)
        if summary.articles_stored:
            refresh_search_index(store, console)
    summary.elapsed_seconds = time.perf_counter() - started
    return summary


def refresh_search_index(store: Store, console: Console | None) -> None:
    """Rebuild the articles' full-text index after new articles (seconds for ~20k articles);
    without the FTS extension, search falls back to substring matching, so say so and go on."""
    from tidings.errors import StoreError

    try:
        store.build_search_index()
    except StoreError as exc:
        if console is not None:
            console.print(f"note: article search index not built ({exc})", highlight=False, markup=False, soft_wrap=True)


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


def ingest_with_engine(
    paths: Sequence[str], *, db: Path, actors_file: Path | None = None, address: str | None = None,
) -> RunSummary:
    """``--engine ray``: read files on the driver, code on Ray (local or ``address``), store the results."""
    from tidings.engines.raydata import RayOptions, ingest_with_ray

    summary = ingest_with_ray(paths, db=db, settings=ExtractorSettings(actors_file=actors_file),
                              options=RayOptions(address=address))
    if summary.articles_stored:
        with Store(db) as store:
            refresh_search_index(store, None)
    return summary


def ingest_to_parquet(  # noqa: ANN201
    paths: Sequence[str], *, out: Path, actors_file: Path | None = None, address: str | None = None,
    console: Console | None = None,
):
    """``--engine ray --out DIR``: the Ray workers write Parquet partitioned by month; unusable
    input is reported as it is skipped."""
    from tidings.engines.raydata import RayOptions, write_ray_parquet

    def report(reject: Reject) -> None:
        if console is not None:
            console.print(f"skipped {reject.describe()}", highlight=False, markup=False, soft_wrap=True)

    return write_ray_parquet(list(paths), ExtractorSettings(actors_file=actors_file), out, RayOptions(address=address),
                             on_reject=report)


def watch_folder(
    folder: Path, *, db: Path, actors_file: Path | None, workers: int, engine: str, address: str | None,
    interval: float, console: Console,
) -> None:
    """``--watch DIR``: poll for new or changed files until interrupted; unchanged files cost a stat."""
    from tidings.engines.raydata import RayOptions, engine_runner
    from tidings.engines.watch import FilesSummary, watch

    settings = ExtractorSettings(actors_file=actors_file, n_process=workers)
    run = engine_runner(engine, settings, RayOptions(address=address))

    def report(poll: FilesSummary) -> None:
        if poll.files_ingested:
            console.print(f"{time.strftime('%H:%M:%S')} {poll.files_ingested} new/changed files: stored "
                          f"{poll.run.articles_stored} articles, {poll.run.events} events, rejected "
                          f"{poll.run.rejected}", highlight=False, soft_wrap=True)

    console.print(f"watching {folder} every {interval:g}s (Ctrl-C to stop) -> {db}", highlight=False, soft_wrap=True)
    try:
        totals = watch(folder, db=db, settings=settings, run=run, interval=interval, on_poll=report)
    except KeyboardInterrupt:
        console.print("stopped", highlight=False)
        return
    console.print(f"{totals.polls} polls, {totals.articles_stored} articles stored", highlight=False)
