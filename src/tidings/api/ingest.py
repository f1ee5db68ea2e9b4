"""Ingest over HTTP: off unless the server was started with `--allow-ingest` and a token.

An upload is one text article (`date YYYY-MM-DD TITLE`, blank line, body) or JSONL (one
article per line). It is size-limited, parsed with the CLI's readers and run through the ingest
loop (:func:`tidings.engines.loop.ingest`, as ``tidings ingest`` runs it) with a writable
:class:`Store` opened only for this call: articles whose coding failed are recorded as rejects
and counted in the response like unreadable lines. One ingest runs at a time; a second one, or
a store locked by another process, gets 503 "store is busy, retry".
"""

from __future__ import annotations

import hmac
import io
import threading
from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, Depends, File, Header, Request, UploadFile

from tidings.api.deps import reject_unknown_parameters
from tidings.api.errors import BUSY, ApiError
from tidings.api.gate import StoreGate
from tidings.api.models import ErrorBody, IngestResponse
from tidings.engines import loop
from tidings.errors import StoreBusy, StoreError
from tidings.records import Article, Reject

router = APIRouter(prefix="/api", tags=["ingest"], dependencies=[Depends(reject_unknown_parameters)], responses={
    401: {"model": ErrorBody}, 403: {"model": ErrorBody}, 413: {"model": ErrorBody},
    422: {"model": ErrorBody}, 503: {"model": ErrorBody},
})
_CHUNK = 64 * 1024
_STORE_BATCH = 64


class IngestState:
    """What the ingest endpoint needs, kept on `app.state.ingest`."""

    def __init__(self, db_path: Path, *, enabled: bool, token: str | None, max_bytes: int,
                 gate: StoreGate | None = None) -> None:
        self.db_path = db_path
        self.gate = gate or StoreGate()
        self.enabled = enabled
        self.token = token
        self.max_bytes = max_bytes
        self.lock = threading.Lock()
        self.code: loop.CodeFn | None = None
        """The coding engine, built on the first upload and kept for the server's life (tests may
        set one): the local engine, whose Extractor's failures are taken out after every upload."""

    def coder(self) -> loop.CodeFn:
        if self.code is None:
            from tidings.engines.local import local_engine
            from tidings.pipeline import ExtractorSettings

            self.code = local_engine(ExtractorSettings())
        return self.code


def _check_token(state: IngestState, authorization: str | None, x_tidings_token: str | None) -> None:
    if not state.enabled or not state.token:
        raise ApiError(403, "ingest over HTTP is off; start the server with --allow-ingest --token TOKEN")
    given = x_tidings_token
    if authorization and authorization.lower().startswith("bearer "):
        given = authorization[7:].strip()
    if not given:
        raise ApiError(401, "missing token: send 'Authorization: Bearer TOKEN'", "authorization",
                       headers={"WWW-Authenticate": "Bearer"})
    if not hmac.compare_digest(given.encode(), state.token.encode()):
        raise ApiError(403, "wrong token", "authorization")


async def _read_limited(upload: UploadFile, limit: int) -> bytes:
    buffer = bytearray()
    while chunk := await upload.read(_CHUNK):
        buffer += chunk
        if len(buffer) > limit:
            raise ApiError(413, f"upload is larger than the limit of {limit} bytes", "file")
    return bytes(buffer)


def parse_upload(name: str, data: bytes) -> list[Article | Reject]:
    """Articles and rejects from an uploaded file, read as the CLI reads a file: the format from
    its name or its content, articles over the size cap rejected."""
    from tidings.inputs.readers import read_handle

    origin = f"upload:{Path(name).name or 'file'}"
    return list(read_handle(io.BytesIO(data), origin, Path(name).suffix.lower()))


def run_ingest(state: IngestState, items: list[Article | Reject]) -> IngestResponse:
    """Code and store the articles with a writer opened for this call only."""
    from tidings.store import Store

    rejects: list[Reject] = []
    try:
        with state.gate.writing():
            store = Store(state.db_path, busy_timeout=2.0)
            summary = loop.ingest(items, store, state.coder(), batch_size=_STORE_BATCH, on_reject=rejects.append)
    except StoreBusy:
        raise ApiError(503, BUSY, headers={"Retry-After": "2"}) from None
    except StoreError as exc:
        if "already open in this process" in str(exc):
            raise ApiError(503, BUSY, headers={"Retry-After": "2"}) from None
        raise
    return IngestResponse(summary=summary, rejects=[r.describe() for r in rejects])


@router.post("/ingest", response_model=IngestResponse)
async def ingest(
    request: Request,
    file: Annotated[UploadFile, File(description="one text article or a JSONL file of articles")],
    authorization: Annotated[str | None, Header()] = None,
    x_tidings_token: Annotated[str | None, Header()] = None,
) -> IngestResponse:
    """Add articles to the store (needs `--allow-ingest` and `Authorization: Bearer TOKEN`)."""
    from starlette.concurrency import run_in_threadpool

    state: IngestState = request.app.state.ingest
    _check_token(state, authorization, x_tidings_token)
    data = await _read_limited(file, state.max_bytes)
    if not data.strip():
        raise ApiError(422, "the uploaded file is empty", "file")
    items = parse_upload(file.filename or "upload", data)
    if not any(isinstance(i, Article) for i in items):
        reasons = "; ".join(i.describe() for i in items if isinstance(i, Reject))[:500]
        raise ApiError(422, f"no usable article in the upload: {reasons}", "file")
    if not state.lock.acquire(blocking=False):
        raise ApiError(503, BUSY, headers={"Retry-After": "2"})
    try:
        return await run_in_threadpool(run_ingest, state, items)
    finally:
        state.lock.release()
