"""Read-only analysis queries the API needs: time series, top lists, network, map points, actors.

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
TopKind = Literal["actors", "dyads", "codes", "roots"]


def _rows(store: Store, sql: str, params: list[Any]) -> list[dict[str, Any]]:
    with store.connect() as conn:
        cur = conn.execute(sql, params)
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row)) for row in cur.fetchall()]


def _where(f: EventFilter) -> tuple[str, list[Any]]:
    unpaged = f.model_copy(update={"cursor": None, "offset": 0, "limit": None})
    return where_clause(unpaged, "event_id", mentions=False)


def time_series(store: Store, f: EventFilter, interval: Interval) -> list[dict[str, Any]]:
    """Linked events per period: counts per quad class, mentions, Goldstein sum and mean."""
    where, params = _where(f)
    sql = f"""
        SELECT CAST(date_trunc('{interval}', date) AS DATE) AS period,
               count(*) AS events,
               sum(num_mentions) AS mentions,
               count(*) FILTER (WHERE quad_class = 1) AS verbal_cooperation,
               count(*) FILTER (WHERE quad_class = 2) AS material_cooperation,
               count(*) FILTER (WHERE quad_class = 3) AS verbal_conflict,
               count(*) FILTER (WHERE quad_class = 4) AS material_conflict,
               sum(goldstein) AS goldstein_sum,
               avg(goldstein) AS goldstein_mean
        FROM events WHERE {where}
        GROUP BY period ORDER BY period LIMIT 5000"""
    return _rows(store, sql, params)


def top(store: Store, f: EventFilter, kind: TopKind, limit: int) -> list[dict[str, Any]]:
    """The most frequent actors, directed dyads, CAMEO codes or roots among the filtered events."""
    where, params = _where(f)
    if kind == "actors":
        sql = f"""
            WITH sides AS (
                SELECT source_code AS code, source_name AS name, source_country AS country, goldstein, num_mentions
                FROM events WHERE {where} AND source_code IS NOT NULL
                UNION ALL
                SELECT target_code, target_name, target_country, goldstein, num_mentions
                FROM events WHERE {where} AND target_code IS NOT NULL)
            SELECT code AS key, coalesce(mode(name), code) AS label, mode(country) AS country, count(*) AS events,
                   sum(num_mentions) AS mentions, avg(goldstein) AS goldstein_mean
            FROM sides GROUP BY code ORDER BY events DESC, key LIMIT ?"""
        return _rows(store, sql, params + params + [limit])
    if kind == "dyads":
        sql = f"""
            SELECT source_code || ':' || target_code AS key,
                   coalesce(mode(source_name), source_code) || ' → ' || coalesce(mode(target_name), target_code) AS label,
                   source_code AS source, target_code AS target, count(*) AS events,
                   sum(num_mentions) AS mentions, avg(goldstein) AS goldstein_mean
            FROM events WHERE {where} AND source_code IS NOT NULL AND target_code IS NOT NULL
            GROUP BY source_code, target_code ORDER BY events DESC, key LIMIT ?"""
        return _rows(store, sql, params + [limit])
    column = "cameo" if kind == "codes" else "cameo_root"
    sql = f"""
        SELECT {column} AS key, mode(cameo_name) AS label, count(*) AS events,
               sum(num_mentions) AS mentions, avg(goldstein) AS goldstein_mean
        FROM events WHERE {where} GROUP BY {column} ORDER BY events DESC, key LIMIT ?"""
    return _rows(store, sql, params + [limit])


def network(store: Store, f: EventFilter, limit: int) -> dict[str, list[dict[str, Any]]]:
    """The strongest directed actor-to-actor edges and the actors they join."""
    where, params = _where(f)
    edges = _rows(store, f"""
        SELECT source_code AS source, target_code AS target, count(*) AS events,
               sum(num_mentions) AS mentions, avg(goldstein) AS goldstein_mean,
               count(*) FILTER (WHERE quad_class IN (3, 4)) AS conflict
        FROM events WHERE {where} AND source_code IS NOT NULL AND target_code IS NOT NULL
              AND source_code <> target_code
        GROUP BY source_code, target_code ORDER BY events DESC, source, target LIMIT ?""", params + [limit])
    codes = sorted({e["source"] for e in edges} | {e["target"] for e in edges})
    nodes: list[dict[str, Any]] = []
    if codes:
        marks = ", ".join("?" for _ in codes)
        nodes = _rows(store, f"""
            WITH sides AS (
                SELECT source_code AS code, source_name AS name, source_country AS country FROM events
                WHERE source_code IN ({marks})
                UNION ALL
                SELECT target_code, target_name, target_country FROM events WHERE target_code IN ({marks}))
            SELECT code AS id, coalesce(mode(name), code) AS label, mode(country) AS country, count(*) AS events
            FROM sides GROUP BY code ORDER BY code""", codes + codes)
    return {"nodes": nodes, "edges": edges}


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
