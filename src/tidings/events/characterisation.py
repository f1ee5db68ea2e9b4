"""Characterisations: "described Pompeo as reckless", "called it unlikely": whether the words
said of the object judge it, and how, and which words are the object."""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Token

QUOTE_MARKS = frozenset({'"', "“", "”", "'", "‘", "’", "``", "''"})


def characterisation_code(verb: Token, valences: Mapping[str, float]) -> str | None:
    """"described Pompeo as reckless": a judgement of the object, criticism (111) when the
    words after "as" are negative in the VADER lexicon, praise (051) when positive; "" for a neutral
    predicate ("called it unlikely"), which is no event at all. A neutral predicate in quotation
    marks is a scare quote, and criticism: "Cengiz called Mohammad's admission a "political maneuver"."."""
    for head in _predicates(verb):
        words = [t.lower_ for t in head.subtree if t.i != head.i or head.dep_ != "prep"]
        valence = sum(valences.get(w, 0.0) for w in words)
        if valence <= -1.0 or (valence < 1.0 and _quoted_phrase(head)):
            return "111"
        if valence >= 1.0:
            return "051"
        if head.dep_ != "prep":
            return ""  # "called it unlikely": a description that judges no one, no event
    return None


def characterised(verb: Token) -> list[Token]:
    """"Biden called Trump a "climate arsonist"": the object of a characterisation that the parser
    made a first predicate (two ``oprd`` of one verb: the first is what is called the second)."""
    predicates = [c for c in verb.children if c.dep_ == "oprd"]
    return predicates[:1] if len(predicates) > 1 else []


def _predicates(verb: Token) -> list[Token]:
    """What is said of the object: "as ..." ("referred to the riots as acts of "domestic terror""),
    the object predicate ("called him reckless"; of two, the last), or a quoted adjective the parser
    hung after the object noun ("Tom Watson called Prime Minister Theresa May's proposed Brexit deal
    "lousy"")."""
    out: list[Token] = []
    predicates = [c for c in verb.children if c.dep_ == "oprd"]
    for child in verb.children:
        if child.dep_ == "prep" and child.lower_ == "as":
            out.append(child)
        elif child.dep_ == "dobj" and not predicates:
            out.extend(a for a in child.children if a.dep_ == "amod" and a.i > child.i and _quoted_phrase(a))
    return out + predicates[-1:]


def _quoted_phrase(head: Token) -> bool:
    """The phrase stands in quotation marks: a quote mark just before its first word, or inside it."""
    words = list(head.subtree)
    doc = head.doc
    first = words[0].i
    return any(t.text in QUOTE_MARKS for t in words) or (first > 0 and doc[first - 1].text in QUOTE_MARKS)
