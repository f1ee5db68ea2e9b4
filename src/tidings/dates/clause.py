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
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from tidings.dates.rules import WEEKDAYS, Tense
from tidings.records import EventDate

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

Resolver = Callable[[str, dt.date, Tense], "EventDate | None"]

CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "xcomp", "advcl", "relcl", "acl", "csubj", "csubjpass",
                         "parataxis", "conj", "pcomp"})
CHAINED_DEPS = frozenset({"xcomp", "conj"})
"""Clauses that share the time of the clause they hang from when they have none of their own."""
FUTURE_AUX = frozenset({"will", "shall", "would", "'ll", "wo"})
FUTURE_HEADS = frozenset({"plan", "intend", "expect", "schedule", "aim", "prepare", "hope",
                          "set", "due", "go", "seek", "propose", "agree", "promise", "vow",
                          "threaten", "pledge", "want", "decide"})
TEMPORAL_WORDS = frozenset(WEEKDAYS) | {"yesterday", "today", "tomorrow", "tonight"}
_HAVE = frozenset({"have", "has", "had"})


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
    if any(c.tag_ == "VBD" for c in aux) or head.tag_ == "VBD":
        return "past"
    if head.tag_ == "VBN" and words & _HAVE:
        return "past"
    if head.tag_ == "VBN" and head.dep_ in ("ROOT", "ccomp", "conj"):
        return "past"
    if head.dep_ in ("xcomp", "conj") and head.head.i != head.i:
        return clause_tense(clause_head(head.head))
    return None


def _date_entities(sentence: Span) -> list[Span]:
    """The sentence's DATE/TIME entities. ``Span.ents`` walks every entity of the document, so
    the document's date entities are indexed once (in ``doc.user_data``) and sliced here."""
    doc = sentence.doc
    index = doc.user_data.get("tidings.date_ents")
    if index is None:
        index = [ent for ent in doc.ents if ent.label_ in ("DATE", "TIME")]
        doc.user_data["tidings.date_ents"] = index
    return [ent for ent in index if sentence.start <= ent.start and ent.end <= sentence.end]


def _candidates(sentence: Span) -> Iterator[tuple[Token, str, int, int]]:
    """(attachment token, phrase text, start, end token index) of each date phrase in a sentence."""
    covered: set[int] = set()
    for ent in _date_entities(sentence):
        if ent.label_ in ("DATE", "TIME"):
            covered.update(range(ent.start, ent.end))
            yield ent.root, ent.text, ent.start, ent.end
    for token in sentence:
        if token.i not in covered and token.lower_ in TEMPORAL_WORDS and token.dep_ in (
                "npadvmod", "tmod", "advmod", "pobj", "obl"):
            yield token, token.text, token.i, token.i + 1


def clause_date(trigger: Token, published: dt.date, resolve: Resolver) -> EventDate | None:
    """The resolved date phrase attached to the trigger's clause, its chained parents, or the
    main clause of its sentence; None when the sentence has no readable date phrase."""
    sentence = trigger.sent
    by_clause: dict[int, list[tuple[int, EventDate]]] = {}
    for anchor, text, start, end in _candidates(sentence):
        head = clause_head(anchor)
        resolved = resolve(text, published, clause_tense(head))
        if resolved is not None:
            distance = min(abs(trigger.i - start), abs(trigger.i - (end - 1)))
            by_clause.setdefault(head.i, []).append((distance, resolved))
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
    return None
