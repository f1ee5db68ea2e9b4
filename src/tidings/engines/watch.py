"""Watch mode: ingest new files from a folder as they arrive (a GDELT-style feed).

Every ``interval`` seconds :func:`watch` lists the folder (recursively, hidden files and
unknown suffixes such as ``.tmp``/``.part`` ignored), leaves out files modified in the last
``settle_seconds`` (still being written), asks the :class:`~tidings.engines.ledger.FileLedger`
which of the rest are new or changed, and ingests only those with :func:`ingest_files`.
An unchanged file costs one ``stat``; the store's article-id check is the second line of
defence (a changed JSONL file that grew by ten lines re-parses only those ten articles).

The files' articles go through the ingest loop (:func:`tidings.engines.loop.ingest`) with any
coding engine (:data:`~tidings.engines.loop.CodeFn`), as :func:`tidings.engines.engine_runner`
makes for ``local`` (the default: one Extractor built once, so the model is loaded once for the
whole watch) or ``ray``. Articles whose coding failed are recorded in the store as rejects, with
the unreadable input.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from tidings.engines.ledger import FileLedger, FileState, capture
from tidings.engines.local import local_engine
from tidings.engines.loop import CodeFn, combined, ingest
from tidings.errors import InputError
from tidings.inputs.files import CSV_SUFFIXES, JSONL_SUFFIXES, TEXT_SUFFIXES
from tidings.inputs.readers import read_path
from tidings.records import Article, Reject, RunSummary

if TYPE_CHECKING:
    from tidings.pipeline import ExtractorSettings
    from tidings.store import Store

INGESTIBLE_SUFFIXES = frozenset(TEXT_SUFFIXES | JSONL_SUFFIXES | CSV_SUFFIXES)


@dataclass
class FilesSummary:
    """What one incremental ingest did with its files; ``run`` is the ingest loop's summary."""

    files_new: int = 0
    files_changed: int = 0
    files_unchanged: int = 0
    run: RunSummary = field(default_factory=RunSummary)

    @property
    def files_ingested(self) -> int:
        return self.files_new + self.files_changed


@dataclass
class WatchSummary:
    """Totals over every poll of a :func:`watch` loop; ``run`` adds up the polls' run summaries."""

    polls: int = 0
    files_ingested: int = 0
    run: RunSummary = field(default_factory=RunSummary)
    last_ingest: FilesSummary | None = None

    def add(self, poll: FilesSummary) -> None:
        self.polls += 1
        self.files_ingested += poll.files_ingested
        self.run = combined(self.run, poll.run)
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
    code: CodeFn,
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
    pending = _pending_files(paths, ledger, summary)
    if pending:
        articles_in: dict[Path, int] = {}
        summary.run = ingest(_read_counting(pending, articles_in), store, code, batch_size=batch_size)
        if ledger is not None:
            for path, state in pending:
                ledger.mark(path, state, articles=articles_in.get(path, 0))
    summary.run.elapsed_seconds = time.perf_counter() - started
    return summary


def _pending_files(
    paths: Sequence[Path], ledger: FileLedger | None, summary: FilesSummary,
) -> list[tuple[Path, FileState | None]]:
    """The files to read, each with its state captured before reading; counts them in ``summary``."""
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
    return pending


def _read_counting(
    pending: list[tuple[Path, FileState | None]], articles_in: dict[Path, int]
) -> Iterator[Article | Reject]:
    """The files' items, counting each file's articles into ``articles_in`` (for the ledger)."""
    for path, _ in pending:
        articles_in[path] = 0
        for item in read_path(path):
            if isinstance(item, Article):
                articles_in[path] += 1
            yield item


def watch(
    directory: str | Path,
    *,
    db: str | Path,
    settings: ExtractorSettings | None = None,
    code: CodeFn | None = None,
    interval: float = 5.0,
    settle_seconds: float = 1.0,
    max_polls: int | None = None,
    stop: threading.Event | None = None,
    ledger: FileLedger | None = None,
    on_poll: Callable[[FilesSummary], None] | None = None,
) -> WatchSummary:
    """Poll ``directory`` every ``interval`` seconds and ingest new files into the store at ``db``.

    Runs until ``stop`` is set or ``max_polls`` polls are done (forever if neither is given).
    ``on_poll`` is called after every poll (for a progress line in the CLI). Without ``code``,
    articles are coded by the local engine with ``settings``.
    """
    from tidings.store import Store

    folder = Path(directory)
    if not folder.is_dir():
        raise InputError(f"watch folder does not exist: {folder}")
    if code is None:
        from tidings.pipeline import ExtractorSettings

        code = local_engine(settings or ExtractorSettings())
    batch_size = settings.batch_size if settings is not None else 32
    halt = stop or threading.Event()
    store = Store(db)
    files = ledger or FileLedger.for_store(Path(db))
    totals = WatchSummary()
    while not halt.is_set():
        poll = ingest_files(
            candidate_files(folder, settle_seconds=settle_seconds),
            store=store, code=code, ledger=files, batch_size=batch_size,
        )
        totals.add(poll)
        if on_poll is not None:
            on_poll(poll)
        if max_polls is not None and totals.polls >= max_polls:
            break
        halt.wait(interval)
    return totals
