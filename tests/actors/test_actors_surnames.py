"""A surname alone names a known person only when the article agrees (issue 14, "Context decides").

The constructed sentences are the brief's cases; the Muscat sentence is wikinews (the funeral
of Sultan Qaboos of Oman, January 2020, when Joseph Muscat was still Malta's prime minister)."""

from __future__ import annotations

import datetime as dt
import re

import pytest

from tidings.actors import ActorDictionary, ArticleActors, find_actors
from tidings.records import Actor, Article

QABOOS = ("Before Qaboos's burial at a family cemetery, his successor, Haitham bin Tariq Al Said, "
          "attended funeral prayers at the Sultan Qaboos Grand Mosque in Muscat.")  # wikinews

# (text, title, mention, code the mention gets: None = no known person's code)
SURNAMES = [
    ("Johnson criticised the United States.", "Talks", "Johnson", None),
    ("Abela criticised the United States.", "Talks", "Abela", None),
    ("Ortega criticised the United States.", "Talks", "Ortega", None),
    ("Prime Minister Johnson criticised the United States.", "Talks", "Johnson", "GBRGOV"),
    ("President Ortega criticised the United States.", "Talks", "Ortega", "NICGOV"),
    ("Boris Johnson arrived in Paris. Johnson criticised the United States.", "Talks", "Johnson", "GBRGOV"),
    ("In London, Johnson criticised the United States.", "Talks", "Johnson", "GBRGOV"),
    ("Ortega criticised the United States.", "Nicaragua protests", "Ortega", "NICGOV"),
]


@pytest.fixture(scope="module")
def dictionary() -> ActorDictionary:
    return ActorDictionary.load()


def analyse(nlp, dictionary: ActorDictionary, text: str, title: str, on: dt.date) -> ArticleActors:
    return find_actors(nlp(text), Article(id="t", date=on, title=title, text=text), dictionary)


def actor_at(actors: ArticleActors, mention: str, occurrence: int = -1) -> Actor | None:
    found = list(re.finditer(r"(?<!\w)" + re.escape(mention) + r"(?!\w)", actors.doc.text))
    span = actors.doc.char_span(found[occurrence].start(), found[occurrence].end(), alignment_mode="expand")
    return actors.actor_for(span.root)


@pytest.mark.parametrize(("text", "title", "mention", "code"), SURNAMES)
def test_a_surname_alone_needs_the_article_to_agree(nlp, dictionary, text, title, mention, code):
    actor = actor_at(analyse(nlp, dictionary, text, title, dt.date(2020, 3, 1)), mention)
    if code is None:
        assert actor is None or ((actor.code or "")[3:] != "GOV" and actor.kind == "person")
    else:
        assert actor is not None and actor.code == code


@pytest.mark.parametrize(("text", "day", "code", "location"), [
    (QABOOS, "2020-01-11", "OMN", True),
    ("Iran and Oman held talks in Muscat on Sunday.", "2020-01-11", "OMN", True),
    ("Muscat said it would mediate between Iran and the United States.", "2020-01-11", "OMNGOV", False),
])
def test_a_surname_that_is_also_a_capital_is_the_place(nlp, dictionary, text, day, code, location):
    actors = analyse(nlp, dictionary, text, "Talks", dt.date.fromisoformat(day))
    actor = actor_at(actors, "Muscat")
    assert actor is not None and (actor.code or "").startswith(code) and "MLT" not in (actor.code or "")
    assert (actor.kind == "location") == location


def test_a_nickname_that_is_no_surname_stays_unrestricted(nlp, dictionary):
    actor = actor_at(analyse(nlp, dictionary, "Farmaajo criticised the United States.", "Talks",
                             dt.date(2019, 3, 1)), "Farmaajo")
    assert actor is not None and actor.code == "SOMGOV"
