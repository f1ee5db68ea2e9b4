"""The ``tidings`` command line: thin wrappers over the library.

Every :class:`~tidings.errors.TidingsError` becomes one clear line on stderr and
the error's exit code. Exit code 1 from ``ingest``/``extract`` means some input
was rejected (the good input was still processed).
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Annotated, Any

import typer

from tidings.cli.common import (
    MAX_CHARS,
    ActorsOption,
    DbOption,
    MaxCharsOption,
    MinConfidenceOption,
    ParseOption,
    WideOption,
    WorkersOption,
    err,
    handle_errors,
    worker_count,
)
from tidings.cli.lazy import LazyCommands

if TYPE_CHECKING:
    from tidings.records import RunSummary

__all__ = ["ActorsOption", "DbOption", "WorkersOption", "app", "err", "handle_errors"]


class TidingsCommands(LazyCommands):
    """The commands defined beside their library modules, built only when used, in the order
    ``tidings --help`` lists them (after this module's own)."""

    modules = MappingProxyType({
        **dict.fromkeys(("events", "rejects", "export", "dyad", "top", "network", "stats"), "tidings.cli.store"),
        "actors": "tidings.cli.actors", "actor": "tidings.cli.actors",
        "serve": "tidings.cli.serve", "fetch": "tidings.cli.fetch",
    })


app = typer.Typer(
    name="tidings",
    cls=TidingsCommands,
    help="Turn dated news articles into coded political events (CAMEO/PLOVER) and explore them.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    # Plain (click) help: Typer's rich help imports rich.markdown, rich.traceback and pygments,
    # which doubled the time of `tidings --help` (bench/bench_startup.py).
    rich_markup_mode=None,
)
PathsArgument = Annotated[
    list[str] | None, typer.Argument(help="Files, directories, globs, JSONL/CSV, or - for stdin.")
]


def _inputs(paths: list[str], max_chars: int) -> Iterator[Any]:
    from tidings.inputs.readers import read_inputs

    return read_inputs(paths or ["-"], stdin=sys.stdin.buffer, max_chars=max_chars)


@app.command()
@handle_errors
def extract(
    paths: PathsArgument = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="jsonl or table.")] = "jsonl",
    actors: ActorsOption = None,
    workers: WorkersOption = None,
    min_confidence: MinConfidenceOption = None,
    max_chars: MaxCharsOption = MAX_CHARS,
    wide: WideOption = False,
    parse: ParseOption = "all",
) -> None:
    """Print coded events for articles, without a store."""
    from tidings.engines.local import local_engine
    from tidings.pipeline import ExtractorSettings
    from tidings.records import Article, Event, Reject

    rejects: list[Reject] = []

    def skipped(reject: Reject) -> None:
        rejects.append(reject)
        err().print(f"skipped {reject.describe()}", highlight=False, markup=False, soft_wrap=True)

    def articles() -> Iterator[Article]:
        for item in _inputs(paths or [], max_chars):
            if isinstance(item, Reject):
                skipped(item)
            else:
                yield item

    code = local_engine(ExtractorSettings(actors_file=actors, n_process=worker_count(workers),
                                          min_confidence=min_confidence, parse=parse))
    events: list[Event] = []
    for outcome in code(articles()):
        if isinstance(outcome, Reject):  # coding failed for this article
            skipped(outcome)
        else:
            events.extend(outcome.events)
    if fmt == "jsonl":
        for event in events:
            sys.stdout.write(event.model_dump_json() + "\n")
    else:
        from rich.console import Console

        from tidings.cli.render import events_table

        console = Console(emoji=False)  # sentences are data: ":x:" stays as written
        console.print(events_table(events, width=console.width, wide=wide))
    if rejects:
        raise typer.Exit(1)


