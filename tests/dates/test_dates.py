"""Tests of the TIME stage: the phrase table, property tests and clause attachment."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tidings.dates.resolve import date_for_event, resolve_phrase

FIXTURE = Path(__file__).parents[1] / "fixtures" / "date_phrases.tsv"
SEED = Path(__file__).parents[2] / "examples" / "000_9412593e3c0903a8.txt"


def _table() -> list[tuple[str, ...]]:
    rows = []
    for line in FIXTURE.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(tuple((line.split("\t") + [""] * 7)[:7]))
    return rows


def _day(text: str) -> dt.date | None:
    return dt.date.fromisoformat(text) if text else None


def test_phrase_table_is_large_enough() -> None:
    assert len(_table()) >= 60


@pytest.mark.parametrize("phrase,published,tense,value,end,granularity,kind", _table())
def test_phrase_table(phrase, published, tense, value, end, granularity, kind) -> None:
    got = resolve_phrase(phrase, dt.date.fromisoformat(published), tense or None)
    if not value:
        assert got is None
        return
    assert got is not None, phrase
    assert (got.value, got.end, got.granularity, got.kind) == (_day(value), _day(end), granularity, kind)
    assert got.text


@pytest.fixture(scope="module")
def seed_doc(nlp):
    body = SEED.read_text(encoding="utf-8").split("\n", 2)[2]
    return nlp(body.replace("´", "'").replace("’", "'"))


def _token(doc, word: str, after: str | None = None):
    start = 0 if after is None else doc.text.index(after)
    return next(t for t in doc if t.text == word and t.idx >= start)


PUBLISHED = dt.date(2019, 4, 19)


def test_seed_said_thursday_is_the_past_thursday(seed_doc) -> None:
    got = date_for_event(_token(seed_doc, "said"), PUBLISHED)
    assert (got.value, got.granularity, got.kind) == (dt.date(2019, 4, 18), "day", "exact")


def test_seed_visit_this_month_is_april(seed_doc) -> None:
    got = date_for_event(_token(seed_doc, "visit"), PUBLISHED)
    assert (got.value, got.end, got.granularity) == (dt.date(2019, 4, 1), dt.date(2019, 4, 30), "month")


def test_seed_vladivostok_meeting_is_next_week(seed_doc) -> None:
    got = date_for_event(_token(seed_doc, "meeting", after="Izvestia"), PUBLISHED)
    assert (got.value, got.end, got.granularity) == (dt.date(2019, 4, 22), dt.date(2019, 4, 28), "week")


def test_seed_summit_is_a_range_in_the_article_year(seed_doc) -> None:
    got = date_for_event(_token(seed_doc, "heads"), PUBLISHED)
    assert (got.value, got.end, got.kind) == (dt.date(2019, 4, 26), dt.date(2019, 4, 27), "range")


def test_event_without_date_phrase_is_unresolved(nlp) -> None:
    doc = nlp("The ministry condemned the attack.")
    got = date_for_event(_token(doc, "condemned"), PUBLISHED)
    assert (got.value, got.kind, got.text) == (PUBLISHED, "unresolved", None)


def test_future_clause_reads_weekday_forward(nlp) -> None:
    doc = nlp("The two leaders will meet on Thursday in Hanoi, officials said.")
    assert date_for_event(_token(doc, "meet"), PUBLISHED).value == dt.date(2019, 4, 25)


def test_past_clause_reads_weekday_backward(nlp) -> None:
    doc = nlp("Police arrested dozens of protesters on Thursday.")
    assert date_for_event(_token(doc, "arrested"), PUBLISHED).value == dt.date(2019, 4, 18)


def test_main_clause_date_is_the_fallback(nlp) -> None:
    doc = nlp("The army said on Monday that rebels attacked a convoy.")
    got = date_for_event(_token(doc, "attacked"), PUBLISHED)
    assert got.value == dt.date(2019, 4, 15)


_WORDS = st.sampled_from([
    "last", "next", "this", "early", "late", "mid-", "the end of", "in", "on", "ago", "two", "a",
    "days", "week", "month", "year", "Monday", "Friday", "April", "May", "26", "27", "-", "and",
    "2018", "1990s", "the", "of", "second half", "spring", "winter", "yesterday", "quarter", "9999",
    "0", "31", "February", "29", "1000", "weeks", "earlier", "later", "within",
])
_PUBLISHED = st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2080, 12, 31))
_TENSE = st.sampled_from([None, "past", "future"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_WORDS, min_size=1, max_size=6).map(" ".join), _PUBLISHED, _TENSE)
def test_resolve_phrase_properties(phrase, published, tense) -> None:
    got = resolve_phrase(phrase, published, tense)
    if got is not None:
        assert abs(got.value.year - published.year) <= 200
        assert got.end is None or got.end >= got.value
        assert got.kind in ("exact", "approximate", "range")


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60), st.dates(), _TENSE)
def test_resolve_phrase_never_raises(text, published, tense) -> None:
    got = resolve_phrase(text, published, tense)
    assert got is None or got.end is None or got.end >= got.value


def test_plans_to_reads_weekday_forward(nlp) -> None:
    doc = nlp("The minister plans to visit Kabul on Tuesday.")
    assert date_for_event(_token(doc, "visit"), PUBLISHED).value == dt.date(2019, 4, 23)


def test_perfect_tense_reads_weekday_backward(nlp) -> None:
    doc = nlp("The rebels have seized the town on Tuesday.")
    assert date_for_event(_token(doc, "seized"), PUBLISHED).value == dt.date(2019, 4, 16)


@pytest.mark.parametrize("phrase", ["last 9999 year", "the past 9999 years", "9999 days ago", "in 5000 years",
                                    "within 300 years"])
def test_a_count_of_units_further_than_any_story_dates_is_no_date(phrase: str) -> None:
    # found by the property test above: "last 9999 year" was read as 1,000 years back (the count's cap)
    assert resolve_phrase(phrase, dt.date(2000, 1, 1), None) is None
