"""Tests of the PLACE stage: gazetteer, disambiguation, event location rules, accuracy floor."""

from __future__ import annotations

import datetime as dt
import importlib.util
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tidings.places.locate import Gazetteer, PlaceContext, article_places, detect_dateline, locate_event
from tidings.records import Actor, Article

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "examples" / "000_9412593e3c0903a8.txt"
PUBLISHED = dt.date(2019, 4, 19)


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


def _article(text: str, dateline: str | None = None) -> Article:
    return Article(id="test", date=PUBLISHED, text=text, dateline=dateline)


@pytest.fixture(scope="module")
def seed(nlp, gazetteer):
    body = SEED.read_text(encoding="utf-8").split("\n", 2)[2].replace("´", "'").replace("’", "'")
    doc = nlp(body)
    return doc, article_places(doc, _article(body), gazetteer)


def _token(doc, word: str, after: str | None = None):
    start = 0 if after is None else doc.text.index(after)
    return next(t for t in doc if t.text == word and t.idx >= start)


def test_gazetteer_is_loaded_once(gazetteer) -> None:
    assert Gazetteer.load() is gazetteer


def test_vladivostok_meeting_is_located_in_vladivostok(seed) -> None:
    doc, places = seed
    location = locate_event(_token(doc, "meeting", after="Izvestia"), places, None, None)
    assert location is not None
    assert (location.geonames_id, location.country, location.feature, location.rule) == (
        2013348, "RUS", "city", "clause")
    assert location.adm1 == "RU.59" and location.full_name == "Vladivostok, Russia"
    assert location.lat == pytest.approx(43.1, abs=0.1) and location.lon == pytest.approx(131.9, abs=0.1)


def test_seed_dateline_is_moscow(seed) -> None:
    doc, places = seed
    assert places.dateline is not None and places.dateline.geonames_id == 524901
    kremlin = Actor(text="the Kremlin", code="RUSGOV", country="RUS")
    location = locate_event(_token(doc, "said"), places, kremlin, None)
    assert (location.name, location.rule) == ("Moscow", "dateline")


def test_visit_is_located_in_the_visited_country(seed) -> None:
    doc, places = seed
    location = locate_event(_token(doc, "visit"), places, Actor(text="Kim", country="PRK"), None)
    assert (location.country, location.feature, location.rule) == ("RUS", "country", "clause")


def test_far_east_is_a_russian_region(seed) -> None:
    _, places = seed
    far_east = next(m for m in places.mentions if m.text == "Far East")
    assert (far_east.location.country, far_east.location.feature) == ("RUS", "region")


def test_actor_country_is_the_last_resort(nlp, gazetteer) -> None:
    text = "The North Korean leader condemned the drills."
    doc = nlp(text)
    places = article_places(doc, _article(text), gazetteer)
    location = locate_event(_token(doc, "condemned"), places, Actor(text="leader", country="PRK"), None)
    assert (location.country, location.feature, location.rule, location.geonames_id) == (
        "PRK", "country", "actor_country", 1873107)


def test_dateline_not_used_for_foreign_actors(nlp, gazetteer) -> None:
    text = "LONDON (Reuters) - Iranian forces attacked Iraqi positions, the agency said."
    doc = nlp(text)
    places = article_places(doc, _article(text), gazetteer)
    assert places.dateline.name == "London"
    location = locate_event(_token(doc, "attacked"), places, Actor(text="forces", country="IRN"),
                            Actor(text="positions", country="IRQ"))
    assert (location.country, location.rule) == ("IRQ", "target_country")  # an attack happens where its target is
    said = locate_event(_token(doc, "said"), places, Actor(text="agency", country="IRN"), None)
    assert (said.country, said.rule) == ("IRN", "actor_country")


def test_no_place_no_actor_no_dateline_gives_none(nlp, gazetteer) -> None:
    text = "Officials condemned the decision."
    doc = nlp(text)
    assert locate_event(_token(doc, "condemned"), article_places(doc, _article(text), gazetteer), None, None) is None


@pytest.mark.parametrize("text,name,geonames_id", [
    ("Senators from Florida, Utah and Georgia backed the bill in Washington.", "Georgia", 4197000),
    ("Russian troops remain in Georgia, the government in Tbilisi said.", "Georgia", 614540),
    ("Ministers met in Paris on Monday, France's foreign ministry said.", "Paris", 2988507),
    ("The festival took place in Paris, Texas, last weekend.", "Paris", 4717560),
    ("Fighting broke out in Tripoli between rival militias, Libya's government said.", "Tripoli", 2210247),
    ("Clashes erupted in Tripoli, Lebanon's second city, and spread to Beirut.", "Tripoli", 266826),
    ("A bank in Birmingham, Ala., was closed by regulators.", "Birmingham", 4049979),
    ("A British pharmacist from Birmingham was detained in Syria.", "Birmingham", 2655603),
])
def test_context_disambiguates(nlp, gazetteer, text, name, geonames_id) -> None:
    doc = nlp(text)
    places = article_places(doc, _article(text), gazetteer)
    mention = next(m for m in places.mentions if m.text.startswith(name))
    assert mention.location is not None and mention.location.geonames_id == geonames_id


