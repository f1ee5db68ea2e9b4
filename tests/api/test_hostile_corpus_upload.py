"""Issue #18's done-when test over HTTP: the generated hostile corpus uploaded file by file to a
real server: no 500, every good article stored, every bad one rejected with a true reason (in
the store's rejects, or in the 422 of an upload holding no usable article)."""

from __future__ import annotations

import os
from pathlib import Path

import httpx
import pytest
from conftest_web import LiveServer, shared_extractor

from hostile_corpus import build, reject_key
from tidings.api import create_app
from tidings.engines.local import coding_with
from tidings.store import Store

TOKEN = "hostile-token"
NO_ARTICLE = "no usable article in the upload: "


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="the corpus holds a FIFO")
def test_hostile_corpus_through_the_http_upload(tmp_path: Path, nlp: object) -> None:
    corpus = build(tmp_path / "corpus")
    db = tmp_path / "uploaded.duckdb"
    app = create_app(db, allow_ingest=True, token=TOKEN)
    app.state.ingest.code = coding_with(shared_extractor(nlp))  # type: ignore[arg-type]
    refused: dict[tuple[str, int | None], str] = {}
    with LiveServer(app) as server, httpx.Client(base_url=server.url, timeout=300) as client:
        for path in corpus.uploads:
            response = client.post("/api/ingest", files={"file": (path.name, path.read_bytes())},
                                   headers={"Authorization": f"Bearer {TOKEN}"})
            assert response.status_code in (200, 422), (path.name, response.text[:500])
            assert "Traceback" not in response.text
            if response.status_code == 422:
                message = response.json()["error"]
                assert message.startswith(f"{NO_ARTICLE}upload:{path.name}: "), message
                refused[(path.name, None)] = message.removeprefix(f"{NO_ARTICLE}upload:{path.name}: ")
    with Store(db, read_only=True) as store, store.connect() as conn:
        titles = {row[0] for row in conn.execute("SELECT title FROM articles").fetchall()}
        found = {reject_key(r.origin, r.line): r.reason for r in store.rejects(limit=1000)}
    assert titles == corpus.good_titles
    found.update(refused)
    expected = {key: reason for key, reason in corpus.bad.items() if key not in corpus.special}
    assert found.keys() == expected.keys()
    for key, reason in expected.items():
        assert found[key].startswith(reason), (key, found[key])
