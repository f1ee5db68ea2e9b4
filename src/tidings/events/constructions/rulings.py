"""Constructions of a court's ruling: a judgement against a party is a rejection (120), or a
finding of guilt or liability (116), as the coding protocol takes court rulings; a court's ruling
in any other sense codes nothing (not the dictionary's "rule" = govern, 060)."""

from __future__ import annotations

from typing import Final

from spacy.tokens import Token

from tidings.events.constructions.base import SKIP, Context, Outcome, propose
from tidings.events.constructions.codes import ARREST, FIND_GUILTY, REJECT
from tidings.events.roles import agents, clause_subjects, subjects

RULING_VERBS: Final = frozenset({"rule", "find", "declare", "deem", "hold", "judge"})
"""Verbs by which a court states its judgement."""
COURT_WORDS: Final = frozenset({"court", "judge", "justice", "tribunal", "magistrate", "jury", "judiciary"})
"""The subject's head (or a word of its name) that makes the verb a court's."""
ADVERSE_WORDS: Final = frozenset({
    "unconstitutional", "unlawful", "illegal", "invalid", "void", "illegitimate", "inadmissible", "lack",
    "violate", "breach", "exceed", "overstep", "contravene", "against", "improper", "discriminatory",
})
"""Words of the ruling that make it go against a party ("lacked authority", "is unconstitutional")."""
GUILT_WORDS: Final = frozenset({"guilty", "liable", "culpable"})


def court_ruling(verb: Token, ctx: Context) -> Outcome:
    """"The Wisconsin Supreme Court ruled Evers lacked authority to single-handedly reschedule
    Wisconsin's election", "In late June, the United States Supreme Court ruled against its initial
    attempt": a court ruling against a party rejects it (120); "found him guilty", "found the
    prorogation to be unlawful": a finding of guilt or liability (116).
    A court's ruling that goes against no one codes nothing."""
    if ctx.lemma not in RULING_VERBS:
        return None
    courts = subjects(verb) or agents(verb)
    if not any(_is_court(c) for c in courts):
        return None
    words = _ruling_words(verb, courts)
    if words & GUILT_WORDS or (ctx.lemma == "find" and words & ADVERSE_WORDS):
        code = FIND_GUILTY  # "found the prorogation to be unlawful": a finding of liability
    elif words & ADVERSE_WORDS:
        code = REJECT
    else:
        return SKIP if ctx.lemma == "rule" else None  # "ruled on the case": no act against anyone
    return propose(ctx, code, courts, _ruled_against(verb))


def _is_court(head: Token) -> bool:
    """"the Supreme Court", "a federal judge in Texas", "Judge Miller"."""
    names = {head.lemma_.lower()} | {c.lemma_.lower() for c in head.children if c.dep_ == "compound"}
    return bool(names & COURT_WORDS)


def _ruling_words(verb: Token, courts: list[Token]) -> set[str]:
    """The lemmas of what the court ruled (its clause without the court's own phrase and without
    a coordinated second ruling: "found that it could rule on X, and found X to be unlawful")."""
    own = {t.i for c in courts for t in c.subtree}
    own |= {t.i for c in verb.children if c.dep_ == "conj" and c.lemma_.lower() in RULING_VERBS for t in c.subtree}
    return {t.lemma_.lower() for t in verb.subtree if t.i not in own and t.i != verb.i}


def _ruled_against(verb: Token) -> list[Token]:
    """Whom the ruling goes against: the "against" object, the subject of the ruled clause
    ("ruled Evers lacked authority"), or the object judged ("found the prorogation unlawful")."""
    against = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "against"
               for g in c.children if g.dep_ == "pobj"]
    if against:
        return against
    clauses = [c for c in verb.children if c.dep_ == "ccomp"]
    named = [s for c in clauses for s in clause_subjects(c) if s.pos_ != "PRON"]
    return named or [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"}]


WARRANT_PREPS: Final = frozenset({"for", "against", "on"})


def arrest_warrant(verb: Token, ctx: Context) -> Outcome:
    """"Iran issued arrest warrants on 36 people believed to have been involved in the assassination
    of the general Qasem Soleimani": an arrest warrant is an arrest (173, the protocol's decision),
    not the dictionary's "issued ... warrant" = demand (100); its target is whom the warrant is
    "for", "against" or "on", or "for the arrest of"."""
    warrants = [c for c in verb.children if c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() == "warrant"]
    if not warrants or not _for_arrest(warrants[0]):
        return None
    named = [g for h in (warrants[0], verb) for p in h.children if p.dep_ == "prep" and p.lower_ in WARRANT_PREPS
             for g in p.children if g.dep_ == "pobj"]
    targets = [o for g in named for o in (_arrest_of(g) if g.lemma_.lower() == "arrest" else [g])]
    return propose(ctx, ARREST, subjects(verb) or agents(verb), targets)


def _for_arrest(warrant: Token) -> bool:
    """"arrest warrants", "a warrant for the arrest of ..."."""
    return any(c.dep_ == "compound" and c.lemma_.lower() == "arrest" for c in warrant.children) or any(
        g.lemma_.lower() == "arrest" for p in warrant.children if p.dep_ == "prep" and p.lower_ == "for"
        for g in p.children if g.dep_ == "pobj")


def _arrest_of(arrest: Token) -> list[Token]:
    return [g for p in arrest.children if p.dep_ == "prep" and p.lower_ == "of" for g in p.children if g.dep_ == "pobj"]
