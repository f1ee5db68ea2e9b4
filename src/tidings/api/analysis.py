"""Read-only analysis the API needs beyond the store's own (:mod:`tidings.store.analysis`,
:mod:`tidings.store.network`): time series for any filter (not only a dyad), map points, actors.

Each query runs on one short-lived connection from :meth:`Store.connect` and filters with the
store's own :func:`~tidings.store.query.where_clause`, so the API's filters mean exactly what
the CLI's mean. Every query is bounded (``LIMIT``) so no result is loaded whole.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from tidings.store import EventFilter, Store
from tidings.store.query import where_clause

Interval = Literal["day", "week", "month"]
QUAD_KEYS = {1: "verbal_cooperation", 2: "material_cooperation", 3: "verbal_conflict", 4: "material_conflict"}


def _rows(store: Store, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    with store.connect() as conn:
        cur = conn.execute(sql, params)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row, strict=True)) for row in cur.fetchall()]


def _where(f: EventFilter) -> tuple[str, list[Any]]:
    unpaged = f.model_copy(update={"cursor": None, "offset": 0, "limit": None})
    return where_clause(unpaged, "event_id", mentions=False)


def time_series(store: Store, f: EventFilter, interval: Interval) -> list[dict[str, Any]]:
    """Linked events per period: counts per quad class, mentions, Goldstein sum and mean.

    A dyad filter goes through the store's :func:`~tidings.store.analysis.dyad_series`; any
    other filter (an actor, a country, everything) through the same query here.
    """
    if f.dyad:
        from tidings.store.analysis import dyad_series

        points = dyad_series(store, *f.dyad, interval=interval, directed=f.directed, base=f)
        rows = [p.model_dump() for p in points]
    else:
        where, params = _where(f)
        rows = _rows(store, f"""
            SELECT CAST(date_trunc('{interval}', date) AS DATE) AS period, quad_class, count(*) AS events,
                   sum(num_mentions) AS mentions, sum(goldstein) AS goldstein_sum
            FROM events WHERE {where} GROUP BY ALL ORDER BY period, quad_class LIMIT 20000""", params)
    periods: dict[Any, dict[str, Any]] = {}
    for row in rows:
        point = periods.setdefault(row["period"], {
            "period": row["period"], "events": 0, "mentions": 0, "goldstein_sum": 0.0,
            **{key: 0 for key in QUAD_KEYS.values()},
        })
        point["events"] += row["events"]
        point["mentions"] += row["mentions"] or 0
        point["goldstein_sum"] += row["goldstein_sum"]
        point[QUAD_KEYS[row["quad_class"]]] += row["events"]
    for point in periods.values():
        point["goldstein_mean"] = point["goldstein_sum"] / point["events"]
    return sorted(periods.values(), key=lambda p: p["period"])


def map_points(store: Store, f: EventFilter, limit: int) -> list[dict[str, Any]]:
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
    return _rows(store, sql, params + [limit])


def actors(store: Store, q: str | None, limit: int, offset: int) -> list[dict[str, Any]]:
    """Actors seen in the store, most mentioned first; ``q`` matches code prefix or name substring."""
    cond, params = "TRUE", []
    if q:
        cond = "(starts_with(upper(code), ?) OR name ILIKE ? OR country = ?)"
        params = [q.upper(), f"%{q}%", q.upper()]
    sql = f"""
        SELECT actor_key AS key, code, name, country, num_mentions AS mentions
        FROM actors WHERE {cond} ORDER BY num_mentions DESC, actor_key LIMIT ? OFFSET ?"""
    return _rows(store, sql, params + [limit, offset])


def date_range(store: Store) -> tuple[dt.date | None, dt.date | None]:
    rows = _rows(store, "SELECT min(date) AS lo, max(date) AS hi FROM events", [])
    return rows[0]["lo"], rows[0]["hi"]
