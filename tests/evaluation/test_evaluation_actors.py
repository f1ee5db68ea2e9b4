"""Actor accuracy on gold sentences (``evaluate_actors``)."""

from __future__ import annotations

import json

import pytest

from tidings.evaluation.actors import evaluate_actors, judge
from tidings.records import Actor

GOLD = [
    {"id": "a", "text": "Russian troops shelled the village, Ukrainian officials said.", "date": "2022-03-01",
     "events": [{"source": [{"text": "Russian troops", "code": "RUS", "sector": "MIL"}],
                 "target": [{"text": "village", "code": "UKR", "sector": "CVL"}]}]},
    {"id": "b", "text": "The UN condemned the attack on Monday.", "date": "2022-03-01",
     "events": [{"source": [{"text": "UN", "code": "IGO", "sector": None}], "target": []}]},
]


def test_evaluate_actors_on_a_small_gold_file(tmp_path, nlp):
    path = tmp_path / "gold.jsonl"
    path.write_text("\n".join(json.dumps(r) for r in GOLD) + "\n", encoding="utf-8")
    scores = evaluate_actors(path, nlp)
    assert scores.total == 3
    assert scores.country_correct == 2          # "village": civilians (CVL) of no named country
    assert scores.sector_correct == 3 and scores.sector_total == 3
    assert "country=0.667" in scores.summary()


JUDGEMENTS = [
    ({"code": "JAP", "sector": None}, Actor(text="x", code="JPN", country="JPN"), (True, True)),
    ({"code": "IGO", "sector": None}, Actor(text="x", code="NGOHRIAMN", sectors=["HRI"]), (True, False)),
    ({"code": "PSE", "sector": "CVLkur"}, Actor(text="x", code="PSECVL", country="PSE", sectors=["CVL"]), (True, True)),
    ({"code": "IRQ", "sector": "CIV"}, Actor(text="x", code="IRQCVL", country="IRQ", sectors=["CVL"]), (True, True)),
    ({"code": "USA", "sector": "GOV"}, None, (False, False)),
]


@pytest.mark.parametrize(("gold", "actor", "expected"), JUDGEMENTS)
def test_scoring_rules(gold, actor, expected):
    outcome = judge("s", gold, actor)
    assert (outcome.country_ok, outcome.sector_ok) == expected


def test_unknown_gold_sector_is_not_scored():
    outcome = judge("s", {"code": "ISR", "sector": "***"}, Actor(text="x", code="ISR", country="ISR"))
    assert outcome.sector_ok is None and outcome.country_ok


def test_dev_gold_accuracy_does_not_regress(nlp, shared_data):
    gold = shared_data / "gold" / "plover_gsr_dev.jsonl"
    if not gold.is_file():
        pytest.skip("PLOVER dev gold not available")
    scores = evaluate_actors(gold, nlp)
    assert scores.total == 436
    assert scores.country_accuracy >= 0.89
    assert scores.sector_accuracy >= 0.79
