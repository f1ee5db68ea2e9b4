"""``%``, ``_`` and ``\\`` in the actor, text and actor-search filters are characters, not LIKE wildcards."""

from __future__ import annotations

from pathlib import Path

import pytest

from factories import make_actor, make_article, make_event, make_result
from tidings.errors import QueryError
from tidings.store import EventFilter, Store
from tidings.store.overview import actor_counts


@pytest.fixture()
def store(tmp_path: Path) -> Store:
    store = Store(tmp_path / "like.duckdb")
    sentences = {"a1": "Prices rose 50% on Monday.", "a2": "They paid 500 dollars on Monday.",
                 "a3": "The path was C:\\data on Monday."}
    names = {"a1": "A_B Group", "a2": "AxB Group", "a3": "Back\\slash Front"}
    results = []
    for n, (aid, sentence) in enumerate(sentences.items()):
        article = make_article(aid)
        actor = make_actor(f"ZZ{n}", name=names[aid], text=names[aid])
        results.append(make_result(article, [make_event(article, sentence=sentence, source=None, target=None)
                                              .model_copy(update={"source": actor})]))
    store.add(results)
    return store


@pytest.mark.parametrize(("field", "value", "expected"), [
    ("text", "50%", {"a1"}),            # % was a wildcard: "50%" matched "500 dollars" too
    ("text", "50", {"a1", "a2"}),
    ("text", "C:\\data", {"a3"}),
    ("actor", "A_B", {"a1"}),           # _ was a wildcard: "A_B" matched "AxB"
    ("actor", "%", set()),              # % alone matched every actor
    ("actor", "back\\slash", {"a3"}),
])
def test_filter_values_are_literal(store: Store, field: str, value: str, expected: set[str]) -> None:
    events = store.events(EventFilter(**{field: value}))
    assert {e.article_id for e in events} == expected


def test_actor_search_is_literal(store: Store) -> None:
    assert {a.name for a in actor_counts(store, "A_B", 10, 0)} == {"A_B Group"}
    assert actor_counts(store, "%", 10, 0) == []


def test_limit_beyond_a_64_bit_integer_is_a_query_error() -> None:
    with pytest.raises(QueryError, match="limit"):
        EventFilter.parse(limit=99999999999999999999)
