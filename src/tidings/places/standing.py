"""Place mentions that stand for someone rather than say where an event is (used by
:mod:`tidings.places.locate`): the dateline, a country or capital standing for its government, where
people come from.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tidings.places.attach import PLACE_NOUNS
from tidings.places.gazetteer import Gazetteer
from tidings.places.mentions import PlaceMention
from tidings.records import Location

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["is_actor"]

ORIGIN_NOUNS = frozenset({"resident", "native", "citizen", "inhabitant"})
"""Nouns whose "of X" says where someone is from: "A resident of Antioch, Illinois, Rittenhouse is accused"."""


def is_actor(mention: PlaceMention, trigger: Token, dateline_end: int) -> bool:
    """Not where the event is: the dateline ("LONDON (Reuters) -"), a country or capital outside a
    locative phrase, which stands for its government ("Iran said", "talks with Washington",
    "Baghdad and Washington are in talks"), or where people come from ("a pharmacist from Birmingham",
    "United States Senator from Vermont Bernie Sanders won", "A resident of Antioch, Illinois")."""
    token = trigger.doc[mention.root]
    location = mention.location
    doc = trigger.doc
    if mention.start < dateline_end:
        return True
    listed = token
    while listed.dep_ in ("appos", "conj") and listed.head.i != listed.i:
        listed = listed.head  # "a resident of Antioch, Illinois": Illinois stands beside Antioch
    if (listed.dep_ == "pobj" and listed.head.lower_ == "of" and listed.head.head.lemma_.lower() in ORIGIN_NOUNS
            and not _population(listed.head.head)):
        return True
    if (token.dep_ == "pobj" and token.head.lower_ == "from" and token.head.head.pos_ in ("NOUN", "PROPN")
            and not _seat_won(token.head.head)):
        return True
    before = doc[mention.token_start - 1] if mention.token_start >= 1 else None
    if before is not None and before.lower_ == "from" and not _seat_won(before.head):
        return True
    if location is None or (location.feature != "country" and not _is_capital(location)):
        return False
    return not _named_as_place(mention, token, location)


SEAT_NOUNS = frozenset({"senator", "representative", "congressman", "congresswoman", "governor", "mp", "deputy",
                        "lawmaker", "legislator", "delegate", "member"})
"""Offices held for a place: "Senator from X" names the place the office is won in."""
WINNING_LEMMAS = frozenset({"become", "elect", "reelect", "re-elect"})


def _seat_won(noun: Token) -> bool:
    """An office for a place that the clause wins ("Hagan defeated incumbent Republican US Senator Elizabeth
    Dole to become the first female Democratic US Senator from North Carolina": the election is in North
    Carolina), not a title naming where someone is from ("United States Senator from Vermont Bernie Sanders
    won the Democratic Party's Nevada caucuses")."""
    return (noun.lemma_.lower() in SEAT_NOUNS and noun.dep_ in ("attr", "oprd")
            and noun.head.lemma_.lower() in WINNING_LEMMAS)


def _population(noun: Token) -> bool:
    """A bare plural "residents of X": the people of the place, whose doings happen there ("Residents of
    central Oklahoma returned to their homes over the weekend after a week of heavy rains"), not one
    person named by where they come from ("A resident of Antioch, Illinois, Rittenhouse is accused")."""
    return noun.tag_ == "NNS" and not any(c.dep_ == "det" for c in noun.children)


def _named_as_place(mention: PlaceMention, token: Token, location: Location) -> bool:
    """A country or capital the text names as a place: "the mayor of the capital city of San Juan",
    "Yemen's capital, Sana'a", "in French capital Paris", "The Tbilisi city court"."""
    doc = token.doc
    before = doc[mention.token_start - 1] if mention.token_start >= 1 else None
    if token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in PLACE_NOUNS:
        return True
    if (mention.token_start >= 2 and before is not None and before.text == ","
            and doc[mention.token_start - 2].lemma_.lower() in PLACE_NOUNS):
        return True
    if location.feature == "country":
        return False
    return (before is not None and before.lemma_.lower() in PLACE_NOUNS) or (
        token.dep_ in ("compound", "amod", "nmod") and token.head.lemma_.lower() in PLACE_NOUNS)


def _is_capital(location: Location) -> bool:
    place = Gazetteer.load().country(location.country)
    return place is not None and location.feature == "city" and place.lat == location.lat and place.lon == location.lon
