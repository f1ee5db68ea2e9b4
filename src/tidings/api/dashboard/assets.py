"""Serving the dashboard with no internet: our static files, plotly.js from the ``plotly``
package, the Natural Earth base map shipped in this package, and the standard Swagger UI with
the assets the ``fastapi-offline`` package ships."""

from __future__ import annotations

from functools import lru_cache
from html import escape
from importlib import resources
from pathlib import Path

from fastapi import FastAPI
from fastapi.responses import FileResponse, HTMLResponse, JSONResponse
from fastapi.staticfiles import StaticFiles

from tidings.api.dashboard.basemap import base_map
from tidings.api.errors import ApiError

STATIC = Path(str(resources.files("tidings.api.dashboard") / "static"))
DOCS_ASSETS = "/vendor/docs"
_CACHE_A_DAY = {"Cache-Control": "public, max-age=86400"}


@lru_cache(maxsize=1)
def plotly_js_path() -> Path:
    """plotly.min.js as shipped inside the ``plotly`` PyPI package."""
    import plotly

    path = Path(plotly.__file__).parent / "package_data" / "plotly.min.js"
    if not path.is_file():
        raise ApiError(500, f"plotly.min.js is missing from the plotly package at {path}; reinstall plotly")
    return path


def docs_assets_path() -> Path:
    """Swagger UI and ReDoc bundles as shipped inside the ``fastapi-offline`` PyPI package."""
    return Path(str(resources.files("fastapi_offline") / "static"))


def _mount_docs(app: FastAPI) -> None:
    """``/docs``: Swagger UI over ``/openapi.json``, with no CDN. (ReDoc, also in the package,
    is not served: it loads its logo from the internet.)"""
    app.mount(DOCS_ASSETS, StaticFiles(directory=docs_assets_path()), name="docs-assets")

    @app.get("/docs", include_in_schema=False)
    def swagger_ui() -> HTMLResponse:
        return HTMLResponse(_swagger_page(app.openapi_url or "/openapi.json", f"{app.title} API"))


def _swagger_page(openapi_url: str, title: str) -> str:
    """Swagger UI's page, started by ``static/docs.js`` rather than FastAPI's inline script,
    which the Content-Security-Policy (``script-src 'self'``) would block."""
    return f"""<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{escape(title)}</title>
<link rel="stylesheet" href="{DOCS_ASSETS}/swagger-ui.css">
<link rel="icon" href="{DOCS_ASSETS}/favicon.png">
</head>
<body>
<div id="swagger-ui" data-openapi="{escape(openapi_url)}"></div>
<script src="{DOCS_ASSETS}/swagger-ui-bundle.js"></script>
<script src="/static/docs.js"></script>
</body>
</html>
"""


def mount_dashboard(app: FastAPI) -> None:
    """Add ``/`` (the dashboard), ``/docs`` (API docs, offline), ``/static/*``,
    ``/vendor/plotly.min.js`` and ``/web/basemap.json``."""

    @app.get("/", include_in_schema=False)
    def dashboard() -> FileResponse:
        return FileResponse(STATIC / "index.html", media_type="text/html; charset=utf-8")

    @app.get("/vendor/plotly.min.js", include_in_schema=False)
    def plotly_js() -> FileResponse:
        return FileResponse(plotly_js_path(), media_type="text/javascript", headers=_CACHE_A_DAY)

    @app.get("/web/basemap.json", include_in_schema=False)
    def basemap() -> JSONResponse:
        return JSONResponse(base_map().model_dump(), headers=_CACHE_A_DAY)

    _mount_docs(app)
    app.mount("/static", StaticFiles(directory=STATIC), name="static")
