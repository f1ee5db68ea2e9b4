"""The target a kept event leaves implicit: the story's country (``tidings.events.implied``).

Real sentences of training articles; every candidate is kept (threshold 0) so that the rows test
the implied target alone."""

from __future__ import annotations

import pytest

from tidings.events.implied import IMPLIED_TARGET_ROOTS
from tidings.inputs.readers import make_article
from tidings.pipeline import Extractor, ExtractorSettings
from tidings.records import Event

HONG_KONG = (
    "On Wednesday, Carrie Lam, the chief executive of Hong Kong, announced that her government will "
    "officially withdraw a proposed bill that would have allowed China to extradite accused criminals from "
    "Hong Kong to be tried under the mainland's criminal justice system.\n\n"
    '"The government will fully withdraw the bill in order to fully allay public concerns," Lam said in a '
    "televised announcement.")
"""wikinews-09aa45206e4b2f97: the coder's target of the withdrawal is "(the public, implied)", of Hong Kong."""


@pytest.fixture(scope="module")
def extractor(nlp) -> Extractor:
    return Extractor(ExtractorSettings(min_confidence=0.0), nlp=nlp)


def events_of(extractor: Extractor, text: str) -> list[Event]:
    (result,) = list(extractor.run([make_article(text=text, date="2019-09-05", origin="test")]))
    return result.events


def test_a_targetless_statement_takes_the_story_country(extractor: Extractor) -> None:
    implied = [e for e in events_of(extractor, HONG_KONG) if e.target and "implied: the story" in e.target.text]
    assert implied, "no event took the story's country as its target"
    assert {e.target.country for e in implied if e.target} == {"HKG"}
    assert all(e.cameo_root in IMPLIED_TARGET_ROOTS for e in implied)
    assert all(e.target is not None and e.target.country_from_context for e in implied)


def test_a_one_sentence_article_implies_nothing(extractor: Extractor) -> None:
    first = HONG_KONG.split("\n\n")[0]
    events = events_of(extractor, first)
    assert events, "the sentence must still give its events"
    assert not [e for e in events if e.target and "implied: the story" in e.target.text]


@pytest.mark.parametrize("root", ["04", "09", "14", "15", "18", "19", "20"])
def test_meetings_protests_and_violence_name_their_own_targets(root: str) -> None:
    assert root not in IMPLIED_TARGET_ROOTS
