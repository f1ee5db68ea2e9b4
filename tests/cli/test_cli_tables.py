"""CLI tables at 80 columns: nothing wider, codes whole, what is counted said, --wide for all columns."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tidings.cli.app import app

runner = CliRunner()
NARROW = {"COLUMNS": "80"}
CUT_CODE = re.compile(r"\b[A-Z0-9]{3,}…")


@pytest.fixture(scope="module")
def seed_db(tmp_path_factory: pytest.TempPathFactory, seed_path: Path) -> Path:
    db = tmp_path_factory.mktemp("tables") / "seed.duckdb"
    assert runner.invoke(app, ["ingest", str(seed_path), "--db", str(db), "-j", "1"]).exit_code == 0
    return db


def codes_of(db: Path, *args: str) -> set[str]:
    result = runner.invoke(app, ["events", "--db", str(db), "-f", "jsonl", "-n", "500", *args])
    records = [json.loads(line) for line in result.stdout.splitlines()]
    return {a["code"] for r in records for a in (r["source"], r["target"]) if a and a["code"]}


def assert_fits(text: str) -> None:
    assert text.strip()
    wide = [line for line in text.splitlines() if len(line) > 80]
    assert not wide, wide[:3]
    assert not CUT_CODE.search(text), CUT_CODE.findall(text)


@pytest.mark.parametrize("args", [[], ["--mentions"], ["--status", "all"]])
def test_events_table_fits_80_columns_with_whole_codes(seed_db: Path, args: list[str]) -> None:
    result = runner.invoke(app, ["events", "--db", str(seed_db), *args], env=NARROW)
    assert result.exit_code == 0, result.output
    assert_fits(result.stdout)
    words = set(re.findall(r"[A-Z0-9]+", result.stdout))
    assert codes_of(seed_db, *args) <= words  # every actor code, whole
    assert {"asserted", "planned"} <= set(result.stdout.split())  # the status of each event


def test_events_table_says_what_it_counts_and_explains_with(seed_db: Path) -> None:
    linked = runner.invoke(app, ["events", "--db", str(seed_db)], env=NARROW).stdout
    mentions = runner.invoke(app, ["events", "--db", str(seed_db), "--mentions"], env=NARROW).stdout
    assert "14 linked events" in linked and "--mentions lists each coded sentence" in " ".join(linked.split())
    assert "16 mentions" in mentions and "linked into events" in " ".join(mentions.split())
    assert "with RUSGOV" in linked and "with X: a meeting of equals (reciprocal)" in " ".join(linked.split())


def test_ingest_show_and_extract_tables_fit_and_count_mentions_and_events(tmp_path: Path, seed_path: Path) -> None:
    shown = runner.invoke(app, ["ingest", str(seed_path), "--db", str(tmp_path / "s.duckdb"), "--show", "-j", "1"],
                          env=NARROW)
    assert shown.exit_code == 0, shown.output
    assert_fits(shown.stdout)
    said = " ".join(shown.stdout.split())
    assert "16 mentions (coded sentences) of 1 article, linked into 14 events" in said
    extracted = runner.invoke(app, ["extract", str(seed_path), "-f", "table", "-j", "1"], env=NARROW)
    assert extracted.exit_code == 0 and "16 mentions" in extracted.stdout
    assert_fits(extracted.stdout)


def test_wide_shows_every_column(seed_db: Path) -> None:
    result = runner.invoke(app, ["events", "--db", str(seed_db), "--wide"], env={"COLUMNS": "250"})
    header = " ".join(result.stdout.split())
    for column in ("event", "place", "ment.", "art.", "src.", "root", "tone", "source name", "sentence"):
        assert column in header
    assert "North Korea government" in header and "Russia government" in header  # the labels top uses
    narrow = runner.invoke(app, ["events", "--db", str(seed_db)], env=NARROW).stdout
    assert "ment." not in narrow and "tone" not in narrow


@pytest.mark.parametrize("wide", [False, True])
def test_a_sentence_is_printed_as_written_not_as_markup(wide: bool) -> None:
    # a real news sentence may hold brackets and colons that rich would read as markup or emoji
    from rich.console import Console

    from tidings.cli.render import Row, Side, rows_table

    sentence = "Aides said [/b] [bold]no[/bold] :smile:"
    row = Row(date="2020-01-01", status="asserted", source=Side("USA", "United States"), target=None,
              reciprocal=False, cameo="040", plover="CONSULT", cameo_name="Consult", sentence=sentence,
              extra={"where": "[red]Moscow[/red]"})
    console = Console(width=250 if wide else 80, record=True, emoji=False)
    console.print(rows_table([row], width=console.width, wide=wide))
    text = " ".join(console.export_text().split())
    assert "Aides said [/b]" in text and "[bold]no[/bold] :smile:" in text  # (compact: over two lines)
    assert not wide or "[red]Moscow[/red]" in text
