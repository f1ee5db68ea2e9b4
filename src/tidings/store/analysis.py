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
    """``base`` unpaged, with ``changes``; asserted events only unless ``base`` sets a status."""
    f = (base or EventFilter()).for_analysis()
    f = f.model_copy(update={k: v for k, v in changes.items() if v is not None})
    return EventFilter.parse(**f.model_dump())  # validate the changes (a status name)


def dyad_series(
    store: Store, a: str, b: str, *, interval: Interval = "month", directed: bool = False,
    since: dt.date | None = None, until: dt.date | None = None, base: EventFilter | None = None,
    status: str | None = None,
) -> list[SeriesPoint]:
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
        rows = conn.execute(sql, params).fetchall()
    return [
        SeriesPoint(period=r[0], quad_class=r[1], events=r[2], mentions=r[3],
                    goldstein_sum=round(r[4], 6), goldstein_mean=round(r[5], 6))
        for r in rows
    ]


def _cameo_name(code: str) -> str | None:
    from tidings.errors import OntologyError
    from tidings.ontology import cameo

    try:
        return cameo(code).name
    except OntologyError:
        return None


_SIDE_KEY = "coalesce({s}_code, '~' || lower(coalesce({s}_name, {s}_text)))"


def top(
    store: Store, kind: TopKind = "actors", *, n: int = 10, since: dt.date | None = None,
    until: dt.date | None = None, base: EventFilter | None = None, status: str | None = None,
) -> list[TopRow]:
    """The ``n`` most frequent actors, dyads, codes, roots or countries among linked events
    (asserted ones unless ``status`` or ``base.status`` says otherwise)."""
    if kind not in TOP_KINDS:
        raise QueryError(f"top {kind!r}: choose one of {', '.join(TOP_KINDS)}")
    if n < 1:
        raise QueryError(f"n must be at least 1, not {n}")
    f = _filter(base, since=since, until=until, status=status)
    where, params = where_clause(f, "event_id", mentions=False)
    # group by the raw columns first (few distinct values, cheap to hash), then derive keys
    # and labels on the small grouped result
    if kind in ("actors", "countries"):
        parts = [
            f"""SELECT {s}_code AS code, {s}_name AS name, {s}_text AS text, {s}_country AS country,
                       count(*) AS events, sum(num_mentions) AS mentions, sum(goldstein) AS gsum
                FROM events WHERE ({where}) AND {s}_text IS NOT NULL GROUP BY ALL"""
            for s in ("source", "target")
        ]
        key, label = (("coalesce(code, '~' || lower(coalesce(name, text)))", "name") if kind == "actors"
                      else ("country", "NULL"))
        sql = f"""
            SELECT {key} AS key, min({label}) AS label, sum(events)::BIGINT AS events,
                   sum(mentions)::BIGINT AS mentions, sum(gsum) / sum(events) AS goldstein_mean
            FROM ({parts[0]} UNION ALL {parts[1]}) g WHERE {key} IS NOT NULL GROUP BY 1
            ORDER BY events DESC, key LIMIT {int(n)}
        """
        params = params + params
    elif kind == "dyads":
        sk = _SIDE_KEY.format(s="source")
        tk = _SIDE_KEY.format(s="target")
        sql = f"""
            SELECT {sk} || ':' || {tk} AS key,
                   min(coalesce(source_name, source_text) || ' -> ' || coalesce(target_name, target_text)) AS label,
                   sum(events)::BIGINT AS events, sum(mentions)::BIGINT AS mentions,
                   sum(gsum) / sum(events) AS goldstein_mean
            FROM (SELECT source_code, source_name, source_text, target_code, target_name, target_text,
                         count(*) AS events, sum(num_mentions) AS mentions, sum(goldstein) AS gsum
                  FROM events WHERE ({where}) AND source_text IS NOT NULL AND target_text IS NOT NULL
                  GROUP BY ALL)
            GROUP BY 1 ORDER BY events DESC, key LIMIT {int(n)}
        """
    else:
        col = "cameo" if kind == "codes" else "cameo_root"
        sql = f"""
            SELECT {col} AS key, NULL AS label, count(*) AS events, sum(num_mentions)::BIGINT AS mentions,
                   avg(goldstein) AS goldstein_mean
            FROM events WHERE {where} GROUP BY 1 ORDER BY events DESC, key LIMIT {int(n)}
        """
    with store.connect() as conn:
        rows = conn.execute(sql, params).fetchall()
    if kind == "codes":  # names from the ontology: cheaper than aggregating a string column
        rows = [(r[0], _cameo_name(r[0]), *r[2:]) for r in rows]
    return [
        TopRow(key=r[0], label=r[1], events=r[2], mentions=r[3] or 0,
               goldstein_mean=None if r[4] is None else round(r[4], 6))
        for r in rows
    ]
