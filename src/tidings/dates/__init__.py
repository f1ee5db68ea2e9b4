"""The dates stage: date phrases resolved against the publication date.

``date_for_event(clause, published)`` dates an event from the phrase attached to its clause;
``resolve_phrase(text, published)`` resolves one phrase.
"""

from __future__ import annotations

from tidings.dates.resolve import date_for_event, resolve_phrase, unresolved

__all__ = ["date_for_event", "resolve_phrase", "unresolved"]
