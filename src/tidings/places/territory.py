"""A country named by a demonym and a noun of territory (used by :mod:`tidings.places.mentions`).

The text names no place, only a people's land, water or air: "Afghan warplanes killed almost 150 people in
bombing raids into Pakistani territory" is in Pakistan; the ferry "capsized off the Belgian coast" is off
Belgium.  Such a phrase is a mention of the country, so the event's clause can take it before the
dateline ("ISLAMABAD", "LONDON"), which is where the reporter is.
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
    """A demonym and its territory noun ("Pakistani territory") and the country they name."""

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
    return found
