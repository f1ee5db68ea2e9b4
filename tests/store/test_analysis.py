"""Analysis queries (dyad series, top lists) and the actor network, checked against Python."""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest

from factories import corpus
from tidings.errors import QueryError
from tidings.store import EventFilter, Store
from tidings.store.analysis import dyad_series, top
from tidings.store.network import network

ALL = EventFilter(limit=None, status="asserted")  # what the analyses count by default


@pytest.fixture(scope="module")
def store(tmp_path_factory) -> Store:
    s = Store(tmp_path_factory.mktemp("an") / "a.duckdb")
    s.add(corpus(300))
    return s


def key(actor) -> str:
    return actor.code if actor.code else "~" + (actor.name or actor.text).lower()


def ranked(counts: Counter[str], n: int) -> list[tuple[str, int]]:
    """The ``n`` most frequent keys, ties broken by key: the order ``top`` promises."""
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


def test_dyad_series_matches_linked_events(store: Store) -> None:
    events = store.linked_events(ALL)
    pair = {"USA", "RUS"}
    chosen = [e for e in events if e.source and e.target and {e.source.country, e.target.country} == pair]
    series = dyad_series(store, "USA", "RUS", interval="month")
    assert sum(p.events for p in series) == len(chosen)
    expected = Counter((e.date.replace(day=1), e.quad_class) for e in chosen)
    assert {(p.period, p.quad_class): p.events for p in series} == dict(expected)
    for p in series:
        golds = [e.goldstein for e in chosen if (e.date.replace(day=1), e.quad_class) == (p.period, p.quad_class)]
        assert p.goldstein_sum == pytest.approx(sum(golds))
        assert p.goldstein_mean == pytest.approx(sum(golds) / len(golds))
    directed = dyad_series(store, "USA", "RUS", interval="week", directed=True)
    assert sum(p.events for p in directed) == sum(1 for e in chosen if e.source.country == "USA")
    assert all(p.period.weekday() == 0 for p in directed)
    days = dyad_series(store, "USA", "RUS", interval="day", since=dt.date(2020, 1, 5), until=dt.date(2020, 1, 9))
    assert all(dt.date(2020, 1, 5) <= p.period <= dt.date(2020, 1, 9) for p in days)


def test_top_actors_dyads_codes(store: Store) -> None:
    events = store.linked_events(ALL)
    actors = Counter(key(a) for e in events for a in (e.source, e.target) if a)
    got = top(store, "actors", n=5)
    assert [(r.key, r.events) for r in got] == ranked(actors, 5)
    dyads = Counter(f"{key(e.source)}:{key(e.target)}" for e in events if e.source and e.target)
    assert [(r.key, r.events) for r in top(store, "dyads", n=3)] == ranked(dyads, 3)
    codes = Counter(e.cameo for e in events)
    assert [(r.key, r.events) for r in top(store, "codes", n=4)] == ranked(codes, 4)
    assert top(store, "roots", n=1)[0].events == Counter(e.cameo_root for e in events).most_common(1)[0][1]
    assert top(store, "countries", since=dt.date(2030, 1, 1)) == []
    with pytest.raises(QueryError, match="choose one of"):
        top(store, "verbs")  # type: ignore[arg-type]


def test_network_graphml_and_json(store: Store, tmp_path: Path) -> None:
    net = network(store)
    events = store.linked_events(ALL)
    assert sum(e.events for e in net.edges) == sum(1 for e in events if e.source and e.target)
    assert {e.source for e in net.edges} | {e.target for e in net.edges} == {n.id for n in net.nodes}
    net.write(tmp_path / "g.graphml")
    root = ET.parse(tmp_path / "g.graphml").getroot()
    ns = {"g": "http://graphml.graphdrawing.org/xmlns"}
    assert len(root.findall(".//g:edge", ns)) == len(net.edges)
    assert len(root.findall(".//g:node", ns)) == len(net.nodes)
    net.write(tmp_path / "g.json")
    data = json.loads((tmp_path / "g.json").read_text())
    assert data["directed"] and len(data["links"]) == len(net.edges)
    small = network(store, min_events=3, max_edges=2)
    assert len(small.edges) <= 2 and all(e.events >= 3 for e in small.edges)


