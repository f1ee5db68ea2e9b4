"""PLACE stage: geocode an article's place mentions and locate each event.

:func:`article_places` (see :mod:`tidings.places.mentions`) geocodes every GPE/LOC/FAC entity
and the dateline with the article's context, so "Tripoli" in an article about Lebanon is
Tripoli, Lebanon and "Georgia" next to "Utah" and "Florida" is the US state; "Paris, Texas"
restricts the first name to the second; one name keeps one meaning within an article.
:class:`Gazetteer` (see :mod:`tidings.places.gazetteer`) is the offline GeoNames-based lookup.

:func:`locate_event` picks, in order: a place attached to the event's clause ("would take
place in Vladivostok", "talks in Moscow", "visit Russia") -> ``rule="clause"``; the dateline
city when the actors are unknown or from the dateline's country -> ``"dateline"``; the
country of the source, else target actor -> ``"actor_country"``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tidings.dates.clause import CHAINED_DEPS, clause_head, parent_clause
from tidings.places.gazetteer import Gazetteer, Place, PlaceContext
from tidings.places.mentions import ArticlePlaces, PlaceMention, article_places, detect_dateline
from tidings.records import Actor, Location

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = [
    "ArticlePlaces",
    "Gazetteer",
    "PlaceContext",
    "PlaceMention",
    "article_places",
    "detect_dateline",
    "locate_event",
]

LOCATIVE_PREPS = frozenset({"in", "at", "near", "outside", "inside", "across", "around", "throughout",
                            "within", "on", "off", "along", "over"})
"""Prepositions that say where something happens ("from" says where someone comes from, so not it)."""
PLACE_NOUNS = frozenset({"city", "town", "village", "province", "region", "capital", "district", "area",
                         "state", "country", "port", "enclave", "governorate", "county", "outskirts",
                         "suburb", "center", "centre", "border", "island", "camp"})
"""Nouns whose "of" names a place: "in the besieged city of Afrin"."""
SUBORDINATE_DEPS = frozenset({"acl", "relcl", "advcl"})
DIRECTIONAL_PREPS = frozenset({"to", "into", "toward", "towards"})
MOVEMENT_LEMMAS = frozenset({"visit", "travel", "go", "head", "arrive", "fly", "return", "come",
                             "move", "deploy", "send", "trip", "tour", "journey", "enter", "invade",
                             "reach", "land", "flee", "march", "advance", "withdraw"})


_SPECIFICITY = {"landmark": 0, "city": 1, "adm1": 2, "region": 3, "country": 4}


def _attachment(token: Token, trigger: Token) -> Token | None:
    """The token a place mention's root hangs from when it says where something happens."""
    if token.dep_ == "pobj" and token.head.dep_ in ("prep", "agent"):
        prep = token.head
        word = prep.lower_
        if word in LOCATIVE_PREPS or (word in DIRECTIONAL_PREPS and prep.head.lemma_ in MOVEMENT_LEMMAS):
            return prep.head
        if word == "of" and prep.head.lemma_ in PLACE_NOUNS and prep.head.i != token.i:
            return _attachment(prep.head, trigger)
        return None
    if token.dep_ == "dobj" and token.head.lemma_ in MOVEMENT_LEMMAS:
        return token.head
    if token.dep_ in ("compound", "amod", "nmod") and token.head.i == trigger.i:
        return trigger
    if token.dep_ in ("conj", "appos") and token.head.i != token.i:
        return _attachment(token.head, trigger)
    return None


def _clause_places(trigger: Token, places: ArticlePlaces) -> dict[int, list[tuple[int, int, Location]]]:
    """Located mentions of the trigger's sentence grouped by the clause they attach to."""
    doc = trigger.doc
    sentence = trigger.sent
    by_clause: dict[int, list[tuple[int, int, Location]]] = {}
    for mention in places.mentions:
        if mention.location is None or not sentence.start <= mention.root < sentence.end:
            continue
        governor = _attachment(doc[mention.root], trigger)
        if governor is None:
            continue
        head = trigger if governor.i == trigger.i else clause_head(governor)
        distance = abs(mention.root - trigger.i)
        specificity = _SPECIFICITY.get(mention.location.feature or "country", 4)
        by_clause.setdefault(head.i, []).append((distance, specificity, mention.location))
    return by_clause


def _from_clause(trigger: Token, places: ArticlePlaces) -> Location | None:
    """A place said to be where the trigger's clause happens: its own clause first, then the
    clauses it is chained to (xcomp/conj), then clauses modifying it ("a woman fighting in
    Afrin was killed")."""
    by_clause = _clause_places(trigger, places)
    if not by_clause:
        return None
    chain = [trigger, clause_head(trigger)]
    while chain[-1].dep_ in CHAINED_DEPS:
        parent = parent_clause(chain[-1])
        if parent is None or parent in chain:
            break
        chain.append(parent)
    for head in chain:
        found = by_clause.get(head.i)
        if found:
            return _best(found)
    own = chain[1]
    doc = trigger.doc
    subordinate = [item for key, items in by_clause.items() for item in items
                   if doc[key].dep_ in SUBORDINATE_DEPS and parent_clause(doc[key]) == own]
    return _best(subordinate) if subordinate else None


def _best(items: list[tuple[int, int, Location]]) -> Location:
    """The nearest place, or a more specific place inside the same country ("in Afrin, northern
    Syria" -> Afrin)."""
    _, specificity, nearest = min(items, key=lambda item: (item[0], item[1]))
    inside = [item for item in items if item[2].country == nearest.country and item[1] < specificity]
    return min(inside, key=lambda item: (item[1], item[0]))[2] if inside else nearest


def _actor_countries(gazetteer: Gazetteer, source: Actor | None, target: Actor | None) -> list[Place]:
    """The countries of the source and target actors (ISO alpha-3 codes; IGO and other
    non-country codes are ignored)."""
    places = [gazetteer.country(a.country) for a in (source, target)
              if a is not None and a.country and len(a.country) == 3 and a.country.isalpha()]
    return [p for p in places if p is not None]


def locate_event(trigger: Token, places: ArticlePlaces, source: Actor | None,
                 target: Actor | None) -> Location | None:
    """Where an event happened: clause place, else dateline, else the actors' country."""
    found = _from_clause(trigger, places)
    if found is not None:
        return found.model_copy(update={"rule": "clause"})
    gazetteer = Gazetteer.load()
    countries = _actor_countries(gazetteer, source, target)
    dateline = places.dateline
    if dateline is not None and (not countries or dateline.country in {c.iso3 for c in countries}):
        return dateline.model_copy(update={"rule": "dateline"})
    if countries:
        return gazetteer.location(countries[0], rule="actor_country")
    return None
