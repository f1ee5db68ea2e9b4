"""Each network edge says which quad class most of its events have (the dashboard colours it so)."""

from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path

import pytest

from factories import corpus, make_article, make_event, make_result
from tidings.records import Actor
from tidings.store import EventFilter, Store
from tidings.store.network import network, with_quad_classes


def _key(actor: Actor) -> str:
    return actor.code if actor.code else "~" + (actor.name or actor.text).lower()


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    s = Store(tmp_path_factory.mktemp("quads") / "q.duckdb")
    s.add(corpus(200))
    return s


def test_edge_quad_class_is_the_most_common_one(store: Store) -> None:
    quads: dict[tuple[str, str], Counter[int]] = defaultdict(Counter)
    for e in store.linked_events(EventFilter(limit=None, status="all")):
        if e.source and e.target:
            quads[(_key(e.source), _key(e.target))][e.quad_class] += 1
    every = EventFilter(status="all")
    net = with_quad_classes(store, network(store, max_edges=1000, base=every), base=every)
    assert net.edges
    for edge in net.edges:
        counts = quads[(edge.source, edge.target)]
        assert edge.quad_class == max(counts, key=lambda q: (counts[q], q)), (edge, counts)


def test_a_tie_goes_to_the_more_conflictual_class(tmp_path: Path) -> None:
    art = make_article("tie")
    s = Store(tmp_path / "tie.duckdb")
    s.add([make_result(art, [make_event(art, 0, code="042"), make_event(art, 1, code="190")])])
    every = EventFilter(status="all")
    (edge,) = with_quad_classes(s, network(s, base=every), base=every).edges
    assert (edge.source, edge.target, edge.quad_class) == ("USA", "PRK", 4)
