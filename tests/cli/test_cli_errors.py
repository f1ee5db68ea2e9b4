"""How the command line fails: one line and a documented exit code, never a traceback; a crash
(a bug) has its own exit code, distinct from 1 (input rejected)."""

from __future__ import annotations

import pytest
import typer
from typer.testing import CliRunner

from tidings.cli.common import CRASH_EXIT_CODE, handle_errors
from tidings.errors import InputError

runner = CliRunner()
app = typer.Typer()


@app.command()
@handle_errors
def crash() -> None:
    raise ValueError("a bug\nits second line")


@app.command()
@handle_errors
def rejected() -> None:
    raise typer.Exit(1)


@app.command()
@handle_errors
def bad_value() -> None:
    raise typer.BadParameter("must be a month like 2020-01")


@app.command()
@handle_errors
def bad_input() -> None:
    raise InputError("no such file: [red]x[/] and [/]")


def test_a_crash_is_one_line_and_its_own_exit_code(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("TIDINGS_DEBUG", raising=False)
    result = runner.invoke(app, ["crash"])
    assert result.exit_code == CRASH_EXIT_CODE == 70
    assert "Traceback" not in result.output
    (line,) = result.output.strip().splitlines()
    assert line.startswith("error: internal error (ValueError: a bug); this is a bug")


def test_debug_shows_the_exception(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TIDINGS_DEBUG", "1")
    result = runner.invoke(app, ["crash"])
    assert isinstance(result.exception, ValueError)


def test_typer_exits_pass_through() -> None:
    assert runner.invoke(app, ["rejected"]).exit_code == 1


def test_typer_usage_errors_pass_through_as_usage_errors() -> None:
    # Typer's click is its own copy: its errors are not the click package's, and were once taken for a bug
    result = runner.invoke(app, ["bad-value"])
    assert result.exit_code == 2 and "must be a month like 2020-01" in result.output
    assert "internal error" not in result.output


def test_an_error_message_is_printed_literally() -> None:
    result = runner.invoke(app, ["bad-input"])
    assert result.exit_code == 2
    assert result.output.strip() == "error: no such file: [red]x[/] and [/]"


@pytest.mark.parametrize("args", [["events", "--limit", "99999999999999999999"],
                                  ["events", "--offset", "99999999999999999999"],
                                  ["rejects", "--limit", "99999999999999999999"]])
def test_a_huge_limit_is_a_usage_error(tmp_path: object, args: list[str]) -> None:
    from tidings.cli.app import app as tidings_app
    from tidings.store import Store

    db = f"{tmp_path}/s.duckdb"
    Store(db)
    result = runner.invoke(tidings_app, [*args, "--db", db])
    assert result.exit_code == 2
    assert "1000000000" in result.output and "Traceback" not in result.output
