"""The Ray engine against the local engine, on a real local Ray (2 CPUs) and a real store."""

from __future__ import annotations

import importlib.util
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tidings.engines import engine_runner
from tidings.engines.raydata import RayNotInstalled, require_ray
from tidings.errors import InputError, TidingsError
from tidings.inputs.readers import read_inputs
from tidings.records import Article, ArticleResult, Reject

ray_missing = importlib.util.find_spec("ray") is None
needs_ray = pytest.mark.skipif(
    ray_missing, reason="Ray is not installed: pip install 'tidings[ray]' to run these tests"
)
slow = pytest.mark.slow  # starts a local Ray (about 10 s) and Ray actors


def test_missing_ray_raises_with_install_hint(monkeypatch: pytest.MonkeyPatch) -> None:
    from tidings.pipeline import ExtractorSettings

    assert issubclass(RayNotInstalled, TidingsError)
    monkeypatch.setitem(sys.modules, "ray", None)  # what `import ray` sees when Ray is not installed
    monkeypatch.setitem(sys.modules, "ray.data", None)
    with pytest.raises(RayNotInstalled, match=r"pip install 'tidings\[ray\]'"):
        require_ray()
    with pytest.raises(RayNotInstalled, match=r"pip install 'tidings\[ray\]'"):
        engine_runner("ray", ExtractorSettings())


def test_unknown_engine_is_an_input_error() -> None:
    from tidings.pipeline import ExtractorSettings

    with pytest.raises(InputError, match="local, ray"):
        engine_runner("spark", ExtractorSettings())


@pytest.fixture(scope="module")
def local_ray() -> Iterator[object]:
    if ray_missing:
        pytest.skip("Ray is not installed: pip install 'tidings[ray]' to run these tests")
    import ray

    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield ray
    ray.shutdown()


@pytest.fixture(scope="module")
def sample(shared_data: Path) -> list[Article]:
    items = read_inputs([shared_data / "corpora" / "wikinews.jsonl"])
    articles = [item for item in items if isinstance(item, Article)]
    by_length = sorted(articles, key=lambda a: len(a.text))
    return by_length[20:80:3]  # 20 short-to-middling articles: real events, a fast test


@pytest.fixture(scope="module")
def settings():
    from tidings.pipeline import ExtractorSettings

    return ExtractorSettings(batch_size=4)


@pytest.fixture(scope="module")
def local_results(sample: list[Article], settings) -> list[ArticleResult]:
    from tidings.pipeline import Extractor

    return list(Extractor(settings).run(sample))


def _event_lines(results: list[ArticleResult]) -> list[str]:
    return sorted(event.model_dump_json() for result in results for event in result.events)


@slow
@needs_ray
def test_ray_engine_yields_the_local_results_in_order(local_ray, sample, settings, local_results) -> None:
    from tidings.engines.raydata import RayOptions, run_ray

    ray_results = list(run_ray(sample, settings, RayOptions(workers=2, window=12)))  # two windows
    assert [r.article.id for r in ray_results] == [a.id for a in sample]
    assert _event_lines(ray_results) == _event_lines(local_results)
    assert [r.model_dump_json() for r in ray_results] == [r.model_dump_json() for r in local_results]
    assert _event_lines(local_results)


@slow
@needs_ray
def test_parquet_output_imports_into_the_same_store(local_ray, sample, settings, local_results, tmp_path: Path) -> None:
    from tidings.engines.raydata import RayOptions, import_parquet, write_ray_parquet
    from tidings.store import EventFilter, Store

    summary = write_ray_parquet(sample, settings, tmp_path / "out", RayOptions(workers=2, window=12))
    assert (summary.articles, summary.windows) == (len(sample), 2)
    assert summary.events == sum(len(r.events) for r in local_results)
    assert all(p.name.startswith("month=") for p in (tmp_path / "out").iterdir() if p.is_dir())

    via_ray = Store(tmp_path / "ray.duckdb")
    written = import_parquet(tmp_path / "out", via_ray)
    assert written.articles_stored == len(sample)
    assert import_parquet(tmp_path / "out", via_ray).articles_stored == 0  # idempotent

    local = Store(tmp_path / "local.duckdb")
    local.add(local_results)
    every = EventFilter(limit=100_000)
    assert sorted(e.model_dump_json() for e in via_ray.events(every)) == sorted(
        e.model_dump_json() for e in local.events(every)
    )


