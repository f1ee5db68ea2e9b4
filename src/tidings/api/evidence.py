"""The evidence of a linked event: each mention with its sentence highlighted and its article.

The store answers every query (:meth:`~tidings.store.Store.linked_event`,
:meth:`~tidings.store.Store.mentions_of`, :func:`~tidings.store.articles.articles_by_id`); this
module only finds where the trigger, source and target sit in each sentence.
"""

from __future__ import annotations

import re
from typing import Literal

from tidings.api.models import EventDetail, Evidence, Span
from tidings.records import Event
from tidings.store import Store
from tidings.store.articles import articles_by_id

MAX_EVIDENCE = 200
"""At most this many mentions are returned with one event (``num_mentions`` has the full count)."""


def _sentence_offset(sentence: str, text: str, start: int, end: int) -> int | None:
    """Where in the article the sentence holding the trigger's offsets begins, if it is there."""
    at = text.find(sentence) if sentence else -1
    while at >= 0:
        if at <= start and end <= at + len(sentence):
            return at
        at = text.find(sentence, at + 1)
    return None


def highlight_spans(mention: Event, article_text: str | None) -> list[Span]:
    """Where the trigger, source and target sit in the mention's sentence."""
    sentence = mention.sentence
    spans: list[Span] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= a or start >= b for a, b in taken)

    def add(kind: Literal["source", "target", "trigger"], start: int, end: int) -> None:
        spans.append(Span(kind=kind, start=start, end=end, text=sentence[start:end]))
        taken.append((start, end))

    trig = mention.trigger
    offset = _sentence_offset(sentence, article_text or "", trig.start, trig.end)
    if offset is not None:
        add("trigger", trig.start - offset, trig.end - offset)
    else:
        at = sentence.find(trig.text)
        if at >= 0:
            add("trigger", at, at + len(trig.text))
    anchor = spans[0].start if spans else 0
    for kind, actor in (("source", mention.source), ("target", mention.target)):
        if actor is None or not actor.text:
            continue
        pattern = re.compile(r"(?<!\w)" + re.escape(actor.text) + r"(?!\w)", re.IGNORECASE)
        places = [(m.start(), m.end()) for m in pattern.finditer(sentence) if free(m.start(), m.end())]
        if places:
            start, end = min(places, key=lambda p: abs(p[0] - anchor))
            add(kind, start, end)  # type: ignore[arg-type]
    return sorted(spans, key=lambda s: s.start)


def event_detail(store: Store, event_id: str) -> EventDetail | None:
    """One linked event with every mention, its highlighted sentence and its article."""
    event = store.linked_event(event_id)
    if event is None:
        return None
    mentions = store.mentions_of(event_id, limit=MAX_EVIDENCE)
    articles = articles_by_id(store, sorted({m.article_id for m in mentions}))
    evidence = []
    for m in mentions:
        art = articles.get(m.article_id)
        evidence.append(Evidence(
            mention=m, spans=highlight_spans(m, art.text if art else None),
            article=art.summary() if art else None,
        ))
    return EventDetail(event=event, mentions=evidence)
