"""Serving the dashboard with no internet: our static files, plotly.js from the ``plotly``
package, the Natural Earth base map shipped in this package, and the standard Swagger UI with
the assets the ``fastapi-offline`` package ships."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

from fastapi import FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
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
        return get_swagger_ui_html(
            openapi_url=app.openapi_url or "/openapi.json", title=f"{app.title} API",
            swagger_js_url=f"{DOCS_ASSETS}/swagger-ui-bundle.js", swagger_css_url=f"{DOCS_ASSETS}/swagger-ui.css",
            swagger_favicon_url=f"{DOCS_ASSETS}/favicon.png",
            swagger_ui_parameters={"validatorUrl": None, "defaultModelsExpandDepth": 0, "tryItOutEnabled": True},
        )


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
