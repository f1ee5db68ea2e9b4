"""The Ray engine: NLP and coding on Ray Data, locally or on a cluster.

``run_ray`` streams articles (or the articles read from paths) through a Ray Data pipeline whose
one stage is ``map_batches`` with :class:`ArticleCoder`, a callable class: Ray starts a pool of
actors, each builds one :class:`~tidings.pipeline.Extractor` (model, actor dictionary,
gazetteer and verb lexicon loaded once per actor) and codes batches of articles with it. The
results are the local engine's results, in input order, so a store filled from either engine
holds the same events.

Input is cut into windows of ``window`` articles (one Ray Data dataset each) so the driver holds
a bounded number of articles at a time; within a window Ray streams, and results come back to
the driver as JSON strings and are reordered by input sequence number.

``write_ray_parquet`` instead has the Ray workers write the results as Parquet partitioned by
publication month (``month=YYYY-MM/…parquet``; columns ``seq``, ``article_id``, ``date``,
``events``, ``failed``, ``result`` = the ArticleResult JSON or "", ``reject`` = the Reject JSON
of an article whose coding raised, or ""), so a cluster run has no single writer;
``import_parquet`` loads such a folder into a :class:`~tidings.store.Store` afterwards
(idempotent: articles already stored are skipped by the store; failures become rejects).

``ray_engine(settings, options)`` is the Ray coding engine for the ingest loop
(:func:`tidings.engines.loop.ingest`), which ``ingest_with_ray`` runs on the driver.

Ray is an optional extra (``pip install 'tidings[ray]'``); without it these functions raise
:class:`RayNotInstalled`.
"""

from __future__ import annotations

import heapq
import json
import logging
import math
import os
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from itertools import islice
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

from tidings.engines.loop import CodeFn, ProgressFn, ingest, store_outcomes
from tidings.errors import InputError, TidingsError
from tidings.inputs.readers import expand_paths, read_inputs
from tidings.records import Article, ArticleResult, Reject, RunSummary

if TYPE_CHECKING:
    from tidings.pipeline import ExtractorSettings
    from tidings.store import Store

RAY_INSTALL_HINT = "pip install 'tidings[ray]'"
RUN_MANIFEST = "_tidings_run.json"
PARTITION_COLUMN = "month"

Source = Iterable[Article] | Sequence[str | Path]
RejectHandler = Callable[[Reject], None]


class RayNotInstalled(TidingsError):
    """``--engine ray`` was asked for but Ray is not installed."""

    exit_code = 3


def require_ray() -> ModuleType:
    """Import Ray (with Ray Data) or raise :class:`RayNotInstalled` saying how to install it."""
    try:
        import ray
        import ray.data  # Ray Data ships in the ray[data] extra
    except ImportError as exc:
        raise RayNotInstalled(
            f"the Ray engine needs Ray Data, which is not installed; run: {RAY_INSTALL_HINT}"
        ) from exc
    return ray


@dataclass(frozen=True)
class RayOptions:
    """Where and how wide to run.

    ``address``: an existing cluster (``ray://host:10001`` or ``host:6379``, or ``auto``); ``None``
    starts a local Ray with ``local_cpus`` CPUs (all cores by default). ``workers``: coding
    actors (one CPU each; default: every CPU of the cluster). ``window``: articles per Ray
    dataset (default ``max(4096, 32 * workers * batch_size)``).
    """

    address: str | None = None
    workers: int | None = None
    window: int | None = None
    local_cpus: int | None = None


@contextmanager
def ray_session(options: RayOptions) -> Iterator[ModuleType]:
    """Connect to (or start) Ray; shut it down afterwards only if this call started it."""
    ray = require_ray()
    if ray.is_initialized():
        yield ray
        return
    ray.init(**_init_args(options))
    try:
        yield ray
    finally:
        ray.shutdown()


