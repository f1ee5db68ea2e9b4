"""``tidings serve``: the JSON API and dashboard over a store (see :mod:`tidings.api`)."""

from pathlib import Path
from typing import Annotated

import typer

from tidings.cli.common import DbOption, err, handle_errors
from tidings.errors import InputError


def _read_token(token: str | None, token_file: Path | None) -> str | None:
    """The ingest token: from ``--token-file`` (first line), else ``--token`` / ``TIDINGS_TOKEN``."""
    if token_file is None:
        return token
    try:
        text = token_file.read_text(encoding="utf-8").strip().splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"cannot read --token-file {token_file}: {exc}") from None
    if not text or not text[0].strip():
        raise InputError(f"--token-file {token_file} is empty")
    return text[0].strip()


def _warn_if_exposed(host: str, allow_ingest: bool) -> None:
    if host not in ("0.0.0.0", "::"):
        return
    err().print(f"warning: listening on every interface ({host}): anyone who can reach this machine can read "
              "the store; pass --allow-host NAME for the names it is reached by", highlight=False, soft_wrap=True)
    if allow_ingest:
        err().print("warning: ingest is on and reachable from the network: anyone holding the token can add "
                  "articles; use a long random token and a TLS proxy", highlight=False, soft_wrap=True)


def serve(
    db: DbOption = Path("tidings.duckdb"),
    host: Annotated[str, typer.Option("--host", help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=1, max=65535, help="TCP port.")] = 8000,
    allow_ingest: Annotated[bool, typer.Option(
        "--allow-ingest", help="Accept article uploads at POST /api/ingest (needs --token).")] = False,
    token: Annotated[str | None, typer.Option(
        "--token", envvar="TIDINGS_TOKEN",
        help="Bearer token for ingest uploads (visible in `ps`: prefer TIDINGS_TOKEN or --token-file).")] = None,
    token_file: Annotated[Path | None, typer.Option(
        "--token-file", help="File whose first line is the ingest token.")] = None,
    allow_host: Annotated[list[str] | None, typer.Option(
        "--allow-host", help="Another Host name the server answers to (repeatable); "
                             "localhost, 127.0.0.1 and --host always are.")] = None,
    max_upload_mb: Annotated[float, typer.Option(
        "--max-upload-mb", min=0.001, help="Largest upload accepted.")] = 5.0,
    upload_timeout: Annotated[float, typer.Option(
        "--upload-timeout", min=0.1, help="Seconds an upload may take to arrive (then 408).")] = 60.0,
) -> None:
    """Serve the JSON API (/docs) and the dashboard (/) over the store, read-only."""
    import uvicorn

    from tidings.api import create_app
    from tidings.api.security import allowed_hosts, server_options

    api = create_app(db, allow_ingest=allow_ingest, token=_read_token(token, token_file),
                     max_upload_bytes=int(max_upload_mb * 1024 * 1024),
                     allowed_hosts=allowed_hosts(host, allow_host or []), upload_timeout=upload_timeout)
    _warn_if_exposed(host, allow_ingest)
    err().print(f"serving {db} at http://{host}:{port}/  (API docs: http://{host}:{port}/docs)", highlight=False)
    if allow_ingest:
        err().print("ingest over HTTP is on: POST /api/ingest with 'Authorization: Bearer TOKEN'", highlight=False)
    uvicorn.run(api, **server_options(host, port))


def register(app: typer.Typer) -> None:
    """Add the ``serve`` command to the ``tidings`` CLI."""
    app.command(name="serve")(handle_errors(serve))
