"""The events stage: which events a sentence reports, between whom, with what status.

``code_events(doc, actors, lexicon)`` runs the ordered table of named constructions
(:mod:`tidings.events.constructions`) over every sentence and returns
:class:`EventMention` records, each naming the construction (``rule``) that produced it.
The verb lexicon is loaded by the caller (``VerbLexicon.load()``) and passed in.
``event_record(article, mention, sentence_index, date, location, tone)`` makes a mention,
dated and located by the other stages, an :class:`~tidings.records.Event`.
"""

from __future__ import annotations

from tidings.events.candidates import EventMention
from tidings.events.coder import code_events
from tidings.events.lexicon import VerbLexicon
from tidings.events.record import event_record

__all__ = ["EventMention", "VerbLexicon", "code_events", "event_record"]
