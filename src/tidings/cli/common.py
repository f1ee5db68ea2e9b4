"""What every command shares: the error handler, the common options, date parsing."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from functools import wraps
from pathlib import Path
from typing import Annotated, Any, Literal, TypeVar

import typer
from rich.console import Console

from tidings.errors import QueryError, TidingsError

err = Console(stderr=True)
F = TypeVar("F", bound=Callable[..., Any])

DbOption = Annotated[Path, typer.Option("--db", envvar="TIDINGS_DB", help="DuckDB store file.")]
ActorsOption = Annotated[
    Path | None, typer.Option("--actors", help="Your own actor dictionary (TSV) adding or overriding entries.")
]
MinConfidenceOption = Annotated[float | None, typer.Option(
    "--min-confidence", min=0.0, max=1.0,
    help="Keep events the learned layer gives at least this probability (default: its operating point; "
         "0 keeps every candidate the rules propose).")]
ParseOption = Annotated[Literal["selected", "all"], typer.Option(
    "--parse",
    help="selected: a cheap first pass picks the sentences that can carry an event and only those "
         "(with their context) get the full parse; all: parse every sentence.")]
WorkersOption = Annotated[
    int | None, typer.Option("--workers", "-j", min=1, help="Worker processes for NLP and coding [default: all cores].")
]


def worker_count(requested: int | None) -> int:
    """The number of worker processes: as asked, else one per core."""
    import os

    return requested or os.cpu_count() or 1


def handle_errors(func: F) -> F:
    """Turn library errors into one line on stderr and the error's exit code."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except TidingsError as exc:
            err.print(f"[bold red]error:[/] {exc}", highlight=False, soft_wrap=True)
            raise typer.Exit(exc.exit_code) from None
        except KeyboardInterrupt:
            err.print("interrupted")
            raise typer.Exit(130) from None

    return wrapper  # type: ignore[return-value]


def parse_date(value: str | None, name: str) -> dt.date | None:
    """An option's YYYY-MM-DD value, or a QueryError naming the option."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise QueryError(f"--{name} {value!r} is not a date like 2020-01-31") from None
