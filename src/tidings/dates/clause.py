"""Find the date phrase that belongs to an event trigger's clause in a spaCy parse.

Used by :func:`tidings.dates.resolve.date_for_event`.  A clause is a verb (or the sentence root)
with its dependents up to the next clause boundary (``ccomp``, ``advcl``, ``relcl`` ...).
Candidate phrases are DATE/TIME entities and bare temporal modifiers ("said Thursday")
in the trigger's sentence; the one attached to the trigger's own clause wins, then one
attached to a clause the trigger's clause is chained to (``xcomp``/``conj``), then the
sentence's main clause.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING

from tidings.dates.anaphora import is_relative
from tidings.dates.phrases import TEMPORAL_WORDS, Resolver, resolve_in_story, sentence_phrases
from tidings.dates.rules import Tense
from tidings.records import EventDate

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["CHAINED_DEPS", "TEMPORAL_WORDS", "Resolver", "clause_date", "clause_head", "clause_tense",
           "is_clause_head", "parent_clause"]

_YEAR_DIGITS = re.compile(r"\b\d{4}\b")

CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "xcomp", "advcl", "relcl", "acl", "csubj", "csubjpass",
                         "parataxis", "conj", "pcomp"})
CHAINED_DEPS = frozenset({"xcomp", "conj"})
"""Clauses that share the time of the clause they hang from when they have none of their own."""
FUTURE_AUX = frozenset({"will", "shall", "would", "'ll", "wo"})
FUTURE_HEADS = frozenset({"plan", "intend", "expect", "schedule", "aim", "prepare", "hope",
                          "set", "due", "go", "seek", "propose", "agree", "promise", "vow",
                          "threaten", "pledge", "want", "decide"})
_HAVE = frozenset({"have", "has", "had"})
_EXPECTED = frozenset({"expect", "schedule", "due", "set", "slate", "plan"})


def is_clause_head(token: Token) -> bool:
    """Whether a token heads a clause (a verb in a clausal relation, or the root)."""
    if token.dep_ == "ROOT" or token.head.i == token.i:
        return True
    if token.dep_ not in CLAUSE_DEPS:
        return False
    return token.pos_ in ("VERB", "AUX") or token.tag_.startswith("VB")


def clause_head(token: Token) -> Token:
    """The head of the clause a token belongs to (itself when it heads one)."""
    current = token
    for _ in range(64):
        if is_clause_head(current):
            return current
        current = current.head
    return current


def parent_clause(head: Token) -> Token | None:
    """The clause that a clause head hangs from, or None at the root."""
    if head.dep_ == "ROOT" or head.head.i == head.i:
        return None
    return clause_head(head.head)


def clause_tense(head: Token) -> Tense:
    """'future' (will/would/going to/plans to ...), 'past' (past tense, perfect) or None."""
    aux = [c for c in head.children if c.dep_ in ("aux", "auxpass")]
    words = {c.lower_ for c in aux}
    if words & FUTURE_AUX:
        return "future"
    if head.dep_ == "xcomp" and head.head.lemma_ in FUTURE_HEADS:
        return "future"
    if head.lemma_ in FUTURE_HEADS and any(c.dep_ == "xcomp" for c in head.children):
        return "future"
    if head.tag_ == "VBN" and head.lemma_ in _EXPECTED and any(c.dep_ == "auxpass" for c in head.children):
        return "future"  # "Iranian Oil Minister Gholamreza Aqazadeh is expected here on Friday"
    if any(c.tag_ == "VBD" for c in aux) or head.tag_ == "VBD":
        return "past"
    if head.tag_ == "VBN" and words & _HAVE:
        return "past"
    if head.tag_ == "VBN" and head.dep_ in ("ROOT", "ccomp", "conj"):
        return "past"
    if head.dep_ in ("xcomp", "conj") and head.head.i != head.i:
        return clause_tense(clause_head(head.head))
    return None


Choice = tuple[tuple[bool, bool, int], EventDate]
"""(relative phrase, coarse phrase without a year, distance) and the date: the least wins, so an
explicit date beats "two years later" and "on August 2" beats "next month" in the same clause."""


def _phrase_dates(trigger: Token, published: dt.date, resolve: Resolver) -> dict[int, list[Choice]]:
    """The resolved date phrases of the trigger's sentence by the clause they hang from."""
    by_clause: dict[int, list[Choice]] = {}
    for phrase in sentence_phrases(trigger.sent):
        head = clause_head(phrase.anchor)
        resolved = resolve_in_story(phrase, published, clause_tense(head), resolve)
        if resolved is not None:
            distance = min(abs(trigger.i - phrase.start), abs(trigger.i - (phrase.end - 1)))
            coarse = resolved.granularity != "day" and not _YEAR_DIGITS.search(phrase.text)
            by_clause.setdefault(head.i, []).append(((is_relative(phrase.text), coarse, distance), resolved))
    return by_clause


def clause_date(trigger: Token, published: dt.date, resolve: Resolver) -> EventDate | None:
    """The resolved date phrase attached to the trigger's clause, its chained parents, or the
    main clause of its sentence, else a background date of a clause under it ("used covert arms
    sales to fund an illegal war in Nicaragua in the 1980s") or of its subject ("A road accident
    followed by a fire near Gainesville on Thursday killed five children"); None when the sentence
    has no readable date phrase."""
    sentence = trigger.sent
    by_clause = _phrase_dates(trigger, published, resolve)
    if not by_clause:
        return None
    own = clause_head(trigger)
    chain: list[Token] = [own]
    while chain[-1].dep_ in CHAINED_DEPS:
        parent = parent_clause(chain[-1])
        if parent is None or parent in chain:
            break
        chain.append(parent)
    chain.append(sentence.root)
    for head in chain:
        found = by_clause.get(head.i)
        if found:
            return min(found, key=lambda pair: pair[0])[1]
    return _under(own, by_clause, published)


def _under(own: Token, by_clause: dict[int, list[Choice]], published: dt.date) -> EventDate | None:
    """A past date of a clause under the trigger's own: a participle inside one of its arguments ("an
    accident followed by a fire ... on Thursday"), a clause it governs ("who left for Syria to join
    Isis in 2015"); a future one is the plan's date, not the event's ("dropped out ahead of the
    debate scheduled for November 20")."""
    doc = own.doc
    found: list[Choice] = []
    for key, items in by_clause.items():
        head = doc[key]
        if head.i == own.i or parent_clause(head) != own:
            continue
        if head.dep_ in ("acl", "xcomp", "advcl", "pcomp", "relcl"):
            found.extend(item for item in items if (item[1].end or item[1].value) <= published)
    return min(found, key=lambda pair: pair[0])[1] if found else None
