"""Analysis queries over linked events, computed inside DuckDB.

* :func:`dyad_series` — counts per period (day, week, month) and QuadClass for a dyad, with
  summed and mean Goldstein and summed mentions; both directions unless ``directed``.
* :func:`top` — the top actors, dyads, CAMEO codes, CAMEO roots or countries over a period.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel

from tidings.errors import QueryError
from tidings.store.core import Store
from tidings.store.query import EventFilter, where_clause

Interval = Literal["day", "week", "month"]
TopKind = Literal["actors", "dyads", "codes", "roots", "countries"]
INTERVALS: tuple[str, ...] = ("day", "week", "month")
TOP_KINDS: tuple[str, ...] = ("actors", "dyads", "codes", "roots", "countries")


class SeriesPoint(BaseModel):
    period: dt.date
    quad_class: int
    events: int
    mentions: int
    goldstein_sum: float
    goldstein_mean: float


class TopRow(BaseModel):
    key: str
    label: str | None
    events: int
    mentions: int
    goldstein_mean: float | None


def _filter(base: EventFilter | None, **changes: object) -> EventFilter:
    f = (base or EventFilter()).model_copy(update={"limit": None, "offset": 0, "cursor": None})
    return f.model_copy(update={k: v for k, v in changes.items() if v is not None})


def dyad_series(
    store: Store, a: str, b: str, *, interval: Interval = "month", directed: bool = False,
    since: dt.date | None = None, until: dt.date | None = None, base: EventFilter | None = None,
) -> list[SeriesPoint]:
    """Events between ``a`` and ``b`` (code prefixes or countries) per period and QuadClass."""
    if interval not in INTERVALS:
        raise QueryError(f"interval {interval!r} must be one of {', '.join(INTERVALS)}")
    f = _filter(base, dyad=(a.upper(), b.upper()), directed=directed, since=since, until=until)
    where, params = where_clause(f, "event_id", mentions=False)
    sql = f"""
        SELECT date_trunc('{interval}', date)::DATE AS period, quad_class, count(*) AS events,
               sum(num_mentions)::BIGINT AS mentions, sum(goldstein) AS goldstein_sum,
               avg(goldstein) AS goldstein_mean
        FROM events WHERE {where} GROUP BY ALL ORDER BY period, quad_class
    """
    with store.connect() as conn:
        rows = conn.execute(sql, params).fetchall()
    return [
        SeriesPoint(period=r[0], quad_class=r[1], events=r[2], mentions=r[3],
                    goldstein_sum=round(r[4], 6), goldstein_mean=round(r[5], 6))
        for r in rows
    ]


_SIDE_KEY = "coalesce({s}_code, '~' || lower(coalesce({s}_name, {s}_text)))"


def top(
    store: Store, kind: TopKind = "actors", *, n: int = 10, since: dt.date | None = None,
    until: dt.date | None = None, base: EventFilter | None = None,
) -> list[TopRow]:
    """The ``n`` most frequent actors, dyads, codes, roots or countries among linked events."""
    if kind not in TOP_KINDS:
        raise QueryError(f"top {kind!r}: choose one of {', '.join(TOP_KINDS)}")
    if n < 1:
        raise QueryError(f"n must be at least 1, not {n}")
    f = _filter(base, since=since, until=until)
    where, params = where_clause(f, "event_id", mentions=False)
    if kind in ("actors", "countries"):
        col = {s: (_SIDE_KEY.format(s=s) if kind == "actors" else f"{s}_country") for s in ("source", "target")}
        label = {s: (f"{s}_name" if kind == "actors" else "NULL") for s in ("source", "target")}
        # one grouped pass per side, then combine: cheaper than grouping the union of both sides
        parts = [
            f"""SELECT {col[s]} AS key, any_value({label[s]}) AS label, count(*) AS events,
                       sum(num_mentions) AS mentions, sum(goldstein) AS gsum
                FROM events WHERE ({where}) AND {col[s]} IS NOT NULL GROUP BY 1"""
            for s in ("source", "target")
        ]
        sql = f"""
            SELECT key, any_value(label) AS label, sum(events)::BIGINT AS events,
                   sum(mentions)::BIGINT AS mentions, sum(gsum) / sum(events) AS goldstein_mean
            FROM ({parts[0]} UNION ALL {parts[1]}) GROUP BY key
            ORDER BY events DESC, key LIMIT {int(n)}
        """
        params = params + params
    else:
        key, label = {
            "dyads": (f"{_SIDE_KEY.format(s='source')} || ':' || {_SIDE_KEY.format(s='target')}",
                      "any_value(coalesce(source_name, source_text) || ' -> ' || coalesce(target_name, target_text))"),
            "codes": ("cameo", "any_value(cameo_name)"),
            "roots": ("cameo_root", "NULL"),
        }[kind]
        where_extra = " AND source_text IS NOT NULL AND target_text IS NOT NULL" if kind == "dyads" else ""
        sql = f"""
            SELECT {key} AS key, {label} AS label, count(*) AS events, sum(num_mentions)::BIGINT AS mentions,
                   avg(goldstein) AS goldstein_mean
            FROM events WHERE ({where}){where_extra} GROUP BY 1 ORDER BY events DESC, key LIMIT {int(n)}
        """
    with store.connect() as conn:
        rows = conn.execute(sql, params).fetchall()
    return [
        TopRow(key=r[0], label=r[1], events=r[2], mentions=r[3] or 0,
               goldstein_mean=None if r[4] is None else round(r[4], 6))
        for r in rows
    ]
