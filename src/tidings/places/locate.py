"""PLACE stage: geocode an article's place mentions and locate each event.

:func:`article_places` (see :mod:`tidings.places.mentions`) geocodes every place mention and the
dateline with the article's context, so "Tripoli" in an article about Lebanon is Tripoli, Lebanon
and "Georgia" next to "Utah" and "Florida" is the US state; "Paris, Texas" restricts the first name
to the second; one name keeps one meaning within an article.  :class:`Gazetteer` (see
:mod:`tidings.places.gazetteer`) is the offline GeoNames-based lookup.

:func:`locate_event` looks for the event's own place first, then wider (``Location.rule`` names the
choice):

1. a place the event's clause names (see :mod:`tidings.places.attach`): "would take place in
   Vladivostok", "talks in Moscow", "visit Russia", "the northern town of Garissa", "near Tehran"
   -> ``"clause"``; the place an attack or capture is aimed at ("Russian forces shelled Kharkiv",
   "launched an attack on the nearby city of Afrin") -> ``"attack_target"``;
2. the most specific place the event's sentence names that no other clause claims ("the mayor of
   the Polish city of Gdansk, was stabbed") -> ``"sentence"`` (not a country or capital there: it
   stands for its government, "talks with Washington");
3. the dateline city when the actors are unknown or from the dateline's country -> ``"dateline"``;
4. the target's country for an attack ("planes from Afghanistan attacked Pakistani villages")
   -> ``"target_country"``, else the source's, else the target's -> ``"actor_country"``;
5. the country the article is mostly about -> ``"article_country"``.

The most specific place wins among equals ("in Afrin, northern Syria" -> Afrin; "Turbat in
Balochistan" -> Turbat).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tidings.dates.clause import CHAINED_DEPS, clause_head, parent_clause
from tidings.places.attach import ATTACK_LEMMAS, ATTACK_NOUNS, PLACE_NOUNS, governor
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

SUBORDINATE_DEPS = frozenset({"acl", "relcl", "advcl"})
_SPECIFICITY = {"landmark": 0, "city": 1, "adm1": 2, "region": 3, "country": 4}
Item = tuple[int, int, Location, str]  # distance, specificity, location, rule


def _specificity(location: Location) -> int:
    return _SPECIFICITY.get(location.feature or "country", 4)


def _clause_places(trigger: Token, places: ArticlePlaces) -> dict[int, list[Item]]:
    """Located mentions of the trigger's sentence grouped by the clause they attach to."""
    doc = trigger.doc
    sentence = trigger.sent
    by_clause: dict[int, list[Item]] = {}
    for mention in places.mentions:
        if mention.location is None or not sentence.start <= mention.root < sentence.end:
            continue
        found = governor(doc[mention.root], trigger)
        if found is None:
            continue
        word = found.word
        head = trigger if word.i == trigger.i else clause_head(word)
        rule = "attack_target" if found.how == "target" else "clause"
        item = (abs(mention.root - trigger.i) + (100 if found.how == "origin" else 0), _specificity(mention.location),
                mention.location, rule)
        by_clause.setdefault(head.i, []).append(item)
    return by_clause


def _from_clause(trigger: Token, places: ArticlePlaces) -> tuple[Location, str] | None:
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


def _best(items: list[Item]) -> tuple[Location, str]:
    """The nearest place, or a more specific place inside the same country ("in Afrin, northern
    Syria" -> Afrin)."""
    _, specificity, nearest, rule = min(items, key=lambda item: (item[0], item[1]))
    inside = [item for item in items if item[1] < specificity and (
        item[2].country == nearest.country or nearest.country is None)]  # "in the Aegean Sea near Samos"
    best = min(inside, key=lambda item: (item[1], item[0])) if inside else (0, 0, nearest, rule)
    return best[2], best[3]


