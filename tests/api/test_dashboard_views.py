"""What a person sees in each view of the dashboard, in headless Chromium against a real server
over a real store: the timeline's range and its note on outliers, the status and root controls,
the network's names and legend, the map's countries, errors replacing stale charts, and the
API docs. The store is built from record factories so the figures are known in advance."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from conftest_web import LiveServer
from test_dashboard_browser import CHROMIUM, browser, wait_until  # noqa: F401  (fixture)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(),
                       reason="needs Debian's chromium at /usr/bin/chromium (apt-get install chromium)"),
]

QUAD_NAMES = ["verbal cooperation", "material cooperation", "verbal conflict", "material conflict"]
OUTLIER_DATES = [dt.date(1905, 1, 1), dt.date(1950, 6, 1), dt.date(2100, 6, 1)]
HYPOTHETICAL = 4


def _results() -> list[Any]:
    """Thirty articles of early 2020 with four events each (one per quad class), an article
    that also mentions three events dated far away, and hypothetical strikes."""
    from factories import make_article, make_event, make_result

    results = []
    for i in range(30):
        art = make_article(f"a{i:02d}", dt.date(2020, 1, 5) + dt.timedelta(days=3 * i))
        results.append(make_result(art, [
            make_event(art, 0, source="USA", target="RUS", code="042", place=0),
            make_event(art, 1, source="RUS", target="USA", code="112", place=1),
            make_event(art, 2, source="CHN", target="JPN", code="190", place=4),
            make_event(art, 3, source="GBR", target="FRA", code="061", place=2),
        ]))
    old = make_article("history", dt.date(2020, 2, 1))
    results.append(make_result(old, [
        make_event(old, i, source="DEU", target="FRA", code="057", date=day) for i, day in enumerate(OUTLIER_DATES)
    ]))
    maybe = make_article("maybe", dt.date(2020, 2, 10))
    results.append(make_result(maybe, [
        make_event(maybe, i, source="IRN", target="ISR", code="190", status="hypothetical",
                   date=dt.date(2020, 2, 10) + dt.timedelta(days=7 * i), place=3)
        for i in range(HYPOTHETICAL)
    ]))
    return results


@pytest.fixture(scope="module")
def server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[LiveServer]:
    from tidings.api import create_app
    from tidings.store import Store

    path = tmp_path_factory.mktemp("views") / "views.duckdb"
    Store(path).add(_results())
    with LiveServer(create_app(path)) as live:
        yield live


@pytest.fixture(params=[1400, 800], ids=["wide", "narrow"])
def page(request: pytest.FixtureRequest, browser: Any, server: LiveServer) -> Iterator[Any]:  # noqa: F811
    context = browser.new_context(viewport={"width": request.param, "height": 900})
    page = context.new_page()
    page.outside_requests = []
    page.page_errors = []
    local = (server.url, "data:", "blob:" + server.url)
    page.on("request", lambda r: None if r.url.startswith(local) else page.outside_requests.append(r.url))
    page.on("pageerror", lambda e: page.page_errors.append(str(e)))
    page.width = request.param
    yield page
    assert not page.page_errors, page.page_errors
    assert not page.outside_requests, f"the page fetched from outside localhost: {page.outside_requests}"
    context.close()


def api(server: LiveServer, path: str, **params: Any) -> Any:
    response = httpx.get(server.url + path, params=params, timeout=10)
    response.raise_for_status()
    return response.json()


def linked(server: LiveServer, **params: Any) -> int:
    """How many linked events the API lists for these filters (the store links repeated reports)."""
    return len(api(server, "/api/events", limit=500, **params)["items"])


def open_dashboard(page: Any, server: LiveServer, query: str = "") -> None:
    page.goto(server.url + "/" + query)
    page.wait_for_selector("body[data-ready=true]", timeout=20_000)


def apply_filters(page: Any) -> None:
    """Press Apply and wait until every view has answered."""
    done = int(page.get_attribute("body", "data-refreshes") or 0)
    page.click("button[type=submit]")
    wait_until(page, f"Number(document.body.dataset.refreshes) > {done}")


def x_range(page: Any) -> list[str]:
    return [str(v)[:10] for v in page.evaluate("document.getElementById('timeline').layout.xaxis.range")]


def first_listed_date(page: Any) -> str:
    return str(page.text_content("#events tbody tr td"))


def bar_total(page: Any) -> int:
    return int(page.evaluate("document.getElementById('timeline').data.filter(t => t.type === 'bar')"
                             ".reduce((n, t) => n + t.y.reduce((a, b) => a + b, 0), 0)"))


def test_timeline_frames_the_bulk_and_notes_the_outliers(page: Any, server: LiveServer, tmp_path: Path) -> None:
    open_dashboard(page, server)
    page.wait_for_selector("#timeline .barlayer .point", state="attached", timeout=10_000)
    first, last = x_range(page)
    assert "2019-12-20" <= first <= "2020-01-05" and "2020-03-25" <= last <= "2020-04-15", (first, last)
    note = page.text_content("#timeline-note")
    assert note.startswith(f"{len(OUTLIER_DATES)} events are dated outside this range (all dates: 1905–2100)")
    assert page.locator(".modebar").count() == 0, "no plotly toolbar over the axis titles"
    # no dead space: the card ends just under its chart and note
    gap = page.evaluate("""(() => {
        const card = document.getElementById('timeline-section').getBoundingClientRect();
        const note = document.getElementById('timeline-note').getBoundingClientRect();
        return card.bottom - note.bottom; })()""")
    assert gap < 30, f"{gap}px of empty card under the timeline"
    assert page.evaluate("document.documentElement.scrollWidth") <= page.width, "the page fits its width"
    page.screenshot(path=str(tmp_path / f"timeline-{page.width}.png"), full_page=True)

    # the events table opens on the articles' dates too, and says so
    assert first_listed_date(page) >= "2020-01-05"
    assert "the articles' dates" in page.text_content("#events-count")

    page.click("#timeline-range")
    wait_until(page, "document.getElementById('timeline-range').textContent === 'frame the bulk'")
    first, last = x_range(page)
    assert first <= "1905-01-01" and last >= "2100-06-01"
    wait_until(page, "document.querySelector('#events tbody tr td').textContent === '1905-01-01'")
    assert "the articles' dates" not in page.text_content("#events-count")
    assert bar_total(page) == linked(server, status="asserted")
    page.click("#timeline-range")  # back to the bulk; then dates the user picks are shown whole
    page.fill("input[name=since]", "1900-01-01")
    apply_filters(page)
    assert x_range(page)[0] <= "1905-01-01" and page.text_content("#timeline-note") == ""


def test_status_and_root_controls_filter_every_view(page: Any, server: LiveServer) -> None:
    asserted = linked(server, status="asserted")
    hypothetical = linked(server, status="hypothetical")
    assert asserted > hypothetical > 0 and linked(server) == asserted + hypothetical
    open_dashboard(page, server)
    page.wait_for_selector("#timeline .barlayer .point", state="attached", timeout=10_000)
    assert page.input_value("select[name=status]") == "asserted"
    assert bar_total(page) == asserted
    assert "asserted events" in page.text_content("#timeline-title")
    assert page.locator("#events .status").count() == 0

    page.select_option("select[name=status]", "all")
    apply_filters(page)
    assert bar_total(page) == asserted + hypothetical
    assert "every status" in page.text_content("#timeline-title")
    assert "status=all" in page.url

    page.select_option("select[name=status]", "hypothetical")
    page.select_option("select[name=root]", "19")
    apply_filters(page)
    assert bar_total(page) == hypothetical
    rows = page.locator("#events tbody tr")
    assert rows.count() == hypothetical
    assert set(page.locator("#events tbody .status").all_text_contents()) == {"hypothetical"}
    assert set(page.locator("#events tbody .code").all_text_contents()) == {"190"}
    assert page.locator("#top-actors button").all_text_contents() == ["Iran", "Israel"]


def test_network_has_names_quad_colours_and_a_legend(page: Any, server: LiveServer) -> None:
    open_dashboard(page, server)
    page.wait_for_selector("#network .legend .legendtext", state="attached", timeout=10_000)
    assert page.locator("#network .legend .legendtext").all_text_contents() == QUAD_NAMES
    # actors are labelled by name (the store's label for each code), not by code
    names = {n["id"]: n["label"] for n in api(server, "/api/network", edges=40)["nodes"]}
    codes = ["USA", "RUS", "CHN", "JPN", "GBR", "FRA"]
    assert all(names[c] and names[c] != c for c in codes), names
    labels = set(page.locator("#network .scatterlayer .textpoint").all_text_contents())
    assert {names[c] for c in codes} <= labels and not set(codes) & labels
    colours = page.evaluate("""Object.fromEntries(document.getElementById('network').data
        .filter(t => t.mode === 'lines' && t.x[0] !== null).map(t => [t.text.split(':')[0], t.line.color]))""")
    quads = {1: "#7fb8e6", 2: "#1f6fb4", 3: "#f2a65a", 4: "#c8372d"}
    for (source, target), quad in {("CHN", "JPN"): 4, ("USA", "RUS"): 1, ("RUS", "USA"): 3, ("GBR", "FRA"): 2}.items():
        assert colours[f"{names[source]} → {names[target]}"] == quads[quad], (source, target)
    # force-directed, not a circle: linked actors sit closer than unlinked ones
    where = page.evaluate("""(() => { const d = document.getElementById('network').data.at(-1);
        return Object.fromEntries(d.customdata.map((id, i) => [id, [d.x[i], d.y[i]]])); })()""")

    def dist(a: str, b: str) -> float:
        return float(((where[a][0] - where[b][0]) ** 2 + (where[a][1] - where[b][1]) ** 2) ** 0.5)

    assert dist("CHN", "JPN") < dist("CHN", "USA") and dist("GBR", "FRA") < dist("GBR", "RUS")


def test_map_draws_country_borders_under_the_places(page: Any, server: LiveServer) -> None:
    open_dashboard(page, server)
    page.wait_for_selector("#map .scatterlayer .point", state="attached", timeout=10_000)
    land = page.evaluate("(() => { const t = document.getElementById('map').data[0];"
                         " return {fill: t.fill, points: t.x.filter(v => v !== null).length,"
                         " rings: t.x.filter(v => v === null).length}; })()")
    assert land["fill"] == "toself" and land["points"] > 5000 and land["rings"] > 177
    shown = page.evaluate("document.getElementById('map').data[1].text")
    assert sorted(shown) == sorted(
        f"{p['name']}, {p['country']}: {p['events']} events, Goldstein {p['goldstein_mean']:.1f}"
        for p in api(server, "/api/map"))
    box = page.evaluate("document.querySelector('#map .nsewdrag').getBoundingClientRect().height")
    assert box > 150


def test_an_error_replaces_every_stale_view(page: Any, server: LiveServer) -> None:
    open_dashboard(page, server)
    page.wait_for_selector("#network .legend", state="attached", timeout=10_000)
    page.fill("input[name=dyad]", "USA")  # not 'A:B'
    apply_filters(page)
    assert "dyad USA" in page.text_content("#timeline-title")
    for view in ("#timeline", "#map", "#network"):
        assert page.locator(f"{view} .main-svg").count() == 0, f"{view} still shows the old chart"
        assert "invalid parameter 'dyad'" in page.text_content(f"{view} .error")
    assert "invalid parameter 'dyad'" in page.text_content("#events tbody .error")
    assert page.text_content("#timeline-note") == ""
    page.fill("input[name=dyad]", "USA:RUS")
    apply_filters(page)
    assert page.locator("#timeline .error").count() == 0 and page.locator("#timeline .main-svg").count() > 0
    page.page_errors.clear()


def test_api_docs_are_swagger_ui_with_markdown_rendered(page: Any, server: LiveServer) -> None:
    page.goto(server.url + "/docs")
    page.wait_for_selector(".opblock-summary-path", timeout=15_000)
    paths = page.locator(".opblock-summary-path").all_text_contents()
    assert "/api/events" in paths and "/api/top/{kind}" in paths and "/api/ingest" in paths
    description = page.locator(".info .description")
    assert description.locator("code").all_text_contents() == ["/"], "the Markdown `/` is rendered as code"
    assert "`" not in description.text_content()
