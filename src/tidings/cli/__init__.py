"""The ``tidings`` command line (Typer): thin wrappers over the library."""

from __future__ import annotations

from tidings.cli.app import app

__all__ = ["app"]