def _is_actor(mention: PlaceMention, trigger: Token, dateline_end: int) -> bool:
    """Not where the event is: the dateline ("LONDON (Reuters) -"), a country or capital outside a
    locative phrase, which stands for its government ("Iran said", "talks with Washington",
    "Baghdad and Washington are in talks"), or where people come from ("a pharmacist from Birmingham")."""
    token = trigger.doc[mention.root]
    location = mention.location
    if mention.start < dateline_end:
        return True
    if token.dep_ == "pobj" and token.head.lower_ == "from" and token.head.head.pos_ in ("NOUN", "PROPN"):
        return True
    if location is None or (location.feature != "country" and not _is_capital(location)):
        return False
    doc = trigger.doc
    named = (token.dep_ == "pobj" and token.head.lower_ == "of" and token.head.head.lemma_.lower() in PLACE_NOUNS) or (
        mention.token_start >= 2 and doc[mention.token_start - 1].text == ","
        and doc[mention.token_start - 2].lemma_.lower() in PLACE_NOUNS)
    return not named  # "the mayor of the capital city of San Juan", "Yemen's capital, Sana'a" name the city


def _is_capital(location: Location) -> bool:
    place = Gazetteer.load().country(location.country)
    return place is not None and location.feature == "city" and place.lat == location.lat and place.lon == location.lon


def _from_sentence(trigger: Token, places: ArticlePlaces) -> Location | None:
    """The most specific place of the trigger's sentence that no other clause claims ("the mayor of
    the Polish city of Gdansk, was stabbed"; not "Biden attacked Trump ... Trump brought up his son's
    dealings in Ukraine"), nearest first among equals."""
    sentence = trigger.sent
    doc = trigger.doc
    items = []
    for m in places.mentions:
        if (m.location is None or not sentence.start <= m.root < sentence.end
                or _is_actor(m, trigger, places.dateline_end)):
            continue
        if governor(doc[m.root], trigger) is not None:
            continue  # where another clause's event happens
        items.append((_specificity(m.location), abs(m.root - trigger.i), m.location))
    return min(items, key=lambda item: (item[0], item[1]))[2] if items else None


def _actor_countries(gazetteer: Gazetteer, actors: tuple[Actor | None, ...]) -> list[Place]:
    """The countries of the actors (ISO alpha-3 codes; IGO and other non-country codes are ignored)."""
    found = [gazetteer.country(a.country) for a in actors
             if a is not None and a.country and len(a.country) == 3 and a.country.isalpha()]
    return [p for p in found if p is not None]


def _is_attack(trigger: Token) -> bool:
    return trigger.lemma_.lower() in ATTACK_LEMMAS or trigger.lemma_.lower() in ATTACK_NOUNS


def locate_event(trigger: Token, places: ArticlePlaces, source: Actor | None,
                 target: Actor | None) -> Location | None:
    """Where an event happened (see the module docstring for the order)."""
    found = _from_clause(trigger, places)
    if found is not None:
        return found[0].model_copy(update={"rule": found[1]})
    gazetteer = Gazetteer.load()
    dateline = places.dateline
    in_sentence = _from_sentence(trigger, places)
    if in_sentence is not None:
        return in_sentence.model_copy(update={"rule": "sentence"})
    countries = _actor_countries(gazetteer, (source, target))
    if dateline is not None and (not countries or dateline.country in {c.iso3 for c in countries}):
        return dateline.model_copy(update={"rule": "dateline"})
    if _is_attack(trigger):
        aimed = _actor_countries(gazetteer, (target,))
        if aimed:
            return gazetteer.location(aimed[0], rule="target_country")
    if countries:
        return gazetteer.location(countries[0], rule="actor_country")
    main = gazetteer.country(_main_country(places.context))
    return None if main is None else gazetteer.location(main, rule="article_country")


def _main_country(context: PlaceContext) -> str | None:
    """The country the article is mostly about: at least two mentions and half of all."""
    if not context.countries:
        return None
    country, count = max(context.countries.items(), key=lambda pair: (pair[1], pair[0]))
    return country if count >= 2 and count >= 0.5 * sum(context.countries.values()) else None
