"""``tidings ingest``, watch mode and ``POST /api/ingest`` run the same loop: for the same input
they store the same articles and rejects and give the same counts."""

from __future__ import annotations

import io
import json
from pathlib import Path

from fastapi.testclient import TestClient
from rich.console import Console

from tidings.api import create_app
from tidings.cli.runner import ingest_paths
from tidings.engines.local import coding_with
from tidings.engines.watch import ingest_files
from tidings.pipeline import Extractor
from tidings.records import RunSummary
from tidings.store import Store

TOKEN = "loop-token"
LINES = [
    json.dumps({"id": "good-1", "date": "2020-01-06", "text": "Russia condemned Ukraine on Monday."}),
    json.dumps({"id": "good-1", "date": "2020-01-06", "text": "Russia condemned Ukraine on Monday."}),
    "{not json",
    json.dumps({"id": "poison", "date": "2020-01-06", "text": "The poison article says Russia condemned Ukraine."}),
    json.dumps({"id": "good-2", "date": "2020-01-07", "text": "Japan provided food aid to North Korea."}),
    json.dumps({"id": "no-date", "text": "Japan provided food aid to North Korea."}),
]


class FailsOnPoison(Extractor):
    """A real Extractor whose coding raises on one article, as a stage bug would."""

    def process(self, article, doc):  # type: ignore[no-untyped-def]
        if article.id == "poison":
            raise ValueError("stage exploded")
        return super().process(article, doc)


def _counts(summary: RunSummary) -> dict[str, object]:
    return summary.model_dump(exclude={"elapsed_seconds"})


def _stored(db: Path) -> tuple[list[str], list[str]]:
    with Store(db, read_only=True) as store:
        events = sorted(e.model_dump_json() for e in store.events())
        rejects = sorted(f"{r.line}|{r.reason}|{r.article_id}" for r in store.rejects())
    return events, rejects


def test_cli_watch_and_api_give_the_same_summary(tmp_path: Path, nlp: object) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(LINES) + "\n", encoding="utf-8")
    code = coding_with(FailsOnPoison(nlp=nlp))  # type: ignore[arg-type]

    out = io.StringIO()
    via_cli = ingest_paths([str(feed)], db=tmp_path / "cli.duckdb", code=code, console=Console(file=out))
    assert "skipped" in out.getvalue() and "stage exploded" in out.getvalue()

    with Store(tmp_path / "watch.duckdb") as store:
        via_watch = ingest_files([feed], store=store, code=code, ledger=None).run

    app = create_app(tmp_path / "api.duckdb", allow_ingest=True, token=TOKEN)
    app.state.ingest.code = code
    with TestClient(app, raise_server_exceptions=False) as client:
        response = client.post("/api/ingest", files={"file": (feed.name, feed.read_bytes(), "application/jsonl")},
                               headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 200, response.text
    via_api = RunSummary.model_validate(response.json()["summary"])

    assert _counts(via_cli) == _counts(via_watch) == _counts(via_api)
    assert (via_cli.articles_read, via_cli.articles_stored, via_cli.articles_duplicate, via_cli.articles_failed,
            via_cli.rejected) == (4, 2, 1, 1, 3)
    assert via_cli.events > 0 and via_cli.notes == []
    cli_store = _stored(tmp_path / "cli.duckdb")  # the rejects' origins differ (path or upload), not the rest
    assert cli_store == _stored(tmp_path / "watch.duckdb") == _stored(tmp_path / "api.duckdb")
    assert len(cli_store[1]) == 3
