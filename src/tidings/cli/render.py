"""Rendering records for people (rich tables)."""

from __future__ import annotations

from collections.abc import Sequence

from rich.table import Table

from tidings.records import Actor, Event


def _actor(actor: Actor | None) -> str:
    if actor is None:
        return "-"
    name = actor.name or actor.text
    return f"[bold]{actor.code or '?'}[/] {name}" if name else actor.code or "?"


def _date(event: Event) -> str:
    if event.date.kind == "unresolved" or event.date.granularity == "day":
        return event.date.value.isoformat()
    return f"{event.date.value.isoformat()} ({event.date.granularity})"


def events_table(events: Sequence[Event], title: str | None = None) -> Table:
    """A compact table of events in article order: date, who, what (CAMEO/PLOVER), to whom, status, where,
    and the construction (rule) of the event coder that coded it."""
    table = Table(title=title or f"{len(events)} events", expand=True, show_lines=False, pad_edge=False)
    table.add_column("date", no_wrap=True)
    table.add_column("source", ratio=3, overflow="fold", min_width=8)
    table.add_column("event", ratio=3, overflow="fold", min_width=8)
    table.add_column("target", ratio=3, overflow="fold", min_width=8)
    table.add_column("status", no_wrap=True)
    table.add_column("where", ratio=2, overflow="fold")
    table.add_column("rule", ratio=2, overflow="fold")
    ordered = sorted(events, key=lambda e: (e.article_id, e.sentence_index, e.trigger.start))
    for event in ordered:
        table.add_row(
            _date(event),
            _actor(event.source),
            f"[bold]{event.cameo}[/] {event.plover or ''} [dim]{event.cameo_name}[/]",
            ("[dim]with[/] " if event.reciprocal else "") + _actor(event.target),  # a meeting of equals
            event.status,
            event.location.name if event.location else "-",
            f"[dim]{event.rule or '-'}[/]",
        )
    return table