@app.command()
@handle_errors
def ingest(
    paths: PathsArgument = None,
    db: DbOption = Path("tidings.duckdb"),
    actors: ActorsOption = None,
    workers: WorkersOption = None,
    min_confidence: MinConfidenceOption = None,
    engine: Annotated[str, typer.Option("--engine", help="local (worker processes) or ray (Ray Data).")] = "local",
    address: Annotated[
        str | None, typer.Option("--address", help="Ray cluster address (default: a local Ray).")
    ] = None,
    out: Annotated[
        Path | None, typer.Option("--out", help="With --engine ray: write Parquet by month here, not the store.")
    ] = None,
    watch_dir: Annotated[
        Path | None, typer.Option("--watch", help="Keep polling this folder for new or changed files.")
    ] = None,
    interval: Annotated[float, typer.Option("--interval", min=0.1, help="Seconds between polls with --watch.")] = 5.0,
    show: Annotated[bool, typer.Option(
        "--show/--no-show", help="Print the stored mentions afterwards (and how many events they make).")] = False,
    wide: WideOption = False,
    feeds: Annotated[Path | None, typer.Option("--feeds", help="A file of news feed URLs to poll (as fetch).")] = None,
    every: Annotated[str | None, typer.Option("--every", help="With --feeds: poll at this interval (15m).")] = None,
    polls: Annotated[int | None, typer.Option("--polls", min=1, help="With --every: stop after this many.")] = None,
    max_chars: MaxCharsOption = MAX_CHARS,
    parse: ParseOption = "all",
) -> None:
    """Extract events from articles into the store (skipping articles already stored)."""
    from tidings.cli.runner import ingest_paths
    from tidings.errors import InputError

    if engine not in {"local", "ray"}:
        raise InputError(f"unknown engine {engine!r}; choose local or ray")
    if feeds is not None or every is not None:
        from tidings.cli.fetch import run_feeds

        if feeds is None or paths:
            raise InputError("--every polls news feeds: give --feeds FILE and no paths (for a folder, --watch DIR)")
        raise typer.Exit(run_feeds([str(feeds)], db=db, actors=actors, workers=workers,
                                   min_confidence=min_confidence, every=every, polls=polls))
    if watch_dir is not None:
        options = {"actors_file": actors, "n_process": worker_count(workers), "min_confidence": min_confidence,
                   "parse": parse}
        _watch(watch_dir, db=db, engine=engine, address=address, interval=interval, options=options)
        return
    if not paths:
        raise InputError("give files, directories or globs to ingest (or - for standard input), or --watch DIR")
    if out is not None:
        _ingest_to_parquet(paths, out=out, engine=engine, actors=actors, address=address)
        return
    summary = ingest_paths(paths, db=db, stdin=sys.stdin.buffer, console=err(), max_chars=max_chars, code=_coder(
        engine, address, actors_file=actors, n_process=worker_count(workers), min_confidence=min_confidence,
        parse=parse))
    _report_ingest(summary, db)
    if show:
        _print_stored_events(db, wide=wide)
    if summary.rejected:
        raise typer.Exit(1)


def _report_ingest(summary: RunSummary, db: Path) -> None:
    """One line on standard error: what was read, stored, skipped and coded, and how fast."""
    err().print(
        f"read {summary.articles_read} articles: stored {summary.articles_stored}, "
        f"already stored {summary.articles_duplicate}, rejected {summary.rejected}; "
        f"{summary.events} mentions (coded sentences; tidings events lists them linked into events) "
        f"in {summary.elapsed_seconds:.1f}s "
        f"({summary.articles_per_second:.1f} articles/s) -> {db}",
        highlight=False,
        soft_wrap=True,
    )


def _coder(engine: str, address: str | None, **options: Any) -> Any:
    """The coding engine; the local one (spaCy, the model, the dictionaries) is built only when
    an article needs coding, so re-ingesting stored articles loads none of it."""
    from tidings.engines.loop import deferred

    def build() -> Any:
        from tidings.engines import engine_runner
        from tidings.engines.raydata import RayOptions
        from tidings.pipeline import ExtractorSettings

        return engine_runner(engine, ExtractorSettings(**options), RayOptions(address=address))

    return deferred(build) if engine == "local" else build()  # Ray connects (or fails) at once


def _watch(folder: Path, *, db: Path, engine: str, address: str | None, interval: float,
           options: dict[str, Any]) -> None:
    """``ingest --watch DIR``."""
    from tidings.cli.runner import watch_folder
    from tidings.engines import engine_runner
    from tidings.engines.raydata import RayOptions
    from tidings.pipeline import ExtractorSettings

    settings = ExtractorSettings(**options)
    code = engine_runner(engine, settings, RayOptions(address=address))
    watch_folder(folder, db=db, code=code, settings=settings, interval=interval, console=err())


