"""Characterisations: "described Pompeo as reckless", "called it unlikely": whether the words
said of the object judge it, and how."""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Token


def characterisation_code(verb: Token, valences: Mapping[str, float]) -> str | None:
    """"described Pompeo as reckless": a judgement of the object, criticism (111) when the
    words after "as" are negative in the VADER lexicon, praise (051) when positive; "" for a neutral
    predicate ("called it unlikely"), which is no event at all. A neutral predicate in quotation
    marks is a scare quote, and criticism: "Cengiz called Mohammad's admission a "political maneuver"."."""
    for child in verb.children:
        if (child.dep_ == "prep" and child.lower_ == "as") or child.dep_ == "oprd":  # "called him reckless"
            words = [t.lower_ for t in child.subtree if t.i != child.i or child.dep_ == "oprd"]
            valence = sum(valences.get(w, 0.0) for w in words)
            if valence <= -1.0 or (valence < 1.0 and _quoted_phrase(child)):
                return "111"
            if valence >= 1.0:
                return "051"
            if child.dep_ == "oprd":
                return ""  # "called it unlikely": a description that judges no one, no event
    return None


QUOTE_MARKS = frozenset({'"', "“", "”", "'", "‘", "’", "``", "''"})


def _quoted_phrase(head: Token) -> bool:
    """The phrase stands in quotation marks: a quote mark just before its first word, or inside it."""
    words = list(head.subtree)
    doc = head.doc
    first = words[0].i
    return any(t.text in QUOTE_MARKS for t in words) or (first > 0 and doc[first - 1].text in QUOTE_MARKS)
