"""Analysis queries over linked events, computed inside DuckDB.

* :func:`dyad_series` — counts per period (day, week, month) and QuadClass for a dyad, with
  summed and mean Goldstein and summed mentions; both directions unless ``directed``.
* :func:`top` — the top actors, dyads, CAMEO codes, CAMEO roots or countries over a period.

Both return :class:`~tidings.store.frames.Rows`: lists with ``.df()`` and ``.arrow()``.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel

from tidings.errors import QueryError
from tidings.store.core import Store
from tidings.store.frames import Rows
from tidings.store.labels import actor_labels, cameo_label, country_label
from tidings.store.literals import inline
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
    """``base`` unpaged, with ``changes``; asserted events only unless ``base`` sets a status."""
    f = (base or EventFilter()).for_analysis()
    f = f.model_copy(update={k: v for k, v in changes.items() if v is not None})
    return EventFilter.parse(**f.model_dump())  # validate the changes (a status name)


def dyad_series(
    store: Store, a: str, b: str, *, interval: Interval = "month", directed: bool = False,
    since: dt.date | None = None, until: dt.date | None = None, base: EventFilter | None = None,
    status: str | None = None,
) -> Rows[SeriesPoint]:
    """Events between ``a`` and ``b`` (code prefixes or countries) per period and QuadClass.

    Asserted events only unless ``status`` (or ``base.status``) says otherwise (``"all"``: every one)."""
    if interval not in INTERVALS:
        raise QueryError(f"interval {interval!r} must be one of {', '.join(INTERVALS)}")
    f = _filter(base, dyad=(a.upper(), b.upper()), directed=directed, since=since, until=until, status=status)
    where, params = where_clause(f, "event_id", mentions=False)
    sql = f"""
        SELECT date_trunc('{interval}', date)::DATE AS period, quad_class, count(*) AS events,
               sum(num_mentions)::BIGINT AS mentions, sum(goldstein) AS goldstein_sum,
               avg(goldstein) AS goldstein_mean
        FROM events WHERE {where} GROUP BY ALL ORDER BY period, quad_class
    """
    with store.connect() as conn:
        rows = conn.execute(inline(sql, params)).fetchall()
    return Rows((
        SeriesPoint(period=r[0], quad_class=r[1], events=r[2], mentions=r[3],
                    goldstein_sum=round(r[4], 6), goldstein_mean=round(r[5], 6))
        for r in rows
    ), SeriesPoint)


_SIDE_KEY = "coalesce({s}_code, '~' || lower(coalesce({s}_name, {s}_text)))"


def _top_sql(kind: str, where: str, n: int) -> tuple[str, int]:
    """The grouping query of one kind of top list, and how many times it repeats the filter's
    parameters. Rows: key, second key (a dyad's target) or None, events, mentions, mean Goldstein."""
    limit = f"ORDER BY events DESC, key, key2 LIMIT {int(n)}"
    if kind in ("actors", "countries"):
        # group by the raw columns first (few distinct values, cheap to hash), then by the key
        parts = [
            f"""SELECT {_SIDE_KEY.format(s=s) if kind == "actors" else f"{s}_country"} AS key,
                       count(*) AS events, sum(num_mentions) AS mentions, sum(goldstein) AS gsum
                FROM events WHERE ({where}) AND {s}_text IS NOT NULL GROUP BY ALL"""
            for s in ("source", "target")
        ]
        return f"""
            SELECT key, NULL AS key2, sum(events)::BIGINT AS events, sum(mentions)::BIGINT AS mentions,
                   sum(gsum) / sum(events) AS goldstein_mean
            FROM ({parts[0]} UNION ALL {parts[1]}) g WHERE key IS NOT NULL GROUP BY 1 {limit}""", 2
    if kind == "dyads":
        return f"""
            SELECT {_SIDE_KEY.format(s="source")} AS key, {_SIDE_KEY.format(s="target")} AS key2,
                   count(*) AS events, sum(num_mentions)::BIGINT AS mentions, avg(goldstein) AS goldstein_mean
            FROM events WHERE ({where}) AND source_text IS NOT NULL AND target_text IS NOT NULL
            GROUP BY 1, 2 {limit}""", 1
    col = "cameo" if kind == "codes" else "cameo_root"
    return f"""
        SELECT {col} AS key, NULL AS key2, count(*) AS events, sum(num_mentions)::BIGINT AS mentions,
               avg(goldstein) AS goldstein_mean
        FROM events WHERE {where} GROUP BY 1 {limit}""", 1


def top(
    store: Store, kind: TopKind = "actors", *, n: int = 10, since: dt.date | None = None,
    until: dt.date | None = None, base: EventFilter | None = None, status: str | None = None,
) -> Rows[TopRow]:
    """The ``n`` most frequent actors, dyads, codes, roots or countries among linked events
    (asserted ones unless ``status`` or ``base.status`` says otherwise), each labelled as
    :mod:`tidings.store.labels` labels it everywhere ("USAGOV" -> "United States government";
    a dyad "source label -> target label"; a root or code its CAMEO name; a country its name)."""
    if kind not in TOP_KINDS:
        raise QueryError(f"top {kind!r}: choose one of {', '.join(TOP_KINDS)}")
    if n < 1:
        raise QueryError(f"n must be at least 1, not {n}")
    f = _filter(base, since=since, until=until, status=status)
    where, params = where_clause(f, "event_id", mentions=False)
    sql, repeats = _top_sql(kind, where, n)
    with store.connect() as conn:
        rows = conn.execute(inline(sql, params * repeats)).fetchall()
        names = actor_labels(conn, [k for r in rows for k in r[:2]]) if kind in ("actors", "dyads") else {}
    out: Rows[TopRow] = Rows(model=TopRow)
    for key, key2, events, mentions, gmean in rows:
        if kind == "dyads":
            label: str | None = f"{names.get(key, key)} -> {names.get(key2, key2)}"
            key = f"{key}:{key2}"
        elif kind == "actors":
            label = names.get(key)
        elif kind == "countries":
            label = country_label(key)
        else:
            label = cameo_label(key)
        out.append(TopRow(key=key, label=label, events=events, mentions=mentions or 0,
                          goldstein_mean=None if gmean is None else round(gmean, 6)))
    return out
