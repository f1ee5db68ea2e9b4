"""The store commands of the CLI, end to end on a real store file."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from factories import corpus
from tidings.cli.app import app
from tidings.store import Store

runner = CliRunner()


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("cli") / "c.duckdb"
    Store(path).add(corpus(120))
    return path


def run(*args: str) -> object:
    return runner.invoke(app, list(args), catch_exceptions=False)


def test_stats_events_and_rejects(db: Path) -> None:
    result = run("stats", "--db", str(db), "--json")
    assert result.exit_code == 0 and json.loads(result.stdout)["articles"] == 120
    result = run("events", "--db", str(db), "--dyad", "USA:RUS", "-f", "jsonl", "-n", "5")
    assert result.exit_code == 0 and len(result.stdout.splitlines()) == 5
    result = run("events", "--db", str(db), "--mentions", "--root", "04", "-n", "3")
    assert result.exit_code == 0
    assert run("rejects", "--db", str(db)).exit_code == 0


def test_dyad_top_network_export(db: Path, tmp_path: Path) -> None:
    result = run("dyad", "USA:RUS", "--db", str(db), "-i", "week", "-f", "jsonl")
    assert result.exit_code == 0 and all("quad_class" in json.loads(x) for x in result.stdout.splitlines())
    result = run("top", "actors", "--db", str(db), "-n", "3", "-f", "csv")
    assert result.exit_code == 0 and result.stdout.splitlines()[0].startswith("key,label,events")
    assert run("network", str(tmp_path / "n.graphml"), "--db", str(db)).exit_code == 0
    assert (tmp_path / "n.graphml").read_text().startswith("<?xml")
    result = run("export", "gdelt", str(tmp_path / "e.tsv"), "--db", str(db), "--since", "2020-01-02")
    assert result.exit_code == 0
    assert all(len(line.split("\t")) == 61 for line in (tmp_path / "e.tsv").read_text().splitlines())


def test_errors_are_one_line_with_exit_codes(db: Path, tmp_path: Path, monkeypatch) -> None:
    result = run("events", "--db", str(db), "--dyad", "USA")
    assert result.exit_code == 2 and "must look like 'PRK:USA'" in result.stderr
    result = run("stats", "--db", str(tmp_path / "missing.duckdb"))
    assert result.exit_code == 5 and "no store at" in result.stderr
    monkeypatch.setenv("TIDINGS_DB", str(db))
    assert run("top", "codes", "--since", "yesterday").exit_code == 2
    assert run("stats").exit_code == 0


def test_mentions_carry_their_rule_in_jsonl_and_in_the_csv_export(tmp_path: Path) -> None:
    from factories import make_article, make_event, make_result

    path = tmp_path / "ruled.duckdb"
    art = make_article("ruled")
    Store(path).add([make_result(art, [make_event(art, 0, rule="intent_complement"), make_event(art, 1, code="010")])])
    result = run("events", "--db", str(path), "--mentions", "-f", "jsonl")
    assert result.exit_code == 0
    assert [json.loads(line)["rule"] for line in result.stdout.splitlines()] == ["intent_complement", None]
    out = tmp_path / "mentions.csv"
    assert run("export", "csv", str(out), "--db", str(path), "--table", "mentions").exit_code == 0
    with out.open(newline="", encoding="utf-8") as fh:
        assert [row["rule"] for row in csv.DictReader(fh)] == ["intent_complement", ""]


def test_status_filters_every_command_and_analyses_default_to_asserted(db: Path, tmp_path: Path) -> None:
    planned = run("events", "--db", str(db), "--status", "planned", "-f", "jsonl", "-n", "500")
    assert planned.exit_code == 0 and planned.stdout
    assert {json.loads(line)["status"] for line in planned.stdout.splitlines()} == {"planned"}

    def total(*args: str) -> int:
        result = run("top", "codes", "--db", str(db), "-n", "100", "-f", "jsonl", *args)
        assert result.exit_code == 0, result.stderr
        return sum(json.loads(line)["events"] for line in result.stdout.splitlines())

    every, asserted = total("--status", "all"), total()
    assert asserted == total("--status", "asserted") < every
    assert every - asserted == total("--status", "planned") == len(planned.stdout.splitlines())
    commands = (["dyad", "USA", "RUS"], ["network", str(tmp_path / "n.json")], ["export", "jsonl", str(tmp_path / "e")])
    for args in commands:
        assert run(*args, "--db", str(db), "--status", "negated").exit_code == 0
    bad = run("top", "actors", "--db", str(db), "--status", "maybe")
    assert bad.exit_code == 2 and "status 'maybe' must be one of asserted" in bad.stderr


def test_rejects_says_when_there_are_none(db: Path) -> None:
    result = run("rejects", "--db", str(db))
    assert result.exit_code == 0 and result.stdout.strip() == "no rejects"


@pytest.mark.parametrize(("command", "present", "absent"), [
    (["ingest"], "[default: all cores]", "--n "),
    (["extract"], "[default: all cores]", "--n "),
    (["top"], "--limit", "--n "),
    (["events"], "--status", "--n "),
])
def test_help_text_is_clean(command: list[str], present: str, absent: str, monkeypatch) -> None:
    monkeypatch.setenv("COLUMNS", "100")
    result = run(*command, "--help")
    assert result.exit_code == 0
    text = " ".join(result.stdout.split())  # undo the help panel's wrapping
    assert present in text and absent not in text
