"""The public surface of ``import tidings``: the exact names, that each resolves, and that the
import stays cheap (no spaCy, no DuckDB until a heavy name is used)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import tidings
from tidings import errors, records

# Changing this list changes the public API: do it on purpose, and say so in the README.
PUBLIC_NAMES = [
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
HEAVY_MODULES = ["spacy", "duckdb", "pyarrow", "tidings.pipeline", "tidings.store"]


def test_all_is_the_locked_list() -> None:
    assert tidings.__all__ == PUBLIC_NAMES
    assert sorted(tidings.__all__) == tidings.__all__


@pytest.mark.parametrize("name", PUBLIC_NAMES)
def test_every_public_name_resolves(name: str) -> None:
    value = getattr(tidings, name)
    assert value.__module__.startswith("tidings")
    assert name in dir(tidings)


def test_public_names_are_the_home_modules_objects() -> None:
    from tidings.pipeline import Extractor, ExtractorSettings
    from tidings.store import EventFilter, Store

    assert (tidings.Store, tidings.EventFilter) == (Store, EventFilter)
    assert (tidings.Extractor, tidings.ExtractorSettings) == (Extractor, ExtractorSettings)
    assert tidings.Event is records.Event
    assert tidings.StoreBusy is errors.StoreBusy


def test_every_record_and_error_is_public() -> None:
    record_classes = {name for name, value in vars(records).items()
                      if isinstance(value, type) and issubclass(value, records.Record) and value is not records.Record}
    error_classes = {name for name, value in vars(errors).items()
                     if isinstance(value, type) and issubclass(value, errors.TidingsError)}
    assert record_classes | error_classes <= set(PUBLIC_NAMES)


def test_unknown_name_raises_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'Pipeline'"):
        _ = tidings.Pipeline  # type: ignore[attr-defined]


def _imported_after(statement: str) -> list[str]:
    """The HEAVY_MODULES loaded after running ``statement`` in a fresh interpreter that imports
    this test's copy of tidings."""
    source = Path(tidings.__file__).resolve().parents[1]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(source), os.environ.get("PYTHONPATH")]))}
    probe = f"import json, sys\n{statement}\nprint(json.dumps([m for m in {HEAVY_MODULES!r} if m in sys.modules]))"
    done = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True)
    return list(json.loads(done.stdout.strip().splitlines()[-1]))


def test_import_tidings_loads_neither_spacy_nor_duckdb() -> None:
    assert _imported_after("import tidings; tidings.Event; tidings.StoreError; tidings.extract") == []


def test_star_import_loads_the_heavy_names_on_demand() -> None:
    # The probe itself must be able to see the modules load, or the test above proves nothing.
    assert set(_imported_after("from tidings import *")) >= {"spacy", "duckdb"}


def _coded(articles: list[tidings.Article], nlp) -> list[tidings.Event]:
    return [event for result in tidings.Extractor(nlp=nlp).run(articles) for event in result.events]


def test_extract_codes_raw_text_like_the_extractor(nlp) -> None:
    from tidings.inputs import make_article

    text = "Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow on Tuesday."
    events = tidings.extract(text, date="2019-04-16")
    assert events and all(isinstance(event, tidings.Event) for event in events)
    assert events == _coded([make_article(text=text, date="2019-04-16", origin="<text>")], nlp)


def test_extract_reads_a_path_like_the_extractor(nlp, seed_path: Path) -> None:
    from tidings.inputs import read_inputs

    events = tidings.extract(seed_path)
    assert events
    assert events == _coded([a for a in read_inputs([seed_path]) if isinstance(a, tidings.Article)], nlp)


def test_extract_of_a_path_that_names_nothing_raises(tmp_path: Path) -> None:
    # the CLI records such a path as a reject and goes on; the one-call API still says so at once
    with pytest.raises(errors.InputError, match="no such file"):
        tidings.extract(tmp_path / "typo.txt")
