"""The dashboard's base map: Natural Earth 1:110m country outlines, shipped in the package as
the world-atlas TopoJSON (``data/countries-110m.json``), decoded into plotly-ready rings."""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

from pydantic import BaseModel

COUNTRIES_FILE = "countries-110m.json"
DECIMALS = 2


class BaseMap(BaseModel):
    """Country rings as one line: ``lon``/``lat`` with ``None`` between rings (what a plotly
    scatter with ``fill: "toself"`` draws as separate filled shapes), and each country's name."""

    lon: list[float | None]
    lat: list[float | None]
    countries: list[str]


def _absolute_arcs(topology: dict[str, Any]) -> list[list[tuple[float, float]]]:
    """Arcs in degrees: TopoJSON stores them quantised and delta-encoded."""
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append((round(x * sx + tx, DECIMALS), round(y * sy + ty, DECIMALS)))
        arcs.append(points)
    return arcs


def _ring(arcs: list[list[tuple[float, float]]], indices: list[int]) -> list[tuple[float, float]]:
    """A closed ring from arc indices (``~i`` is arc ``i`` reversed); shared end points once."""
    points: list[tuple[float, float]] = []
    for index in indices:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc if not points else arc[1:])
    return _unwrapped(points)


def _unwrapped(points: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """A ring that crosses the antimeridian (Russia's Chukotka, Fiji) continued past ±180°
    rather than jumping across the map, so that it is drawn and filled as one shape."""
    out: list[tuple[float, float]] = []
    shift = 0.0
    for x, y in points:
        if out and abs(x + shift - out[-1][0]) > 180:
            shift += 360.0 if out[-1][0] > x + shift else -360.0
        out.append((round(x + shift, DECIMALS), y))
    return out


def decode_countries(topology: dict[str, Any]) -> BaseMap:
    """Every ring (outer and holes) of every country polygon of a world-atlas topology."""
    arcs = _absolute_arcs(topology)
    lon: list[float | None] = []
    lat: list[float | None] = []
    names = []
    for geometry in topology["objects"]["countries"]["geometries"]:
        polygons = {"Polygon": [geometry.get("arcs", [])], "MultiPolygon": geometry.get("arcs", [])}.get(
            geometry.get("type"), [])
        for polygon in polygons:
            for indices in polygon:
                for x, y in _ring(arcs, indices):
                    lon.append(x)
                    lat.append(y)
                lon.append(None)
                lat.append(None)
        names.append(str(geometry.get("properties", {}).get("name", "")))
    return BaseMap(lon=lon, lat=lat, countries=names)


@lru_cache(maxsize=1)
def base_map() -> BaseMap:
    """The shipped Natural Earth countries, decoded once per process."""
    text = (resources.files("tidings.api.dashboard") / "data" / COUNTRIES_FILE).read_text(encoding="utf-8")
    return decode_countries(json.loads(text))
