"""The country of an event's place that the gazetteer gives none (a sea), on real Reuters sentences (issue
15), parsed with the real model: an attack in a sea is in the target's waters, not the attacker's.

Each row: the text, its dateline, the trigger word, the actor countries, and the place name and country
expected.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tidings.places import Gazetteer, article_places, locate_event
from tidings.records import Actor, Article

CASES = [
    # the attacked platform is Iran's: the Gulf is Iran's waters here, not the United States'
    (("U.S. warships destroyed an Iranian oil\nplatform in the Gulf on Monday and the Navy also raided a\nsecond "
      "oil rig in retaliation for Friday's Iranian missile\nattack on a U.S. flag tanker, the Pentagon said."),
     "WASHINGTON", "destroyed", ("USA", "IRN"), "Persian Gulf", "IRN"),
    # no target known: the sea keeps the attacker's country as before (a place is never left without one)
    (("U.S. warships destroyed an Iranian oil\nplatform in the Gulf on Monday and the Navy also raided a\nsecond "
      "oil rig in retaliation for Friday's Iranian missile\nattack on a U.S. flag tanker, the Pentagon said."),
     "WASHINGTON", "destroyed", ("USA", None), "Persian Gulf", "USA"),
]


@pytest.mark.parametrize(("text", "dateline", "trigger", "actors", "name", "country"), CASES,
                         ids=[f"{c[3][1]}-{c[5]}" for c in CASES])
def test_event_place_country(nlp, text, dateline, trigger, actors, name, country) -> None:
    article = Article(id="t", date=dt.date(1987, 10, 19), text=text, dateline=dateline)
    doc = nlp(text)
    places = article_places(doc, article, Gazetteer.load())
    token = next(t for t in doc if t.text == trigger)
    source, target = (None if c is None else Actor(text=c, code=c, country=c) for c in actors)
    location = locate_event(token, places, source, target)
    assert location is not None
    assert (location.name, location.country) == (name, country)