def test_geocode_uses_population_capitals_and_context(gazetteer) -> None:
    assert gazetteer.geocode("Paris").country == "FRA"
    assert gazetteer.geocode("Tripoli").country == "LBY"
    assert gazetteer.geocode("Tripoli", PlaceContext(countries={"LBN": 2}, local={"LBN": 1})).country == "LBN"
    assert gazetteer.geocode("Georgia").feature == "country"
    assert gazetteer.geocode("Singapore").feature == "country"
    assert gazetteer.geocode("Kiev").geonames_id == 703448
    assert gazetteer.geocode("U.S.").country == "USA"
    assert gazetteer.geocode("Gaza Strip").country == "PSE"
    assert gazetteer.geocode("Crimea").feature == "region"
    assert gazetteer.geocode("Qamishli").geonames_id == 173377
    assert gazetteer.geocode("Middle East").feature == "region"
    assert gazetteer.geocode("Nowhereville") is None
    assert gazetteer.demonym_country("Russian") == "RUS"


@pytest.mark.parametrize("text,expected", [
    ("MOSCOW: North Korea's leader", "MOSCOW"),
    ("NEW YORK, Feb 26 (Reuters) - Shares rose", "NEW YORK"),
    ("BEIRUT, June 1 - The prime minister", "BEIRUT"),
    ("LONDON (Reuters) - Britain said", "LONDON"),
    ("The US said on Monday", None),
])
def test_detect_dateline(text, expected) -> None:
    assert detect_dateline(text) == expected


def _bench():
    spec = importlib.util.spec_from_file_location("geocode_accuracy", ROOT / "bench" / "geocode_accuracy.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["geocode_accuracy"] = module  # its dataclasses look their module up
    spec.loader.exec_module(module)
    return module


def test_geocoding_accuracy_floor(nlp, shared_data) -> None:
    bench = _bench()
    gold = bench.load_gold()
    assert len(gold) >= 150
    figures = bench.score(bench.predictions(gold, nlp, shared_data / "corpora"))
    assert figures["exact_accuracy"] >= 0.90
    assert figures["country_accuracy"] >= 0.97


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=40))
def test_geocode_never_raises(text) -> None:
    location = Gazetteer.load().geocode(text)
    assert location is None or location.name


def test_city_of_and_apposition_locate_the_specific_place(nlp, gazetteer) -> None:
    text = "A British volunteer fighting in the besieged city of Afrin, northern Syria, was killed."
    doc = nlp(text)
    places = article_places(doc, _article(text), gazetteer)
    location = locate_event(_token(doc, "killed"), places, None, None)
    assert (location.geonames_id, location.country, location.rule) == (174186, "SYR", "clause")


def test_origin_is_not_the_event_location(nlp, gazetteer) -> None:
    text = "Delegates from Japan met in Geneva on Monday."
    doc = nlp(text)
    location = locate_event(_token(doc, "met"), article_places(doc, _article(text), gazetteer), None, None)
    assert location.name == "Geneva"


@pytest.mark.parametrize("dateline,name,adm1", [
    ("FRAMINGHAM, Mass., March 26 - ", "Framingham", "US.MA"),
    ("SHAMOKIN, PENN., March 16 - ", "Shamokin", "US.PA"),
    ("PORTLAND, Feb 26 - ", "Portland", "US.OR"),
])
def test_reuters_datelines_with_state_abbreviations(nlp, gazetteer, dateline, name, adm1) -> None:
    text = "The company said it agreed to the deal."
    places = article_places(nlp(text), _article(text, dateline=dateline), gazetteer)
    assert (places.dateline.name, places.dateline.adm1) == (name, adm1)


def test_igo_actors_do_not_block_the_dateline(nlp, gazetteer) -> None:
    text = "GENEVA (Reuters) - The United Nations appealed for calm."
    doc = nlp(text)
    places = article_places(doc, _article(text), gazetteer)
    un = Actor(text="The United Nations", code="IGOUNO", country="IGO")
    location = locate_event(_token(doc, "appealed"), places, un, None)
    assert (location.name, location.rule) == ("Geneva", "dateline")


def test_earlier_place_outside_the_actors_countries_is_not_their_place(seed) -> None:
    """ "North Korea's foreign ministry described Pompeo as reckless" in a Moscow-datelined story about
    a Vladivostok summit: North Korea's words, not Moscow."""
    doc, places = seed
    source, target = Actor(text="North Korea", country="PRK"), Actor(text="Pompeo", country="USA")
    location = locate_event(_token(doc, "described"), places, source, target)
    assert (location.name, location.rule) == ("North Korea", "actor_country")
