"""The JSON API of ``tidings serve``: :func:`create_app` builds the FastAPI application."""

from __future__ import annotations

from tidings.api.app import DEFAULT_MAX_UPLOAD_BYTES, create_app

__all__ = ["DEFAULT_MAX_UPLOAD_BYTES", "create_app"]
