"""Start-up stays cheap: the command line imports the heavy libraries only for the commands that
use them (timings are in bench/bench_startup.py; this locks what is imported)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from importlib import import_module
from pathlib import Path

import pytest

import tidings
from factories import corpus
from tidings.store import Store

WATCHED = ["spacy", "duckdb", "pydantic", "pandas", "pyarrow", "numpy", "tidings.records", "tidings.store",
           "tidings.pipeline", "rich", "rich.markdown", "typer.rich_utils", "click",
           "tidings.cli.store", "tidings.cli.actors", "tidings.cli.serve", "tidings.cli.fetch"]
EXTENSIONS = {"tidings.cli.store", "tidings.cli.actors", "tidings.cli.serve", "tidings.cli.fetch"}


def probe(argv: list[str] | None, statement: str, report: str) -> str:
    """What ``report`` (an expression) says at exit of a fresh interpreter that ran ``statement``
    and then the command line with ``argv``, if given."""
    source = Path(tidings.__file__).resolve().parents[1]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(source), os.environ.get("PYTHONPATH")]))}
    run = "" if argv is None else (
        f"sys.argv = {['tidings', *argv]!r}\n"
        "from tidings.cli.app import app\ntry:\n    app()\nexcept SystemExit:\n    pass\n")
    code = (f"import atexit, json, sys\n{statement}\n"
            f"atexit.register(lambda: print('REPORT', json.dumps({report})))\n{run}")
    done = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True)
    return next(x for x in done.stdout.splitlines() if x.startswith("REPORT ")).removeprefix("REPORT ")


def loaded_after(argv: list[str] | None, statement: str = "import tidings.cli.app") -> set[str]:
    """The WATCHED modules loaded in a fresh interpreter after ``statement`` (and running the
    command line with ``argv``, if given)."""
    return set(json.loads(probe(argv, statement, f"[m for m in {WATCHED!r} if m in sys.modules]")))


def connections_opened(argv: list[str], path: Path) -> int:
    """How many DuckDB connections to the file ``path`` running the command line with ``argv`` opens."""
    count = ("import duckdb\nopened = []\nconnect = duckdb.connect\n"
             "duckdb.connect = lambda *a, **k: opened.append(str(a[0]) if a else '') or connect(*a, **k)")
    return int(probe(argv, count, f"opened.count({str(path)!r})"))


def test_importing_the_command_line_loads_no_heavy_library() -> None:
    assert loaded_after(None) == set()


def test_help_needs_neither_the_store_nor_the_records_nor_rich() -> None:
    # the command list names every command, so their modules load; rich and Typer's rich help do not
    assert loaded_after(["--help"]) == EXTENSIONS


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


@pytest.mark.parametrize(("args", "module"), [
    (["events", "--limit", "3"], "tidings.cli.store"), (["top", "actors"], "tidings.cli.store"),
    (["actors", "--limit", "3"], "tidings.cli.actors"),
])
def test_a_command_loads_only_its_own_commands_module(db: Path, args: list[str], module: str) -> None:
    loaded = loaded_after([*args, "--db", str(db)])
    assert loaded & EXTENSIONS == {module}
    assert not loaded & {"typer.rich_utils", "rich.markdown", "click"}


@pytest.mark.parametrize("args", [["events"], ["events", "--mentions"], ["top", "dyads"], ["stats"], ["rejects"],
                                  ["dyad", "USA", "RUS"], ["actors"]])
def test_a_store_command_opens_the_store_once(db: Path, args: list[str]) -> None:
    assert connections_opened([*args, "--db", str(db)], db) == 1


def test_the_lazy_command_table_names_what_each_module_registers() -> None:
    import typer

    from tidings.cli.app import TidingsCommands

    for module in set(TidingsCommands.modules.values()):
        registered = typer.Typer()
        import_module(module).register(registered)
        assert {c.name for c in registered.registered_commands} == {
            n for n, m in TidingsCommands.modules.items() if m == module}, module
    group = TidingsCommands(name="probe")
    assert [name for name in TidingsCommands.modules if group._build(group.modules[name], name)] == list(
        TidingsCommands.modules)


def test_a_mistyped_command_is_offered_a_command_not_built_yet() -> None:
    from typer.testing import CliRunner

    from tidings.cli.app import app

    result = CliRunner().invoke(app, ["evnts"])
    assert result.exit_code == 2 and "Did you mean 'events'?" in result.stderr


def test_reingesting_stored_articles_loads_neither_the_model_nor_arrow(tmp_path: Path, seed_path: Path) -> None:
    db = str(tmp_path / "seed.duckdb")
    first = loaded_after(["ingest", str(seed_path), "--db", db, "-j", "1"])
    assert {"spacy", "tidings.pipeline"} <= first  # coding the new article needs the model
    again = loaded_after(["ingest", str(seed_path), "--db", db, "-j", "1"])
    assert not again & {"spacy", "tidings.pipeline", "pandas", "pyarrow"}  # nothing new to write or link


def test_the_command_lines_max_chars_default_is_the_readers() -> None:
    from tidings.cli.common import MAX_CHARS as CLI_DEFAULT
    from tidings.inputs.files import MAX_CHARS

    assert CLI_DEFAULT == MAX_CHARS
