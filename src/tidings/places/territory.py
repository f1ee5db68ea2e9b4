"""A country named by a demonym and a noun of territory (used by :mod:`tidings.places.mentions`).

The text names no place, only a people's land, water or air: "Afghan warplanes killed almost 150 people in
bombing raids into Pakistani territory" is in Pakistan; the ferry "capsized off the Belgian coast" is off
Belgium.  Such a phrase is a mention of the country, so the event's clause can take it before the
dateline ("ISLAMABAD", "LONDON"), which is where the reporter is.

A state's or province's demonym names its state likewise: "Thousands of British Columbian unionized workers
staged a one-day general strike" (dateline VANCOUVER) is in British Columbia.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from tidings.places.gazetteer import Gazetteer, Place

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

__all__ = ["TERRITORY_NOUNS", "Territory", "territories"]

TERRITORY_NOUNS = frozenset({"territory", "coast", "coastline", "waters", "soil", "airspace", "mainland",
                             "shore", "shores", "countryside", "hinterland"})
"""Nouns of a country's land, water or air that a demonym says whose they are."""


@dataclass(frozen=True, slots=True)
class Territory:
    """A demonym and its territory noun ("Pakistani territory") and the country they name; or a state's
    demonym alone ("British Columbian", ``first`` to ``noun``) and the state."""

    first: Token
    noun: Token
    country: Place


def territories(doc: Doc, gazetteer: Gazetteer) -> list[Territory]:
    """Every "<demonym> <territory noun>" of a parse whose demonym the gazetteer knows."""
    found = []
    for noun in doc:
        if noun.pos_ != "NOUN" or noun.lower_ not in TERRITORY_NOUNS:
            continue
        for child in noun.children:
            if child.dep_ in ("amod", "compound") and child.i < noun.i:
                country = gazetteer.country(gazetteer.demonym_country(child.text))
                if country is not None:
                    found.append(Territory(child, noun, country))
                    break
    return found + _state_demonyms(doc, gazetteer)


def _state_demonyms(doc: Doc, gazetteer: Gazetteer) -> list[Territory]:
    """Every people's name that is a first-level region's name and "n" ("British Columbian", "Californian",
    "Bavarian") and names no country ("Georgian" is Georgia's), when exactly one such region has the name."""
    found = []
    for token in doc:
        if token.ent_type_ != "NORP" or not token.text.endswith("an") or gazetteer.demonym_country(token.text):
            continue
        before = doc[token.i - 1] if token.i > 0 and token.nbor(-1).ent_type_ == "NORP" else None
        starts = ([before] if before is not None else []) + [token]  # the model splits "British" "Columbian"
        for first in starts:
            name = doc[first.i:token.i + 1].text[:-1]
            states = [place for place, _ in gazetteer.candidates(name) if place.feature == "adm1"]
            if len(states) == 1:
                found.append(Territory(first, token, states[0]))
                break
    return found