def _init_args(options: RayOptions) -> dict[str, Any]:
    args: dict[str, Any] = {"include_dashboard": False, "log_to_driver": False, "logging_level": logging.WARNING}
    if options.address is None:
        args["num_cpus"] = options.local_cpus or os.cpu_count() or 1
    else:
        args["address"] = options.address
    return args


class ArticleCoder:
    """Ray Data callable class: one Extractor per actor, codes one batch of articles per call.

    An article whose coding raises becomes a row with an empty ``result`` and the
    :class:`~tidings.records.Reject` JSON in ``reject`` (as ``Extractor.run`` records it in
    ``failures``), so one bad article never loses the batch.
    """

    def __init__(self, settings: ExtractorSettings) -> None:
        from tidings.pipeline import Extractor

        self._extractor = Extractor(replace(settings, n_process=1))
        _ = self._extractor.nlp  # load the model while Ray starts the actor, not on the first batch

    def __call__(self, batch: dict[str, Any]) -> dict[str, list[Any]]:
        articles = [Article.model_validate_json(text) for text in batch["article"]]
        extractor = self._extractor
        outcomes = [
            extractor.process_safely(article, doc)
            for article, doc in extractor.parsed(articles)  # as settings.parse says
        ]
        results = [o if isinstance(o, ArticleResult) else None for o in outcomes]
        return {
            "seq": [int(seq) for seq in batch["seq"]],
            "article_id": [a.id for a in articles],
            "date": [a.date.isoformat() for a in articles],
            PARTITION_COLUMN: [a.date.isoformat()[:7] for a in articles],
            "events": [len(r.events) if r else 0 for r in results],
            "failed": [0 if r else 1 for r in results],
            "result": [r.model_dump_json() if r else "" for r in results],
            "reject": ["" if isinstance(o, ArticleResult) else o.model_dump_json() for o in outcomes],
        }


def _articles(source: Source, on_reject: RejectHandler | None) -> Iterator[Article]:
    """Articles from ``source``: given directly, or read from files/dirs/globs (rejects reported)."""
    for item in source:
        if isinstance(item, Article):
            yield item
            continue
        if not isinstance(item, (str, Path)):
            raise InputError(f"run_ray takes Articles or paths, not {type(item).__name__}")
        for read in read_inputs([item]):
            if isinstance(read, Reject):
                if on_reject is not None:
                    on_reject(read)
            else:
                yield read


def _windows(articles: Iterator[Article], size: int) -> Iterator[list[dict[str, Any]]]:
    seq = 0
    while chunk := list(islice(articles, size)):
        yield [{"seq": seq + n, "article": a.model_dump_json()} for n, a in enumerate(chunk)]
        seq += len(chunk)


def _worker_count(ray: ModuleType, options: RayOptions) -> int:
    if options.workers is not None:
        return max(1, options.workers)
    return max(1, int(ray.cluster_resources().get("CPU", 1)))


def _coded_dataset(ray: ModuleType, items: list[dict[str, Any]], settings: ExtractorSettings, workers: int) -> Any:
    blocks = max(1, math.ceil(len(items) / settings.batch_size))
    dataset = ray.data.from_items(items, override_num_blocks=blocks)
    dataset.context.enable_progress_bars = False
    return dataset.map_batches(
        ArticleCoder,
        fn_constructor_kwargs={"settings": settings},
        batch_size=settings.batch_size,
        batch_format="numpy",
        compute=ray.data.ActorPoolStrategy(size=min(workers, blocks)),
        num_cpus=1,
    )


def _window_size(options: RayOptions, workers: int, batch_size: int) -> int:
    return options.window or max(4096, 32 * workers * batch_size)


def run_ray(
    source: Source,
    settings: ExtractorSettings,
    options: RayOptions | None = None,
    *,
    on_reject: RejectHandler | None = None,
) -> Iterator[ArticleResult]:
    """Code articles on Ray; yield one :class:`ArticleResult` per article, in input order.

    Unreadable input records and articles whose coding failed go to ``on_reject``.
    """
    for outcome in run_ray_outcomes(source, settings, options, on_reject=on_reject):
        if isinstance(outcome, Reject):
            if on_reject is not None:
                on_reject(outcome)
        else:
            yield outcome


