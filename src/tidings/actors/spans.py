"""Helpers on dictionary matches and token spans for the phrase coder: distances, the role
noun that decides a phrase's sector, appositions."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Token

from tidings.actors.keys import INTERNATIONAL_PREFIXES
from tidings.actors.match import Match


def inside(match: Match, indices: set[int]) -> bool:
    return all(i in indices for i in range(match.start, match.end))


def premodifies(match: Match, indices: set[int], head: Token) -> bool:
    """A name with its own "of" before the head noun is one modifier: "a United States Department
    of State spokesperson, Morgan Ortagus" (wikinews-e128c683879289a5), "a Bank of England
    official". It starts inside the phrase, ends before the head, and the head's subtree holds it."""
    if match.start not in indices or match.end > head.i:
        return False
    subtree = range(head.left_edge.i, head.i)
    return all(i in subtree for i in range(match.start, match.end))


def distance(match: Match, head: Token) -> int:
    if match.covers(head.i):
        return 0
    return head.i - match.end + 1 if match.end <= head.i else match.start - head.i + 100


def nearest(matches: list[Match], head: Token) -> Match | None:
    return min(matches, key=lambda m: (distance(m, head), m.start), default=None)


def span_text(tokens: list[Token]) -> tuple[str, int, int]:
    """Text and character offsets from the first to the last non-punctuation token."""
    words = [t for t in tokens if not (t.is_punct and t.dep_ in ("punct", "hyph"))] or tokens
    span = tokens[0].doc[words[0].i:words[-1].i + 1]
    return span.text, span.start_char, span.end_char


def char_text(token: Token, start: int, end: int) -> str:
    """Document text between two character offsets (without building the whole text)."""
    span = token.doc.char_span(start, end, alignment_mode="expand")
    return span.text if span is not None else ""


def office_in_apposition(entry_match: Match | None, named: list[Match], head: Token,
                          on: dt.date | None) -> Match | None:
    """"Kenzo Oshima, the United Nations Emergency Relief Coordinator": a person known only by
    nationality acts for the international body the apposition names."""
    if entry_match is None or entry_match.entry is None:
        return entry_match
    code = entry_match.entry.code_on(on) or ""
    if len(code) > 3 or code[:3] in INTERNATIONAL_PREFIXES:
        return entry_match  # a person in a known office, or an international official already
    for match in named:
        office = match.entry.code_on(on) if match.entry else None
        if match is not entry_match and office and office[:3] in INTERNATIONAL_PREFIXES and in_apposition(match, head):
            return match
    return entry_match


GENERIC_ROLES = frozenset({"official", "officials", "agent", "agents", "officer", "officers", "personnel",
                           "member", "members", "staff", "source", "sources", "employee", "employees",
                           # the leaders of a group belong to it: "workers and labor leaders say" (reuters)
                           "leader", "leaders"})


def specific_role(roles: list[Match], head: Token) -> Match | None:
    """The role noun nearest the head, unless that is a generic one ("officials", "agents")
    after a more specific role: "Israeli intelligence officials have shared evidence with the
    U.S." are intelligence (SPY), "U.S. border patrol agents sexually abused illegal Mexican
    immigrants" border police (COP)."""
    closest = nearest(roles, head)
    if closest is None or closest.key not in GENERIC_ROLES or not closest.covers(head.i):
        return closest
    specific = [m for m in roles if m is not closest and m.end <= closest.start and m.sectors != closest.sectors]
    return nearest(specific, head) or closest


def in_apposition(match: Match, head: Token) -> bool:
    """True if the match lies in an appositive of the head ("his counterpart, Sergio Mattarella")."""
    appositive = {t.i for child in head.children if child.dep_ == "appos" for t in child.subtree}
    return all(i in appositive for i in range(match.start, match.end))
