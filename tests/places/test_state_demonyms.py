"""A state's or province's demonym is a mention of the state (issue 15; :mod:`tidings.places.territory`), not
a country's ("Georgian") and not a word of an organisation's name: real sentences of Reuters and Wikinews,
parsed with the real model and geocoded by :func:`tidings.places.article_places`.

Each row: the text, its dateline, the trigger, the place name :func:`tidings.places.locate_event` gives, and
the rule.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tidings.places import Gazetteer, article_places, locate_event
from tidings.records import Article

CASES = [
    # the workers' province, not the dateline city (the model tags "British" and "Columbian" apart)
    (("Thousands of British Columbian\nunionized workers staged a one-day general strike to protest\nproposed "
      "new provincial labor legislation."), "VANCOUVER, British Columbia, June 1", "staged", "British Columbia",
     "sentence"),
    # a country's demonym stays the country's people: no state of Georgia
    (("Nikoloz Basilashvili, a Georgian tennis player with current world ranking number 27, was arrested on "
      "Friday on a charge of domestic violence in front of a minor."), None, "arrested", "Georgia", None),
    # the town the clause names still wins over its region's demonym
    (("An apartment block caught fire on Saturday morning in Badalona, a Catalonian city around ten kilometres "
      "from Barcelona."), None, "caught", "Badalona", "clause"),
]


@pytest.mark.parametrize(("text", "dateline", "trigger", "name", "rule"), CASES, ids=[c[3] for c in CASES])
def test_state_demonym(nlp, text, dateline, trigger, name, rule) -> None:
    article = Article(id="t", date=dt.date(1987, 6, 1), text=text, dateline=dateline)
    doc = nlp(text)
    places = article_places(doc, article, Gazetteer.load())
    location = locate_event(next(t for t in doc if t.text == trigger), places, None, None)
    if rule is None:
        assert not any(m.location is not None and m.location.feature == "adm1" for m in places.mentions)
    else:
        assert location is not None and (location.name, location.rule) == (name, rule)
