"""The places stage: offline geocoding of an article's place mentions and each event's location.

``article_places(doc, article, gazetteer)`` geocodes the article once; ``locate_event(clause,
places, source, target)`` chooses an event's place. The gazetteer is loaded by the caller
(``Gazetteer.load()``) and passed in.
"""

from __future__ import annotations

from tidings.places.gazetteer import Gazetteer, Place, PlaceContext
from tidings.places.locate import locate_event
from tidings.places.mentions import ArticlePlaces, PlaceMention, article_places

__all__ = ["ArticlePlaces", "Gazetteer", "Place", "PlaceContext", "PlaceMention", "article_places", "locate_event"]
