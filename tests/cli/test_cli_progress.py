"""Ingest progress: the inputs counted up front, a bar on a terminal, lines when not a terminal."""

from __future__ import annotations

import io
import json
from pathlib import Path

from rich.console import Console
from typer.testing import CliRunner

from tidings.cli.app import app
from tidings.cli.progress import IngestProgress
from tidings.inputs.readers import count_records, read_inputs

runner = CliRunner()


def test_inputs_are_counted_up_front_as_the_readers_will_yield_them(tmp_path: Path, seed_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(seed_path.read_text(encoding="utf-8"), encoding="utf-8")
    lines = [json.dumps({"id": f"j{i}", "date": "2020-01-01", "text": "Russia met China in Moscow."}) for i in range(3)]
    (folder / "b.jsonl").write_text(lines[0] + "\n\n" + lines[1] + "\nnot json\n" + lines[2] + "\n", encoding="utf-8")
    (folder / "c.csv").write_text('id,date,title,text\nc1,2020-01-01,T,"two\nlines"\nc2,2020-01-02,T,one\n',
                                  encoding="utf-8")
    assert count_records([folder]) == len(list(read_inputs([folder]))) == 7
    assert count_records(["-"]) is None
    missing = [tmp_path / "missing*.txt"]  # a path that names nothing is one reject
    assert count_records(missing) == len(list(read_inputs(missing))) == 1


def test_without_a_terminal_progress_is_a_line_now_and_then() -> None:
    out = io.StringIO()
    with IngestProgress(Console(file=out, width=200), total=4, every=2, seconds=3600) as progress:
        for _ in range(4):
            progress.tick()
    lines = out.getvalue().splitlines()
    assert lines[0] == "ingest: reading 4 inputs"
    assert lines[1].startswith("ingest: 1/4 inputs (25%), ")  # the first input is said at once
    assert lines[2].startswith("ingest: 3/4 inputs (75%), ") and "left" in lines[2]
    assert lines[3].startswith("ingest: 4/4 inputs (100%), ") and len(lines) == 4


def test_on_a_terminal_progress_is_a_bar_with_total_rate_and_eta() -> None:
    out = io.StringIO()
    with IngestProgress(Console(file=out, width=120, force_terminal=True), total=5) as progress:
        for _ in range(5):
            progress.tick()
    shown = out.getvalue()
    assert "0/5" in shown and "starting" in shown  # drawn before the first input is done
    assert "5/5" in shown and "ETA" in shown and "/s" in shown and "ingesting" in shown


def test_ingest_prints_progress_lines_when_not_a_terminal(tmp_path: Path, seed_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text("not json\n", encoding="utf-8")
    db = tmp_path / "p.duckdb"
    result = runner.invoke(app, ["ingest", str(seed_path), str(feed), "--db", str(db), "-j", "1"])
    assert "ingest: reading 2 inputs" in result.stderr
    assert "ingest: 2/2 inputs (100%)" in result.stderr  # the article and the reject
    again = runner.invoke(app, ["ingest", str(seed_path), "--db", str(db), "-j", "1"])
    assert again.exit_code == 0 and "ingest: 1/1 inputs (100%)" in again.stderr  # skipped as stored: counted too
