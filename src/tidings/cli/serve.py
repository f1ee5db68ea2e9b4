"""``tidings serve``: the JSON API and dashboard over a store (see :mod:`tidings.api`)."""

from pathlib import Path
from typing import Annotated

import typer

from tidings.cli.common import DbOption, err, handle_errors


def serve(
    db: DbOption = Path("tidings.duckdb"),
    host: Annotated[str, typer.Option("--host", help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="TCP port.")] = 8000,
    allow_ingest: Annotated[bool, typer.Option(
        "--allow-ingest", help="Accept article uploads at POST /api/ingest (needs --token).")] = False,
    token: Annotated[str | None, typer.Option(
        "--token", envvar="TIDINGS_TOKEN", help="Bearer token for ingest uploads.")] = None,
    max_upload_mb: Annotated[float, typer.Option(
        "--max-upload-mb", min=0.001, help="Largest upload accepted.")] = 5.0,
) -> None:
    """Serve the JSON API (/docs) and the dashboard (/) over the store, read-only."""
    import uvicorn

    from tidings.api import create_app

    api = create_app(db, allow_ingest=allow_ingest, token=token, max_upload_bytes=int(max_upload_mb * 1024 * 1024))
    err.print(f"serving {db} at http://{host}:{port}/  (API docs: http://{host}:{port}/docs)", highlight=False)
    if allow_ingest:
        err.print("ingest over HTTP is on: POST /api/ingest with 'Authorization: Bearer TOKEN'", highlight=False)
    uvicorn.run(api, host=host, port=port, log_level="warning")


def register(app: typer.Typer) -> None:
    """Add the ``serve`` command to the ``tidings`` CLI."""
    app.command(name="serve")(handle_errors(serve))
