"""The actors/actor commands against a real store built from the seed article."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from tidings.cli.app import app

runner = CliRunner()


@pytest.fixture(scope="module")
def seed_store(tmp_path_factory: pytest.TempPathFactory, seed_path: Path, nlp) -> Path:
    from tidings.inputs.readers import read_inputs
    from tidings.pipeline import Extractor
    from tidings.store import Store

    db = tmp_path_factory.mktemp("actors") / "seed.duckdb"
    with Store(db) as store:
        store.add(Extractor(nlp=nlp).run(a for a in read_inputs([seed_path]) if not hasattr(a, "reason")))
    return db


def test_actors_lists_codes_names_and_counts(seed_store: Path) -> None:
    result = runner.invoke(app, ["actors", "--db", str(seed_store)], env={"COLUMNS": "120"})
    assert result.exit_code == 0, result.output
    assert "PRKGOV" in result.output and "RUSGOV" in result.output and "USAGOV" in result.output


@pytest.mark.parametrize(
    ("name", "on", "code"),
    [("Trump", "2019-04-19", "USAGOV"), ("Putin", "2019-04-19", "RUSGOV"), ("Trump", "2022-06-01", "USAELI")],
)
def test_actor_shows_the_code_valid_on_a_date(seed_store: Path, name: str, on: str, code: str) -> None:
    result = runner.invoke(app, ["actor", name, "--on", on, "--db", str(seed_store)], env={"COLUMNS": "120"})
    assert result.exit_code == 0, result.output
    assert f"code on {on}: {code}" in result.output


def test_actor_lists_recent_events_from_the_store(seed_store: Path) -> None:
    result = runner.invoke(app, ["actor", "Pompeo", "--on", "2019-04-19", "--db", str(seed_store)],
                           env={"COLUMNS": "160"})
    assert result.exit_code == 0, result.output
    assert "recent mentions of USAGOV" in result.output and "ACCUSE" in result.output


def test_unknown_actor_is_one_clear_line_and_exit_code_2() -> None:
    result = runner.invoke(app, ["actor", "Zzyzx Qwerty"])
    assert result.exit_code == 2
    assert "no actor named 'Zzyzx Qwerty'" in result.output
    assert "Traceback" not in result.output
