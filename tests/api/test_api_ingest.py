"""Ingest over HTTP: off by default, token-gated, size-limited, clean on malformed uploads,
503 while the store is busy; articles whose coding fails are recorded and counted."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest_web import SEED, shared_extractor
from fastapi import FastAPI
from fastapi.testclient import TestClient

from tidings.api import create_app
from tidings.engines.local import coding_with
from tidings.errors import InputError

TOKEN = "s3cret-token"
AUTH = {"Authorization": f"Bearer {TOKEN}"}


@pytest.fixture(scope="module")
def extractor(nlp: object) -> object:
    return shared_extractor(nlp)


@pytest.fixture()
def ingest_app(tmp_path: Path, extractor: object) -> FastAPI:
    app = create_app(tmp_path / "new.duckdb", allow_ingest=True, token=TOKEN, max_upload_bytes=20_000)
    app.state.ingest.code = coding_with(extractor)  # type: ignore[arg-type]
    return app


@pytest.fixture()
def client(ingest_app: FastAPI) -> Iterator[TestClient]:
    with TestClient(ingest_app, raise_server_exceptions=False) as c:
        yield c


def upload(client: TestClient, name: str, data: bytes, headers: dict[str, str] | None = None) -> object:
    return client.post("/api/ingest", files={"file": (name, data, "application/octet-stream")}, headers=headers or AUTH)


def test_ingest_is_off_unless_allowed(tmp_path: Path) -> None:
    from tidings.store import Store

    Store(tmp_path / "ro.duckdb")
    with TestClient(create_app(tmp_path / "ro.duckdb"), raise_server_exceptions=False) as c:
        response = upload(c, "a.txt", SEED.read_bytes())
    assert response.status_code == 403  # type: ignore[attr-defined]
    assert "--allow-ingest" in response.json()["error"]  # type: ignore[attr-defined]


def test_allowing_ingest_needs_a_token(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="--token"):
        create_app(tmp_path / "x.duckdb", allow_ingest=True)


def test_missing_or_wrong_token_is_refused(client: TestClient) -> None:
    assert upload(client, "a.txt", SEED.read_bytes(), headers={"X-Other": "1"}).status_code == 401  # type: ignore[attr-defined]
    wrong = upload(client, "a.txt", SEED.read_bytes(), headers={"Authorization": "Bearer nope"})
    assert wrong.status_code == 403  # type: ignore[attr-defined]
    assert client.get("/api/stats").json()["articles"] == 0


SHORT = (b"date 2021-03-02 Kim meets Putin\n\n"
         b"North Korean leader Kim Jong Un met Vladimir Putin in Vladivostok on Thursday.\n")


def test_text_article_upload_is_extracted_and_stored(client: TestClient) -> None:
    response = upload(client, "short.txt", SHORT)
    assert response.status_code == 200, response.text  # type: ignore[attr-defined]
    summary = response.json()["summary"]  # type: ignore[attr-defined]
    assert summary["articles_stored"] == 1 and summary["events"] > 0
    assert client.get("/api/stats").json()["events"] > 0
    found = client.get("/api/articles", params={"q": "Vladivostok"}).json()
    assert found["search"] == "fts" and found["items"][0]["title"] == "Kim meets Putin"
    again = upload(client, "short.txt", SHORT).json()  # type: ignore[attr-defined]
    assert again["summary"]["articles_duplicate"] == 1 and again["summary"]["articles_stored"] == 0


def test_jsonl_upload_stores_good_lines_and_reports_bad_ones(client: TestClient) -> None:
    good = {"id": "up-1", "date": "2021-03-02", "title": "Talks",
            "text": "Russia and China held talks in Moscow on Tuesday about trade."}
    data = (json.dumps(good) + "\n{not json\n").encode()
    response = upload(client, "batch.jsonl", data)
    assert response.status_code == 200, response.text  # type: ignore[attr-defined]
    body = response.json()  # type: ignore[attr-defined]
    assert body["summary"]["articles_stored"] == 1 and body["summary"]["rejected"] == 1
    assert "malformed JSON" in body["rejects"][0]


@pytest.mark.parametrize(("name", "data", "needle"), [
    ("bad.jsonl", b"{broken\n[1, 2]\n", "no usable article"),
    ("bad.txt", b"no header line here\n\nbody", "first line"),
    ("empty.txt", b"   \n", "empty"),
    ("binary.txt", b"\x00\x01\x02 binary", "binary"),
])
def test_malformed_uploads_get_422(client: TestClient, name: str, data: bytes, needle: str) -> None:
    response = upload(client, name, data)
    assert response.status_code == 422, response.text  # type: ignore[attr-defined]
    body = response.json()  # type: ignore[attr-defined]
    assert body["parameter"] == "file" and needle in body["error"]


def test_oversized_upload_gets_413(client: TestClient) -> None:
    response = upload(client, "big.txt", b"date 2020-01-01 Big\n\n" + b"word " * 10_000)
    assert response.status_code == 413  # type: ignore[attr-defined]
    assert "20000 bytes" in response.json()["error"]  # type: ignore[attr-defined]


def test_busy_store_gets_503_retry(client: TestClient, ingest_app: FastAPI) -> None:
    lock = ingest_app.state.ingest.lock
    assert lock.acquire(blocking=False)
    try:
        response = upload(client, "seed.txt", SEED.read_bytes())
    finally:
        lock.release()
    assert response.status_code == 503  # type: ignore[attr-defined]
    assert response.json()["error"] == "store is busy, retry"  # type: ignore[attr-defined]
    assert response.headers["retry-after"]  # type: ignore[attr-defined]


def test_reads_wait_for_an_http_ingest_then_get_503(client: TestClient, ingest_app: FastAPI) -> None:
    gate = ingest_app.state.gate
    gate.read_wait = 0.2
    with gate.writing():
        response = client.get("/api/events")
    assert response.status_code == 503
    assert response.json()["error"] == "store is busy, retry"
    assert client.get("/api/events").status_code == 200


def test_an_ingest_waits_for_reads_then_gets_503(client: TestClient, ingest_app: FastAPI) -> None:
    gate = ingest_app.state.gate
    gate.write_wait = 0.2
    with gate.reading():
        response = upload(client, "short.txt", SHORT)
    assert response.status_code == 503  # type: ignore[attr-defined]
    assert upload(client, "short.txt", SHORT).status_code == 200  # type: ignore[attr-defined]


def test_streamed_upload_without_length_is_cut_off_at_the_limit(client: TestClient) -> None:
    boundary = "tidings-test-boundary"
    head = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.txt\"\r\n"
            "Content-Type: text/plain\r\n\r\ndate 2020-01-01 Big\n\n").encode()

    def chunks() -> Iterator[bytes]:
        yield head
        for _ in range(400):  # 400 x 1 KiB, far past the 20 kB limit plus framing slack
            yield b"word " * 200
        yield f"\r\n--{boundary}--\r\n".encode()

    response = client.post("/api/ingest", content=chunks(), headers={
        **AUTH, "Content-Type": f"multipart/form-data; boundary={boundary}"})
    assert response.status_code == 413, response.text
    assert response.json()["parameter"] == "file"
    assert client.get("/api/stats").json()["articles"] == 0


def test_an_article_whose_coding_fails_is_recorded_and_counted(tmp_path: Path, nlp: object) -> None:
    from tidings.pipeline import Extractor
    from tidings.store import Store

    class FailsOnPoison(Extractor):
        """A real Extractor whose coding raises on one article, as a stage bug would."""

        def process(self, article, doc):  # type: ignore[no-untyped-def]
            if article.id == "up-poison":
                raise ValueError("stage exploded")
            return super().process(article, doc)

    extractor = FailsOnPoison(nlp=nlp)  # type: ignore[arg-type]
    db = tmp_path / "fails.duckdb"
    app = create_app(db, allow_ingest=True, token=TOKEN)
    app.state.ingest.code = coding_with(extractor)
    lines = [{"id": "up-poison", "date": "2021-03-02", "text": "Russia condemned Ukraine on Monday."},
             {"id": "up-good", "date": "2021-03-02", "text": "Japan provided food aid to North Korea."}]
    data = "".join(json.dumps(line) + "\n" for line in lines).encode()
    with TestClient(app, raise_server_exceptions=False) as c:
        first = upload(c, "batch.jsonl", data)
        assert first.status_code == 200, first.text  # type: ignore[attr-defined]
        again = upload(c, "batch.jsonl", data).json()  # type: ignore[attr-defined]
    body = first.json()  # type: ignore[attr-defined]
    summary = body["summary"]
    assert (summary["articles_read"], summary["articles_stored"], summary["articles_failed"], summary["rejected"]) == (
        2, 1, 1, 1)
    (reason,) = body["rejects"]
    assert "ValueError: stage exploded" in reason
    (stored,) = Store(db, read_only=True).rejects()
    assert stored.article_id == "up-poison" and "stage exploded" in stored.reason
    # the failed article is not stored, so it is coded (and fails) again; the good one is a duplicate
    assert (again["summary"]["articles_failed"], again["summary"]["articles_duplicate"]) == (1, 1)
    assert extractor.failures == []  # the server's one Extractor does not accumulate failures