def run_ray_outcomes(
    source: Source,
    settings: ExtractorSettings,
    options: RayOptions | None = None,
    *,
    on_reject: RejectHandler | None = None,
) -> Iterator[ArticleResult | Reject]:
    """Like :func:`run_ray`, but articles whose coding failed come back inline as :class:`Reject`."""
    opts = options or RayOptions()
    with ray_session(opts) as ray:
        workers = _worker_count(ray, opts)
        size = _window_size(opts, workers, settings.batch_size)
        for items in _windows(_articles(source, on_reject), size):
            yield from _in_order(_coded_dataset(ray, items, settings, workers), first_seq=items[0]["seq"])


def ray_engine(settings: ExtractorSettings, options: RayOptions | None = None) -> CodeFn:
    """The Ray coding engine: ``code(articles)``, results in input order, an article whose coding
    failed as a :class:`Reject` in its place.

    Checks Ray is installed and connects (or starts a local Ray) right away, and stays connected
    for the life of the process, so repeated calls (watch mode) reuse it.
    """
    ray = require_ray()
    ray_options = options or RayOptions()
    if not ray.is_initialized():
        ray.init(**_init_args(ray_options))

    def code(articles: Iterable[Article]) -> Iterator[ArticleResult | Reject]:
        return run_ray_outcomes(articles, settings, ray_options)

    return code


def ingest_with_ray(
    paths: Sequence[str | Path], *, db: str | Path, settings: ExtractorSettings, options: RayOptions | None = None,
    on_progress: ProgressFn | None = None, on_reject: RejectHandler | None = None,
) -> RunSummary:
    """``tidings ingest --engine ray`` as a library call: read files on the driver, code on Ray,
    store with the ingest loop (skipping stored ids, recording rejects)."""
    from tidings.store import Store

    if any(str(spec) == "-" for spec in paths):
        raise InputError("ingest_with_ray reads files, not standard input; save the input to a file first")
    files = list(expand_paths(paths))  # a missing path fails before Ray starts
    code = ray_engine(settings, options)
    with Store(db) as store:
        return ingest(read_inputs(files), store, code, batch_size=settings.batch_size,
                      on_progress=on_progress, on_reject=on_reject)


def _in_order(dataset: Any, first_seq: int) -> Iterator[ArticleResult | Reject]:
    """Yield the dataset's outcomes by ``seq`` (Ray may finish batches out of order)."""
    waiting: list[tuple[int, str, str]] = []
    expected = first_seq
    for batch in dataset.iter_batches(batch_format="numpy", batch_size=None):
        for seq, result, reject in zip(batch["seq"], batch["result"], batch["reject"], strict=True):
            heapq.heappush(waiting, (int(seq), str(result), str(reject)))
        while waiting and waiting[0][0] == expected:
            yield _outcome(heapq.heappop(waiting))
            expected += 1
    while waiting:
        yield _outcome(heapq.heappop(waiting))


def _outcome(row: tuple[int, str, str]) -> ArticleResult | Reject:
    _, result, reject = row
    return ArticleResult.model_validate_json(result) if result else Reject.model_validate_json(reject)


@dataclass(frozen=True)
class ParquetRunSummary:
    """What :func:`write_ray_parquet` wrote."""

    out_dir: Path
    articles: int
    events: int
    failed: int
    windows: int
    workers: int
    elapsed_seconds: float

    @property
    def articles_per_second(self) -> float:
        return self.articles / self.elapsed_seconds if self.elapsed_seconds else 0.0


