"""A name the gazetteer lacks that is bombarded, entered or attacked by armed forces, or reached, is kept
as a place (issue 15), but not a people's name, a level, a person visited or a sign-off: real sentences of
Wikinews and Reuters, parsed with the real model and geocoded by :func:`tidings.places.article_places`.

Each row: the text, the name, and whether it is kept as a place mention.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tidings.places import Gazetteer, article_places
from tidings.records import Article

CASES = [
    (("The Syrian Army — whose commander-in-chief is President Bashar al-Assad — entered Tell Tamer and Ain Issa "
      "yesterday according to state media."), "Tell Tamer", True),
    (("The nearest settlement to Area 51 is Rachel in Lincoln County. It is a remote desert town. Over a thousand "
      "were reported to have reached Rachel, but most did not make the final trek to the base."), "Rachel", True),
    (("South Korea's Finance Minister Chung In-yong will visit U.S. Treasury Secretary James Baker next week to "
      "discuss U.S. Requests for an appreciation of South Korea's won."), "James Baker", False),
    ("The INA correspondent said Iraqi troops had surrounded the Iranians after the overnight attack was launched.",
     "Iranians", False),
    ("Hurricane Lorenzo reached Category 5 on the Saffir–Simpson scale this past Saturday.", "Category", False),
    (("Iraqi planes yesterday raided the nearby Ardeshir oil field, resuming attacks on Iranian targets after a "
      "month-long lull. REUTER"), "REUTER", False),
]


@pytest.mark.parametrize(("text", "name", "kept"), CASES, ids=[c[1] for c in CASES])
def test_aimed_unknown_name(nlp, text, name, kept) -> None:
    places = article_places(nlp(text), Article(id="t", date=dt.date(2019, 9, 1), text=text), Gazetteer.load())
    found = [m for m in places.mentions if m.text == name and m.location is not None]
    assert bool(found) is kept
