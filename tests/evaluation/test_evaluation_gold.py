"""The evaluation harness: how predictions are compared with the gold sets' conventions."""

from __future__ import annotations

import pytest

from tidings.evaluation.gold import _role_outcome, evaluate_plover
from tidings.pipeline import Extractor
from tidings.records import Actor


@pytest.fixture(scope="module")
def extractor(nlp) -> Extractor:
    return Extractor(nlp=nlp)


def _plover(text: str, plover: str, sources: list[str], targets: list[str]) -> dict:
    return {"id": text[:10], "text": text, "date": "2020-01-01", "events": [{
        "plover": plover, "source": [{"text": c, "code": c} for c in sources],
        "target": [{"text": c, "code": c} for c in targets],
    }]}


# (gold record, expected tuple F1): a reciprocal event matches the gold's compound source with no
# target; a directed event does not
RECORDS = [
    (_plover("Japan and South Korea resumed negotiations on Monday.", "CONSULT", ["JPN", "KOR"], []), 1.0),
    (_plover("The Chinese premier met the Australian prime minister in Beijing.", "CONSULT", ["CHN", "AUS"], []), 1.0),
    (_plover("France and Germany criticized Russia.", "ACCUSE", ["FRA", "DEU"], ["RUS"]), 1.0),
    (_plover("France and Germany criticized Russia.", "ACCUSE", ["FRA", "DEU"], []), 0.0),
]


@pytest.mark.parametrize(("record", "f1"), RECORDS, ids=[f"{r['text'][:30]}-{f}" for r, f in RECORDS])
def test_tuples_follow_the_gold_convention_for_symmetric_events(extractor: Extractor, record: dict, f1: float) -> None:
    report = evaluate_plover([record], extractor)
    assert report.type_scores["f1"] == 1.0
    assert report.tuple_scores["f1"] == f1


@pytest.mark.parametrize(("text", "name", "outcome"), [
    ("him", "Michel Aoun", "correct"),           # a pronoun counts by what it refers to
    ("Michel Aoun", None, "correct"),
    ("him", None, "wrong"),
    ("the Lebanese president", "Michel Aoun", "correct"),
    ("Hezbollah", "Hezbollah", "wrong"),
])
def test_a_role_counts_by_its_text_or_referent(text: str, name: str | None, outcome: str) -> None:
    predicted = Actor(text=text, name=name, code="LBN", country="LBN")
    assert _role_outcome(predicted, [{"role": "target", "text": "his Lebanese counterpart , Michel Aoun"}]) == outcome