def test_analyses_count_asserted_events_unless_told(store: Store) -> None:
    every = store.linked_events(EventFilter(limit=None))
    planned = [e for e in every if e.status == "planned"]
    assert planned, "the corpus has planned events"
    assert {e.status for e in store.linked_events(ALL)} == {"asserted"}
    codes_all = Counter(e.cameo for e in every)
    assert sum(r.events for r in top(store, "codes", n=100, status="all")) == sum(codes_all.values())
    assert sum(r.events for r in top(store, "codes", n=100)) == len(every) - len(planned)
    assert sum(r.events for r in top(store, "codes", n=100, base=EventFilter(status="planned"))) == len(planned)
    edges = sum(1 for e in every if e.source and e.target)
    assert sum(e.events for e in network(store, status="all").edges) == edges
    assert sum(e.events for e in network(store).edges) < edges
    both = sum(p.events for p in dyad_series(store, "USA", "RUS", status="all"))
    assert sum(p.events for p in dyad_series(store, "USA", "RUS")) < both
    with pytest.raises(QueryError, match="status 'maybe' must be one of"):
        top(store, "codes", status="maybe")


@pytest.fixture(scope="module")
def named(tmp_path_factory) -> Store:
    """A store whose actors go by several names: whichever sorts first is not the usual one."""
    from factories import make_article, make_event, make_result
    from tidings.records import Actor

    s = Store(tmp_path_factory.mktemp("labels") / "l.duckdb")
    results = []
    spellings = [("USAGOV", "American Samoa"), ("USAGOV", "Donald Trump"), ("PRKGOV", "Kim Jong Un"),
                 ("ZZZ", "Zed"), ("ZZZ", "Zed"), ("ZZZ", "Alpha"), (None, "the crowd"), (None, "The Crowd"),
                 (None, "The Crowd"), ("CVL", "villagers"), (None, "O'Brien's [men]")]
    for i, (code, name) in enumerate(spellings):
        art = make_article(f"named-{i}")
        source = Actor(text=name, name=name, code=code)
        target = Actor(text=f"official {i}", name=f"official {i}", code="PRKGOV", country="PRK")
        results.append(make_result(art, [make_event(art, 0, code="042").model_copy(
            update={"source": source, "target": target})]))
    s.add(results)
    return s


@pytest.mark.parametrize(("key", "label"), [
    ("USAGOV", "United States government"),   # the dictionary's reading, not min(name)
    ("PRKGOV", "North Korea government"),
    ("ZZZ", "Zed"),                            # no reading: the store's most frequent name
    ("~the crowd", "The Crowd"),               # an uncoded actor: its most frequent spelling
    ("CVL", "civilians (CVL)"),                # no country: a readable role and the code
    ("~o'brien's [men]", "O'Brien's [men]"),   # quotes and brackets survive the SQL literal
])
def test_top_actor_labels_are_canonical_or_most_frequent(named: Store, key: str, label: str) -> None:
    labels = {r.key: r.label for r in top(named, "actors", n=20)}
    assert labels[key] == label


def test_the_same_key_has_the_same_label_in_every_view(named: Store, store: Store) -> None:
    actors = {r.key: r.label for r in top(named, "actors", n=20)}
    nodes = {n.id: n.label for n in network(named).nodes}
    assert nodes == {k: actors[k] for k in nodes}
    for row in top(named, "dyads", n=20):
        source, target = row.key.split(":")
        assert row.label == f"{actors[source]} -> {actors[target]}"
    only_usagov = top(named, "actors", n=20, base=EventFilter(actor="USAGOV"))
    assert {r.key: r.label for r in only_usagov}["USAGOV"] == "United States government"  # not filter-dependent
    assert {r.key: r.label for r in top(store, "roots", n=20)}["04"] == "Consult"
    assert {r.key: r.label for r in top(store, "countries", n=20)}["PRK"] == "North Korea"
    assert all(r.label for r in top(store, "codes", n=20))
