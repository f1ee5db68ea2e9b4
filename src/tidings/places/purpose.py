"""Clauses whose place is another clause's (used by :mod:`tidings.places.locate`).

A subjectless purpose infinitive happens where the clause it serves goes or is: "Prime Minister David
Lange visited the region today before flying to Auckland to attend a South Pacific Forum conference" --
the conference is attended in Auckland.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tidings.dates.clause import parent_clause

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["purpose_parent"]


def purpose_parent(clause: Token) -> Token | None:
    """The clause a subjectless purpose infinitive (an adverbial "to" clause) serves, else None: of
    "attend" in "made their way to the Russian city of Sochi to attend a conference", "made"."""
    if clause.dep_ != "advcl" or any(c.dep_ in ("nsubj", "nsubjpass") for c in clause.children):
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return None
    return parent_clause(clause)
