"""Watch mode: ingest new files from a folder as they arrive (a GDELT-style feed).

Every ``interval`` seconds :func:`watch` lists the folder (recursively, hidden files and
unknown suffixes such as ``.tmp``/``.part`` ignored), leaves out files modified in the last
``settle_seconds`` (still being written), asks the :class:`~tidings.engines.ledger.FileLedger`
which of the rest are new or changed, and ingests only those with :func:`ingest_files`.
An unchanged file costs one ``stat``; the store's article-id check is the second line of
defence (a changed JSONL file that grew by ten lines re-parses only those ten articles).

The coding engine is any ``run(articles) -> Iterator[ArticleResult | Reject]`` callable, as
:func:`tidings.engines.raydata.engine_runner` makes for ``local`` (the default: one Extractor built
once, so the model is loaded once for the whole watch) or ``ray``. Articles whose coding failed
come back as rejects and are recorded in the store with the unreadable input.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from tidings.errors import InputError
from tidings.engines.ledger import FileLedger, FileState, capture
from tidings.inputs.readers import CSV_SUFFIXES, JSONL_SUFFIXES, TEXT_SUFFIXES, read_path
from tidings.records import Article, ArticleResult, Reject, RunSummary

if TYPE_CHECKING:
    from tidings.pipeline import ExtractorSettings
    from tidings.store import Store

# A coding engine: results in input order; an article whose coding failed may come back as a Reject.
RunFn = Callable[[Iterable[Article]], Iterator[ArticleResult | Reject]]
INGESTIBLE_SUFFIXES = frozenset(TEXT_SUFFIXES | JSONL_SUFFIXES | CSV_SUFFIXES)


@dataclass
class FilesSummary:
    """What one incremental ingest did with its files, plus the usual run summary."""

    files_new: int = 0
    files_changed: int = 0
    files_unchanged: int = 0
    run: RunSummary = field(default_factory=RunSummary)

    @property
    def files_ingested(self) -> int:
        return self.files_new + self.files_changed


@dataclass
class WatchSummary:
    """Totals over every poll of a :func:`watch` loop."""

    polls: int = 0
    files_ingested: int = 0
    articles_stored: int = 0
    articles_duplicate: int = 0
    rejected: int = 0
    events: int = 0
    last_ingest: FilesSummary | None = None

    def add(self, poll: FilesSummary) -> None:
        self.polls += 1
        self.files_ingested += poll.files_ingested
        self.articles_stored += poll.run.articles_stored
        self.articles_duplicate += poll.run.articles_duplicate
        self.rejected += poll.run.rejected
        self.events += poll.run.events
        if poll.files_ingested:
            self.last_ingest = poll


def candidate_files(directory: Path, *, settle_seconds: float = 1.0, now: float | None = None) -> list[Path]:
    """Ingestible files under ``directory``, sorted, leaving out ones modified < ``settle_seconds`` ago."""
    if not directory.is_dir():
        raise InputError(f"not a directory: {directory}")
    cutoff = (time.time() if now is None else now) - settle_seconds
    files: list[Path] = []
    for path in sorted(directory.rglob("*")):
        if any(part.startswith(".") for part in path.relative_to(directory).parts):
            continue
        if path.suffix.lower() not in INGESTIBLE_SUFFIXES or not path.is_file():
            continue
        try:
            if path.stat().st_mtime > cutoff:
                continue
        except FileNotFoundError:  # renamed or removed between listing and stat
            continue
        files.append(path)
    return files


def ingest_files(
    paths: Sequence[Path],
    *,
    store: Store,
    run: RunFn,
    ledger: FileLedger | None,
    batch_size: int = 32,
) -> FilesSummary:
    """Ingest the new or changed files among ``paths`` into ``store``, then mark them in ``ledger``.

    Each file's state is captured before it is read and recorded only after every result was
    stored, so a crash mid-way leaves the file pending for the next run. With ``ledger=None``
    every file is read (articles already stored are still skipped by id) and nothing is recorded.
    """
    started = time.perf_counter()
    summary = FilesSummary()
    pending: list[tuple[Path, FileState | None]] = []
    for path in paths:
        if ledger is None:
            summary.files_new += 1
            pending.append((path, None))
            continue
        try:
            status = ledger.status(path)
            state = capture(path) if status != "unchanged" else None
        except FileNotFoundError:  # removed or renamed since it was listed: next poll sees the new name
            continue
        if status == "unchanged":
            summary.files_unchanged += 1
            continue
        if status == "new":
            summary.files_new += 1
        else:
            summary.files_changed += 1
        pending.append((path, state))
    if not pending:
        summary.run.elapsed_seconds = time.perf_counter() - started
        return summary

    rejects: list[Reject] = []
    per_file: dict[Path, int] = {}
    run_summary = summary.run

    def fresh_articles() -> Iterator[Article]:
        for path, _ in pending:
            per_file[path] = 0
            for item in read_path(path):
                if isinstance(item, Reject):
                    rejects.append(item)
                    run_summary.rejected += 1
                    continue
                run_summary.articles_read += 1
                per_file[path] += 1
                if store.has_article(item.id):
                    run_summary.articles_duplicate += 1
                    continue
                yield item

    def counted(outcomes: Iterable[ArticleResult | Reject]) -> Iterator[ArticleResult]:
        for outcome in outcomes:
            if isinstance(outcome, Reject):  # coding failed for this article: record it, go on
                rejects.append(outcome)
                run_summary.rejected += 1
                continue
            run_summary.articles_stored += 1
            run_summary.events += len(outcome.events)
            yield outcome

    store.add(counted(run(fresh_articles())), batch_size=batch_size)
    store.add_rejects(rejects)
    if ledger is not None:
        for path, state in pending:
            ledger.mark(path, state, articles=per_file.get(path, 0))
    run_summary.elapsed_seconds = time.perf_counter() - started
    return summary


def watch(
    directory: str | Path,
    *,
    db: str | Path,
    settings: ExtractorSettings | None = None,
    run: RunFn | None = None,
    interval: float = 5.0,
    settle_seconds: float = 1.0,
    max_polls: int | None = None,
    stop: threading.Event | None = None,
    ledger: FileLedger | None = None,
    on_poll: Callable[[FilesSummary], None] | None = None,
) -> WatchSummary:
    """Poll ``directory`` every ``interval`` seconds and ingest new files into the store at ``db``.

    Runs until ``stop`` is set or ``max_polls`` polls are done (forever if neither is given).
    ``on_poll`` is called after every poll (for a progress line in the CLI).
    """
    from tidings.store import Store

    folder = Path(directory)
    if not folder.is_dir():
        raise InputError(f"watch folder does not exist: {folder}")
    if run is None:
        from tidings.engines.raydata import engine_runner
        from tidings.pipeline import ExtractorSettings

        run = engine_runner("local", settings or ExtractorSettings())
    batch_size = settings.batch_size if settings is not None else 32
    halt = stop or threading.Event()
    store = Store(db)
    files = ledger or FileLedger.for_store(Path(db))
    totals = WatchSummary()
    while not halt.is_set():
        poll = ingest_files(
            candidate_files(folder, settle_seconds=settle_seconds),
            store=store, run=run, ledger=files, batch_size=batch_size,
        )
        totals.add(poll)
        if on_poll is not None:
            on_poll(poll)
        if max_polls is not None and totals.polls >= max_polls:
            break
        halt.wait(interval)
    return totals
