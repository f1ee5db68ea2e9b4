"""Context a sentence leaves implicit (``tidings.events.context``), on real Reuters-21578 sentences:
a foreign party never takes the country of the event's place or of its source."""

from __future__ import annotations

import pytest

from tidings.events.context import with_context_country
from tidings.inputs.readers import make_article
from tidings.pipeline import Extractor, ExtractorSettings
from tidings.records import Actor, Event

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


def test_a_country_taken_from_the_place_is_marked_as_taken_from_context() -> None:
    # "Police arrested two Polish citizens for trying to steal Japanese computer technology" (reuters-3437):
    # the police are Japan's because the event happens there, not because the sentence says so; the learned
    # layer and the target choice see that the country was borrowed
    police = Actor(text="Police", name=None, code="COP", country=None, sectors=["COP"], kind="government")
    placed = with_context_country(police, "JPN")
    assert placed is not None and (placed.code, placed.country, placed.country_from_context) == ("JPNCOP", "JPN", True)
    poles = Actor(text="two Polish citizens", name=None, code="POLCVL", country="POL", sectors=["CVL"])
    assert with_context_country(poles, "JPN") == poles
