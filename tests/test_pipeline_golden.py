"""Golden files: whole articles in, every expected event out (reviewed by eye, with reasons), each with
the construction of the event coder that coded it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tidings.events.constructions import construction_names
from tidings.inputs.readers import read_inputs
from tidings.pipeline import Extractor
from tidings.records import Article

GOLDEN = Path(__file__).parent / "golden"
ROOT = Path(__file__).resolve().parents[1]


def _summary(event) -> dict:
    return {
        "sentence": event.sentence_index, "trigger": event.trigger.text, "cameo": event.cameo, "status": event.status,
        "reciprocal": event.reciprocal,
        "source": event.source.code if event.source else None, "target": event.target.code if event.target else None,
        "date": event.date.value.isoformat(), "granularity": event.date.granularity,
        "location": event.location.name if event.location else None, "rule": event.rule,
    }


@pytest.mark.parametrize("golden", sorted(GOLDEN.glob("*.events.json")), ids=lambda p: p.name)
def test_article_gives_exactly_the_reviewed_events(golden: Path, nlp) -> None:
    spec = json.loads(golden.read_text(encoding="utf-8"))
    (article,) = [a for a in read_inputs([ROOT / spec["article"]]) if isinstance(a, Article)]
    (result,) = list(Extractor(nlp=nlp).run([article]))
    got = [_summary(e) for e in result.events]
    expected = [{k: v for k, v in e.items() if k != "why"} for e in spec["events"]]
    assert got == expected


def test_seed_events_carry_the_full_record(seed_path: Path, nlp) -> None:
    (article,) = [a for a in read_inputs([seed_path]) if isinstance(a, Article)]
    (result,) = list(Extractor(nlp=nlp).run([article]))
    vladivostok = [e for e in result.events if e.location and e.location.name == "Vladivostok"]
    assert vladivostok and vladivostok[0].location.geonames_id == 2013348
    assert vladivostok[0].date.end.isoformat() == "2019-04-28"
    attack = next(e for e in result.events if e.trigger.text == "attack")
    assert attack.plover == "ACCUSE" and attack.quad_class == 3 and attack.goldstein == -2.0
    assert attack.target.name and "Pompeo" in attack.target.name and attack.target.sectors == ["GOV"]
    assert article.text[attack.trigger.start:attack.trigger.end] == "attack"
    aid = next(e for e in result.events if e.cameo.startswith("07"))
    assert aid.plover == "AID" and aid.source.country == "RUS"
    assert result.tone is not None and result.tone.tone < 0


def test_every_seed_event_names_its_construction(seed_path: Path, nlp) -> None:
    (article,) = [a for a in read_inputs([seed_path]) if isinstance(a, Article)]
    (result,) = list(Extractor(nlp=nlp).run([article]))
    assert result.events
    assert all(e.rule and e.rule in construction_names() for e in result.events), [e.rule for e in result.events]


@pytest.mark.parametrize(("text", "numbers"), [
    ("MOSCOW: Russia said it would talk. Then it talked.", [0, 0, 1]),   # the dateline shares the lead's number
    ("Russia said it would talk. Then it talked.", [0, 1]),
])
def test_a_dateline_is_no_sentence_of_its_own(nlp, text: str, numbers: list[int]) -> None:
    from tidings.inputs.readers import find_dateline
    from tidings.nlp import sentence_index
    from tidings.places.dateline import dateline_prefix

    doc = nlp(text)
    prefix = dateline_prefix(text)
    assert (find_dateline(text) is not None) == (len(numbers) == 3)
    index = sentence_index(doc, dateline_end=prefix.end() if prefix and find_dateline(text) else 0)
    assert [index[s.start] for s in doc.sents] == numbers
