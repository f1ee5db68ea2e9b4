"""Rendering events for people (rich tables) that fit the terminal.

Compact layout (the default below :data:`WIDE_AT` columns): each event takes two lines —
date over status, actor code over its label, CAMEO code and PLOVER type over the CAMEO name,
and two lines of the sentence — with widths chosen so that nothing but labels and the sentence
is ever shortened (codes are whole). ``wide`` (``--wide``, or a terminal of at least
:data:`WIDE_AT` columns) shows every column at full length instead.

Actor labels are the ones every view uses (:mod:`tidings.ontology.actor_labels`, or the
store's labels when the caller passes them), so a code reads the same here as in ``top``.
"""

from __future__ import annotations

import textwrap
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

from rich import box
from rich.table import Table
from rich.text import Text

from tidings.ontology.actor_labels import actor_label
from tidings.records import Actor, Event

WIDE_AT = 150
"""Terminals at least this wide get every column."""
RECIPROCAL_LEGEND = "with X: a meeting of equals (reciprocal), counted in both directions."


@dataclass(frozen=True, slots=True)
class Side:
    code: str | None
    label: str


@dataclass(frozen=True, slots=True)
class Row:
    """One event as the tables show it (a mention or a linked event)."""

    date: str
    status: str
    source: Side | None
    target: Side | None
    reciprocal: bool
    cameo: str
    plover: str | None
    cameo_name: str
    sentence: str
    extra: dict[str, str] = field(default_factory=dict)  # the wide layout's other columns, in order


def side(actor: Actor | None, labels: Mapping[str, str] | None = None) -> Side | None:
    """An actor's code and label: the store's label for its key, else the code's reading, else its name."""
    if actor is None:
        return None
    key = actor.code or "~" + (actor.name or actor.text).lower()
    label = (labels or {}).get(key) or actor_label(actor.code) or actor.name or actor.text
    return Side(actor.code, label)


def _date(event: Event) -> str:
    if event.date.kind == "unresolved" or event.date.granularity == "day":
        return event.date.value.isoformat()
    return f"{event.date.value.isoformat()} ({event.date.granularity})"


def mention_rows(events: Sequence[Event], labels: Mapping[str, str] | None = None) -> list[Row]:
    """Rows of mentions (coded sentences) in article order."""
    ordered = sorted(events, key=lambda e: (e.article_id, e.sentence_index, e.trigger.start))
    return [
        Row(date=_date(e), status=e.status, source=side(e.source, labels), target=side(e.target, labels),
            reciprocal=e.reciprocal, cameo=e.cameo, plover=e.plover, cameo_name=e.cameo_name,
            sentence=" ".join(e.sentence.split()),
            extra={"where": e.location.name if e.location else "-", "rule": e.rule or "-"})
        for e in ordered
    ]


def _fit(text: str, width: int) -> str:
    return text if len(text) <= width else text[: max(width - 1, 0)] + "…"


def _two_lines(text: str, width: int) -> str:
    lines = textwrap.wrap(text, width) or [""]
    if len(lines) > 2:
        lines = [lines[0], _fit(" ".join(lines[1:]), width)]
        if not lines[1].endswith("…"):
            lines[1] = lines[1][:-1] + "…"
    return "\n".join(lines)


def _actor_cell(s: Side | None, width: int, reciprocal: bool = False) -> Text:
    if s is None:
        return Text("-")
    cell = Text("with ", style="dim") if reciprocal else Text()
    cell.append(s.code or "?", style="bold")
    cell.append("\n" + _fit(s.label, width))
    return cell


