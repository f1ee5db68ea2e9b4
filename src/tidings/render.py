"""Rendering records for people (rich tables)."""

from __future__ import annotations

from collections.abc import Sequence

from rich.table import Table

from tidings.records import Actor, Event


def _actor(actor: Actor | None) -> str:
    if actor is None:
        return "-"
    return f"{actor.code or '?'} ({actor.name or actor.text})"


def events_table(events: Sequence[Event], title: str | None = None) -> Table:
    """A readable table of events: date, source, CAMEO/PLOVER, target, status, place, trigger."""
    table = Table(title=title or f"{len(events)} events", show_lines=False)
    for column in ("date", "source", "cameo", "plover", "target", "status", "location", "trigger"):
        table.add_column(column, overflow="fold")
    for event in events:
        table.add_row(
            event.date.value.isoformat() + ("" if event.date.granularity == "day" else f" ({event.date.granularity})"),
            _actor(event.source),
            f"{event.cameo} {event.cameo_name}",
            event.plover or "-",
            _actor(event.target),
            event.status,
            event.location.name if event.location else "-",
            event.trigger.text,
        )
    return table
