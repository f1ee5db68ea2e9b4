"""A construction of attitudes that "come from" someone: "condemnation came from X and Y" is X's
(and Y's) condemnation, the act of the noun, by whoever it comes from."""

from __future__ import annotations

from typing import Final

from spacy.tokens import Token

from tidings.events.candidates import Candidate
from tidings.events.constructions.base import Context, Outcome
from tidings.events.event_nouns import noun_event_code
from tidings.events.roles import of_objects, prep_objects
from tidings.events.stance_terms import EXPRESSED_NOUNS
from tidings.events.status import status_of

ARRIVING_VERBS: Final = frozenset({"come", "pour", "flood", "arrive", "emerge"})
VOICED_ROOTS: Final = frozenset({"01", "02", "05", "10", "11", "12", "13"})
"""What words can carry: statements, appeals, praise, demands, criticism, rejection, threats."""
SAYING_NOUNS: Final = frozenset({"statement", "message", "word", "expression", "voice", "note", "letter"})
"""Nouns of a message whose "of" object names the attitude ("statements of condemnation")."""


def voiced_from(verb: Token, ctx: Context) -> Outcome:
    """""Statements of condemnation have come from Organisation of Islamic Cooperation (OIC) head
    Yousef Al-Othaimeen, Pope Francis, and a spokesperson for President Rodrigo Duterte": an
    attitude that comes from someone is their act (111 here), aimed at its "of/against" object."""
    if ctx.lemma not in ARRIVING_VERBS:
        return None
    origins = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "from"
               for g in c.children if g.dep_ == "pobj"]
    if not origins:
        return None
    for noun in (c for c in verb.children if c.dep_ == "nsubj"):
        code, attitude = _attitude(noun)
        if code is not None and code[:2] in VOICED_ROOTS:
            return Candidate(trigger=attitude, clause=verb, code=code, sources=origins,
                             targets=prep_objects(attitude) + of_objects(attitude), status=status_of(verb))
    return None


def _attitude(noun: Token) -> tuple[str | None, Token]:
    """The code of an attitude noun, or of the one a message noun is "of" ("statements of support")."""
    code = noun_event_code(noun) or EXPRESSED_NOUNS.get(noun.lemma_.lower())
    if code is not None or noun.lemma_.lower() not in SAYING_NOUNS:
        return code, noun
    for inner in of_objects(noun):
        if (inner_code := noun_event_code(inner) or EXPRESSED_NOUNS.get(inner.lemma_.lower())) is not None:
            return inner_code, inner
    return None, noun
