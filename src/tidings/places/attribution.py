"""Places that belong to a statement's source, not to the event (used by :mod:`tidings.places.locate`).

"According to the U.S. embassy in Beijing, the infected 60-year-old western man died in February 6"
says where the embassy is, not where the man died; so do "citing officials in Kabul" and "quoting
reports from Japanese tankers".  Such a place is no place of the event, but its country hints at
the event's: an earlier sentence's place in that country may stand for the event.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["in_attribution", "responding"]

CITING_LEMMAS = frozenset({"cite", "quote", "monitor"})
"""Verbs whose object names a statement's source, or where it was heard: "Reuters reported, citing officials
in Kabul"; "IRNA, monitored in Nicosia, quoted Oil Minister Gholamreza Aqazadeh"."""
_DEPTH = 12


def _attributes(token: Token) -> bool:
    """Whether a word opens an attribution: "according" (to), or "citing"/"quoting" hanging from
    another clause."""
    if token.lower_ == "according" and any(c.lower_ == "to" for c in token.children):
        return True
    return token.lemma_.lower() in CITING_LEMMAS and token.dep_ in ("advcl", "acl", "xcomp", "conj")


def in_attribution(token: Token, trigger: Token) -> bool:
    """Whether ``token`` (a place mention's root) lies inside an attribution of the trigger's sentence
    and the trigger does not (see the module docstring)."""
    current = token
    for _ in range(_DEPTH):
        if current.i == trigger.i:
            return False
        if _attributes(current):
            return not _inside(trigger, current)
        if current.head.i == current.i:
            return False
        current = current.head
    return False


def _inside(token: Token, ancestor: Token) -> bool:
    """Whether ``ancestor`` dominates ``token`` (or is it)."""
    return token.i == ancestor.i or any(a.i == ancestor.i for a in token.ancestors)


RESPONSE_LEMMAS = frozenset({"dismiss", "deny", "reject", "rebuff", "refute", "condemn", "denounce"})
"""Verbs of answering someone's words: "The Russian government dismissed the claim from Berlin as groundless"
is Russia's doing, so an earlier sentence's place in Germany is not its place."""


def responding(trigger: Token) -> bool:
    """Whether the event answers another actor's words (see RESPONSE_LEMMAS)."""
    return trigger.lemma_.lower() in RESPONSE_LEMMAS
