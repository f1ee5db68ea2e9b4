"""Values written into read queries as SQL literals come back from DuckDB exactly as given."""

from __future__ import annotations

import datetime as dt

import duckdb
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tidings.store.literals import inline, literal

TEXT = st.text(st.characters(blacklist_categories=["Cs"], blacklist_characters="\x00"), max_size=40)
conn = duckdb.connect()


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_any_string_round_trips(value: str) -> None:
    assert conn.execute(f"SELECT {literal(value)}").fetchone() == (value,)


@settings(max_examples=100, deadline=None)
@given(st.lists(TEXT, max_size=5), st.integers(-(2**62), 2**62), st.floats(allow_nan=False, allow_infinity=False),
       st.dates(), st.booleans())
def test_placeholders_take_the_values_in_order(words: list[str], number: int, real: float, day: dt.date,
                                               flag: bool) -> None:
    sql = "SELECT ?, '?' AS q, ? -- a comment's ?\n, ?::VARCHAR[], ?, ?"
    got = conn.execute(inline(sql, [number, real, words, day, flag])).fetchone()
    assert got == (number, "?", real, words, day, flag) and isinstance(got[2], float)


def test_counts_must_match_and_unknown_types_are_refused() -> None:
    with pytest.raises(ValueError, match="more placeholders"):
        inline("SELECT ?, ?", [1])
    with pytest.raises(ValueError, match="2 parameters for 1"):
        inline("SELECT ?", [1, 2])
    with pytest.raises(TypeError):
        literal(object())
    assert conn.execute(f"SELECT {literal(None)}, {literal(float('inf'))}").fetchone() == (None, float("inf"))
