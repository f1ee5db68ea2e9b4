"""Guarding ``POST /api/ingest`` before its body is parsed: refused outright when ingest is off,
413 when the declared ``Content-Length`` is too big, and 413 as soon as a streamed (chunked)
body passes the limit — the upload is never received whole — and 408 when the body takes
longer than the upload timeout to arrive (a slow sender cannot hold the ingest forever)."""

from __future__ import annotations

import asyncio
import json
import time
from collections.abc import Awaitable, Callable, MutableMapping
from typing import Any

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

INGEST_PATH = "/api/ingest"
MULTIPART_SLACK = 64 * 1024
"""Bytes of multipart framing allowed on top of the file size limit."""
UPLOAD_TIMEOUT_SECONDS = 60.0
"""Longest an upload's body may take to arrive (a slow sender gets 408 and is let go)."""


async def send_error(send: Send, status: int, message: str, parameter: str | None = None,
                     extra: tuple[tuple[bytes, bytes], ...] = ()) -> None:
    """Answer with the API's JSON error body, before any route runs."""
    body = json.dumps({"status": status, "error": message, "parameter": parameter}).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            *extra]})
    await send({"type": "http.response.body", "body": body})


class IngestGuard:
    """ASGI middleware; reads ``enabled`` and ``max_bytes`` from the app's ``state.ingest``."""

    def __init__(self, app: ASGIApp, settings: Callable[[], tuple[bool, int]],
                 upload_timeout: float = UPLOAD_TIMEOUT_SECONDS) -> None:
        self.app = app
        self.settings = settings
        self.upload_timeout = upload_timeout

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["path"] != INGEST_PATH or scope["method"] != "POST":
            await self.app(scope, receive, send)
            return
        enabled, max_bytes = self.settings()
        if not enabled:
            await send_error(send, 403, "ingest over HTTP is off; start the server with --allow-ingest --token TOKEN")
            return
        limit = max_bytes + MULTIPART_SLACK
        too_big_message = f"upload is larger than the limit of {max_bytes} bytes"
        headers = dict(scope.get("headers") or [])
        declared = headers.get(b"content-length", b"").decode("latin-1")
        if declared.isdigit() and int(declared) > limit:
            await send_error(send, 413, too_big_message, "file")
            return
        received = 0
        too_big = too_slow = False
        deadline = time.monotonic() + self.upload_timeout

        async def counting_receive() -> Message:
            nonlocal received, too_big, too_slow
            if too_big or too_slow:
                return {"type": "http.disconnect"}
            try:
                message = await asyncio.wait_for(receive(), max(0.0, deadline - time.monotonic()))
            except TimeoutError:
                too_slow = True
                return {"type": "http.disconnect"}
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit:
                    too_big = True
                    return {"type": "http.disconnect"}
            return message

        async def guarded_send(message: Message) -> None:
            if not (too_big or too_slow):
                await send(message)

        try:
            await self.app(scope, counting_receive, guarded_send)
        except Exception:
            if not (too_big or too_slow):
                raise
        if too_big:
            await send_error(send, 413, too_big_message, "file")
        elif too_slow:
            await send_error(send, 408, f"the upload did not arrive within {self.upload_timeout:g} seconds", "file")
