"""Every store-reading command, on every kind of damaged or foreign store: one clear line on
stderr and the documented exit code (5 damaged, 7 not a Tidings store), never a traceback;
``serve`` refuses to start the same way."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from damaged_stores import DAMAGES
from factories import corpus
from tidings.cli.app import app
from tidings.store import Store

runner = CliRunner()

COMMANDS: dict[str, list[str]] = {
    "stats": ["stats"],
    "stats --migrate": ["stats", "--migrate"],
    "events": ["events"],
    "events --mentions": ["events", "--mentions"],
    "rejects": ["rejects"],
    "export csv": ["export", "csv", "{out}/e.csv"],
    "export parquet": ["export", "parquet", "{out}/parquet"],
    "dyad": ["dyad", "USA", "RUS"],
    "top": ["top", "actors"],
    "network": ["network", "{out}/n.json"],
    "actors": ["actors"],
    "actor": ["actor", "USA"],
    "ingest": ["ingest", "{out}/none.txt"],
    "serve": ["serve", "--port", "1"],
}


@pytest.fixture(scope="module")
def damaged(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    base = tmp_path_factory.mktemp("damaged")
    good = base / "good.duckdb"
    Store(good).add(corpus(200))
    return {kind: make(good, base / f"{i}.duckdb") for i, (kind, (make, _)) in enumerate(DAMAGES.items())}


@pytest.mark.parametrize("command", list(COMMANDS))
@pytest.mark.parametrize("kind", list(DAMAGES))
def test_every_store_command_reports_a_damaged_store_in_one_line(
        damaged: dict[str, Path], tmp_path: Path, kind: str, command: str) -> None:
    args = [a.format(out=tmp_path) for a in COMMANDS[command]]
    result = runner.invoke(app, [*args, "--db", str(damaged[kind])], catch_exceptions=False)
    expected = DAMAGES[kind][1]
    assert result.exit_code == expected, result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error:"), result.stderr
    assert "Traceback" not in result.output
    assert not (tmp_path / "e.csv").exists() and not (tmp_path / "parquet").exists()
