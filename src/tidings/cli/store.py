"""Store commands of the ``tidings`` CLI: events, rejects, export, dyad, top, network, stats.

Thin: parse options, call :mod:`tidings.store`, render with rich or write files.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable
from pathlib import Path
from typing import Annotated, Any

import typer

from tidings.cli.common import MAX_ROWS, DbOption, WideOption, handle_errors, parse_date
from tidings.errors import QueryError

Db = DbOption
Actor = Annotated[str | None, typer.Option("--actor", help="Actor code prefix or name substring (either side).")]
Country = Annotated[str | None, typer.Option("--country", help="Alpha-3 actor country (either side).")]
Dyad = Annotated[str | None, typer.Option("--dyad", help="Two codes or countries, e.g. PRK:USA.")]
Directed = Annotated[bool, typer.Option("--directed", help="Only the dyad's given direction.")]
Cameo = Annotated[str | None, typer.Option("--cameo", help="CAMEO code prefix, e.g. 04 or 042.")]
Root = Annotated[str | None, typer.Option("--root", help="CAMEO root code (01-20).")]
Plover = Annotated[str | None, typer.Option("--plover", help="PLOVER event type, e.g. CONSULT.")]
Since = Annotated[str | None, typer.Option("--since", help="First event date, YYYY-MM-DD.")]
Until = Annotated[str | None, typer.Option("--until", help="Last event date, YYYY-MM-DD.")]
Limit = Annotated[int, typer.Option("--limit", "-n", min=1, max=MAX_ROWS, help="At most this many rows.")]
ListStatus = Annotated[str | None, typer.Option(
    "--status", help="asserted, planned, negated, hypothetical or all.", show_default="all")]
AnalysisStatus = Annotated[str | None, typer.Option(
    "--status", help="Count events of this status: asserted, planned, negated, hypothetical or all.",
    show_default="asserted")]
MinConfidence = Annotated[float | None, typer.Option(
    "--min-confidence", min=0.0, max=1.0, help="Only events the learned layer gives at least this probability.")]


def _date(value: str | None, name: str) -> dt.date | None:
    return parse_date(value, name)


def _filter(**values: Any) -> Any:
    from tidings.store import EventFilter

    return EventFilter.parse(**{k: v for k, v in values.items() if v is not None and v is not False})


def _open(db: Path) -> Any:
    """The store, read-only, on one connection held until it is closed (use it in ``with``):
    a command opens the file once, however many queries it makes."""
    from tidings.store import Store

    return Store(db, read_only=True, keep_open=True)


def _stderr(text: str) -> None:
    from tidings.cli.common import err

    err().print(text, highlight=False)


def _key(actor: Any) -> str | None:
    return None if actor is None else actor.code or "~" + (actor.name or actor.text).lower()


def _linked_rows(store: Any, events: list[Any]) -> list[Any]:
    """Table rows of linked events: the store's labels, the representative mention's sentence."""
    from tidings.cli.render import Row, side

    labels = store.actor_labels([_key(a) for e in events for a in (e.source, e.target)])
    sentences = store.event_sentences(e.event_id for e in events)
    return [
        Row(date=str(e.date), status=e.status, source=side(e.source, labels), target=side(e.target, labels),
            reciprocal=e.reciprocal, cameo=e.cameo, plover=e.plover, cameo_name=e.cameo_name,
            sentence=" ".join(sentences.get(e.event_id, "").split()),
            extra={"event": e.event_id, "place": e.location.name if e.location else "",
                   "ment.": str(e.num_mentions), "art.": str(e.num_articles), "src.": str(e.num_sources),
                   "root": "yes" if e.is_root else "", "tone": "" if e.avg_tone is None else f"{e.avg_tone:.2f}"})
        for e in events
    ]


def _events_table(store: Any, items: list[Any], *, linked: bool, wide: bool, width: int) -> Any:
    """The events page as a table ``width`` columns wide, saying what is counted."""
    from tidings.cli.render import counted, mention_rows, rows_table

    if linked:
        rows = _linked_rows(store, items)
        title = counted(len(items), "linked event")
        note = ("A linked event is one real-world event: every mention of it (the same actors and action "
                "within days, in any article) counted once; --mentions lists each coded sentence.")
    else:
        labels = store.actor_labels([_key(a) for e in items for a in (e.source, e.target)])
        rows = mention_rows(items, labels)
        title = counted(len(items), "mention")
        note = "A mention is one coded sentence; tidings events (without --mentions) lists them linked into events."
    return rows_table(rows, width=width, wide=wide, title=title, note=note)


def events(
    db: Db = Path("tidings.duckdb"), actor: Actor = None, country: Country = None, dyad: Dyad = None,
    directed: Directed = False, cameo: Cameo = None, root: Root = None, plover: Plover = None,
    since: Since = None, until: Until = None, limit: Limit = 50, min_confidence: MinConfidence = None,
    status: ListStatus = None,
    offset: Annotated[int, typer.Option("--offset", min=0, max=MAX_ROWS)] = 0,
    cursor: Annotated[str | None, typer.Option("--cursor", help="Continue after a previous page.")] = None,
    linked: Annotated[bool, typer.Option("--linked/--mentions", help="Linked events or every mention.")] = True,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, jsonl or csv.")] = "table",
    wide: WideOption = False,
) -> None:
    """List stored events (linked, with mention counts) or mentions."""
    f = _filter(actor=actor, country=country, dyad=dyad, directed=directed, cameo=cameo, root=root,
                plover=plover, since=since, until=until, limit=limit, offset=offset, cursor=cursor,
                min_confidence=min_confidence, status=status)
    if fmt not in ("table", "jsonl", "csv"):
        raise QueryError(f"--format {fmt!r} must be table, jsonl or csv")
    from rich.console import Console

    console = Console(emoji=False)  # sentences are data: ":x:" stays as written (and no emoji table loads)
    with _open(db) as store:  # closed before printing, so a slow reader of the output holds no lock
        page = store.linked_events_page(f) if linked else store.events_page(f)
        table = _events_table(store, page.items, linked=linked, wide=wide, width=console.width) if (
            fmt == "table") else None
    if fmt == "jsonl":
        for item in page.items:
            typer.echo(item.model_dump_json())
    elif fmt == "csv":
        _emit("csv", [_flat(item.model_dump(mode="json")) for item in page.items], "events")
    else:
        console.print(table)
    if page.next_cursor and fmt == "table":
        _stderr(f"more: --cursor {page.next_cursor}")


def rejects(db: Db = Path("tidings.duckdb"), limit: Limit = 100) -> None:
    """List inputs that were skipped at ingest, and why."""
    with _open(db) as store:
        found = store.rejects(limit=limit)
    for r in found:
        typer.echo(r.describe())
    if not found:
        typer.echo("no rejects")


def export(
    fmt: Annotated[str, typer.Argument(help="parquet, csv, jsonl, gdelt or plover.")],
    out: Annotated[Path, typer.Argument(help="Output file (a directory for parquet).")],
    db: Db = Path("tidings.duckdb"),
    table: Annotated[str, typer.Option("--table", help="events (linked) or mentions.")] = "events",
    actor: Actor = None, country: Country = None, dyad: Dyad = None, directed: Directed = False,
    cameo: Cameo = None, root: Root = None, plover: Plover = None, since: Since = None, until: Until = None,
    limit: Annotated[int | None, typer.Option("--limit", "-n", min=1, max=MAX_ROWS,
                                              help="At most this many rows.")] = None,
    status: ListStatus = None,
) -> None:
    """Export events: parquet (by year/month), csv, jsonl, GDELT 2.0 TSV, PLOVER JSON."""
    from tidings.store.export import export as run_export

    f = _filter(actor=actor, country=country, dyad=dyad, directed=directed, cameo=cameo, root=root,
                plover=plover, since=since, until=until, status=status)
    f = f.model_copy(update={"limit": limit})
    with _open(db) as store:
        n = run_export(store, fmt, out, f, table=table)  # type: ignore[arg-type]
    _stderr(f"wrote {n} {table} to {out}")


def dyad(
    pair: Annotated[list[str], typer.Argument(help="Two codes or countries: PRK USA (or PRK:USA).")],
    db: Db = Path("tidings.duckdb"),
    interval: Annotated[str, typer.Option("--by", "--interval", "-i", help="day, week or month.")] = "month",
    directed: Directed = False, since: Since = None, until: Until = None, status: AnalysisStatus = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, jsonl or csv.")] = "table",
) -> None:
    """Events between two actors over time, per QuadClass, with Goldstein sums and means
    (asserted events unless --status says otherwise)."""
    from tidings.store.analysis import dyad_series

    parts = pair if len(pair) == 2 else ":".join(pair).split(":")
    if len(parts) != 2 or not all(parts):
        raise QueryError(f"dyad {' '.join(pair)!r} must be two actors, like PRK USA or PRK:USA")
    pair_text = ":".join(parts)
    with _open(db) as store:
        series = dyad_series(store, parts[0], parts[1], interval=interval, directed=directed,  # type: ignore[arg-type]
                             since=_date(since, "since"), until=_date(until, "until"), status=status)
    _emit(fmt, [p.model_dump(mode="json") for p in series], f"{pair_text} by {interval} ({_counted(status)})")


def top(
    kind: Annotated[str, typer.Argument(help="actors, dyads, codes, roots or countries.")] = "actors",
    db: Db = Path("tidings.duckdb"),
    n: Annotated[int, typer.Option("--limit", "-n", min=1, help="How many rows.")] = 10,
    since: Since = None, until: Until = None, status: AnalysisStatus = None,
    fmt: Annotated[str, typer.Option("--format", "-f", help="table, jsonl or csv.")] = "table",
) -> None:
    """The most frequent actors, dyads, event codes, roots or countries over a period
    (asserted events unless --status says otherwise)."""
    from tidings.store.analysis import top as run_top

    with _open(db) as store:
        rows = run_top(store, kind, n=n, since=_date(since, "since"), until=_date(until, "until"),  # type: ignore[arg-type]
                       status=status)
    _emit(fmt, [r.model_dump(mode="json") for r in rows], f"top {kind} ({_counted(status)})")


def network(
    out: Annotated[Path, typer.Argument(help="Output file: .graphml or .json.")],
    db: Db = Path("tidings.duckdb"), since: Since = None, until: Until = None,
    min_events: Annotated[int, typer.Option("--min-events", min=1)] = 1,
    max_edges: Annotated[int, typer.Option("--max-edges", min=1)] = 500,
    actor: Actor = None, country: Country = None, root: Root = None, plover: Plover = None,
    status: AnalysisStatus = None,
) -> None:
    """Write the actor network (edges weighted by event counts and Goldstein; asserted events
    unless --status says otherwise)."""
    from tidings.store.network import network as build

    base = _filter(actor=actor, country=country, root=root, plover=plover, status=status)
    with _open(db) as store:
        net = build(store, since=_date(since, "since"), until=_date(until, "until"),
                    min_events=min_events, max_edges=max_edges, base=base)
    net.write(out)
    _stderr(f"wrote {len(net.nodes)} nodes and {len(net.edges)} edges to {out}")


def stats(
    db: Db = Path("tidings.duckdb"),
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON.")] = False,
    migrate: Annotated[bool, typer.Option("--migrate", help="Open for writing, migrating an older store.")] = False,
) -> None:
    """Counts of articles, mentions, linked events, sources and rejects in the store."""
    from rich.console import Console
    from rich.table import Table

    from tidings.store import Store

    with Store(db) if migrate else _open(db) as store:
        s = store.stats()
    if as_json:
        typer.echo(s.model_dump_json(indent=2))
        return
    table = Table("what", "value", title=str(db))
    for name, value in s.model_dump().items():
        if name != "settings":
            table.add_row(name, str(value))
    table.add_row("link settings", json.dumps(s.settings.model_dump()))
    Console().print(table)


# Command name and function, in the order ``tidings --help`` lists them.
_COMMANDS: tuple[tuple[str, Callable[..., None]], ...] = (
    ("events", events), ("rejects", rejects), ("export", export), ("dyad", dyad), ("top", top),
    ("network", network), ("stats", stats),
)


def register(app: typer.Typer) -> None:
    """Add the store commands to the main Typer app."""
    for name, command in _COMMANDS:
        app.command(name=name)(handle_errors(command))


def _flat(record: dict[str, Any], prefix: str = "") -> dict[str, Any]:
    """Nested record fields as flat CSV columns (``source.code`` -> ``source_code``)."""
    out: dict[str, Any] = {}
    for key, value in record.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict):
            out.update(_flat(value, f"{name}_"))
        elif isinstance(value, list):
            out[name] = "|".join(str(v) for v in value)
        else:
            out[name] = value
    return out


def _counted(status: str | None) -> str:
    """What an analysis counted, for its title."""
    return "events of every status" if status == "all" else f"{status or 'asserted'} events"


def _cell(value: Any) -> str:
    """A table cell: nothing for None, two decimals for a float."""
    if value is None:
        return ""
    return f"{value:.2f}" if isinstance(value, float) else str(value)


def _emit(fmt: str, rows: list[dict[str, Any]], title: str) -> None:
    if fmt == "jsonl":
        for row in rows:
            typer.echo(json.dumps(row))
    elif fmt == "csv":
        import csv
        import sys

        if rows:
            writer = csv.DictWriter(sys.stdout, fieldnames=list(rows[0]))
            writer.writeheader()
            writer.writerows(rows)
    elif fmt == "table":
        from rich.console import Console
        from rich.table import Table

        table = Table(*(rows[0].keys() if rows else ["(no rows)"]), title=title)
        for row in rows:
            table.add_row(*(_cell(v) for v in row.values()))
        Console().print(table)
    else:
        raise QueryError(f"--format {fmt!r} must be table, jsonl or csv")
