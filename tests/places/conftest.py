"""The place Tidings gives one event of a one-article text, for the table-driven place tests."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

import pytest

from tidings.places import Gazetteer, article_places, locate_event
from tidings.records import Actor, Article, Location

EventLocation = Callable[[str, dt.date, "str | None", str, "tuple[str | None, str | None]"], Location]


@pytest.fixture
def event_location(nlp) -> EventLocation:
    """``(text, date, dateline, trigger word, (source country, target country))`` -> the place of
    the event the trigger word names, with actors whose code and country are those countries."""
    def locate(text: str, date: dt.date, dateline: str | None, trigger: str,
               actors: tuple[str | None, str | None]) -> Location:
        article = Article(id="t", date=date, text=text, dateline=dateline)
        doc = nlp(text)
        places = article_places(doc, article, Gazetteer.load())
        token = next(t for t in doc if t.text == trigger)
        source, target = (None if c is None else Actor(text=c, code=c, country=c) for c in actors)
        location = locate_event(token, places, source, target)
        assert location is not None
        return location
    return locate
