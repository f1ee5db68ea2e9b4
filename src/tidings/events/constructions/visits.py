"""Visit nouns with their own visitor and destination: "a visit", "trip", "tour" or "mission" "to"
a foreign country is a visit (042) of its own, also when the sentence's verb codes another event:

* "The U.K. government hopes for a breakthrough ... during next week's visit to Tokyo by Corporate
  Affairs Minister Michael Howard, political sources said." (the visitor named by "by")
* "Weizsaecker, in a speech on the first day of an official visit to Argentina, said: ..." (the
  person the phrase describes)
* "Prime Minister Yasuhiro Nakasone ... sets out Wednesday on a tough mission to Washington" (the
  subject of the clause the noun is the setting of)

A visit inside one's own country ("Biden himself visited Kenosha") is no event between actors."""

from __future__ import annotations

from typing import Final

from spacy.tokens import Span, Token

from tidings.events.candidates import Candidate
from tidings.events.constructions.nouns import SentenceContext
from tidings.events.roles import subjects
from tidings.events.status import status_of

VISIT_NOUNS: Final = frozenset({"visit", "trip", "tour", "mission", "journey"})
VISIT: Final = "042"
VISITOR_PREPS: Final = frozenset({"by", "of"})
CLIMB_DEPS: Final = frozenset({"pobj", "prep"})
"""The links walked up from the noun to what it describes ("on the first day of an official visit")."""


def _pobjs(head: Token, words: frozenset[str]) -> list[Token]:
    return [g for p in head.children if p.dep_ == "prep" and p.lower_ in words for g in p.children if g.dep_ == "pobj"]


def _visitors(noun: Token, ctx: SentenceContext) -> list[Token]:
    """"visit ... by X", "X's visit", else what the noun's prepositional chain describes: a named
    actor noun ("Weizsaecker, in a speech on ... a visit"), or a verb's subject ("sets out on a mission")."""
    named = [t for t in _pobjs(noun, VISITOR_PREPS) if ctx.actors.actor_for(t)]
    named += [c for c in noun.children if c.dep_ == "poss" and ctx.actors.actor_for(c)]
    if named:
        return named[:1]
    token = noun
    while token.dep_ in CLIMB_DEPS and token.head is not token:
        token = token.head
    if token is noun:
        return []
    if token.pos_ in {"VERB", "AUX"}:
        return subjects(token)
    return [token] if token.pos_ in {"PROPN", "NOUN"} and ctx.actors.actor_for(token) else []


def visit_nouns(sent: Span, ctx: SentenceContext) -> list[Candidate]:
    """Each visit noun the verbs' events did not take with a destination "to" a party in another
    country than its visitor's."""
    out: list[Candidate] = []
    for noun in sent:
        if noun.i in ctx.consumed or noun.pos_ != "NOUN" or noun.lemma_.lower() not in VISIT_NOUNS:
            continue
        places = [t for t in _pobjs(noun, frozenset({"to"})) if ctx.actors.actor_for(t)]
        visitors = _visitors(noun, ctx)
        if not places or not visitors:
            continue
        visitor, place = ctx.actors.actor_for(visitors[0]), ctx.actors.actor_for(places[0])
        if visitor is None or place is None or not place.country or visitor.country == place.country:
            continue  # a visit at home, or one whose visitor the actors stage cannot name
        clause = noun.head if noun.head.pos_ in {"VERB", "AUX"} else noun
        out.append(Candidate(trigger=noun, clause=clause, code=VISIT, sources=visitors, targets=places[:1],
                             status=status_of(clause), rule="visit_noun"))
    return out
