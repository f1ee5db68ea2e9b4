"""A real HTTP server on 127.0.0.1, in a thread, serving the fixture news site: RSS 2.0, Atom
and broken feeds, article pages with navigation, ads and comments around the story, and the
ways pages fail (404, a slow server, a page over the cap, robots.txt, a flaky 503)."""

from __future__ import annotations

import hashlib
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

FIXTURES = Path(__file__).parent / "fixtures"
SLOW_SECONDS = 2.0
LAST_MODIFIED = formatdate(1742030000, usegmt=True)


@dataclass(frozen=True)
class Answer:
    status: int = 200
    body: bytes = b""
    content_type: str = "text/html; charset=utf-8"
    headers: tuple[tuple[str, str], ...] = ()
    delay: float = 0.0
    length: bool = True
    """Send Content-Length (else the body ends when the connection closes)."""
    validators: bool = False
    """Answer with an ETag and Last-Modified, and 304 to a request that presents them."""


@dataclass(frozen=True)
class Hit:
    at: float
    path: str
    headers: dict[str, str]
    status: int


@dataclass
class Site:
    """The fixture site; ``routes`` may be changed while the server runs."""

    base: str = ""
    routes: dict[str, Answer | Callable[[], Answer]] = field(default_factory=dict)
    hits: list[Hit] = field(default_factory=list)

    def page(self, name: str) -> bytes:
        return (FIXTURES / name).read_text(encoding="utf-8").replace("{base}", self.base).encode()

    def paths(self) -> list[str]:
        return [hit.path for hit in self.hits]

    def count(self, path: str) -> int:
        return sum(1 for hit in self.hits if hit.path == path)

    def clear(self) -> None:
        self.hits.clear()


def _etag(body: bytes) -> str:
    return '"' + hashlib.sha256(body).hexdigest()[:12] + '"'


def _handler(site: Site) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.0"

        def log_message(self, format: str, *args: object) -> None:
            return

        def do_GET(self) -> None:
            route = site.routes.get(self.path)
            answer = (route() if callable(route) else route) if route is not None else Answer(404, b"not found")
            status = answer.status
            headers = list(answer.headers)
            if answer.validators:
                tag = _etag(answer.body)
                headers += [("ETag", tag), ("Last-Modified", LAST_MODIFIED)]
                if "If-None-Match" in self.headers:  # it takes precedence over If-Modified-Since (RFC 9110)
                    status = 304 if self.headers["If-None-Match"] == tag else status
                elif self.headers.get("If-Modified-Since") == LAST_MODIFIED:
                    status = 304
            site.hits.append(Hit(time.monotonic(), self.path, dict(self.headers.items()), status))
            if answer.delay:
                time.sleep(answer.delay)
            body = b"" if status == 304 else answer.body
            try:
                self.send_response(status)
                self.send_header("Content-Type", answer.content_type)
                for name, value in headers:
                    self.send_header(name, value)
                if answer.length:
                    self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)
            except (BrokenPipeError, ConnectionResetError):  # the client gave up (a timeout test)
                pass

    return Handler


def _flaky(site: Site) -> Callable[[], Answer]:
    calls = {"n": 0}

    def answer() -> Answer:
        calls["n"] += 1
        if calls["n"] == 1:
            return Answer(503, b"busy", headers=(("Retry-After", "0"),))
        return Answer(body=site.page("border-protest.html"))

    return answer


def fixture_routes(site: Site) -> dict[str, Answer | Callable[[], Answer]]:
    huge = b"<html><body>" + b"<p>" + b"picture caption " * 20000 + b"</p></body></html>"
    return {
        "/robots.txt": Answer(body=b"User-agent: *\nDisallow: /private/\n", content_type="text/plain"),
        "/rss.xml": Answer(body=site.page("rss.xml"), content_type="application/rss+xml", validators=True),
        "/atom.xml": Answer(body=site.page("atom.xml"), content_type="application/atom+xml", validators=True),
        "/broken.xml": Answer(body=site.page("broken.xml"), content_type="text/html"),
        "/r/harbour-talks": Answer(301, headers=(("Location", "/world/harbour-talks?utm_source=rss"),)),
        "/world/harbour-talks?utm_source=rss": Answer(body=site.page("harbour-talks.html")),
        "/world/sanctions?utm_source=rss&utm_medium=feed": Answer(body=site.page("sanctions.html")),
        "/amp/world/sanctions": Answer(body=site.page("sanctions.html")),
        "/europe/tbilisi-rally?src=atom": Answer(body=site.page("border-protest.html")),
        "/de/haushalt": Answer(body=site.page("german.html")),
        "/live/updates": Answer(body=site.page("empty.html")),
        "/slow/page": Answer(body=site.page("harbour-talks.html"), delay=SLOW_SECONDS),
        "/gallery/huge": Answer(body=huge, length=False),
        "/private/briefing": Answer(body=site.page("harbour-talks.html")),
        "/flaky": _flaky(site),
    }


@contextmanager
def serving() -> Iterator[Site]:
    """The fixture site on a free port of 127.0.0.1, served from a thread until the block ends."""
    site = Site()
    server = ThreadingHTTPServer(("127.0.0.1", 0), _handler(site))
    server.daemon_threads = True
    site.base = f"http://127.0.0.1:{server.server_address[1]}"
    site.routes = fixture_routes(site)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield site
    finally:
        server.shutdown()
        server.server_close()
