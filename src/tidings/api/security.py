"""What the server does on every request before routing: refuse an unknown ``Host`` (DNS
rebinding), refuse an over-long URL (414) or header block (431) with an answer rather than a
dropped connection, and send headers that stop browsers sniffing types, framing the dashboard
or running anything the dashboard does not serve itself."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from tidings.api.limits import ASGIApp, Message, Receive, Scope, Send, send_error

MAX_URL_BYTES = 16 * 1024
"""Longest path plus query string answered (longer gets 414)."""
MAX_HEADER_BYTES = 64 * 1024
"""Largest header block answered (larger gets 431)."""
H11_MAX_EVENT_BYTES = 1024 * 1024
"""What uvicorn's HTTP parser reads of a request head before it drops the connection; above
the two limits so that a long URL reaches :class:`RequestLimits` and gets a proper answer."""

CONTENT_SECURITY_POLICY = "; ".join([
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",  # plotly styles its charts with <style> elements
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
])
SECURITY_HEADERS: tuple[tuple[bytes, bytes], ...] = (
    (b"x-content-type-options", b"nosniff"),
    (b"x-frame-options", b"DENY"),
    (b"content-security-policy", CONTENT_SECURITY_POLICY.encode()),
    (b"referrer-policy", b"no-referrer"),
)
LOCAL_HOSTS = ("localhost", "127.0.0.1", "::1", "[::1]")


def allowed_hosts(bound: str, extra: Sequence[str] = ()) -> list[str]:
    """Host names the server answers to: the one it is bound to, the loopback names, ``extra``.

    Bound to every interface (0.0.0.0 or ::), only loopback and ``extra`` are allowed: name
    the host the server is reached by with ``--allow-host``."""
    hosts = [*LOCAL_HOSTS, *extra]
    if bound not in ("0.0.0.0", "::", ""):
        hosts.append(bound)
    return list(dict.fromkeys(hosts))


class RequestLimits:
    """ASGI middleware: 414 for a URL over :data:`MAX_URL_BYTES`, 431 for headers over
    :data:`MAX_HEADER_BYTES`, and the security headers on every response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        url_bytes = len(scope.get("raw_path") or scope["path"].encode()) + len(scope.get("query_string") or b"")
        if url_bytes > MAX_URL_BYTES:
            await send_error(send, 414, f"the URL is longer than {MAX_URL_BYTES} bytes", extra=SECURITY_HEADERS)
            return
        header_bytes = sum(len(k) + len(v) + 4 for k, v in scope.get("headers") or [])
        if header_bytes > MAX_HEADER_BYTES:
            await send_error(send, 431, f"the request headers are larger than {MAX_HEADER_BYTES} bytes",
                             extra=SECURITY_HEADERS)
            return

        async def secured_send(message: Message) -> None:
            if message["type"] == "http.response.start":
                names = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = [*message.get("headers", []),
                                      *(h for h in SECURITY_HEADERS if h[0] not in names)]
            await send(message)

        await self.app(scope, receive, secured_send)


def server_options(host: str, port: int) -> dict[str, Any]:
    """uvicorn settings for ``tidings serve`` (and the tests' servers)."""
    return {"host": host, "port": port, "log_level": "warning", "http": "h11",
            "h11_max_incomplete_event_size": H11_MAX_EVENT_BYTES, "timeout_keep_alive": 5}