def _ingest_to_parquet(paths: list[str], *, out: Path, engine: str, actors: Path | None, address: str | None) -> None:
    """``ingest --out``: code with Ray and write Parquet by month instead of the store."""
    from tidings.cli.runner import ingest_to_parquet
    from tidings.errors import InputError

    if engine != "ray":
        raise InputError("--out writes Parquet from a Ray run: add --engine ray")
    written = ingest_to_parquet(paths, out=out, actors_file=actors, address=address, console=err())
    err().print(f"coded {written.articles} articles, {written.events} events on {written.workers} Ray workers "
              f"in {written.elapsed_seconds:.1f}s -> {out} (load it with: tidings import {out} --db FILE)",
              highlight=False, soft_wrap=True)


def _print_stored_events(db: Path, *, wide: bool = False) -> None:
    """``ingest --show``: the stored mentions (at most 1,000) as a table, and what they link into."""
    from rich.console import Console

    from tidings.cli.render import counted, events_table
    from tidings.store import EventFilter, Store

    console = Console(emoji=False)  # sentences are data: ":x:" stays as written
    with Store(db, read_only=True, keep_open=True) as store:
        mentions = store.events(EventFilter(limit=1000))
        stats = store.stats()
        labels = store.actor_labels(
            a.code or "~" + (a.name or a.text).lower() for e in mentions for a in (e.source, e.target) if a)
    note = (f"The store holds {counted(stats.mentions, 'mention')} (coded sentences) of "
            f"{counted(stats.articles, 'article')}, linked into {counted(stats.events, 'event')}: "
            "mentions of one real-world event count once. tidings events lists the linked events.")
    console.print(events_table(mentions, width=console.width, wide=wide, note=note, labels=labels))


@app.command(name="import")
@handle_errors
def import_results(
    folder: Annotated[Path, typer.Argument(help="A Parquet folder written by 'tidings ingest --engine ray --out'.")],
    db: DbOption = Path("tidings.duckdb"),
) -> None:
    """Load the results of a Ray run written as Parquet into the store (already stored articles are skipped)."""
    from tidings.engines.raydata import import_parquet
    from tidings.records import Reject
    from tidings.store import Store

    def skipped(reject: Reject) -> None:
        err().print(f"failed {reject.describe()}", highlight=False, markup=False, soft_wrap=True)

    with Store(db) as store:
        summary = import_parquet(folder, store, on_reject=skipped)
    err().print(f"imported {folder}: read {summary.articles_read} articles: stored {summary.articles_stored}, "
              f"already stored {summary.articles_duplicate}, failed coding {summary.articles_failed}; "
              f"{summary.events} events -> {db}", highlight=False, soft_wrap=True)
    for note in summary.notes:
        err().print(f"note: {note}", highlight=False, markup=False, soft_wrap=True)


@app.command(name="eval")
@handle_errors
def evaluate(
    gold: Annotated[Path, typer.Argument(
        help="Gold JSONL: PLOVER GSR, CAMEO class, source/target spans, or whole real articles (realnews).")],
    json_out: Annotated[Path | None, typer.Option("--json", help="Also write the scores as JSON here.")] = None,
    actors: ActorsOption = None,
    min_confidence: MinConfidenceOption = None,
    parse: ParseOption = "all",
) -> None:
    """Score the extractor on a gold file (type, tuple and actor P/R/F1, class accuracy, or
    whole-article precision and recall)."""
    from rich.console import Console

    from tidings.evaluation.gold import evaluate_file, render_report
    from tidings.pipeline import Extractor, ExtractorSettings

    started = time.perf_counter()
    extractor = Extractor(ExtractorSettings(actors_file=actors, min_confidence=min_confidence,
                                            parse=parse))
    report = evaluate_file(gold, extractor=extractor)
    Console().print(render_report(report))
    err().print(f"scored {report.sentences} sentences in {time.perf_counter() - started:.1f}s", highlight=False)
    if json_out:
        json_out.write_text(json.dumps(report.model_dump(mode="json"), indent=2) + "\n", encoding="utf-8")


if __name__ == "__main__":  # pragma: no cover
    app()
