"""Listings and analyses go on to pandas and Arrow with the same rows and flat columns."""

from __future__ import annotations

import datetime as dt
import sys

import pytest

from factories import corpus
from tidings.store import EventFilter, Store
from tidings.store.analysis import dyad_series, top
from tidings.store.frames import MissingExtra, Rows
from tidings.store.network import network
from tidings.store.overview import map_points, time_series


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Store:
    s = Store(tmp_path_factory.mktemp("frames") / "f.duckdb")
    s.add(corpus(80))
    return s


def test_events_become_flat_frames_and_tables(store: Store) -> None:
    events = store.events(EventFilter(limit=20))
    assert isinstance(events, list) and len(events) == 20  # still the list it always was
    frame = events.df()
    assert len(frame) == 20 and {"event_id", "source_code", "target_country", "date_value", "cameo"} <= set(frame)
    assert list(frame["event_id"]) == [e.event_id for e in events]
    table = events.arrow()
    assert table.num_rows == 20 and table.column("cameo").to_pylist() == [e.cameo for e in events]
    linked = store.linked_events(EventFilter(limit=None, dyad="USA:RUS"))
    assert linked.df()["num_mentions"].sum() == sum(e.num_mentions for e in linked)


def test_events_table_reads_the_stored_columns_into_arrow(store: Store) -> None:
    f = EventFilter(limit=None, actor="RUS", since="2020-01-02")
    table = store.events_table(f)
    assert table.column("event_id").to_pylist() == [e.event_id for e in store.linked_events(f)]
    mentions = store.events_table(EventFilter(limit=7), linked=False)
    assert mentions.num_rows == 7 and "sentence" in mentions.column_names
    assert len(table.to_pandas()) == table.num_rows


def test_analyses_become_frames(store: Store) -> None:
    rows = top(store, "actors", n=5)
    assert list(rows.df()["key"]) == [r.key for r in rows] and rows.arrow().num_rows == 5
    series = dyad_series(store, "USA", "RUS")
    assert series.df()["events"].sum() == sum(p.events for p in series)
    assert time_series(store, EventFilter(), "month").arrow().num_rows > 0
    assert len(map_points(store, EventFilter(), 3).df()) == 3
    net = network(store)
    assert len(net.edge_rows().df()) == len(net.edges) and net.node_rows().arrow().num_rows == len(net.nodes)
    empty = top(store, "countries", since=dt.date(2031, 1, 1))
    assert empty == [] and list(empty.df().columns) == ["key", "label", "events", "mentions", "goldstein_mean"]
    assert empty.arrow().column_names == ["key", "label", "events", "mentions", "goldstein_mean"]


def test_a_frame_without_pandas_names_what_to_install(monkeypatch: pytest.MonkeyPatch, store: Store) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)  # as if pandas were not installed
    with pytest.raises(MissingExtra, match="pip install 'pandas<3'"):
        Rows(store.events(EventFilter(limit=1))).df()
