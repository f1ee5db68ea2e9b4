"""The JSON API through the ASGI client, on a real store built from the seed article and a
wikinews sample (the seed alone without ../shared; the sample's tests skip then), and on a
larger synthetic store for paging."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest_web import SEED_TITLE_WORDS, web_seed_db, web_synthetic_db, wikinews_sample  # noqa: F401  (fixtures)
from fastapi.testclient import TestClient

from tidings.api import create_app


@pytest.fixture(scope="module")
def client(web_seed_db: Path) -> Iterator[TestClient]:  # noqa: F811
    with TestClient(create_app(web_seed_db), raise_server_exceptions=False) as c:
        yield c


@pytest.fixture(scope="module")
def synthetic(web_synthetic_db: Path) -> Iterator[TestClient]:  # noqa: F811
    with TestClient(create_app(web_synthetic_db), raise_server_exceptions=False) as c:
        yield c


@pytest.fixture(scope="module")
def coded(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    """A store of two mentions, one with the construction that coded it and one without."""
    from factories import make_article, make_event, make_result
    from tidings.store import Store

    path = tmp_path_factory.mktemp("coded") / "coded.duckdb"
    art = make_article("ruled")
    Store(path).add([make_result(art, [make_event(art, 0, rule="intent_complement"),
                                       make_event(art, 1, source="RUS", target="CHN", code="010")])])
    with TestClient(create_app(path), raise_server_exceptions=False) as c:
        yield c


def all_events(client: TestClient, **params: Any) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    cursor = None
    for _ in range(100):
        body = client.get("/api/events", params={**params, "limit": 500, "cursor": cursor}).json()
        items += body["items"]
        cursor = body["next_cursor"]
        if cursor is None:
            return items
    raise AssertionError("paging did not end")


def countries(event: dict[str, Any]) -> set[str]:
    return {(event[side] or {}).get("country") for side in ("source", "target")} - {None}


# ---------------------------------------------------------------- the seed store
def test_stats_count_the_seed(client: TestClient) -> None:
    stats = client.get("/api/stats").json()
    assert stats["articles"] >= 1
    assert stats["events"] >= 5
    assert stats["mentions"] >= stats["events"]


def test_stats_count_the_sample_besides_the_seed(client: TestClient, wikinews_sample: Path) -> None:  # noqa: F811
    from tidings.inputs.readers import read_inputs
    from tidings.records import Article

    sample_articles = sum(isinstance(a, Article) for a in read_inputs([str(wikinews_sample)]))
    assert sample_articles >= 1
    assert client.get("/api/stats").json()["articles"] == 1 + sample_articles


def test_events_of_the_seed_link_north_korea_russia_and_the_us(client: TestClient) -> None:
    events = all_events(client, since="2019-04-01", until="2019-04-30")
    assert any(countries(e) == {"PRK", "USA"} for e in events)
    assert any(countries(e) == {"PRK", "RUS"} for e in events)
    assert [e["date"] for e in events] == sorted(e["date"] for e in events)


def test_dyad_filter_keeps_only_that_dyad(client: TestClient) -> None:
    events = all_events(client, dyad="PRK:USA")
    assert events
    for e in events:
        assert countries(e) == {"PRK", "USA"}


def test_event_detail_has_mentions_highlights_and_article(client: TestClient) -> None:
    event = all_events(client, dyad="PRK:USA")[0]
    detail = client.get(f"/api/events/{event['event_id']}").json()
    assert detail["event"]["event_id"] == event["event_id"]
    assert len(detail["mentions"]) == event["num_mentions"]
    evidence = detail["mentions"][0]
    sentence = evidence["mention"]["sentence"]
    kinds = {s["kind"]: s for s in evidence["spans"]}
    assert kinds["trigger"]["text"] == evidence["mention"]["trigger"]["text"]
    assert "source" in kinds
    for span in evidence["spans"]:
        assert sentence[span["start"]:span["end"]] == span["text"]
    assert SEED_TITLE_WORDS in evidence["article"]["title"]


def test_article_has_text_and_its_mentions(client: TestClient) -> None:
    event = all_events(client, dyad="PRK:USA")[0]
    article_id = client.get(f"/api/events/{event['event_id']}").json()["mentions"][0]["mention"]["article_id"]
    article = client.get(f"/api/articles/{article_id}").json()
    assert "Kim Jong Un" in article["text"]
    assert article["mentions"] and all(m["article_id"] == article_id for m in article["mentions"])


def test_article_search_finds_words_in_titles_and_bodies(client: TestClient) -> None:
    by_body = client.get("/api/articles", params={"q": "Vladivostok"}).json()
    assert by_body["search"] == "ilike"
    assert len(by_body["items"]) == 1 and SEED_TITLE_WORDS in by_body["items"][0]["title"]
    assert "Vladivostok" in by_body["items"][0]["snippet"]
    # "North Korea's Kim to meet Putin as tensions rise with US": the words are in the title only
    (by_title,) = client.get("/api/articles", params={"q": "tensions rise"}).json()["items"]
    assert SEED_TITLE_WORDS in by_title["title"]
    assert "tensions rise" not in client.get(f"/api/articles/{by_title['article_id']}").json()["text"]
    assert client.get("/api/articles", params={"q": "zzqxnotaword"}).json()["items"] == []


def test_article_search_finds_the_wikinews_sample(client: TestClient, wikinews_sample: Path) -> None:  # noqa: F811
    found = client.get("/api/articles", params={"q": "magnitogorsk"}).json()
    assert found["items"], "the wikinews sample's first article is about Magnitogorsk"
    assert all(SEED_TITLE_WORDS not in item["title"] for item in found["items"])


def test_article_search_uses_the_fts_index_when_the_store_has_one(web_seed_db: Path, tmp_path: Path) -> None:  # noqa: F811
    from tidings.store import Store

    copy = tmp_path / "indexed.duckdb"
    shutil.copy(web_seed_db, copy)
    store = Store(copy)
    assert store.build_search_index() == store.stats().articles >= 1
    with TestClient(create_app(copy)) as c:
        found = c.get("/api/articles", params={"q": "Pyongyang Kremlin"}).json()
    assert found["search"] == "fts"
    assert SEED_TITLE_WORDS in found["items"][0]["title"]


def test_the_fts_index_covers_the_wikinews_sample(
    web_seed_db: Path, wikinews_sample: Path, tmp_path: Path  # noqa: F811
) -> None:
    from tidings.store import Store

    copy = tmp_path / "indexed.duckdb"
    shutil.copy(web_seed_db, copy)
    assert Store(copy).build_search_index() >= 2
    with TestClient(create_app(copy)) as c:
        found = c.get("/api/articles", params={"q": "Magnitogorsk explosion"}).json()
    assert found["search"] == "fts"
    assert "Magnitogorsk" in found["items"][0]["title"]


def test_the_index_an_upload_builds_serves_store_search_and_the_api(web_seed_db: Path, tmp_path: Path) -> None:  # noqa: F811
    """An upload writes through a writable Store of its own while the server holds its read-only
    one, then calls Store.build_search_index(). (The API once kept a second index build that did
    not write the marker Store.search checked, so after an upload Store.search said there was none.)"""
    from factories import make_article, make_result
    from tidings.store import Store

    copy = tmp_path / "uploaded.duckdb"
    shutil.copy(web_seed_db, copy)
    app = create_app(copy, allow_ingest=True, token="secret")
    upload = make_article("upload-1", text="Envoys of both governments met in Reykjavik on Monday.")
    with TestClient(app) as c:
        assert c.get("/api/articles", params={"q": "Reykjavik"}).json()["items"] == []
        with app.state.gate.writing():  # what the ingest endpoint holds while it writes
            writer = Store(copy, busy_timeout=2.0)
            writer.add([make_result(upload)])
            writer.build_search_index()
        hits = app.state.store.search("Reykjavik")
        found = c.get("/api/articles", params={"q": "Reykjavik"}).json()
    assert [h.article_id for h in hits] == ["upload-1"] and not hits[0].stale_index
    assert found["search"] == "fts" and [a["article_id"] for a in found["items"]] == ["upload-1"]


def test_timeseries_counts_add_up_to_the_dyad_events(client: TestClient) -> None:
    events = all_events(client, dyad="PRK:USA", status="asserted")  # what analyses count by default
    series = client.get("/api/timeseries", params={"dyad": "PRK:USA", "interval": "day"}).json()
    points = series["points"]
    assert sum(p["events"] for p in points) == len(events)
    for p in points:
        quads = p["verbal_cooperation"] + p["material_cooperation"] + p["verbal_conflict"] + p["material_conflict"]
        assert quads == p["events"]
    assert sum(p["goldstein_sum"] for p in points) == pytest.approx(sum(e["goldstein"] for e in events))


def test_timeseries_of_everything_and_of_an_actor(client: TestClient) -> None:
    total = client.get("/api/stats").json()["events"]
    asserted = len(all_events(client, status="asserted"))
    weeks = client.get("/api/timeseries").json()
    assert weeks["interval"] == "week"
    assert sum(p["events"] for p in weeks["points"]) == asserted < total  # asserted events by default
    months = client.get("/api/timeseries", params={"actor": "PRK", "interval": "month"}).json()["points"]
    assert sum(p["events"] for p in months) == len(all_events(client, actor="PRK", status="asserted")) > 0
    assert all(p["period"].endswith("-01") for p in months)


def test_top_network_map_and_actors(client: TestClient) -> None:
    actors = client.get("/api/top/actors", params={"n": 5}).json()
    assert 0 < len(actors) <= 5 and actors == sorted(actors, key=lambda a: -a["events"])
    dyads = client.get("/api/top/dyads").json()
    assert dyads and all(d["key"].count(":") == 1 for d in dyads)
    assert client.get("/api/top/roots").json()
    assert client.get("/api/top/countries").json()
    network = client.get("/api/network").json()
    ids = {n["id"] for n in network["nodes"]}
    assert network["edges"] and all(e["source"] in ids and e["target"] in ids for e in network["edges"])
    points = client.get("/api/map").json()
    assert points and all(-90 <= p["lat"] <= 90 and -180 <= p["lon"] <= 180 for p in points)
    found = client.get("/api/actors", params={"q": "PRK"}).json()
    assert found and all(a["code"].startswith("PRK") or a["country"] == "PRK" for a in found)


def test_mentions_are_public_event_records(client: TestClient) -> None:
    from tidings.records import Event

    body = client.get("/api/mentions", params={"text": "Kremlin", "limit": 5}).json()
    assert body["items"]
    for item in body["items"]:
        assert "Kremlin" in Event.model_validate(item).sentence


def test_mentions_and_event_evidence_carry_the_rule(coded: TestClient) -> None:
    mentions = coded.get("/api/mentions").json()["items"]
    assert {m["event_id"]: m["rule"] for m in mentions} == {"ruled-e0": "intent_complement", "ruled-e1": None}
    by_rule = {}
    for event in coded.get("/api/events").json()["items"]:
        for evidence in coded.get(f"/api/events/{event['event_id']}").json()["mentions"]:
            by_rule[evidence["mention"]["event_id"]] = evidence["mention"]["rule"]
    assert by_rule == {"ruled-e0": "intent_complement", "ruled-e1": None}
    article = coded.get("/api/articles/ruled").json()
    assert [m["rule"] for m in article["mentions"]] == ["intent_complement", None]


def test_every_mention_payload_has_a_rule_field(client: TestClient) -> None:
    items = client.get("/api/mentions", params={"limit": 50}).json()["items"]
    assert items and all("rule" in m for m in items)


# ---------------------------------------------------------------- errors
@pytest.mark.parametrize(("url", "parameter"), [
    ("/api/events?limit=0", "limit"),
    ("/api/events?limit=100000", "limit"),
    ("/api/events?since=2019-13-01", "since"),
    ("/api/events?since=2019-05-01&until=2019-04-01", "since"),
    ("/api/events?dyad=USA", "dyad"),
    ("/api/events?root=abc", "root"),
    ("/api/events?actor=" + "x" * 201, "actor"),
    ("/api/events?country=U%3BSA", "country"),
    ("/api/events?cursor=not-a-cursor", "cursor"),
    ("/api/events?directed=perhaps", "directed"),
    ("/api/timeseries?interval=year", "interval"),
    ("/api/top/everything", "kind"),
    ("/api/articles?limit=-1", "limit"),
    ("/api/articles?since=2020-02-01&until=2020-01-01", "since"),
])
def test_bad_parameters_get_422_naming_them(client: TestClient, url: str, parameter: str) -> None:
    response = client.get(url)
    assert response.status_code == 422, response.text
    body = response.json()
    assert body["parameter"] == parameter
    assert parameter in body["error"]


@pytest.mark.parametrize("url", ["/api/events/ev-unknown", "/api/articles/nope", "/api/no-such-thing"])
def test_unknown_ids_get_404(client: TestClient, url: str) -> None:
    response = client.get(url)
    assert response.status_code == 404
    assert response.json()["error"]


def test_unexpected_errors_are_json_without_a_traceback(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    from tidings.api import routes

    def broken(*args: object, **kwargs: object) -> None:
        raise RuntimeError("secret internals at server/app.py line 3")

    monkeypatch.setattr(routes, "time_series", broken)
    response = client.get("/api/timeseries")
    assert response.status_code == 500
    assert response.headers["content-type"].startswith("application/json")
    assert "Traceback" not in response.text and "secret" not in response.text
    assert response.json()["error"].startswith("internal server error")


def test_a_store_locked_by_a_writer_gets_503_retry(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    from tidings.errors import StoreBusy
    from tidings.store import Store

    def busy(self: Store, *args: object) -> None:
        raise StoreBusy("store is busy (another process is writing); retry")

    monkeypatch.setattr(Store, "linked_events_page", busy)
    response = client.get("/api/events")
    assert response.status_code == 503
    assert response.json()["error"] == "store is busy, retry"
    assert response.headers["retry-after"]


def test_a_real_writer_in_another_process_gets_503_not_a_hang(web_synthetic_db: Path, tmp_path: Path) -> None:  # noqa: F811
    import subprocess
    import sys

    copy = tmp_path / "locked.duckdb"
    shutil.copy(web_synthetic_db, copy)
    app = create_app(copy)
    app.state.store.busy_timeout = 0.3
    holder = subprocess.Popen(
        [sys.executable, "-c", ("import duckdb, sys; c = duckdb.connect(sys.argv[1]); print('held', flush=True); "
                                "sys.stdin.read()"), str(copy)],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
        with TestClient(app, raise_server_exceptions=False) as c:
            response = c.get("/api/events")
    finally:
        holder.communicate("", timeout=10)
    assert response.status_code == 503
    assert response.json()["error"] == "store is busy, retry"


def test_missing_store_is_a_clear_error(tmp_path: Path) -> None:
    from tidings.errors import StoreError

    with pytest.raises(StoreError, match="no store at"):
        create_app(tmp_path / "absent.duckdb")


# ---------------------------------------------------------------- paging
def test_cursor_paging_visits_every_event_once(synthetic: TestClient) -> None:
    total = synthetic.get("/api/stats").json()["events"]
    assert total > 100
    seen: list[str] = []
    cursor = None
    pages = 0
    while True:
        body = synthetic.get("/api/events", params={"limit": 37, "cursor": cursor}).json()
        assert len(body["items"]) <= 37
        seen += [e["event_id"] for e in body["items"]]
        pages += 1
        cursor = body["next_cursor"]
        if cursor is None:
            break
    assert len(seen) == len(set(seen)) == total
    assert pages == -(-total // 37) or pages == total // 37 + 1


def test_default_page_is_bounded(synthetic: TestClient) -> None:
    body = synthetic.get("/api/events").json()
    assert len(body["items"]) == 100 and body["next_cursor"]
    articles = synthetic.get("/api/articles", params={"limit": 10}).json()
    assert len(articles["items"]) == 10 and articles["next_cursor"]
    second = synthetic.get("/api/articles", params={"limit": 10, "cursor": articles["next_cursor"]}).json()
    assert not {a["article_id"] for a in articles["items"]} & {a["article_id"] for a in second["items"]}
    search = synthetic.get("/api/articles", params={"q": "sanctions", "limit": 5}).json()
    assert len(search["items"]) == 5 and search["next_offset"] == 5


# ---------------------------------------------------------------- docs and dashboard
def test_openapi_documents_the_endpoints(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/api/events", "/api/events/{event_id}", "/api/articles", "/api/actors", "/api/timeseries",
                 "/api/top/{kind}", "/api/network", "/api/map", "/api/stats", "/api/ingest"):
        assert path in paths
    docs = client.get("/docs")
    assert docs.status_code == 200 and '<script src="/static/docs.js">' in docs.text
    assert "<script>" not in docs.text, "no inline script: the Content-Security-Policy would block it"
    assert "http://" not in docs.text and "https://" not in docs.text, "the docs page must work offline"
    assert "SwaggerUIBundle" in client.get("/static/docs.js").text
    for asset in ("/vendor/docs/swagger-ui-bundle.js", "/vendor/docs/swagger-ui.css"):
        assert client.get(asset).status_code == 200


def test_dashboard_and_its_assets_are_served_locally(client: TestClient) -> None:
    page = client.get("/").text
    assert '<script src="/vendor/plotly.min.js">' in page
    assert "https://" not in page and "http://" not in page
    plotly = client.get("/vendor/plotly.min.js")
    assert plotly.status_code == 200 and "plotly.js" in plotly.text[:300]
    for asset in ("/static/app.js", "/static/api.js", "/static/charts.js", "/static/style.css"):
        assert client.get(asset).status_code == 200
    base = client.get("/web/basemap.json").json()
    assert len(base["lat"]) == len(base["lon"]) > 5000
    assert "France" in base["countries"] and len(base["countries"]) == 177


def test_serve_command_is_registered() -> None:
    from typer.testing import CliRunner

    from tidings.cli.app import app

    result = CliRunner().invoke(app, ["serve", "--help"])
    assert result.exit_code == 0
    for option in ("--db", "--host", "--port", "--allow-ingest", "--token"):
        assert option in result.output