@slow
@needs_ray
def test_paths_are_read_with_rejects_reported(local_ray, settings, tmp_path: Path, shared_data: Path) -> None:
    from tidings.engines.raydata import RayOptions, run_ray

    bad = tmp_path / "bad.txt"
    bad.write_text("no date line here\n\nbody body body\n", encoding="utf-8")
    good = shared_data / "corpora" / "wikinews_txt" / "293_3fccb10a5ba9ab2e.txt"
    rejects: list[Reject] = []
    results = list(run_ray([good, bad], settings, RayOptions(workers=1), on_reject=rejects.append))
    assert len(results) == 1 and results[0].article.origin == str(good)
    assert [r.origin for r in rejects] == [str(bad)]


@slow
@needs_ray
def test_watch_with_the_ray_engine(local_ray, settings, tmp_path: Path, shared_data: Path) -> None:
    import shutil

    from tidings.engines.raydata import RayOptions
    from tidings.engines.watch import watch

    feed = tmp_path / "feed"
    feed.mkdir()
    shutil.copyfile(shared_data / "corpora" / "wikinews_txt" / "195_216dbfc598e5aba4.txt", feed / "a.txt")
    (feed / "b.txt").write_text("not an article\n", encoding="utf-8")
    code = engine_runner("ray", settings, RayOptions(workers=1))
    summary = watch(feed, db=tmp_path / "s.duckdb", code=code, interval=0, settle_seconds=0, max_polls=2)
    assert (summary.files_ingested, summary.run.articles_stored, summary.run.rejected) == (2, 1, 1)


@slow
@needs_ray
def test_ingest_with_ray_into_a_store(local_ray, settings, tmp_path: Path, shared_data: Path) -> None:
    from tidings.engines.raydata import RayOptions, ingest_with_ray

    good = shared_data / "corpora" / "wikinews_txt" / "174_7f1682913205877d.txt"
    db = tmp_path / "s.duckdb"
    first = ingest_with_ray([good], db=db, settings=settings, options=RayOptions(workers=1))
    again = ingest_with_ray([good], db=db, settings=settings, options=RayOptions(workers=1))
    assert (first.articles_stored, again.articles_stored, again.articles_duplicate) == (1, 0, 1)
    with pytest.raises(InputError, match="standard input"):
        ingest_with_ray(["-"], db=db, settings=settings)


@slow
@needs_ray
def test_coding_failures_become_rejects_not_lost_batches(local_ray, sample, tmp_path: Path) -> None:
    from tidings.engines.raydata import (
        RayOptions,
        import_parquet,
        run_ray_outcomes,
        write_ray_parquet,
    )
    from tidings.pipeline import ExtractorSettings
    from tidings.store import Store

    broken = ExtractorSettings(batch_size=4, actors_file=tmp_path / "missing.tsv")  # every article fails to code
    outcomes = list(run_ray_outcomes(sample[:3], broken, RayOptions(workers=1)))
    assert [o.article_id for o in outcomes if isinstance(o, Reject)] == [a.id for a in sample[:3]]
    assert all("OntologyError" in o.reason for o in outcomes if isinstance(o, Reject))

    summary = write_ray_parquet(sample[:3], broken, tmp_path / "out", RayOptions(workers=1))
    assert (summary.articles, summary.failed, summary.events) == (3, 3, 0)
    store = Store(tmp_path / "s.duckdb")
    assert import_parquet(tmp_path / "out", store).articles_stored == 0
    assert sorted(r.article_id or "" for r in store.rejects()) == sorted(a.id for a in sample[:3])
