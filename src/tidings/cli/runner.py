"""Running an ingest from the command line: the ingest loop with its progress shown
(:mod:`tidings.cli.progress`), naming each skipped input as it goes."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING

from rich.console import Console

from tidings.cli.progress import IngestProgress
from tidings.engines.loop import CodeFn, RejectFn, ingest
from tidings.inputs.files import MAX_CHARS
from tidings.inputs.readers import count_records, read_inputs
from tidings.records import Reject, RunSummary
from tidings.store import Store

if TYPE_CHECKING:
    from tidings.engines.raydata import ParquetRunSummary
    from tidings.pipeline import ExtractorSettings  # spaCy: imported only when coding


def ingest_paths(
    paths: Sequence[str],
    *,
    db: Path,
    code: CodeFn,
    batch_size: int = 32,
    stdin: IO[bytes] | None = None,
    console: Console | None = None,
    max_chars: int = MAX_CHARS,
) -> RunSummary:
    """Ingest files into the store at ``db``, coding with ``code``; bad records (and articles over
    ``max_chars`` characters) are skipped, recorded and counted, and named on ``console``, which
    also shows the progress (a bar with the
    total, rate and time left on a terminal, a line now and then otherwise)."""
    total = count_records(paths, max_chars=max_chars)
    with Store(db) as store, _progress(console, total) as progress:
        tick = None if progress is None else progress.tick
        summary = ingest(read_inputs(paths, stdin=stdin, max_chars=max_chars), store, code, batch_size=batch_size,
                         on_progress=tick, on_reject=_reporter(console, tick), on_skip=tick)
    if console is not None:
        for note in summary.notes:
            console.print(f"note: {note}", highlight=False, markup=False, soft_wrap=True)
    return summary


def _reporter(console: Console | None, tick: Callable[[Reject], None] | None = None) -> RejectFn | None:
    if console is None:
        return None

    def report(reject: Reject) -> None:
        console.print(f"skipped {reject.describe()}", highlight=False, markup=False, soft_wrap=True)
        if tick is not None:
            tick(reject)

    return report


class _NoProgress:
    def __enter__(self) -> None:
        return None

    def __exit__(self, *exc: object) -> None:
        return None


def _progress(console: Console | None, total: int | None) -> IngestProgress | _NoProgress:
    return _NoProgress() if console is None else IngestProgress(console, total)


def ingest_to_parquet(
    paths: Sequence[str], *, out: Path, actors_file: Path | None = None, address: str | None = None,
    console: Console | None = None,
) -> ParquetRunSummary:
    """``--engine ray --out DIR``: the Ray workers write Parquet partitioned by month; unusable
    input is reported as it is skipped."""
    from tidings.engines.raydata import RayOptions, write_ray_parquet
    from tidings.pipeline import ExtractorSettings

    return write_ray_parquet(list(paths), ExtractorSettings(actors_file=actors_file), out, RayOptions(address=address),
                             on_reject=_reporter(console))


def watch_folder(
    folder: Path, *, db: Path, code: CodeFn, settings: ExtractorSettings, interval: float, console: Console,
) -> None:
    """``--watch DIR``: poll for new or changed files until interrupted; unchanged files cost a stat."""
    from tidings.engines.watch import FilesSummary, watch

    def report(poll: FilesSummary) -> None:
        if poll.files_ingested:
            console.print(f"{time.strftime('%H:%M:%S')} {poll.files_ingested} new/changed files: stored "
                          f"{poll.run.articles_stored} articles, {poll.run.events} events, rejected "
                          f"{poll.run.rejected}", highlight=False, soft_wrap=True)

    console.print(f"watching {folder} every {interval:g}s (Ctrl-C to stop) -> {db}", highlight=False, soft_wrap=True)
    try:
        totals = watch(folder, db=db, settings=settings, code=code, interval=interval, on_poll=report)
    except KeyboardInterrupt:
        console.print("stopped", highlight=False)
        return
    console.print(f"{totals.polls} polls, {totals.run.articles_stored} articles stored", highlight=False)
