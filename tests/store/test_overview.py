"""The dashboard's overviews computed by the store: time series for any filter, map points, actors."""

from __future__ import annotations

from collections import Counter

import pytest

from factories import corpus
from tidings.store import EventFilter, Store
from tidings.store.overview import QUAD_KEYS, actor_counts, map_points, time_series

ALL = EventFilter(limit=None, status="asserted")  # what the overviews count by default


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    s = Store(tmp_path_factory.mktemp("overview") / "o.duckdb")
    s.add(corpus(160))
    return s


@pytest.mark.parametrize("f", [EventFilter(), EventFilter(actor="RUS"), EventFilter(dyad="USA:RUS"),
                               EventFilter(status="all"), EventFilter(actor="RUS", status="planned")])
def test_time_series_counts_every_linked_event_once_per_quad_class(store: Store, f: EventFilter) -> None:
    events = store.linked_events(f.model_copy(update={"limit": None, "status": f.status or "asserted"}))
    points = time_series(store, f, "week")
    assert events and sum(p.events for p in points) == len(events)
    assert [p.period for p in points] == sorted({p.period for p in points})
    quads = Counter(e.quad_class for e in events)
    for quad, key in QUAD_KEYS.items():
        assert sum(getattr(p, key) for p in points) == quads[quad]
    assert sum(p.mentions for p in points) == sum(e.num_mentions for e in events)
    assert sum(p.goldstein_sum for p in points) == pytest.approx(sum(e.goldstein for e in events))
    for p in points:
        assert p.goldstein_mean == pytest.approx(p.goldstein_sum / p.events)


def test_map_points_are_one_per_place_busiest_first(store: Store) -> None:
    events = [e for e in store.linked_events(ALL) if e.location is not None and e.location.lat is not None]
    points = map_points(store, EventFilter(), 100)
    assert sum(p.events for p in points) == len(events)
    assert [p.events for p in points] == sorted((p.events for p in points), reverse=True)
    assert len({(p.name, p.lat, p.lon) for p in points}) == len(points)
    assert len(map_points(store, EventFilter(), 1)) == 1
    located = [e for e in store.linked_events(EventFilter(limit=None)) if e.location and e.location.lat is not None]
    assert sum(p.events for p in map_points(store, EventFilter(status="all"), 100)) == len(located) > len(events)


def test_actor_counts_match_a_code_prefix_or_a_country(store: Store) -> None:
    everyone = actor_counts(store, None, 100, 0)
    assert [a.mentions for a in everyone] == sorted((a.mentions for a in everyone), reverse=True)
    russians = actor_counts(store, "rus", 100, 0)
    assert russians and all((a.code or "").startswith("RUS") or a.country == "RUS" for a in russians)
    assert actor_counts(store, None, 2, 1) == everyone[1:3]
