"""The dashboard in headless Chromium (Debian's /usr/bin/chromium driven by Playwright) against a
real uvicorn server on a free localhost port, over the store built from the seed article."""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from conftest_web import SEED_TITLE_WORDS, LiveServer, live_seed_server, web_seed_db  # noqa: F401  (fixtures)

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(),
                       reason="needs Debian's chromium at /usr/bin/chromium (apt-get install chromium)"),
]


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    sync_api = pytest.importorskip("playwright.sync_api", reason="needs the playwright Python package")
    with sync_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=ARGS)
        yield chromium
        chromium.close()


@pytest.fixture()
def page(browser: Any, live_seed_server: LiveServer) -> Iterator[Any]:  # noqa: F811
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    outside: list[str] = []
    errors: list[str] = []
    page.on("request", lambda r: None if r.url.startswith((live_seed_server.url, "data:")) else outside.append(r.url))
    blocked: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("console", lambda m: blocked.append(m.text) if "Content Security Policy" in m.text else None)
    page.outside_requests = outside
    page.page_errors = errors
    yield page
    context.close()
    assert not blocked, f"the Content-Security-Policy blocked something the dashboard needs: {blocked}"


def wait_until(page: Any, expression: str, timeout: float = 20.0) -> None:
    """Poll a JavaScript expression until it is true. (Playwright's wait_for_function evaluates
    its string with eval inside the page, which the dashboard's Content-Security-Policy forbids.)"""
    deadline = time.monotonic() + timeout
    while not page.evaluate(expression):
        if time.monotonic() > deadline:
            raise AssertionError(f"still false after {timeout:g}s: {expression}")
        time.sleep(0.05)


def api(server: LiveServer, path: str, **params: Any) -> Any:
    response = httpx.get(server.url + path, params=params, timeout=10)
    response.raise_for_status()
    return response.json()


def open_dashboard(page: Any, server: LiveServer, query: str = "") -> None:
    page.goto(server.url + "/" + query)
    page.wait_for_selector("body[data-ready=true]", timeout=20_000)


def test_dyad_timeline_table_and_evidence(page: Any, live_seed_server: LiveServer, tmp_path: Path) -> None:  # noqa: F811
    server = live_seed_server
    # the dashboard shows asserted events unless its status control says otherwise
    expected = api(server, "/api/events", dyad="PRK:USA", status="asserted", limit=500)["items"]
    assert expected, "the seed article has North Korea - US events"
    series = api(server, "/api/timeseries", dyad="PRK:USA", interval="day")

    open_dashboard(page, server, "?dyad=PRK:USA&interval=day")
    assert page.input_value("input[name=dyad]") == "PRK:USA"
    assert "dyad PRK:USA" in page.text_content("#timeline-title")
    # the timeline: one bar trace per quad class plus the Goldstein line, bars for the seed's day(s)
    page.wait_for_selector("#timeline .barlayer .point", state="attached", timeout=10_000)
    traces = page.evaluate("document.getElementById('timeline').data.map(t => t.name)")
    assert "Goldstein mean" in traces and "verbal conflict" in traces
    days = page.evaluate("document.getElementById('timeline').data[0].x")
    assert days == [p["period"] for p in series["points"]]
    plotted = page.evaluate("document.getElementById('timeline').data.filter(t => t.type === 'bar')"
                            ".reduce((n, t) => n + t.y.reduce((a, b) => a + b, 0), 0)")
    assert plotted == len(expected) == sum(p["events"] for p in series["points"])

    rows = page.locator("#events tbody tr")
    assert rows.count() == len(expected)
    shown = [rows.nth(i).get_attribute("data-event-id") for i in range(rows.count())]
    assert shown == [e["event_id"] for e in expected]
    assert "North Korea" in page.text_content("#events tbody")

    first = expected[0]
    detail = api(server, f"/api/events/{first['event_id']}")
    mention = detail["mentions"][0]
    rows.first.click()
    page.wait_for_selector("#evidence mark.trigger", timeout=10_000)
    assert page.is_visible("#evidence")
    sentence = page.locator("#evidence .sentence").first
    assert sentence.text_content() == mention["mention"]["sentence"]
    assert page.locator("#evidence mark.trigger").first.text_content() == mention["mention"]["trigger"]["text"]
    for span in mention["spans"]:
        assert page.locator(f"#evidence mark.{span['kind']}").first.text_content() == span["text"]
    page.locator("#evidence button:has-text('show article')").first.click()
    page.wait_for_selector("#evidence .article-text p", timeout=5_000)
    assert "Kim Jong Un" in page.text_content("#evidence .article-text")

    page.screenshot(path=str(tmp_path / "dashboard-dyad.png"), full_page=True)
    assert not page.page_errors, page.page_errors
    assert not page.outside_requests, f"the page fetched from outside localhost: {page.outside_requests}"


