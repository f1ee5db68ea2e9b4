"""The ``actors`` and ``actor`` commands: who is in a store, and what the dictionary says of a name."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from tidings.cli.common import MAX_ROWS, ActorsOption, DbOption, handle_errors

if TYPE_CHECKING:
    from rich.console import Console


def actors_command(
    db: DbOption = Path("tidings.duckdb"),
    limit: Annotated[int, typer.Option("--limit", "-n", min=1, max=MAX_ROWS, help="How many actors.")] = 50,
    since: Annotated[str | None, typer.Option(help="First event date, YYYY-MM-DD.")] = None,
    until: Annotated[str | None, typer.Option(help="Last event date, YYYY-MM-DD.")] = None,
) -> None:
    """List the actors in a store with their codes, names and event counts."""
    from rich.console import Console
    from rich.table import Table

    from tidings.store import Store
    from tidings.store.analysis import top

    with Store(db, read_only=True, keep_open=True) as store:
        rows = top(store, "actors", n=limit, since=_date(since, "since"), until=_date(until, "until"))
    table = Table(title=f"{len(rows)} most frequent actors in {db}")
    for column in ("code", "name", "events", "mentions", "mean Goldstein"):
        table.add_column(column, justify="right" if column in {"events", "mentions", "mean Goldstein"} else "left")
    for row in rows:
        code = "" if row.key.startswith("~") else row.key
        mean = "" if row.goldstein_mean is None else f"{row.goldstein_mean:+.2f}"
        table.add_row(code, row.label or row.key.lstrip("~"), str(row.events), str(row.mentions), mean)
    Console().print(table)


def actor_command(
    name: Annotated[str, typer.Argument(help="A name, alias or code, e.g. 'Putin' or 'the Kremlin'.")],
    on: Annotated[str | None, typer.Option("--on", help="Show the code valid on this date (YYYY-MM-DD).")] = None,
    db: DbOption = Path("tidings.duckdb"),
    actors: ActorsOption = None,
    limit: Annotated[int, typer.Option(
        "--limit", "-n", min=0, max=MAX_ROWS, help="How many recent events to show.")] = 10,
) -> None:
    """Show one actor's dictionary entry, its date-valid roles and its recent events in the store."""
    from rich.console import Console
    from rich.table import Table

    from tidings.actors import ActorDictionary, describe_actor
    from tidings.errors import QueryError

    when = _date(on) or dt.date.today()
    description = describe_actor(name, ActorDictionary.load(actors), when)
    if description is None:
        raise QueryError(f"no actor named {name!r} in the dictionary (add it with --actors FILE)")
    console = Console()
    entry = description.entry
    console.print(f"[bold]{entry.name}[/] ({entry.kind}) — code on {when.isoformat()}: "
                  f"[bold]{description.code or 'none'}[/]")
    roles = Table(title="roles")
    for column in ("code", "from", "until", "valid then"):
        roles.add_column(column)
    for role in entry.roles:
        valid = "yes" if role in description.valid_roles or not role.dated else ""
        roles.add_row(role.code or "-", _iso(role.start), _iso(role.end), valid)
    console.print(roles)
    if description.alternatives:
        console.print("also known under this name: " + ", ".join(e.name for e in description.alternatives[:5]))
    if limit and db.exists() and description.code:
        _print_recent_events(console, db, description.code, limit)


# Command name and function, in the order ``tidings --help`` lists them.
_COMMANDS: tuple[tuple[str, Callable[..., None]], ...] = (("actors", actors_command), ("actor", actor_command))


def register(app: typer.Typer) -> None:
    """Add the actor commands to the main app."""
    for name, command in _COMMANDS:
        app.command(name=name)(handle_errors(command))


def _print_recent_events(console: Console, db: Path, code: str, limit: int) -> None:
    from tidings.cli.render import events_table
    from tidings.store import EventFilter, Store

    with Store(db, read_only=True, keep_open=True) as store:
        events = store.events(EventFilter(actor=code, limit=limit))
        labels = store.actor_labels(
            a.code or "~" + (a.name or a.text).lower() for e in events for a in (e.source, e.target) if a)
    console.print(events_table(events, title=f"recent mentions of {code} in {db}", width=console.width,
                               labels=labels))


def _date(text: str | None, name: str = "on") -> dt.date | None:
    from tidings.cli.common import parse_date

    return parse_date(text, name)


def _iso(value: dt.date | None) -> str:
    return value.isoformat() if value else "-"
