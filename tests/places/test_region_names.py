"""English names of first-level regions pycountry gives only in their own language ("Nei Mongol Zizhiqu",
"Niedersachsen"), and the Soviet-era names of countries in the Reuters-21578 news of 1987 ("Byelorussia",
"Kirghizia"), on real sentences of that corpus: each name is a place mention of the right kind and country.
"""

from __future__ import annotations

import datetime as dt

import pytest

from tidings.places import Gazetteer, article_places
from tidings.places.spans import kind_hint
from tidings.records import Article

ROWS = [
    (("It said rain fell in Peking, Shandong, Hebei, Henan, Shanxi, Shaanxi, Qinghai, Sichuan and parts of "
     "Inner Mongolia."), "Inner Mongolia", "adm1", "CHN"),
    ("The federal government and the state of Lower Saxony together have 40 pct of VW shareholders' votes.",
     "Lower Saxony", "adm1", "DEU"),
    (("Spring sowing is off to a slow start, with planting two to four weeks behind schedule in many areas of the "
     "Ukraine, Byelorussia and Russia, because the winter was unusually cold."), "Byelorussia", "country", "BLR"),
]


@pytest.mark.parametrize(("text", "name", "feature", "country"), ROWS, ids=[row[1] for row in ROWS])
def test_region_and_old_country_names(nlp, text, name, feature, country) -> None:
    places = article_places(nlp(text), Article(id="t", date=dt.date(1987, 4, 1), text=text), Gazetteer.load())
    found = {m.text.removeprefix("the "): m.location for m in places.mentions}
    assert name in found, found
    location = found[name]
    assert location is not None and (location.feature, location.country) == (feature, country)


def test_a_province_after_a_line_break_is_the_province(nlp) -> None:
    """Reuters wraps its lines: the word after the name may follow a line break (Reuters-21578)."""
    text = ("A state of emergency had been declared in Southland\nprovince apart from the city of Invercargill and "
            "its port,\nBluff, as rivers rose over four meters above normal.")
    doc = nlp(text)
    name = next(e for e in doc.ents if e.text == "Southland")
    assert kind_hint(doc, name.start, name.end) == "adm1"
    places = article_places(doc, Article(id="t", date=dt.date(1987, 3, 1), text=text), Gazetteer.load())
    location = next(m.location for m in places.mentions if m.text == "Southland")
    assert location is not None and (location.feature, location.country) == ("adm1", "NZL")


def test_a_persons_surname_is_no_place(nlp) -> None:
    """The model tags the surname alone a place, and GeoNames has a Hagan, Georgia (Wikinews)."""
    text = ("Former US Senator Kay Hagan died on Monday. A decade later, in 2008, Hagan defeated incumbent "
            "Republican US Senator Elizabeth Dole to become the first female Democratic US Senator from "
            "North Carolina.")
    places = article_places(nlp(text), Article(id="t", date=dt.date(2019, 10, 29), text=text), Gazetteer.load())
    assert "Hagan" not in {m.text for m in places.mentions}
    assert "North Carolina" in {m.text for m in places.mentions}
