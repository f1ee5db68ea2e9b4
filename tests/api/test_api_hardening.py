"""Server hardening on a real uvicorn server (configured as `tidings serve` configures it):
security headers, the Host check, 414/431 instead of a dropped connection, a deadline for slow
uploads, no disk path in /api/stats, and `serve`'s token file and exposure warnings."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from conftest_web import LiveServer, free_port

from factories import corpus
from tidings.api import create_app
from tidings.api.security import allowed_hosts
from tidings.store import Store


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("hardening") / "store.duckdb"
    Store(path).add(corpus(30))
    return path


@pytest.fixture(scope="module")
def server(db: Path) -> Iterator[LiveServer]:
    app = create_app(db, allow_ingest=True, token="s3cret", upload_timeout=1.0,
                     allowed_hosts=allowed_hosts("127.0.0.1", ["events.example.org"]))
    with LiveServer(app) as live:
        yield live


def raw_request(server: LiveServer, head: bytes, body: bytes = b"", pause: float = 0.0) -> bytes:
    """Send bytes over a socket and read the whole answer (a reset raises)."""
    with socket.create_connection(("127.0.0.1", server.port), timeout=15) as sock:
        sock.sendall(head + body)
        if pause:
            time.sleep(pause)
        chunks = []
        while chunk := sock.recv(65536):
            chunks.append(chunk)
            if b"\r\n\r\n" in b"".join(chunks) and b'"status"' in b"".join(chunks):
                break
        return b"".join(chunks)


@pytest.mark.parametrize("path", ["/", "/api/stats", "/static/app.js", "/api/nothing", "/api/events?limit=0"])
def test_every_answer_carries_the_security_headers(server: LiveServer, path: str) -> None:
    response = httpx.get(server.url + path, timeout=10)
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["x-frame-options"] == "DENY"
    policy = response.headers["content-security-policy"]
    assert "frame-ancestors 'none'" in policy and "script-src 'self'" in policy


@pytest.mark.parametrize(("host", "status"), [
    ("127.0.0.1", 200), ("localhost", 200), ("events.example.org", 200),
    ("evil.example.com", 400), ("127.0.0.1.evil.example.com", 400),
])
def test_only_the_bound_and_allowed_host_names_are_answered(server: LiveServer, host: str, status: int) -> None:
    response = httpx.get(server.url + "/api/stats", headers={"Host": f"{host}:{server.port}"}, timeout=10)
    assert response.status_code == status
    assert response.headers["x-frame-options"] == "DENY"


def test_allowed_hosts_on_every_interface_are_loopback_and_the_named_ones() -> None:
    assert "0.0.0.0" not in allowed_hosts("0.0.0.0")
    assert {"localhost", "127.0.0.1", "tidings.lan"} <= set(allowed_hosts("0.0.0.0", ["tidings.lan"]))
    assert "10.0.0.5" in allowed_hosts("10.0.0.5")


def test_a_200_kb_query_string_gets_414_not_a_reset(server: LiveServer) -> None:
    answer = raw_request(server, b"GET /api/events?actor=" + b"a" * 200_000 + b" HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
    assert answer.startswith(b"HTTP/1.1 414"), answer[:200]
    assert b"nosniff" in answer


def test_a_100_kb_header_gets_431(server: LiveServer) -> None:
    big = b"X-Big: " + b"b" * 100_000
    answer = raw_request(server, b"GET /api/stats HTTP/1.1\r\nHost: 127.0.0.1\r\n" + big + b"\r\n\r\n")
    assert answer.startswith(b"HTTP/1.1 431"), answer[:200]


def test_a_slow_upload_is_cut_off_with_408(server: LiveServer) -> None:
    head = (b"POST /api/ingest HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer s3cret\r\n"
            b"Content-Type: multipart/form-data; boundary=xx\r\nContent-Length: 5000\r\n\r\n")
    started = time.monotonic()
    answer = raw_request(server, head, b"--xx\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n")
    assert answer.startswith(b"HTTP/1.1 408"), answer[:200]
    assert time.monotonic() - started < 10


def test_stats_shows_the_store_file_name_not_its_path(server: LiveServer, db: Path) -> None:
    body = httpx.get(server.url + "/api/stats", timeout=10).json()
    assert body["path"] == db.name and str(db.parent) not in str(body)


def _serve(db: Path, *args: str, env: dict[str, str] | None = None) -> tuple[subprocess.Popen[str], int, str]:
    port = free_port()
    child = subprocess.Popen(
        [sys.executable, "-m", "tidings", "serve", "--db", str(db), "--port", str(port), *args],
        stderr=subprocess.PIPE, text=True, env={**os.environ, **(env or {})})
    assert child.stderr is not None
    lines = []
    for line in child.stderr:
        lines.append(line)
        if line.startswith(("serving", "error")):
            break
    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        try:
            httpx.get(f"http://127.0.0.1:{port}/api/stats", timeout=2)
            break
        except httpx.HTTPError:
            time.sleep(0.2)
    return child, port, "".join(lines)


@pytest.mark.slow
def test_serve_reads_the_token_from_a_file_and_warns_on_every_interface(db: Path, tmp_path: Path) -> None:
    token_file = tmp_path / "token"
    token_file.write_text("from-the-file\n")
    child, port, said = _serve(db, "--host", "0.0.0.0", "--allow-ingest", "--token-file", str(token_file))
    try:
        assert "warning: listening on every interface" in said and "warning: ingest is on" in said
        assert "from-the-file" not in " ".join(Path(f"/proc/{child.pid}/cmdline").read_text().split("\0"))
        url = f"http://127.0.0.1:{port}/api/ingest"
        empty = {"file": ("a.txt", b" ")}
        wrong = httpx.post(url, files=empty, headers={"Authorization": "Bearer nope"}, timeout=10)
        right = httpx.post(url, files=empty, headers={"Authorization": "Bearer from-the-file"}, timeout=10)
        assert (wrong.status_code, right.status_code) == (403, 422)  # 422: past the token, the file is empty
    finally:
        child.terminate()
        child.wait(timeout=10)


@pytest.mark.slow
def test_serve_on_loopback_gives_no_warning(db: Path) -> None:
    child, _, said = _serve(db, env={"TIDINGS_TOKEN": "x"})
    try:
        assert "serving" in said and "warning" not in said
    finally:
        child.terminate()
        child.wait(timeout=10)
