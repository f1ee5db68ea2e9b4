"""What every command shares: the error handler, the common options, date parsing.

Nothing here imports rich at module level: ``tidings --help`` needs none of it (see
tests/cli/test_cli_startup.py), so the stderr console is made on first use by :func:`err`.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Callable
from functools import cache, wraps
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal, TypeVar

import typer

from tidings.errors import QueryError, TidingsError

if TYPE_CHECKING:
    from rich.console import Console

F = TypeVar("F", bound=Callable[..., Any])
CRASH_EXIT_CODE = 70
"""The exit code of an unexpected error (a bug: sysexits' EX_SOFTWARE), distinct from 1 (input rejected)."""
DEBUG_ENV = "TIDINGS_DEBUG"
MAX_ROWS = 1_000_000_000
"""The largest ``--limit``/``--offset`` (the store's own cap is :data:`tidings.store.query.MAX_ROWS`)."""

DbOption = Annotated[Path, typer.Option("--db", envvar="TIDINGS_DB", help="DuckDB store file.")]
ActorsOption = Annotated[
    Path | None, typer.Option("--actors", help="Your own actor dictionary (TSV) adding or overriding entries.")
]
MinConfidenceOption = Annotated[float | None, typer.Option(
    "--min-confidence", min=0.0, max=1.0,
    help="Keep events the learned layer gives at least this probability (default: its operating point; "
         "0 keeps every candidate the rules propose).")]
MAX_CHARS = 200_000
"""The default of ``--max-chars``: :data:`tidings.inputs.files.MAX_CHARS`, repeated here so that the
command line starts without the readers (tests/cli/test_cli_startup.py checks the two agree)."""
MaxCharsOption = Annotated[int, typer.Option(
    "--max-chars", min=1, max=1_000_000,
    help="Reject an article whose normalised body is longer than this many characters (spaCy parses "
         "at most 1,000,000).")]
ParseOption = Annotated[Literal["selected", "entities", "all"], typer.Option(
    "--parse",
    help="selected: a cheap first pass picks the sentences that can carry an event and only those "
         "(with their context) get the full parse; entities: parse every sentence, named entities only "
         "in sentences with a coded verb or event noun; all: parse every sentence fully.")]
WorkersOption = Annotated[
    int | None,  # help is plain text (no rich markup), so "[default: ...]" prints as written
    typer.Option("--workers", "-j", min=1, help="Worker processes for NLP and coding [default: all cores]."),
]

WideOption = Annotated[
    bool, typer.Option("--wide", help="Tables with every column (otherwise they fit the terminal).")]


@cache
def err() -> Console:
    """The console for messages on stderr (one per process, made on first use)."""
    from rich.console import Console

    return Console(stderr=True)


def worker_count(requested: int | None) -> int:
    """The number of worker processes: as asked, else one per core."""
    import os

    return requested or os.cpu_count() or 1


def handle_errors(func: F) -> F:
    """Turn library errors into one line on stderr and the error's exit code, and any other
    exception (a bug) into one line and :data:`CRASH_EXIT_CODE`; ``TIDINGS_DEBUG=1`` re-raises it
    for the traceback."""

    @wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except (typer.Exit, typer.Abort, typer.TyperException):
            raise  # typer's own exits and usage errors (typer.Exit is a RuntimeError)
        except TidingsError as exc:
            from rich.text import Text

            err().print(Text.assemble(("error:", "bold red"), f" {exc}"), highlight=False, soft_wrap=True)
            raise typer.Exit(exc.exit_code) from None
        except KeyboardInterrupt:
            err().print("interrupted")
            raise typer.Exit(130) from None
        except Exception as exc:  # a bug: one line and its own exit code, not a traceback
            if os.environ.get(DEBUG_ENV):
                raise
            first = (str(exc).splitlines() or [""])[0][:300]
            err().print(f"error: internal error ({type(exc).__name__}: {first}); this is a bug, please report it "
                      f"(set {DEBUG_ENV}=1 for the traceback)", highlight=False, markup=False, soft_wrap=True)
            raise typer.Exit(CRASH_EXIT_CODE) from None

    return wrapper  # type: ignore[return-value]


def parse_date(value: str | None, name: str) -> dt.date | None:
    """An option's YYYY-MM-DD value, or a QueryError naming the option."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise QueryError(f"--{name} {value!r} is not a date like 2020-01-31") from None
