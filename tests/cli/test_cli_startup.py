"""Start-up stays cheap: the command line imports the heavy libraries only for the commands that
use them (timings are in bench/bench_startup.py; this locks what is imported)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

import tidings
from factories import corpus
from tidings.store import Store

WATCHED = ["spacy", "duckdb", "pydantic", "pandas", "pyarrow", "numpy", "tidings.records", "tidings.store",
           "tidings.pipeline", "rich.markdown"]


def loaded_after(argv: list[str] | None, statement: str = "import tidings.cli.app") -> set[str]:
    """The WATCHED modules loaded in a fresh interpreter after ``statement`` (and running the
    command line with ``argv``, if given)."""
    source = Path(tidings.__file__).resolve().parents[1]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(source), os.environ.get("PYTHONPATH")]))}
    run = "" if argv is None else (
        f"sys.argv = {['tidings', *argv]!r}\n"
        "from tidings.cli.app import app\ntry:\n    app()\nexcept SystemExit:\n    pass\n")
    probe = (f"import atexit, json, sys\n{statement}\n"
             f"atexit.register(lambda: print('LOADED', json.dumps([m for m in {WATCHED!r} if m in sys.modules])))\n"
             f"{run}")
    done = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True)
    line = next(x for x in done.stdout.splitlines() if x.startswith("LOADED "))
    return set(json.loads(line.removeprefix("LOADED ")))


def test_importing_the_command_line_loads_no_heavy_library() -> None:
    assert loaded_after(None) == set()


def test_help_needs_neither_the_store_nor_the_records() -> None:
    assert loaded_after(["--help"]) <= {"rich.markdown"}  # Typer's help renderer


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("startup") / "s.duckdb"
    Store(path).add(corpus(30))
    return path


@pytest.mark.parametrize("args", [[], ["--dyad", "USA:RUS", "--since", "2020-01-02"], ["--mentions", "--actor", "RUS"]])
def test_listing_events_loads_duckdb_but_not_spacy_pandas_or_pyarrow(db: Path, args: list[str]) -> None:
    loaded = loaded_after(["events", "--db", str(db), *args])
    assert {"duckdb", "tidings.store"} <= loaded  # the probe sees imports (or the next line proves nothing)
    assert not loaded & {"spacy", "pandas", "pyarrow", "numpy", "tidings.pipeline"}


def test_reingesting_stored_articles_loads_no_model(tmp_path: Path, seed_path: Path) -> None:
    db = str(tmp_path / "seed.duckdb")
    first = loaded_after(["ingest", str(seed_path), "--db", db, "-j", "1"])
    assert {"spacy", "tidings.pipeline"} <= first  # coding the new article needs the model
    again = loaded_after(["ingest", str(seed_path), "--db", db, "-j", "1"])
    assert not again & {"spacy", "tidings.pipeline", "pandas"}


def test_the_command_lines_max_chars_default_is_the_readers() -> None:
    from tidings.cli.common import MAX_CHARS as CLI_DEFAULT
    from tidings.inputs.files import MAX_CHARS

    assert CLI_DEFAULT == MAX_CHARS
