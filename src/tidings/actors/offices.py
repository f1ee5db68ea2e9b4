"""Titles without a name: "the president", "the prime minister", "the foreign minister".

A bare title resolves to whoever held that office in that country on the article's date
(the dictionary's dated roles carry their office). The country is the one the phrase names
("the Slovak prime minister") or else the article's. "accusing the president" in an
October 2020 US story is Donald Trump, not Joe Biden.
"""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from tidings.actors.data import ActorEntry, Role
from tidings.actors.dictionary import ActorDictionary
from tidings.actors.keys import normalise_key

TITLE_OFFICES = {
    "president": "head of state", "king": "head of state", "queen": "head of state",
    "emir": "head of state", "sultan": "head of state", "monarch": "head of state",
    "prime minister": "head of government", "premier": "head of government",
    "chancellor": "head of government", "pm": "head of government",
    "foreign minister": "foreign minister", "foreign secretary": "foreign minister",
    "secretary of state": "foreign minister", "minister of foreign affairs": "foreign minister",
    "foreign affairs minister": "foreign minister",
    "defence minister": "defence minister", "defense minister": "defence minister",
    "defence secretary": "defence minister", "defense secretary": "defence minister",
    "secretary of defense": "defence minister", "minister of defence": "defence minister",
    "minister of defense": "defence minister",
    "finance minister": "finance minister", "minister of finance": "finance minister",
    "treasury secretary": "finance minister", "secretary of the treasury": "finance minister",
    "chancellor of the exchequer": "finance minister", "finance secretary": "finance minister",
}
QUALIFIERS = frozenset({"vice", "deputy", "former", "ex", "late", "acting", "interim", "assistant",
                        "junior", "shadow", "opposition", "future", "next", "outgoing", "incoming"})


def title_office(head: Token) -> str | None:
    """The office a bare title names: the head noun and the words of its title before it."""
    words = [t for t in head.subtree if (t.i <= head.i and t.dep_ in ("compound", "amod", "det", "nmod"))
             or t.i == head.i]
    if any(t.lower_ in QUALIFIERS for t in words):
        return None
    of_object = _of_title(head)
    if of_object in TITLE_OFFICES:  # "Chancellor of the Exchequer Nigel Lawson": not the head of government
        return TITLE_OFFICES[of_object]
    tail = " ".join(t.lemma_.lower() if t.i == head.i else t.lower_ for t in words if t.dep_ != "det")
    for size in (3, 2, 1):
        key = " ".join(normalise_key(tail).split(" ")[-size:])
        if key in TITLE_OFFICES:
            return TITLE_OFFICES[key]
    return None


def _of_title(head: Token) -> str | None:
    """ "minister of foreign affairs", "secretary of state": a title continued by "of"."""
    for child in head.children:
        if child.dep_ == "prep" and child.lower_ == "of":
            objects = [o for o in child.children if o.dep_ == "pobj"]
            if objects:
                phrase = " ".join(t.lower_ for t in objects[0].subtree)
                return f"{head.lemma_.lower()} of {phrase}"
    return None


def office_holder(dictionary: ActorDictionary, country: str, office: str,
                  on: dt.date) -> tuple[ActorEntry, Role] | None:
    """Who held ``office`` in ``country`` on ``on`` (None if the dictionary does not know)."""
    return dictionary.office_holder(country, office, on)
