"""The date phrases of a sentence, as :mod:`tidings.dates.clause` attaches them to clauses.

A phrase is a DATE or TIME entity, a holiday the model calls an EVENT ("Just before Christmas the
UN acknowledged"), or a bare temporal word ("said Thursday").  Two date entities joined by "and"
or "to" are one phrase ("attacked Pakistani villages last Thursday and Friday"); a number followed
by a time zone is a clock time, not a phrase ("around 11:30 am (1830 UTC)").  A phrase counted from
the story's own date ("Ten years later") is resolved from the nearest date phrase before it
(:func:`story_anchor`).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tidings.dates.anaphora import is_relative, shift_from
from tidings.dates.clock import ZONE_WORDS
from tidings.dates.rules import HOLIDAYS, WEEKDAYS, Tense
from tidings.records import EventDate

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

Resolver = Callable[[str, dt.date, Tense], "EventDate | None"]
TEMPORAL_WORDS = frozenset(WEEKDAYS) | {"yesterday", "today", "tomorrow", "tonight"}
_JOINERS = frozenset({"and", "to", "through", "until", "-", "–", "or"})
_HOLIDAY_WORDS = frozenset(name.split()[0].removesuffix("'s") for name in HOLIDAYS)
ANCHOR_SENTENCES = 6
"""How many sentences back a relative phrase looks for the date it counts from."""


@dataclass(frozen=True, slots=True)
class Phrase:
    """A date phrase: the token it hangs from, its text and token span."""

    anchor: Token
    text: str
    start: int
    end: int


def _date_entities(doc: Doc) -> list[Span]:
    """The document's date entities, indexed once (in ``doc.user_data``): ``Span.ents`` walks every
    entity of the document."""
    index = doc.user_data.get("tidings.date_ents")
    if index is None:
        index = [ent for ent in doc.ents if ent.label_ in ("DATE", "TIME")
                 or (ent.label_ == "EVENT" and ent[0].lower_.removesuffix("'s") in _HOLIDAY_WORDS)]
        doc.user_data["tidings.date_ents"] = index
    return list(index)


def _is_clock(ent: Span) -> bool:
    """ "1830" in "(1830 UTC)", "2100" in "at 2100 EST": a clock time."""
    doc = ent.doc
    after = doc[ent.end] if ent.end < len(doc) else None
    return ent.text.isdigit() and len(ent.text) in (3, 4) and after is not None and after.lower_ in ZONE_WORDS


def _merged(ents: list[Span]) -> Iterator[tuple[Span, int]]:
    """Each entity with the end of the phrase it opens ("last Thursday" + "and" + "Friday")."""
    skip = 0
    for n, ent in enumerate(ents):
        if n < skip:
            continue
        end, k = ent.end, n
        while k + 1 < len(ents) and ents[k + 1].start == end + 1 and ent.doc[end].lower_ in _JOINERS:
            k += 1
            end = ents[k].end
        skip = k + 1
        yield ent, end


def sentence_phrases(sentence: Span) -> Iterator[Phrase]:
    """The date phrases of a sentence (see the module docstring)."""
    doc = sentence.doc
    covered: set[int] = set()
    ents = [e for e in _date_entities(doc) if sentence.start <= e.start and e.end <= sentence.end]
    for ent, end in _merged(ents):
        covered.update(range(ent.start, end))
        if not _is_clock(ent):
            yield Phrase(ent.root, doc[ent.start:end].text, ent.start, end)
    for token in sentence:
        if token.i not in covered and token.lower_ in TEMPORAL_WORDS and token.dep_ in (
                "npadvmod", "tmod", "advmod", "pobj", "obl"):
            yield Phrase(token, token.text, token.i, token.i + 1)


def story_anchor(phrase: Phrase, published: dt.date, resolve: Resolver) -> EventDate | None:
    """The nearest date phrase before ``phrase`` (this sentence or up to ANCHOR_SENTENCES back) that
    names a date by itself: what "ten years later" counts from."""
    doc = phrase.anchor.doc
    sentences = list(doc.sents)
    here = next((n for n, s in enumerate(sentences) if s.start <= phrase.start < s.end), 0)
    first = sentences[max(0, here - ANCHOR_SENTENCES)].start
    earlier = [e for e in _date_entities(doc) if first <= e.start and e.end <= phrase.start]
    for ent in reversed(earlier):
        if _is_clock(ent) or is_relative(ent.text):
            continue
        found = resolve(ent.text, published, "past")
        if found is not None and found.kind != "unresolved" and found.value <= published:
            return found  # a story told in the past counts from a past date
    return None


def resolve_in_story(phrase: Phrase, published: dt.date, tense: Tense, resolve: Resolver) -> EventDate | None:
    """A phrase's date: counted from the story's date when it is relative ("three years later"),
    from publication otherwise; "Now, 83 years later" is now."""
    if not is_relative(phrase.text):
        return resolve(phrase.text, published, tense)
    doc = phrase.anchor.doc
    before = [t for t in doc[max(phrase.start - 3, 0):phrase.start] if not t.is_punct]
    if before and before[-1].lower_ == "now":
        return None
    anchor = story_anchor(phrase, published, resolve)
    return None if anchor is None else shift_from(phrase.text, anchor)