def test_map_network_and_top_lists_render(page: Any, live_seed_server: LiveServer, tmp_path: Path) -> None:  # noqa: F811
    server = live_seed_server
    open_dashboard(page, server)
    points = api(server, "/api/map")
    assert points
    page.wait_for_selector("#map .scatterlayer .point", state="attached", timeout=10_000)
    plotted = page.evaluate("document.getElementById('map').data[1].x.length")
    assert plotted == len(points)
    page.wait_for_selector("#network .scatterlayer .point", state="attached", timeout=10_000)
    # the unfiltered table (events dated within the articles' dates) is paged: 50 rows, then
    # "Load more" fetches the next page by cursor
    rows = page.locator("#events tbody tr")
    stats = api(server, "/api/stats")
    total = len(api(server, "/api/events", status="asserted", since=stats["first_date"], until=stats["last_date"],
                    limit=500)["items"])
    assert rows.count() == min(50, total)
    if total > 50:
        page.click("#more")
        wait_until(page, f"document.querySelectorAll('#events tbody tr').length === {min(100, total)}")
        ids = [rows.nth(i).get_attribute("data-event-id") for i in range(rows.count())]
        assert len(set(ids)) == len(ids)
    assert int(page.get_attribute("#top-dyads", "data-count")) > 0
    assert f"{api(server, '/api/stats')['events']} events" in page.text_content("#stats")

    # picking an actor from the top list filters the whole dashboard
    top_actor = api(server, "/api/top/actors", n=10)[0]
    page.locator("#top-actors button").first.click()
    wait_until(page, "document.querySelector('input[name=actor]').value !== ''")
    page.wait_for_selector("body[data-ready=true]")
    assert page.input_value("input[name=actor]") == top_actor["key"].lstrip("~")
    page.screenshot(path=str(tmp_path / "dashboard-actor.png"), full_page=True)
    assert not page.page_errors, page.page_errors
    assert not page.outside_requests


def test_a_bad_filter_shows_the_api_error(page: Any, live_seed_server: LiveServer) -> None:  # noqa: F811
    open_dashboard(page, live_seed_server)
    page.fill("input[name=dyad]", "USA")
    page.click("button[type=submit]")
    page.wait_for_selector("#error:not([hidden])", timeout=10_000)
    assert "dyad" in page.text_content("#error")
    assert page.get_attribute("input[name=dyad]", "aria-invalid") == "true"



def test_article_search_opens_the_article(page: Any, live_seed_server: LiveServer, tmp_path: Path) -> None:  # noqa: F811
    open_dashboard(page, live_seed_server)
    page.fill("#article-search input[name=q]", "Vladivostok")
    page.click("#article-search button[type=submit]")
    wait_until(page, "document.getElementById('article-mode').textContent === 'substring match'")
    items = page.locator("#articles li[data-article-id]")
    assert items.count() == 1
    assert SEED_TITLE_WORDS in items.first.text_content()
    items.first.locator("button").click()
    page.wait_for_selector("#evidence .article-text p", timeout=5_000)
    assert "Vladivostok" in page.text_content("#evidence .article-text")
    assert page.locator("#evidence .article-events li").count() > 0
    page.screenshot(path=str(tmp_path / "dashboard-article.png"), full_page=True)
    assert not page.page_errors, page.page_errors


@pytest.fixture(scope="module")
def coded_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    """A server over two linked events: one coded by a named construction, one without a rule."""
    from factories import make_article, make_event, make_result
    from tidings.api import create_app
    from tidings.store import Store

    path = tmp_path_factory.mktemp("coded-web") / "coded.duckdb"
    art = make_article("ruled")
    Store(path).add([make_result(art, [make_event(art, 0, rule="intent_complement"),
                                       make_event(art, 1, source="RUS", target="CHN", code="010")])])
    with LiveServer(create_app(path)) as server:
        yield server


def test_evidence_shows_the_rule_next_to_the_trigger(browser: Any, coded_server: LiveServer) -> None:
    server = coded_server
    by_mention = {}
    for event in api(server, "/api/events")["items"]:
        mention = api(server, f"/api/events/{event['event_id']}")["mentions"][0]["mention"]
        by_mention[mention["event_id"]] = event["event_id"]
    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    try:
        open_dashboard(page, server)
        page.click(f"#events tbody tr[data-event-id='{by_mention['ruled-e0']}']")
        page.wait_for_selector("#evidence .mention .rule", timeout=10_000)
        assert page.text_content("#evidence .mention .rule") == "rule: intent_complement"
        line = page.text_content("#evidence .mention p.muted")
        assert "trigger “met” · rule: intent_complement · confidence" in line
        page.click(f"#events tbody tr[data-event-id='{by_mention['ruled-e1']}']")
        wait_until(page, "document.querySelector('#evidence .sentence')?.textContent === 'Sentence 1 of ruled.'")
        assert page.locator("#evidence .rule").count() == 0  # no rule recorded: nothing shown
        assert "trigger “met” · confidence" in page.text_content("#evidence .mention p.muted")
        page.fill("#article-search input[name=q]", "Geneva")
        page.click("#article-search button[type=submit]")
        page.wait_for_selector("#articles li[data-article-id=ruled] button", timeout=10_000)
        page.click("#articles li[data-article-id=ruled] button")
        page.wait_for_selector("#evidence .article-events li", timeout=5_000)
        listed = page.locator("#evidence .article-events li").all_text_contents()
        assert [" · rule: intent_complement" in item for item in listed] == [True, False]
    finally:
        context.close()
    assert not errors, errors
