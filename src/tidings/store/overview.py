"""Overviews of linked events for the dashboard: a time series for any filter (not only a dyad),
map points, and the actors listing.

Each query filters with the store's own :func:`~tidings.store.query.where_clause`, so a filter
means exactly what it means to :meth:`Store.linked_events`, and each is bounded (``LIMIT``) so
no result is loaded whole.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from pydantic import BaseModel

from tidings.store.analysis import Interval, dyad_series
from tidings.store.core import Store
from tidings.store.frames import Rows
from tidings.store.query import LIKE_ESCAPE, EventFilter, contains_pattern, where_clause
from tidings.store.rows import dict_rows

QUAD_KEYS = {1: "verbal_cooperation", 2: "material_cooperation", 3: "verbal_conflict", 4: "material_conflict"}
SERIES_ROWS_LIMIT = 20000
"""At most this many (period, quad class) groups are read for one time series."""


class PeriodPoint(BaseModel):
    """Linked events of one period: counts per quad class, mentions, Goldstein sum and mean."""

    period: dt.date
    events: int
    mentions: int
    verbal_cooperation: int
    material_cooperation: int
    verbal_conflict: int
    material_conflict: int
    goldstein_sum: float
    goldstein_mean: float


class MapPoint(BaseModel):
    """One place with coordinates and the linked events located there."""

    name: str
    country: str | None
    lat: float
    lon: float
    events: int
    mentions: int
    goldstein_mean: float
    quad_class: int


class ActorCount(BaseModel):
    """An actor seen in the store and how many mentions name it."""

    key: str
    code: str | None
    name: str | None
    country: str | None
    mentions: int


def _where(f: EventFilter) -> tuple[str, list[Any]]:
    """The filter unpaged, counting asserted events unless it sets a status."""
    return where_clause(f.for_analysis(), "event_id", mentions=False)


def _quad_rows(store: Store, f: EventFilter, interval: Interval) -> list[dict[str, Any]]:
    """(period, quad_class, events, mentions, goldstein_sum) groups of the filtered events."""
    if f.dyad:
        points = dyad_series(store, *f.dyad, interval=interval, directed=f.directed, base=f)
        return [p.model_dump() for p in points]
    where, params = _where(f)
    sql = f"""
        SELECT CAST(date_trunc('{interval}', date) AS DATE) AS period, quad_class, count(*) AS events,
               sum(num_mentions) AS mentions, sum(goldstein) AS goldstein_sum
        FROM events WHERE {where} GROUP BY ALL ORDER BY period, quad_class LIMIT {SERIES_ROWS_LIMIT}"""
    with store.connect() as conn:
        return dict_rows(conn, sql, params)


def time_series(store: Store, f: EventFilter, interval: Interval) -> Rows[PeriodPoint]:
    """Linked events per period: counts per quad class, mentions, Goldstein sum and mean.

    A dyad filter goes through :func:`~tidings.store.analysis.dyad_series` (both directions
    unless ``directed``); any other filter (an actor, a country, everything) through the same
    grouping here.
    """
    periods: dict[dt.date, dict[str, Any]] = {}
    for row in _quad_rows(store, f, interval):
        point = periods.setdefault(row["period"], {
            "period": row["period"], "events": 0, "mentions": 0, "goldstein_sum": 0.0,
            **dict.fromkeys(QUAD_KEYS.values(), 0),
        })
        point["events"] += row["events"]
        point["mentions"] += row["mentions"] or 0
        point["goldstein_sum"] += row["goldstein_sum"]
        point[QUAD_KEYS[row["quad_class"]]] += row["events"]
    return Rows((
        PeriodPoint(**point, goldstein_mean=point["goldstein_sum"] / point["events"])
        for _, point in sorted(periods.items())
    ), PeriodPoint)


def map_points(store: Store, f: EventFilter, limit: int) -> Rows[MapPoint]:
    """Event locations with coordinates, one point per place, busiest first."""
    where, params = _where(f)
    sql = f"""
        SELECT location_name AS name, location_country AS country,
               round(location_lat, 4) AS lat, round(location_lon, 4) AS lon,
               count(*) AS events, sum(num_mentions) AS mentions, avg(goldstein) AS goldstein_mean,
               mode(quad_class) AS quad_class
        FROM events WHERE {where} AND location_lat IS NOT NULL AND location_lon IS NOT NULL
        GROUP BY location_name, location_country, round(location_lat, 4), round(location_lon, 4)
        ORDER BY events DESC, name LIMIT ?"""
    with store.connect() as conn:
        return Rows((MapPoint(**r) for r in dict_rows(conn, sql, [*params, int(limit)])), MapPoint)


def actor_counts(store: Store, q: str | None, limit: int, offset: int) -> list[ActorCount]:
    """Actors seen in the store, most mentioned first; ``q`` matches a code prefix, a name
    substring or a country."""
    cond, params = "TRUE", []
    if q:
        cond = f"(starts_with(upper(code), ?) OR name ILIKE ? {LIKE_ESCAPE} OR country = ?)"
        params = [q.upper(), contains_pattern(q), q.upper()]
    sql = f"""
        SELECT actor_key AS key, code, name, country, num_mentions AS mentions
        FROM actors WHERE {cond} ORDER BY num_mentions DESC, actor_key LIMIT ? OFFSET ?"""
    with store.connect() as conn:
        return [ActorCount(**r) for r in dict_rows(conn, sql, [*params, int(limit), int(offset)])]
