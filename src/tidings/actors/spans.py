"""Small helpers on dictionary matches and token spans, shared by the phrase coder."""

from __future__ import annotations

from spacy.tokens import Token

from tidings.actors.match import Match


def inside(match: Match, indices: set[int]) -> bool:
    return all(i in indices for i in range(match.start, match.end))


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