def write_ray_parquet(
    source: Source,
    settings: ExtractorSettings,
    out_dir: str | Path,
    options: RayOptions | None = None,
    *,
    on_reject: RejectHandler | None = None,
) -> ParquetRunSummary:
    """Code articles on Ray and have the workers write Parquet partitioned by month into ``out_dir``.

    ``out_dir`` may be a local folder (shared by all nodes on a cluster) or any URI pyarrow
    understands (``s3://…``). Files are appended; a run manifest is written at the end.
    """
    opts = options or RayOptions()
    target = str(out_dir)
    started = time.perf_counter()
    articles = events = failed = windows = 0
    with ray_session(opts) as ray:
        workers = _worker_count(ray, opts)
        size = _window_size(opts, workers, settings.batch_size)
        for items in _windows(_articles(source, on_reject), size):
            coded = _coded_dataset(ray, items, settings, workers).materialize()
            events += int(coded.sum("events") or 0)
            failed += int(coded.sum("failed") or 0)
            coded.write_parquet(target, partition_cols=[PARTITION_COLUMN])
            windows += 1
            articles += len(items)
    elapsed = time.perf_counter() - started
    if "://" not in target:
        folder = Path(target)
        folder.mkdir(parents=True, exist_ok=True)
        manifest = {"articles": articles, "events": events, "failed": failed, "windows": windows, "workers": workers,
                    "elapsed_seconds": round(elapsed, 3), "settings": {"model": settings.model,
                    "batch_size": settings.batch_size,
                    "actors_file": str(settings.actors_file) if settings.actors_file else None}}
        (folder / RUN_MANIFEST).write_text(json.dumps(manifest, indent=2) + "\n", encoding="utf-8")
    return ParquetRunSummary(Path(target), articles, events, failed, windows, workers, elapsed)


def _parquet_dataset(folder: Path) -> Any:
    import pyarrow.dataset as pads

    if not folder.is_dir():
        raise InputError(f"no Parquet results folder at {folder}")
    return pads.dataset(folder, format="parquet", partitioning="hive", exclude_invalid_files=True)


def read_parquet_outcomes(folder: str | Path) -> Iterator[ArticleResult | Reject]:
    """The outcomes stored under ``folder``, month by month, within a month in input order: a
    result per article, or the :class:`Reject` of an article whose coding raised."""
    for result, reject in _parquet_rows(Path(folder)):
        if result:
            yield ArticleResult.model_validate_json(result)
        elif reject:
            yield Reject.model_validate_json(reject)


def read_parquet_results(folder: str | Path) -> Iterator[ArticleResult]:
    """The results stored under ``folder`` (see :func:`read_parquet_outcomes`)."""
    for outcome in read_parquet_outcomes(folder):
        if isinstance(outcome, ArticleResult):
            yield outcome


def read_parquet_rejects(folder: str | Path) -> Iterator[Reject]:
    """The articles whose coding failed in the run(s) that wrote ``folder``."""
    for outcome in read_parquet_outcomes(folder):
        if isinstance(outcome, Reject):
            yield outcome


def _parquet_rows(folder: Path) -> Iterator[tuple[str, str]]:
    import pyarrow.compute as pc
    import pyarrow.dataset as pads

    dataset = _parquet_dataset(folder)
    months = sorted(str(m) for m in pc.unique(dataset.to_table(columns=[PARTITION_COLUMN]).column(0)).to_pylist())
    for month in months:
        table = dataset.to_table(columns=["seq", "result", "reject"], filter=pads.field(PARTITION_COLUMN) == month)
        table = table.sort_by([("seq", "ascending")])
        yield from zip(table.column("result").to_pylist(), table.column("reject").to_pylist(), strict=True)


def import_parquet(
    folder: str | Path, store: Store, batch_size: int = 64, *, on_reject: RejectHandler | None = None,
) -> RunSummary:
    """Load a :func:`write_ray_parquet` folder into ``store`` (articles already stored are skipped,
    articles whose coding failed recorded as rejects, the search index refreshed)."""
    return store_outcomes(read_parquet_outcomes(folder), store, batch_size=batch_size, on_reject=on_reject)
