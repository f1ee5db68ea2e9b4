"""The real-sentence table (tests/fixtures/where_when_cases.jsonl): 521 place and date cases from
Wikinews, the Guardian sample and Reuters, answers written by hand before the system ran on them
(the 150 ``nplace-N`` cases written blind, after the geocoder's rules; the 67 ``bplace-N`` cases a
second blind batch from Wikinews and Reuters articles not in the table before; the 51 ``cplace-N``
cases a third; the 54 ``dplace-N`` cases a fourth, whose misses are never studied, so none of the third's
or fourth's cases is checked on its own here).

The cases run through the real stages on their whole parsed articles (bench/geocode_accuracy.py);
the floors are the issue's targets on the issue's table (the cases before the second batch, which is
a generalisation figure the bench reports apart), and the held-out quarter is reported beside the dev
part by the bench.  Every date case and every place case the system gets right today is also checked on its own,
so that a change which breaks one case names it.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def _bench():
    spec = importlib.util.spec_from_file_location("geocode_accuracy_table", ROOT / "bench" / "geocode_accuracy.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["geocode_accuracy_table"] = module
    spec.loader.exec_module(module)
    return module


BENCH = _bench()
CASES = BENCH.load_cases()
KNOWN_MISSES = frozenset({
    # places the gazetteer spells otherwise or lacks ("Shirkat", "Shawqat" for Ash Sharqat;
    # "La Junquera", "Ain Issa" (GeoNames: Ain Aissa), Ouadi Doum, Haj Omran, the Java
    # Sea and Great Abaco Island without a country, "Dunbartonshire East")
    "place-79", "place-84",
    "nplace-113", "nplace-60", "nplace-123", "nplace-104",
    "nplace-97", "nplace-4", "nplace-99",
    # the place is only in a later sentence or far back in the article (Abingdon, Trichy, Toronto,
    # Washington, the Gulf)
    "nplace-53", "nplace-82", "nplace-6", "nplace-90", "nplace-94", "nplace-147",
    # a nearer place of another kind wins: the departure airport's town vs "near Las Vegas", "the Salaheddin
    # district" later on
    "nplace-37", "nplace-7",
    # a holiday the model does not tag ("Just before Christmas the UN acknowledged")
    "date-39",
    # the second blind batch's dev misses left after the fixes for it: the dateline over the sentence's
    # place ("closed the road"); Haj Omran unknown
    "bplace-66", "bplace-30",
})
"""Dev cases the system misses today (held-out cases are not listed: they are only measured)."""


@pytest.fixture(scope="module")
def results(nlp, shared_data):
    return {r.case["id"]: r for r in BENCH.run_table(CASES, nlp, shared_data / "corpora")}


def test_table_is_large_and_split() -> None:
    assert len(CASES) >= 150
    assert len({c["id"] for c in CASES}) == len(CASES)
    held_out = [c for c in CASES if BENCH.case_split(c["id"]) == "holdout"]
    assert 0.15 * len(CASES) <= len(held_out) <= 0.35 * len(CASES)


def _issue_table(results) -> list:
    """The issue's table: every case but the second, third and fourth blind batches'."""
    return [r for r in results.values() if BENCH.case_set(r.case["id"]) not in {"batch", "cplace", "dplace"}]


def test_table_meets_the_country_and_date_targets(results) -> None:
    figures = BENCH.table_figures(_issue_table(results))
    assert figures["country_accuracy"] >= 0.95
    assert figures["date_accuracy"] >= 0.95


def test_table_meets_the_exact_place_target(results) -> None:
    assert BENCH.table_figures(_issue_table(results))["exact_accuracy"] >= 0.85


@pytest.mark.parametrize("case_id", [c["id"] for c in CASES if BENCH.case_split(c["id"]) == "dev"
                                     and BENCH.case_set(c["id"]) not in {"cplace", "dplace"}
                                     and c["id"] not in KNOWN_MISSES])
def test_dev_case(results, case_id) -> None:
    result = results[case_id]
    assert result.right, (result.case["sentence"], result.case["expect"], result.place or result.date)


@pytest.mark.parametrize(("expect", "got", "right"), [
    ({"value": "1975", "end": None}, "1975-03-18", True),
    ({"value": "2019-06", "end": None}, "2019-06-01", True),
    ({"value": "2019-06", "end": None}, "2019-07-01", False),
    ({"value": "2019-08-02", "end": None}, "2019-08-01", False),
])
def test_date_right_compares_at_the_gold_precision(expect, got, right) -> None:
    import datetime as dt

    from tidings.records import EventDate

    assert BENCH.date_right(expect, EventDate(value=dt.date.fromisoformat(got))) is right


@pytest.mark.parametrize(("expect", "got", "right"), [
    # a city-territory is right as the city or as the territory ("Hong Kong protesters gathered")
    ({"name": "Hong Kong", "country": "HKG", "geonames_id": 1819729, "feature": None},
     {"name": "Hong Kong", "country": "HKG", "geonames_id": 1819730, "feature": "country"}, True),
    # not a country for its capital city ("the Red Sea port of Djibouti")
    ({"name": "Djibouti", "country": "DJI", "geonames_id": 223817, "feature": None},
     {"name": "Djibouti", "country": "DJI", "geonames_id": 223816, "feature": "country"}, False),
    # a place the gazetteer lacks is not the gold's GeoNames place
    ({"name": "Tiruchirappalli", "country": "IND", "geonames_id": 1254388, "feature": None},
     {"name": "Tamil Nadu", "country": "IND", "geonames_id": None, "feature": "adm1"}, False),
    # Location has no kind for water: a sea is a region
    ({"name": "Java Sea", "country": "IDN", "geonames_id": None, "feature": "water"},
     {"name": "Java Sea", "country": "IDN", "geonames_id": None, "feature": "region"}, True),
    ({"name": "Java Sea", "country": "IDN", "geonames_id": None, "feature": "water"},
     {"name": "Java Sea", "country": "IDN", "geonames_id": None, "feature": "city"}, False),
])
def test_place_right_conventions(expect, got, right) -> None:
    from tidings.records import Location

    assert BENCH.place_right(expect, Location(**got))[0] is right
