"""Symmetric events: meetings, talks and agreements whose parties act together.

"Israel and Lebanon renewed negotiations" and "Christopher telephoned Kozyrev" report one
event with two equal parties, not one party acting on another. Such an event is coded once,
with ``reciprocal`` set; which party is the source carries no meaning. Event data in the
CAMEO/PLOVER tradition codes it as one compound source with no target, and the evaluation
maps ``reciprocal`` events to that form.
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from tidings.events.terms import AGREEMENT_WORDS, MEETING_WORDS
from tidings.records import Actor

SYMMETRIC_CODES = frozenset({"041", "044", "046"})
"""Discuss by telephone, meet at a third location, negotiate: the parties are equal (a plain
consultation, 040, only when a meeting word says so: "sent a message" is not a meeting)."""

COOPERATIVE_ROOTS = frozenset({"03", "04", "05", "06"})
"""Roots where coordinated subjects act together ("X and Y signed a treaty")."""


def is_symmetric(code: str, words: Iterable[Token]) -> bool:
    """Whether an event with these trigger/complement words is a meeting of equals."""
    lemmas = {t.lemma_.lower() for t in words} | {t.lower_ for t in words}
    return code in SYMMETRIC_CODES or (code[:2] in {"03", "04"} and bool(lemmas & MEETING_WORDS))


JOINT_CODES = frozenset({"030", "031", "032", "036", "037", "050", "054", "057", "060", "061", "062", "063", "064"})
"""Acts that coordinated parties do with each other: cooperating, meeting, settling, recognising,
signing. Pledging aid (033) or praising (051) is something each does on its own."""


def joint_action(code: str, words: Iterable[Token]) -> bool:
    """Whether coordinated subjects of this event act together rather than each on its own."""
    lemmas = {t.lemma_.lower() for t in words}
    if code[:2] in COOPERATIVE_ROOTS | {"12"} and lemmas & (AGREEMENT_WORDS | MEETING_WORDS):
        return True  # "X and Y agreed to ...", "X and Y failed to reach agreement"
    return code[:2] == "04" or code[:3] in JOINT_CODES


def pair_actors(
    sources: list[Actor | None], targets: list[Actor | None], *, symmetric: bool, joint: bool,
) -> list[tuple[Actor | None, Actor | None, bool]]:
    """(source, target, reciprocal) triples for an event's actors.

    Coordinated subjects of a joint event with no outside party become one reciprocal pair
    (the first subject with each other one); a symmetric event with one source and one
    target is reciprocal; otherwise every source acts on every target."""
    named = [s for s in sources if s is not None]
    if joint and len(named) >= 2 and all(t is None or _same_side(t, named) for t in targets):
        return [(named[0], other, True) for other in named[1:]]
    return [(s, t, symmetric and s is not None and t is not None) for s in sources for t in targets]


def _same_side(target: Actor, sources: list[Actor]) -> bool:
    """A target that is one of the subjects, shares a subject's country, or names no country of
    its own ("joint military exercises") is no outside party."""
    if any(target.text == s.text for s in sources):
        return True
    if target.country is None:
        return not (target.code or "").startswith(("IGO", "NGO"))
    return target.country in {s.country for s in sources}
