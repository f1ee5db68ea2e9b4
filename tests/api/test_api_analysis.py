"""The analysis endpoints count asserted events unless asked, take `status` and `root`, and
every endpoint refuses a query parameter it does not take (422 naming it), on real stores."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from fastapi.testclient import TestClient

from tidings.api import create_app

ANALYSES = ["/api/timeseries", "/api/top/actors", "/api/top/dyads", "/api/network", "/api/map"]


@pytest.fixture(scope="module")
def statuses(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    """One article: an asserted meeting, a hypothetical and a negated attack, a planned visit."""
    from factories import make_article, make_event, make_result
    from tidings.store import Store

    path = tmp_path_factory.mktemp("statuses") / "statuses.duckdb"
    art = make_article("mixed")
    Store(path).add([make_result(art, [
        make_event(art, 0, source="USA", target="PRK", code="042"),
        make_event(art, 1, source="PAK", target="IND", code="190", status="hypothetical", place=1),
        make_event(art, 2, source="RUS", target="UKR", code="190", status="negated", place=2),
        make_event(art, 3, source="CHN", target="USA", code="042", status="planned", place=3),
    ])])
    with TestClient(create_app(path), raise_server_exceptions=False) as client:
        yield client


def _events(url: str, body: Any) -> int:
    """Events counted in an analysis answer (an actor list counts each event on both sides)."""
    if url == "/api/timeseries":
        return sum(p["events"] for p in body["points"])
    if url == "/api/network":
        return sum(e["events"] for e in body["edges"])
    total = sum(row["events"] for row in body)
    return total // 2 if url == "/api/top/actors" else total


@pytest.mark.parametrize("url", ANALYSES)
def test_analyses_count_asserted_events_unless_asked(statuses: TestClient, url: str) -> None:
    default = statuses.get(url).json()
    assert _events(url, default) == 1, default
    assert _events(url, statuses.get(url, params={"status": "asserted"}).json()) == 1
    assert _events(url, statuses.get(url, params={"status": "hypothetical"}).json()) == 1
    assert _events(url, statuses.get(url, params={"status": "all"}).json()) == 4


def test_the_hypothetical_attack_is_not_a_top_dyad_by_default(statuses: TestClient) -> None:
    assert [d["key"] for d in statuses.get("/api/top/dyads").json()] == ["USA:PRK"]
    every = {d["key"] for d in statuses.get("/api/top/dyads", params={"status": "all"}).json()}
    assert every == {"USA:PRK", "PAK:IND", "RUS:UKR", "CHN:USA"}
    assert statuses.get("/api/top/roots", params={"root": "19", "status": "all"}).json()[0]["events"] == 2
    assert statuses.get("/api/top/roots", params={"root": "19"}).json() == []


def test_listings_still_show_every_status_unless_asked(statuses: TestClient) -> None:
    assert len(statuses.get("/api/events").json()["items"]) == 4
    only = statuses.get("/api/events", params={"status": "negated"}).json()["items"]
    assert [e["status"] for e in only] == ["negated"]
    assert len(statuses.get("/api/events", params={"status": "all"}).json()["items"]) == 4


@pytest.mark.parametrize(("url", "parameter"), [
    ("/api/events?contry=RUS", "contry"),
    ("/api/mentions?q=Kremlin", "q"),
    ("/api/top/actors?limit=5", "limit"),
    ("/api/top/actors?cursor=abc", "cursor"),
    ("/api/map?limit=3", "limit"),
    ("/api/map?cursor=abc", "cursor"),
    ("/api/network?n=3", "n"),
    ("/api/timeseries?interval=week&period=day", "period"),
    ("/api/stats?verbose=1", "verbose"),
    ("/api/actors?name=Putin", "name"),
    ("/api/articles?query=oil", "query"),
    ("/api/events/mixed-e0?full=1", "full"),
    ("/api/articles/mixed?x=", "x"),
])
def test_unknown_parameters_get_422_naming_them(statuses: TestClient, url: str, parameter: str) -> None:
    response = statuses.get(url)
    assert response.status_code == 422, response.text
    body = response.json()
    assert body["parameter"] == parameter
    assert f"unknown parameter '{parameter}'" in body["error"]


def test_the_dashboard_page_keeps_its_own_query_string(statuses: TestClient) -> None:
    assert statuses.get("/", params={"dyad": "PRK:USA", "interval": "day"}).status_code == 200


def test_the_schema_advertises_only_parameters_that_work(statuses: TestClient) -> None:
    paths = statuses.get("/openapi.json").json()["paths"]
    for path in ("/api/top/{kind}", "/api/map", "/api/network", "/api/timeseries"):
        params = {p["name"]: p for p in paths[path]["get"]["parameters"]}
        assert not {"limit", "cursor", "offset", "text"} & params.keys(), path
        assert params["status"]["schema"]["default"] == "asserted"
        assert "root" in params
    events = {p["name"] for p in paths["/api/events"]["get"]["parameters"]}
    assert {"limit", "cursor", "status", "root"} <= events


def test_a_bad_status_is_a_422_naming_it(statuses: TestClient) -> None:
    response = statuses.get("/api/top/actors", params={"status": "maybe"})
    assert response.status_code == 422 and response.json()["parameter"] == "status"