def compact_table(rows: Sequence[Row], width: int, title: str | None = None, caption: str | None = None) -> Table:
    """Two lines per event in ``width`` columns: codes whole, labels and sentence shortened."""
    gap = 2  # one space of padding either side of each column boundary
    date_w = max([10] + [len(r.date) if "(" not in r.date else 10 for r in rows] + [len(r.status) for r in rows])
    codes = [len(s.code or "?") + (5 if r.reciprocal and s is r.target else 0)
             for r in rows for s in (r.source, r.target) if s]
    actor_w = max([8, *codes]) if codes else 8
    actor_w = max(actor_w, min(16, (width - date_w - 4 * gap) // 5))
    event_w = max([8] + [len(r.cameo) + 1 + len(r.plover or "") for r in rows])
    sentence_w = max(width - date_w - 2 * actor_w - event_w - 4 * gap, 12)
    table = Table(title=title, caption=caption, box=box.SIMPLE_HEAD, padding=(0, 1), pad_edge=False,
                  collapse_padding=True, show_edge=False, caption_justify="left")
    for name, w in (("date", date_w), ("source", actor_w), ("event", event_w), ("target", actor_w),
                    ("sentence", sentence_w)):
        table.add_column(name, width=w, no_wrap=True, overflow="crop")
    for r in rows:
        event = Text(r.cameo, style="bold")
        event.append(f" {r.plover}" if r.plover else "")
        event.append("\n" + _fit(r.cameo_name, event_w), style="dim")
        day = r.date if len(r.date) <= date_w else r.date.split(" ")[0]
        table.add_row(Text(f"{day}\n{r.status}"), _actor_cell(r.source, actor_w), event,
                      _actor_cell(r.target, actor_w, r.reciprocal), Text(_two_lines(r.sentence, sentence_w)))
    return table


def wide_table(rows: Sequence[Row], title: str | None = None, caption: str | None = None) -> Table:
    """Every column at full length (the terminal wraps what does not fit)."""
    extra = list(rows[0].extra) if rows else []
    table = Table(title=title, caption=caption, caption_justify="left")
    for name in ("date", "status", "source", "source name", "cameo", "plover", "event", "target", "target name",
                 *extra):
        table.add_column(name, no_wrap=name not in ("source name", "target name", "event"))
    table.add_column("sentence", min_width=30, overflow="fold")
    for r in rows:
        src, tgt = r.source, r.target
        cells = [  # Text, not str: a sentence's "[/b]" or ":smile:" is data, not rich markup or an emoji
            Text(r.date), Text(r.status), Text(src.code or "?" if src else "-", style="bold"),
            Text(src.label if src else ""), Text(r.cameo, style="bold"), Text(r.plover or ""), Text(r.cameo_name),
            Text(("with " if r.reciprocal else "") + ((tgt.code or "?") if tgt else "-"), style="bold"),
            Text(tgt.label if tgt else ""), *(Text(r.extra[k]) for k in extra), Text(r.sentence),
        ]
        table.add_row(*cells)
    return table


def rows_table(rows: Sequence[Row], *, width: int, wide: bool = False, title: str | None = None,
               note: str | None = None) -> Table:
    """The compact or the wide table of ``rows``, with ``note`` and the "with" legend as caption."""
    lines = [note] if note else []
    if any(r.reciprocal for r in rows):
        lines.append(RECIPROCAL_LEGEND)
    caption = "\n".join(lines) or None
    if wide or width >= WIDE_AT:
        return wide_table(rows, title, caption)
    return compact_table(rows, width, title, caption)


def counted(n: int, noun: str) -> str:
    """``3 mentions``, ``1 mention``."""
    return f"{n:,} {noun}" if n == 1 else f"{n:,} {noun}s"


def events_table(events: Sequence[Event], title: str | None = None, *, width: int = 80, wide: bool = False,
                 note: str | None = None, labels: Mapping[str, str] | None = None) -> Table:
    """A table of mentions (coded sentences) in article order: date and status, who, what (CAMEO and
    PLOVER), to whom, the sentence; wide: also where and the rule of the event coder that coded it."""
    return rows_table(mention_rows(events, labels), width=width, wide=wide,
                      title=title or counted(len(events), "mention"), note=note)
