"""The FastAPI application: JSON API under ``/api``, OpenAPI docs at ``/docs``, dashboard at ``/``."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from fastapi import FastAPI
from fastapi.middleware.gzip import GZipMiddleware
from starlette.middleware.trustedhost import TrustedHostMiddleware

from tidings.api import ingest, routes
from tidings.api.errors import install_error_handlers
from tidings.api.gate import StoreGate
from tidings.api.limits import UPLOAD_TIMEOUT_SECONDS, IngestGuard
from tidings.api.security import RequestLimits
from tidings.store import Store

DEFAULT_MAX_UPLOAD_BYTES = 5 * 1024 * 1024
READ_BUSY_TIMEOUT = 3.0
"""Seconds a request waits for another process's write lock before answering 503."""


def create_app(
    db_path: str | Path, *, allow_ingest: bool = False, token: str | None = None,
    max_upload_bytes: int = DEFAULT_MAX_UPLOAD_BYTES, allowed_hosts: Sequence[str] | None = None,
    upload_timeout: float = UPLOAD_TIMEOUT_SECONDS,
) -> FastAPI:
    """The API and dashboard over the store at ``db_path``, opened read-only.

    With ``allow_ingest`` and a ``token``, ``POST /api/ingest`` adds uploaded articles (a
    missing store is then created). With ``allowed_hosts`` (see
    :func:`~tidings.api.security.allowed_hosts`), a request naming another ``Host`` gets 400.
    Every response carries the security headers of :mod:`tidings.api.security`. Raises
    :class:`~tidings.errors.StoreError` when there is no usable store.
    """
    path = Path(db_path)
    if allow_ingest and not token:
        from tidings.errors import InputError

        raise InputError("--allow-ingest needs --token (or TIDINGS_TOKEN) so that only you can add articles")
    if allow_ingest and not path.exists():
        Store(path)
    store = Store(path, read_only=True, busy_timeout=READ_BUSY_TIMEOUT)

    app = FastAPI(
        title="Tidings",
        summary="Coded political events (CAMEO/PLOVER) from news articles",
        description="Events, their evidence, articles, actors and analysis from a Tidings store. "
        "The dashboard is at `/`.",
        version=_version(),
        # FastAPI's own Swagger UI loads from a CDN; tidings.api.dashboard serves /docs offline
        docs_url=None,
        redoc_url=None,
    )
    app.state.store = store
    app.state.gate = StoreGate()
    app.state.ingest = ingest.IngestState(
        path, enabled=allow_ingest, token=token, max_bytes=max_upload_bytes, gate=app.state.gate)
    install_error_handlers(app)
    app.add_middleware(GZipMiddleware, minimum_size=2048)
    app.include_router(routes.router)
    app.include_router(ingest.router)

    def ingest_settings() -> tuple[bool, int]:
        state: ingest.IngestState = app.state.ingest
        return state.enabled, state.max_bytes

    app.add_middleware(IngestGuard, settings=ingest_settings, upload_timeout=upload_timeout)
    if allowed_hosts is not None:
        app.add_middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts))
    app.add_middleware(RequestLimits)  # outermost: its limits and headers cover every answer

    from tidings.api.dashboard import mount_dashboard

    mount_dashboard(app)
    return app


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("tidings")
    except PackageNotFoundError:
        return "0"
