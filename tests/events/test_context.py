"""Context a sentence leaves implicit (``tidings.events.context``), on real Reuters-21578 sentences:
a foreign party never takes the country of the event's place or of its source."""

from __future__ import annotations

import pytest

from tidings.inputs.readers import make_article
from tidings.pipeline import Extractor, ExtractorSettings
from tidings.records import Event

FOREIGN = [
    # reuters-1906: the governments asked are other states', not Indonesia's
    (("Indonesia has asked foreign governments to finance its share of new projects being built with overseas "
      "money, because it cannot afford even to meet local costs."), "foreign governments"),
    # reuters-8796: Sudan's creditors are other countries and banks
    (("Sudan has resisted pressure from main creditors for more currency adjustments, arguing that past "
      "devaluations had failed to boost exports but raised local consumer prices."), "creditors"),
]


@pytest.fixture(scope="module")
def extractor(nlp) -> Extractor:
    return Extractor(ExtractorSettings(min_confidence=0.0), nlp=nlp)


def events_of(extractor: Extractor, text: str) -> list[Event]:
    (result,) = list(extractor.run([make_article(text=text, date="1987-03-04", origin="test")]))
    return result.events


@pytest.mark.parametrize(("sentence", "party"), FOREIGN)
def test_a_foreign_party_keeps_no_country(extractor: Extractor, sentence: str, party: str) -> None:
    actors = [a for e in events_of(extractor, sentence) for a in (e.source, e.target)
              if a is not None and party in a.text]
    assert actors, f"no event has {party!r} as a party"
    assert all(a.foreign and a.country is None for a in actors), [(a.text, a.code) for a in actors]
